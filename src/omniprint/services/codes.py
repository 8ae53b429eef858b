"""Use cases of coupon codes and tracked links: generate, export, check, redirect tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from omniprint.domain import codes, links
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Campaign
from omniprint.domain.safe_text import check_plain
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.services.files import atomic_output, write_csv
from omniprint.services.plan import find_campaign
from omniprint.storage import codes as store
from omniprint.storage import plan as plan_store
from omniprint.storage.codes import CodeRow
from omniprint.storage.workspace import Workspace

CODE_MODES = ("piece", "drop")
EXPORT_COLUMNS = ["code", "url", "campaign", "piece", "variant", "zone", "serial", "copies", "qr"]
_BATCH = 50_000

# Error kinds (`OmniPrintError.kind`): each face words what to do in its own terms.
NO_DROPS = "no_drops"
NO_CODES = "no_codes"
NO_REDIRECT_BASE = "no_redirect_base"


@dataclass(frozen=True)
class GenerateResult:
    campaign: str
    created: int
    drops: int
    skipped_drops: int
    """Drops that already had codes, left as they were."""


def generate_codes(
    ws: Workspace,
    campaign_ref: str,
    *,
    per: str = "piece",
    prefix: str = "",
    length: int = codes.DEFAULT_BODY_LENGTH,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> GenerateResult:
    """Issue codes for every drop of a campaign that has none yet, in one transaction.

    Per piece (default): one code per printed piece, serials numbering each variant's print run in
    zone order. Per drop: one code shared by all the pieces of a drop. Drops with codes are left
    alone, so running it again after adding a drop only fills the new one.
    """
    if per not in CODE_MODES:
        raise ValidationError(tr("--per must be piece or drop (got {per!r})").format(per=per))
    codes.validate_prefix(check_plain(prefix, what="code prefix"))
    campaign = find_campaign(ws, campaign_ref)
    drops = plan_store.list_drops(ws, campaign.id)
    if not drops:
        raise ValidationError(
            tr("campaign {campaign} has no drops yet: plan them with 'omniprint drop add'").format(
                campaign=campaign.slug
            ),
            kind=NO_DROPS,
            campaign=campaign.slug,
        )
    created = 0
    with ws.transaction():
        done = store.drops_with_codes(ws, (d[0] for d in drops))
        todo = [d for d in drops if d[0] not in done]
        total = sum(q if per == "piece" else 1 for *_, q in todo)
        for drop_id, _piece, variant, _zone, quantity in todo:
            serial = store.next_serial(ws, variant.id)
            if per == "drop":
                (code,) = codes.new_codes(1, prefix=prefix, length=length, taken=_taken(ws))
                store.insert_codes(
                    ws, [(code.key, code.display, drop_id, variant.id, serial, quantity)]
                )
                created += 1
                progress(created, total, tr("Generating codes"))
                continue
            remaining = quantity
            while remaining:
                cancel.check()
                batch = codes.new_codes(
                    min(remaining, _BATCH), prefix=prefix, length=length, taken=_taken(ws)
                )
                store.insert_codes(
                    ws,
                    (
                        (c.key, c.display, drop_id, variant.id, serial + i, 1)
                        for i, c in enumerate(batch)
                    ),
                )
                serial += len(batch)
                remaining -= len(batch)
                created += len(batch)
                progress(created, total, tr("Generating codes"))
    return GenerateResult(campaign.slug, created, len(todo), len(drops) - len(todo))


def _taken(ws: Workspace):
    return lambda keys: store.existing_keys(ws, keys)


# Links ------------------------------------------------------------------------------------------


class LinkMaker:
    """Builds the tracked link and the QR payload of each code of one campaign.

    The link of a drop is built once and only the code is put in per piece, since a print run can
    hold a million codes.
    """

    def __init__(self, campaign: Campaign) -> None:
        self.campaign = campaign
        self._templates: dict[tuple[str, str, str, bool], str] = {}

    def url(self, row: CodeRow) -> str:
        per_piece = row.copies == 1
        key = (row.kind, row.zone, row.variant, per_piece)
        template = self._templates.get(key)
        if template is None:
            template = links.tracked_link(
                self.campaign.landing_url,
                source=row.kind,
                campaign=self.campaign.slug,
                content=links.utm_content(row.zone, row.variant),
                code="CODEPLACEHOLDER" if per_piece else None,
            )
            self._templates[key] = template
        return template.replace("CODEPLACEHOLDER", row.key) if per_piece else template

    def qr(self, row: CodeRow) -> str:
        """What the QR carries: the short link on the business's own domain, or the full link."""
        if self.campaign.redirect_base:
            return links.short_link(self.campaign.redirect_base, row.key)
        return self.url(row)


def _no_codes(campaign: Campaign) -> ValidationError:
    """What stops an export of a campaign that has no codes yet."""
    return ValidationError(
        tr("campaign {campaign} has no codes yet: run 'omniprint codes generate'").format(
            campaign=campaign.slug
        ),
        kind=NO_CODES,
        campaign=campaign.slug,
    )


def export_codes(
    ws: Workspace,
    campaign_ref: str,
    out: str | Path,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> int:
    """Write every code of a campaign as CSV, in print order, for a till or a web shop."""
    campaign = find_campaign(ws, campaign_ref)
    total = store.count_codes(ws, campaign.id)
    if not total:
        raise _no_codes(campaign)
    maker = LinkMaker(campaign)

    def rows() -> Iterator[list[object]]:
        for n, row in enumerate(store.iter_codes(ws, campaign.id), 1):
            if n % 10_000 == 0:
                cancel.check()
                progress(n, total, tr("Exporting codes"))
            yield [
                row.display,
                maker.url(row),
                row.campaign,
                row.piece,
                row.variant,
                row.zone,
                row.serial,
                row.copies,
                maker.qr(row),
            ]

    return write_csv(out, EXPORT_COLUMNS, rows())


def export_links(
    ws: Workspace,
    campaign_ref: str,
    fmt: str,
    out: str | Path,
    *,
    cancel: CancelToken = NEVER_CANCELLED,
) -> int:
    """Write the redirect table (short link -> tracked link) for the business's web server."""
    if fmt not in links.REDIRECT_FORMATS:
        raise ValidationError(
            tr("unknown format {format!r}: use one of {formats}").format(
                format=fmt, formats=", ".join(links.REDIRECT_FORMATS)
            )
        )
    campaign = find_campaign(ws, campaign_ref)
    if not campaign.redirect_base:
        raise ValidationError(
            tr(
                "campaign {campaign} has no redirect base, so its QR codes carry the full link"
                " and need no redirects; set one with"
                " 'omniprint campaign set CAMPAIGN --redirect-base https://your-domain/r/'"
            ).format(campaign=campaign.slug),
            kind=NO_REDIRECT_BASE,
            campaign=campaign.slug,
        )
    if not store.count_codes(ws, campaign.id):
        raise _no_codes(campaign)
    maker = LinkMaker(campaign)
    count = 0

    def pairs() -> Iterator[tuple[str, str]]:
        nonlocal count
        for row in store.iter_codes(ws, campaign.id):
            count += 1
            if count % 10_000 == 0:
                cancel.check()
            yield maker.qr(row), maker.url(row)

    with atomic_output(out) as handle:
        for chunk in links.redirect_table(pairs(), fmt):
            handle.write(chunk)
    return count


# Checking a typed code ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeCheck:
    typed: str
    key: str
    status: str  # valid | corrected | unknown | invalid
    code: CodeRow | None = None
    """The issued code it is (valid) or most likely meant (corrected)."""


def check_code(ws: Workspace, text: str) -> CodeCheck:
    """Normalise and validate a code someone typed; say where it belongs or what was meant."""
    result = codes.suggest(text, _taken(ws))
    wanted = result.key if result.status == "valid" else result.suggestion
    found = store.find_codes(ws, [wanted]).get(wanted) if wanted else None
    return CodeCheck(text, result.key, result.status, found)
