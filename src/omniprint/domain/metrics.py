"""Campaign results: response rates, cost per response, ROI, lift against control zones and the
A/B test, with plain words for when the numbers are too small to tell.

Money stays in integer cents; ratios are Decimals rounded for display by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from omniprint.domain.abtest import VariantTest
from omniprint.domain.formatting import decimal
from omniprint.domain.i18n import tr
from omniprint.domain.lift import Lift
from omniprint.domain.money import cents_each
from omniprint.domain.plan import Campaign
from omniprint.domain.stats import newcombe

MIN_EVENTS = 10  # below this many responses on a side, say that it is too early to tell


@dataclass(frozen=True)
class Tally:
    """The results of one drop, zone, variant or campaign."""

    households: int = 0
    pieces: int = 0
    visits: int = 0
    store_redemptions: int = 0
    online_orders: int = 0
    revenue_cents: int = 0
    cost_cents: int = 0
    matchback_orders: int = 0
    matchback_revenue_cents: int = 0

    @property
    def responses(self) -> int:
        return self.store_redemptions + self.online_orders

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))

    @property
    def response_rate(self) -> Decimal | None:
        """Responses per piece delivered."""
        return ratio(self.responses, self.pieces)

    @property
    def cost_per_response_cents(self) -> int | None:
        return cents_each(self.cost_cents, self.responses)

    @property
    def roas(self) -> Decimal | None:
        """Revenue per unit of cost."""
        return ratio(self.revenue_cents, self.cost_cents)

    @property
    def roi(self) -> Decimal | None:
        """(Revenue - cost) / cost: 0.35 means 35 % back on top of the money spent."""
        return ratio(self.revenue_cents - self.cost_cents, self.cost_cents)


def _values(t: Tally) -> tuple[int, ...]:
    return (
        t.households,
        t.pieces,
        t.visits,
        t.store_redemptions,
        t.online_orders,
        t.revenue_cents,
        t.cost_cents,
        t.matchback_orders,
        t.matchback_revenue_cents,
    )


def ratio(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return Decimal(numerator) / Decimal(denominator)


def ratio_text(value: Decimal | None, places: int = 2) -> str | None:
    """A ratio as the report's decimal string ("0.35"), or None when it has no meaning."""
    if value is None:
        return None
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class RateComparison:
    """Two rates per 1,000 households (treated against control) with a 95 % interval."""

    treated_events: int
    treated_base: int
    control_events: int
    control_base: int

    @property
    def treated_rate(self) -> float | None:
        return 1000 * self.treated_events / self.treated_base if self.treated_base else None

    @property
    def control_rate(self) -> float | None:
        return 1000 * self.control_events / self.control_base if self.control_base else None

    @property
    def difference(self) -> float | None:
        if self.treated_rate is None or self.control_rate is None:
            return None
        return self.treated_rate - self.control_rate

    @property
    def interval(self) -> tuple[float, float] | None:
        """95 % interval of the difference per 1,000 (Newcombe's hybrid score interval)."""
        if self.difference is None:
            return None
        low, high = newcombe(
            self.treated_events, self.treated_base, self.control_events, self.control_base
        )
        return 1000 * low, 1000 * high

    @property
    def relative(self) -> float | None:
        """Treated rate over control rate minus one (0.4 = 40 % more)."""
        if not self.control_rate or self.treated_rate is None:
            return None
        return self.treated_rate / self.control_rate - 1

    @property
    def enough(self) -> bool:
        return (
            self.treated_base > 0
            and self.control_base > 0
            and self.treated_events + self.control_events >= MIN_EVENTS
        )

    @property
    def verdict(self) -> str:
        if not self.control_base:
            return tr("No control zone: add one (a zone that gets nothing) to measure lift.")
        if not self.treated_base:
            return tr("No treated zone has households yet.")
        if not self.enough:
            return tr("Not enough orders yet to tell whether the leaflets made a difference.")
        low, high = self.interval  # type: ignore[misc]
        # Numbers are written in the reader's language: +1.1 / +1,1.
        shown = {"low": decimal(low, "+.1f"), "high": decimal(high, "+.1f")}
        if low > 0:
            return tr(
                "Zones that got the leaflets ordered more: {difference} per 1,000"
                " households (95 % interval {low} to {high})."
            ).format(difference=decimal(self.difference or 0, "+.1f"), **shown)
        if high < 0:
            return tr("Zones that got the leaflets ordered less than the control zones.")
        return tr(
            "No clear difference from the control zones yet"
            " (95 % interval {low} to {high} per 1,000 households)."
        ).format(**shown)


@dataclass(frozen=True)
class ResultRow:
    """One drop (piece variant x zone), a control zone, or (``zone_total``) the sum of a zone
    that got several variants: the row that carries the zone's match-back orders."""

    piece: str
    variant: str
    zone: str
    zone_name: str
    control: bool
    tally: Tally
    zone_total: bool = False


@dataclass(frozen=True)
class ZoneResult:
    """One zone: its drops summed, its match-back orders, and the web-shop orders lift counts."""

    zone: str
    zone_name: str
    control: bool
    tally: Tally
    variants: tuple[str, ...]
    lift_orders: int
    lift_revenue_cents: int

    @property
    def label(self) -> str:
        return f"{self.zone_name} ({self.zone})" if self.zone_name else self.zone

    @property
    def lift_rate(self) -> float | None:
        """Web-shop orders per 1,000 households (the lift measure, zone by zone)."""
        return 1000 * self.lift_orders / self.tally.households if self.tally.households else None


@dataclass
class CampaignReport:
    campaign: Campaign
    rows: list[ResultRow]
    totals: Tally
    matchback: RateComparison
    responses: RateComparison
    """Web-shop orders (coded or not) per 1,000 households, treated against control: the same
    count as `lift` (it once compared coded responses with match-back orders, which inflated it)."""
    variant_tests: list[VariantTest]
    counts: dict[str, int]
    timeline: list[tuple[int, int]]
    """(days since the first drop, responses that day)."""
    caveats: list[str] = field(default_factory=list)
    lift: Lift = field(default_factory=lambda: Lift(0, 0, 0, 0))
    """Web-shop orders per 1,000 households, treated against control: the one lift."""
    zones: list[ZoneResult] = field(default_factory=list)
    """One per zone, treated then control, in the plan's order."""

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)
