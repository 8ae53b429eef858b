"""Use cases of printing: preflight, print-ready PDF with its self-check, print-shop package."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from omniprint.domain.design import Design, QrElement
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Campaign, Piece, Variant
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.render.package import write_package
from omniprint.render.pdf import PrintOptions, RenderResult, effective_design, render
from omniprint.render.preflight import PreflightIssue, preflight
from omniprint.render.selfcheck import SelfCheckResult, expected_payloads, sample_pages, self_check
from omniprint.services.business import get_business
from omniprint.services.codes import EXPORT_COLUMNS, LinkMaker
from omniprint.services.designs import design_of, image_source
from omniprint.services.files import atomic_path, check_output_target, safe_cell
from omniprint.services.plan import find_campaign, find_piece, find_variant
from omniprint.storage import plan as plan_store
from omniprint.storage.codes import CodeRow, PrintRun
from omniprint.storage.workspace import Workspace

SAMPLE_KEY = "SAMPLE00"


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
    business = {f"business.{k}": v for k, v in get_business(ws).items()}
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
        return Job(
            the_campaign,
            the_piece,
            the_variant,
            design,
            Records(run, LinkMaker(the_campaign), fixed),
            sample=False,
        )
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
            )
        )
    sample = _sample_record(ws, the_campaign, the_piece, the_variant, fixed)
    return Job(the_campaign, the_piece, the_variant, design, [sample], sample=True)


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
    return preflight(design, options, job.records[0], images=image_source(ws))


@dataclass(frozen=True)
class ExportResult:
    render: RenderResult
    check: SelfCheckResult | None
    sample: bool


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
    with atomic_path(out) as tmp:
        result = render(
            job.design,
            job.records,
            tmp,
            options,
            images=image_source(ws),
            progress=progress,
            cancel=cancel,
        )
        check = None
        if any(isinstance(el, QrElement) for _, el in job.design.elements()):
            pages = sample_pages(result)
            expected = expected_payloads(job.design, result, job.records, pages)
            check = self_check(result.path, expected)
    result.path = Path(out)
    return ExportResult(result, check, job.sample)


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


def write_shop_package(
    ws: Workspace,
    campaign: str,
    piece: str,
    out: str | Path,
    *,
    variant: str | None = None,
    options: PrintOptions | None = None,
    stock: str = "350 gsm silk",
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> dict:
    """A zip for the print shop: press PDF (no crop marks), proof, job ticket, codes CSV."""
    options = options or PrintOptions()
    press = PrintOptions(**{**options.__dict__, "mode": "press", "marks": False})
    check_output_target(out)  # before minutes of rendering, not after
    job = prepare_job(ws, campaign, piece, variant)
    with tempfile.TemporaryDirectory() as tmp:
        press_pdf, proof_pdf = Path(tmp) / "print.pdf", Path(tmp) / "proof.pdf"
        result = export_pdf(
            ws,
            campaign,
            piece,
            press_pdf,
            variant=variant,
            options=press,
            progress=progress,
            cancel=cancel,
        ).render
        export_pdf(
            ws,
            campaign,
            piece,
            proof_pdf,
            variant=variant,
            options=PrintOptions(**{**press.__dict__, "mode": "proof"}),
        )
        d = job.design
        ticket = {
            "job": press.job_name or _job_name(job, None),
            "size": f"{d.width_mm:g} x {d.height_mm:g} mm",
            "stock": stock,
            "sides": f"{len(d.sides)} ({'4/4' if len(d.sides) == 2 else '4/0'} CMYK)",
            "quantity": len(job.records),
            "finishing": _finishing(job),
            "bleed": f"{press.bleed():g} mm",
            "sheets": f"{result.sheets} x {press.sheet}, {result.per_sheet}-up, cut and stack",
            "variable_data": "one unique code per piece; serials in cut-and-stack order",
        }
        with atomic_path(out) as tmp_zip:
            write_package(
                tmp_zip,
                press_pdf=press_pdf,
                proof_pdf=proof_pdf,
                ticket=ticket,
                codes_csv=codes_csv_text(job),
            )
    return ticket


def _finishing(job: Job) -> str:
    if job.piece.kind == "door-hanger":
        return "trim to size, die-cut hanger hole (see the Die cut layer)"
    if job.piece.kind == "business-card":
        return "trim to size"
    return "trim to size; fold: none"
