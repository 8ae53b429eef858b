"""The plan of a campaign: what is printed, where it goes, how many, and what it costs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.money import cost_of
from omniprint.domain.safe_text import check_plain

# What a value is called in messages (``what=``), translated where the message is made.
_WHATS = (
    tr_noop("households"),
    tr_noop("date"),
    tr_noop("campaign name"),
    tr_noop("piece name"),
    tr_noop("zone name"),
    tr_noop("start date"),
    tr_noop("end date"),
    tr_noop("drop date"),
)


@dataclass(frozen=True)
class Campaign:
    id: int
    slug: str
    name: str
    landing_url: str
    start_date: str | None = None
    end_date: str | None = None
    budget_cents: int = 0
    currency: str = "EUR"
    redirect_base: str | None = None
    notes: str = ""
    attribution_days: int = 60


@dataclass(frozen=True)
class Piece:
    id: int
    campaign_id: int
    slug: str
    name: str
    kind: str
    size_name: str
    width_mm: float
    height_mm: float


@dataclass(frozen=True)
class Variant:
    id: int
    piece_id: int
    label: str
    print_cpm_cents: int = 0
    """Print cost per thousand pieces, in cents (0.045 € a piece = 4500)."""


@dataclass(frozen=True)
class Zone:
    id: int
    campaign_id: int
    code: str
    name: str
    households: int
    coverage_bp: int = 10_000
    """Share of households reached, in basis points (100 % = 10,000), so it stays an integer."""
    cpm_cents: int = 0
    """Distribution cost per thousand pieces, in cents."""
    drop_date: str | None = None
    is_control: bool = False

    @property
    def coverage_pct(self) -> float:
        return self.coverage_bp / 100


@dataclass(frozen=True)
class DropLine:
    """One drop (a piece variant into a zone) with its costs, as the plan shows it."""

    drop_id: int
    piece: str
    piece_slug: str
    kind: str
    variant: str
    zone_code: str
    zone_name: str
    quantity: int
    print_cents: int
    distribution_cents: int

    @property
    def total_cents(self) -> int:
        return self.print_cents + self.distribution_cents


@dataclass(frozen=True)
class PlanTotals:
    pieces: int
    print_cents: int
    distribution_cents: int
    budget_cents: int
    lines: list[DropLine] = field(default_factory=list)

    @property
    def total_cents(self) -> int:
        return self.print_cents + self.distribution_cents

    @property
    def remaining_cents(self) -> int:
        return self.budget_cents - self.total_cents

    @property
    def over_budget(self) -> bool:
        return self.budget_cents > 0 and self.total_cents > self.budget_cents


def drop_line(drop_id: int, piece: Piece, variant: Variant, zone: Zone, quantity: int) -> DropLine:
    """Cost one drop: print at the variant's price, distribution at the zone's."""
    return DropLine(
        drop_id=drop_id,
        piece=piece.name,
        piece_slug=piece.slug,
        kind=piece.kind,
        variant=variant.label,
        zone_code=zone.code,
        zone_name=zone.name,
        quantity=quantity,
        print_cents=cost_of(quantity, variant.print_cpm_cents),
        distribution_cents=cost_of(quantity, zone.cpm_cents),
    )


def plan_totals(lines: list[DropLine], budget_cents: int) -> PlanTotals:
    return PlanTotals(
        pieces=sum(line.quantity for line in lines),
        print_cents=sum(line.print_cents for line in lines),
        distribution_cents=sum(line.distribution_cents for line in lines),
        budget_cents=budget_cents,
        lines=lines,
    )


def default_quantity(zone: Zone) -> int:
    """Households x coverage, rounded up: a drop never falls short of the letterboxes it is for."""
    return -(-zone.households * zone.coverage_bp // 10_000)


def check_name(name: str, *, what: str) -> str:
    check_plain(name or "", what=what)
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError(tr("{what} must not be empty").format(what=tr(what)))
    if len(cleaned) > 120:
        raise ValidationError(tr("{what} is longer than 120 characters").format(what=tr(what)))
    return cleaned


def check_variant(label: str | None) -> str:
    """A variant label such as A, B or C2: letters and digits, upper-cased, 1-8 characters."""
    cleaned = (label or "A").strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{1,8}", cleaned):
        raise ValidationError(
            tr("variant must be letters or digits such as A or B (got {label!r})").format(
                label=label
            )
        )
    return cleaned


def check_zone_code(code: str) -> str:
    """A postcode or sector code: kept as written (leading zeros matter), spaces folded."""
    check_plain(code or "", what="zone code")
    cleaned = " ".join((code or "").split())
    if not cleaned:
        raise ValidationError(tr("zone code must not be empty"))
    if len(cleaned) > 32:
        raise ValidationError(
            tr("zone code {code!r} is longer than 32 characters").format(code=code)
        )
    return cleaned


def check_households(value: int, *, what: str = "households") -> int:
    if value < 0:
        raise ValidationError(
            tr("{what} must not be negative (got {value})").format(what=tr(what), value=value)
        )
    if value > 10_000_000:
        raise ValidationError(
            tr("{what} looks wrong: {value} is more than 10 million").format(
                what=tr(what), value=value
            )
        )
    return value


def check_coverage_bp(value: int) -> int:
    if not 0 <= value <= 10_000:
        raise ValidationError(
            tr("coverage must be between 0 and 100 % (got {value:g} %)").format(value=value / 100)
        )
    return value


def check_quantity(value: int) -> int:
    if value <= 0:
        raise ValidationError(tr("quantity must be at least 1 (got {value})").format(value=value))
    if value > 10_000_000:
        raise ValidationError(
            tr("quantity {value} is more than 10 million pieces").format(value=value)
        )
    return value


def parse_iso_date(text: str | None, *, what: str = "date") -> str | None:
    """An ISO date (YYYY-MM-DD) from a user, or None; raises with the expected form."""
    if text is None or not str(text).strip():
        return None
    try:
        return dt.date.fromisoformat(str(text).strip()).isoformat()
    except ValueError as exc:
        raise ValidationError(
            tr("{what} must be a date such as 2027-03-15 (got {text!r})").format(
                what=tr(what), text=text
            )
        ) from exc


def check_dates(start: str | None, end: str | None) -> None:
    if start and end and end < start:
        raise ValidationError(
            tr("end date {end} is before start date {start}").format(end=end, start=start)
        )
