"""Campaign results: response rates, cost per response, ROI, lift against control zones and the
A/B test, with plain words for when the numbers are too small to tell.

Money stays in integer cents; ratios are Decimals rounded for display by the caller.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from omniprint.domain.formatting import decimal
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Campaign

Z95 = 1.959963984540054
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
        if not self.responses:
            return None
        return int((Decimal(self.cost_cents) / self.responses).quantize(1, ROUND_HALF_UP))

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
        """95 % interval of the difference (normal approximation of two proportions)."""
        if self.difference is None:
            return None
        p1 = self.treated_events / self.treated_base
        p2 = self.control_events / self.control_base
        se = math.sqrt(p1 * (1 - p1) / self.treated_base + p2 * (1 - p2) / self.control_base)
        half = 1000 * Z95 * se
        return self.difference - half, self.difference + half

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
class VariantTest:
    """Variant A against B of one piece: responses per piece, two-proportion z-test."""

    piece: str
    a: str
    b: str
    pieces_a: int
    responses_a: int
    pieces_b: int
    responses_b: int

    @property
    def rate_a(self) -> float | None:
        return self.responses_a / self.pieces_a if self.pieces_a else None

    @property
    def rate_b(self) -> float | None:
        return self.responses_b / self.pieces_b if self.pieces_b else None

    @property
    def p_value(self) -> float | None:
        n1, n2 = self.pieces_a, self.pieces_b
        if not n1 or not n2:
            return None
        pooled = (self.responses_a + self.responses_b) / (n1 + n2)
        se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        if se == 0:
            return 1.0
        z = (self.responses_a / n1 - self.responses_b / n2) / se
        return math.erfc(abs(z) / math.sqrt(2))

    @property
    def enough(self) -> bool:
        return min(self.responses_a, self.responses_b) >= 5 and (
            self.responses_a + self.responses_b >= MIN_EVENTS
        )

    @property
    def winner(self) -> str | None:
        p = self.p_value
        if p is None or p >= 0.05 or not self.enough:
            return None
        return self.a if (self.rate_a or 0) > (self.rate_b or 0) else self.b

    @property
    def verdict(self) -> str:
        if self.p_value is None:
            missing = self.b if self.pieces_a else self.a
            return tr("{variant} has not been dropped yet.").format(variant=missing)
        if not self.enough:
            return tr("Not enough responses yet to tell A from B.")
        if self.winner:
            return tr("{winner} is better with 95 % confidence.").format(winner=self.winner)
        return tr("No clear winner yet between {a} and {b} (p = {p_value}).").format(
            a=self.a, b=self.b, p_value=decimal(self.p_value, ".2f")
        )


@dataclass(frozen=True)
class ResultRow:
    piece: str
    variant: str
    zone: str
    zone_name: str
    control: bool
    tally: Tally


@dataclass
class CampaignReport:
    campaign: Campaign
    rows: list[ResultRow]
    totals: Tally
    matchback: RateComparison
    responses: RateComparison
    """Responses (coded and match-back) per 1,000 households, treated against control."""
    variant_tests: list[VariantTest]
    counts: dict[str, int]
    timeline: list[tuple[int, int]]
    """(days since the first drop, responses that day)."""
    caveats: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)
