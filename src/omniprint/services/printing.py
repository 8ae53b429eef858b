"""Use cases of printing: preflight, print-ready PDF with its self-check, print-shop package."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import io
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from omniprint.domain.design import Design, QrElement
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Campaign, Piece, Variant
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.render.package import ticket_text as ticket_text  # the ticket, for the faces
from omniprint.render.package import write_package
from omniprint.render.pdf import PrintOptions, RenderResult, effective_design, render
from omniprint.render.preflight import PreflightIssue, preflight
from omniprint.render.profiles import output_condition
from omniprint.render.selfcheck import SelfCheckResult, expected_payloads, sample_pages, self_check
from omniprint.services.business import business_fields, get_business
from omniprint.services.codes import EXPORT_COLUMNS, LinkMaker
from omniprint.services.designs import design_of, image_source
from omniprint.services.files import atomic_path, check_output_target, safe_cell
from omniprint.services.fonts import font_book
from omniprint.services.people import with_people
from omniprint.services.plan import find_campaign, find_piece, find_variant
from omniprint.services.print_ticket import build_ticket
from omniprint.storage import plan as plan_store
from omniprint.storage.codes import CodeRow, PrintRun
from omniprint.storage.workspace import Workspace

SAMPLE_KEY = "SAMPLE00"
PDFX_NAMES = {"4": "PDF/X-4", "1a": "PDF/X-1a:2001"}


class Records(Sequence[Mapping[str, str]]):
    """The field values of each piece of a print run, built on demand from the codes."""

    def __init__(self, run: PrintRun, maker: LinkMaker, fixed: Mapping[str, str]) -> None:
        self._run = run
        self._maker = maker
        self._fixed = dict(fixed)

    def __len__(self) -> int:
        return len(self._run)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row: CodeRow = self._run[index]
        if index < 0:
            index += len(self)
        return {
            **self._fixed,
            "code": row.display,
            "url": self._maker.qr(row),
            "serial": str(self._run.first_serial + index),
            "zone": row.zone,
            "zone_name": row.zone_name,
            "variant": row.variant,
        }


@dataclass(frozen=True)
class Job:
    campaign: Campaign
    piece: Piece
    variant: Variant
    design: Design
    records: Sequence[Mapping[str, str]]
    sample: bool
    """True when the run has no codes yet and a sample record stands in (proofs only)."""


def format_date(iso: str | None) -> str:
    """A date as printed on a coupon: unambiguous in both languages (30 Apr 2027 is not, so
    day/month/year as most of OmniPrint's users write it)."""
    if not iso:
        return ""
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def _fixed_fields(ws: Workspace, campaign: Campaign, piece: Piece, variant: Variant) -> dict:
    business = business_fields(get_business(ws))
    return {
        **business,
        "campaign": campaign.name,
        "piece": piece.name,
        "variant": variant.label,
        "expires": format_date(campaign.end_date),
    }


def prepare_job(
    ws: Workspace,
    campaign: str,
    piece: str,
    variant: str | None = None,
    zone: str | None = None,
    *,
    allow_sample: bool = False,
) -> Job:
    """Everything a print run needs: the design and the records of its pieces."""
    the_campaign = find_campaign(ws, campaign)
    the_piece = find_piece(ws, the_campaign, piece)
    the_variant = find_variant(ws, the_piece, variant)
    zone_id = plan_store.find_zone(ws, the_campaign.id, zone).id if zone else None
    design = design_of(ws, the_piece, the_variant)
    fixed = _fixed_fields(ws, the_campaign, the_piece, the_variant)
    run = PrintRun(ws, the_variant.id, zone_id)
    if len(run):
        records = Records(run, LinkMaker(the_campaign), fixed)
        return Job(the_campaign, the_piece, the_variant, design,
                   with_people(ws, the_piece.id, records, sample=False), sample=False)  # fmt: skip
    if not allow_sample:
        text = (
            tr(
                "variant {variant} of {piece} has no codes in zone {zone} yet:"
                " run 'omniprint codes generate {campaign}' first"
            )
            if zone
            else tr(
                "variant {variant} of {piece} has no codes yet:"
                " run 'omniprint codes generate {campaign}' first"
            )
        )
        raise ValidationError(
            text.format(
                variant=the_variant.label,
                piece=the_piece.slug,
                zone=zone,
                campaign=the_campaign.slug,
            ),
            kind="no_codes",  # services.codes.NO_CODES: the GUI names its button
            campaign=the_campaign.slug,
        )
    sample = _sample_record(ws, the_campaign, the_piece, the_variant, fixed)
    records = with_people(ws, the_piece.id, [sample], sample=True)
    return Job(the_campaign, the_piece, the_variant, design, records, sample=True)


def _sample_record(
    ws: Workspace, campaign: Campaign, piece: Piece, variant: Variant, fixed: dict
) -> dict:
    zones = plan_store.list_zones(ws, campaign.id)
    zone = next((z for z in zones if not z.is_control), None)
    row = CodeRow(
        SAMPLE_KEY,
        "SMPL-0000-0000-0",
        1,
        1,
        0,
        campaign.slug,
        campaign.name,
        piece.slug,
        piece.kind,
        variant.label,
        zone.code if zone else "00000",
        zone.name if zone else "",
    )
    return {
        **fixed,
        "code": row.display,
        "url": LinkMaker(campaign).qr(row),
        "serial": "1",
        "zone": row.zone,
        "zone_name": row.zone_name,
    }


def check_job(
    ws: Workspace, campaign: str, piece: str, variant: str | None, options: PrintOptions
) -> list[PreflightIssue]:
    """Preflight a piece as it would print: warnings and errors, each naming its element."""
    job = prepare_job(ws, campaign, piece, variant, allow_sample=True)
    design = effective_design(job.design, options)
    return preflight(design, options, job.records[0], images=image_source(ws), fonts=font_book(ws))


@dataclass(frozen=True)
class ExportResult:
    render: RenderResult
    check: SelfCheckResult | None
    sample: bool
    pdfx: str | None = None  # "PDF/X-4", "PDF/X-1a:2001", or None (proof, office file)
    output_condition: str | None = None  # the OutputIntent's identifier (FOGRA39, ...)


def export_pdf(
    ws: Workspace,
    campaign: str,
    piece: str,
    out: str | Path,
    *,
    variant: str | None = None,
    zone: str | None = None,
    options: PrintOptions | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ExportResult:
    """Write the print file, then decode the QR codes of sample pages back and compare them with
    the database: a file that does not scan back right is deleted and reported, never kept."""
    options = options or PrintOptions()
    job = prepare_job(ws, campaign, piece, variant, zone, allow_sample=options.mode == "proof")
    if not options.job_name:
        options = PrintOptions(**{**options.__dict__, "job_name": _job_name(job, zone)})
    # Written beside `out` and renamed into place only once it scanned back right.
    with atomic_path(out) as tmp, _no_full_collections():
        result = render(
            job.design,
            job.records,
            tmp,
            options,
            images=image_source(ws),
            fonts=font_book(ws),
            progress=progress,
            cancel=cancel,
        )
        check = None
        if any(isinstance(el, QrElement) for _, el in job.design.elements()):
            pages = sample_pages(result)
            expected = expected_payloads(job.design, result, job.records, pages)
            check = self_check(result.path, expected)
    result.path = Path(out)
    pdfx = PDFX_NAMES.get(options.pdfx_version or "")
    condition = None
    if pdfx:
        found = output_condition(options.shop, options.output_profile)
        condition = options.output_condition or found.identifier
    return ExportResult(result, check, job.sample, pdfx, condition)


def _job_name(job: Job, zone: str | None) -> str:
    name = f"{job.campaign.slug} {job.piece.slug} {job.variant.label}"
    return f"{name} {zone}" if zone else name


def codes_csv_text(job: Job) -> str:
    """The run's codes as CSV text (the columns of `codes export`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS[:7])
    for record in job.records:
        writer.writerow(
            [
                safe_cell(record["code"]),
                record["url"],
                job.campaign.slug,
                job.piece.slug,
                job.variant.label,
                safe_cell(record["zone"]),
                record["serial"],
            ]
        )
    return buffer.getvalue()


@contextlib.contextmanager
def _no_full_collections() -> Iterator[None]:
    """No cyclic garbage collection while a print run renders, as the importer does.

    A press run keeps tens of thousands of code rows in its page cache, none in a cycle; a full
    collection walking them held Python's lock for 110-180 ms on a loaded machine, and the
    window (whose thread needs that lock) could not answer for as long
    (benchmarks/bench_gui_export.py --load --why)."""
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def write_shop_package(
    ws: Workspace,
    campaign: str,
    piece: str,
    out: str | Path,
    *,
    variant: str | None = None,
    options: PrintOptions | None = None,
    stock: str | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> dict:
    """A zip for the print shop: the press PDF (crop marks unless ``options.marks`` is False), a
    single-piece PDF, the proof, the job ticket (JSON and text) and the codes CSV.

    ``stock`` None: the usual paper for the piece kind (the ticket says which).
    """
    options = options or PrintOptions()
    press = replace(options, mode="press")
    check_output_target(out)  # before minutes of rendering, not after
    job = prepare_job(ws, campaign, piece, variant)
    if not press.job_name:
        press = replace(press, job_name=_job_name(job, None))
    with tempfile.TemporaryDirectory() as tmp:
        press_pdf, proof_pdf = Path(tmp) / "print.pdf", Path(tmp) / "proof.pdf"
        pieces_pdf = Path(tmp) / "pieces.pdf"
        pieces = replace(press, mode="pieces", marks=options.marks)  # marks only when asked
        proof = replace(press, mode="proof")
        files = ((press_pdf, press), (pieces_pdf, pieces), (proof_pdf, proof))
        results = [
            export_pdf(ws, campaign, piece, path, variant=variant, options=opts,
                       progress=progress, cancel=cancel).render
            for path, opts in files
        ]  # fmt: skip
        ticket = build_ticket(
            job_name=press.job_name,
            business=get_business(ws),
            piece_name=job.piece.name,
            piece_kind=job.piece.kind,
            variant=job.variant.label,
            design=effective_design(job.design, press),
            options=press,
            stock=stock,
            result=results[0],
            quantities=_quantities(ws, job),
            first_serial=int(job.records[0].get("serial", 1)),
            finishing=_finishing(job),
        )
        with atomic_path(out) as tmp_zip:
            write_package(
                tmp_zip,
                press_pdf=press_pdf,
                pieces_pdf=pieces_pdf,
                proof_pdf=proof_pdf,
                ticket=ticket,
                codes_csv=codes_csv_text(job),
            )
    return ticket


def _quantities(ws: Workspace, job: Job) -> dict[str, int]:
    """Pieces with codes for each variant of the piece (this package holds one of them)."""
    return {
        v.label: len(PrintRun(ws, v.id, None)) for v in plan_store.list_variants(ws, job.piece.id)
    }


def _finishing(job: Job) -> str:
    if job.piece.kind == "door-hanger":
        return tr("trim to size, die-cut hanger hole (the spot colour DieCut, its own plate)")
    if job.piece.kind == "business-card":
        return tr("trim to size")
    return tr("trim to size; no fold")


def describe_output_profile(path: str | Path) -> str:
    """The name of a print shop's own profile file, once it is known to be a CMYK output profile
    (`ValidationError` with what is wrong otherwise)."""
    return output_condition("eu", path).info


def preset_profile_name(shop: str) -> str:
    """The name of the output profile a shop preset embeds ("ISO Coated v2 300% (basICColor)")."""
    return output_condition(shop).info
