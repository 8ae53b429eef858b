"""A/B verdicts that count money: variant A against B of one piece, on responses per piece
delivered and on revenue per piece delivered, with the return on cost of each.

- Responses per piece: the pooled two-proportion z-test.
- Revenue per piece: Welch's t interval on the mean revenue per piece delivered, every piece
  counted (a piece that brought nothing counts as zero revenue), so a variant that brings fewer
  but bigger orders can win on money while losing on responses.

The verdict says what each test is about, says so when they disagree (the money decides which
paid better), and says whether A and B went to the same zones (a fair test) or to different zones
(weaker: the zones differ as well as the designs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import tr
from omniprint.domain.stats import Sample, WelchResult, two_proportion_p, welch

VARIANT_COLOURS = ("#2b6cb0", "#2c7a7b", "#805ad5", "#b7791f", "#d53f8c")
"""Variant A, B, C... drawn in these colours in every chart (PDF and screen) and legend."""

MIN_EVENTS = 10  # responses on both sides together before a test means anything
MIN_SIDE = 5  # and on each side


@dataclass(frozen=True)
class VariantTest:
    """Variant A against B of one piece: responses, revenue and cost per piece delivered."""

    piece: str
    a: str
    b: str
    pieces_a: int
    responses_a: int
    pieces_b: int
    responses_b: int
    revenue_a_cents: int = 0
    revenue_b_cents: int = 0
    cost_a_cents: int = 0
    cost_b_cents: int = 0
    squares_a: int = 0
    """Sum of the squared revenue (cents²) of A's responses: with the sum, the spread per piece."""
    squares_b: int = 0
    zones_a: frozenset[str] = field(default_factory=frozenset)
    zones_b: frozenset[str] = field(default_factory=frozenset)

    # Responses ---------------------------------------------------------------------------------

    @property
    def rate_a(self) -> float | None:
        return self.responses_a / self.pieces_a if self.pieces_a else None

    @property
    def rate_b(self) -> float | None:
        return self.responses_b / self.pieces_b if self.pieces_b else None

    @property
    def p_value(self) -> float | None:
        """Two-proportion z-test on responses per piece delivered."""
        if not self.pieces_a or not self.pieces_b:
            return None
        return two_proportion_p(self.responses_a, self.pieces_a, self.responses_b, self.pieces_b)

    @property
    def enough(self) -> bool:
        return min(self.responses_a, self.responses_b) >= MIN_SIDE and (
            self.responses_a + self.responses_b >= MIN_EVENTS
        )

    @property
    def winner(self) -> str | None:
        """The variant with more responses per piece, at 95 % confidence."""
        p = self.p_value
        if p is None or p >= 0.05 or not self.enough:
            return None
        return self.a if (self.rate_a or 0) > (self.rate_b or 0) else self.b

    # Money -------------------------------------------------------------------------------------

    @property
    def revenue_per_piece_a(self) -> float | None:
        """Revenue per piece delivered, in cents."""
        return self.revenue_a_cents / self.pieces_a if self.pieces_a else None

    @property
    def revenue_per_piece_b(self) -> float | None:
        return self.revenue_b_cents / self.pieces_b if self.pieces_b else None

    @property
    def revenue_test(self) -> WelchResult | None:
        """Welch's test of revenue per piece, A minus B (cents per piece)."""
        if not self.pieces_a or not self.pieces_b:
            return None
        return welch(
            Sample(self.pieces_a, self.revenue_a_cents, self.squares_a),
            Sample(self.pieces_b, self.revenue_b_cents, self.squares_b),
        )

    @property
    def revenue_winner(self) -> str | None:
        """The variant with more revenue per piece, at 95 % confidence."""
        test = self.revenue_test
        if test is None or not self.enough or test.p_value >= 0.05:
            return None
        return self.a if test.difference > 0 else self.b

    @property
    def roi_a(self) -> float | None:
        """(Revenue - cost) / cost of variant A."""
        return (
            (self.revenue_a_cents - self.cost_a_cents) / self.cost_a_cents
            if self.cost_a_cents
            else None
        )

    @property
    def roi_b(self) -> float | None:
        return (
            (self.revenue_b_cents - self.cost_b_cents) / self.cost_b_cents
            if self.cost_b_cents
            else None
        )

    @property
    def same_zones(self) -> bool | None:
        """True when A and B went to the same zones; None when the zones are not known."""
        if not self.zones_a or not self.zones_b:
            return None
        return self.zones_a == self.zones_b

    # Words -------------------------------------------------------------------------------------

    @property
    def verdict(self) -> str:
        """What the tests say, in one paragraph a shop owner can act on."""
        if self.p_value is None:
            missing = self.b if self.pieces_a else self.a
            return tr("{variant} has not been dropped yet.").format(variant=missing)
        if not self.enough:
            return " ".join([tr("Not enough responses yet to tell A from B."), *self._zones()])
        return " ".join([self._finding(), *self._zones()])

    def _finding(self) -> str:
        by_count, by_money = self.winner, self.revenue_winner
        names = {"a": self.a, "b": self.b}
        if by_count and by_money and by_count != by_money:
            return tr(
                "{count} brings more responses; {money} brings more revenue per leaflet:"
                " {money} paid better (95 % confidence on both)."
            ).format(count=by_count, money=by_money)
        if by_count and by_money:
            return tr(
                "{winner} is better: more responses and more revenue per leaflet"
                " (95 % confidence on both)."
            ).format(winner=by_count)
        money_p = self.revenue_test.p_value if self.revenue_test else None
        shown = {
            "p_count": p_text(self.p_value),
            "p_money": p_text(money_p),
        }
        if by_count:
            return tr(
                "{winner} brings more responses (95 % confidence), but revenue per leaflet is not"
                " clearly different ({p_money}): check which paid better before choosing."
            ).format(winner=by_count, **shown)
        if by_money:
            return tr(
                "{winner} brings more revenue per leaflet (95 % confidence); responses are not"
                " clearly different ({p_count}): {winner} paid better."
            ).format(winner=by_money, **shown)
        return tr(
            "No clear winner yet between {a} and {b}: neither responses ({p_count}) nor"
            " revenue per leaflet ({p_money}) differ clearly."
        ).format(**names, **shown)

    def _zones(self) -> list[str]:
        if self.same_zones is None:
            return []
        if self.same_zones:
            return [tr("Both went to the same zones, so the zones don't explain the difference.")]
        return [
            tr(
                "{a} and {b} went to different zones: part of any difference may come from the"
                " zones, not the design, so this is a weaker test."
            ).format(a=self.a, b=self.b)
        ]


def variant_lines(test: VariantTest, currency: str) -> list[str]:
    """The figures behind a verdict, one sentence per variant and one for the tests."""
    lines = []
    for label, pieces, responses, rate, per_piece, roi in (
        (test.a, test.pieces_a, test.responses_a, test.rate_a, test.revenue_per_piece_a,
         test.roi_a),
        (test.b, test.pieces_b, test.responses_b, test.rate_b, test.revenue_per_piece_b,
         test.roi_b),
    ):  # fmt: skip
        lines.append(
            tr(
                "{variant}: {rate} responses per piece ({responses} of {pieces}),"
                " {revenue} revenue per piece, ROI {roi}."
            ).format(
                variant=label,
                rate=fmt.ratio_percent(rate, 2),
                responses=fmt.number(responses),
                pieces=fmt.number(pieces),
                revenue="–" if per_piece is None else fmt.money(round(per_piece), currency),
                roi=fmt.ratio_percent(roi, 0, sign=True),
            )
        )
    if test.p_value is not None:
        lines.append(
            tr("Responses per piece: two-proportion z-test, {p}.").format(p=p_text(test.p_value))
        )
    money = test.revenue_test
    if money is not None:
        lines.append(
            tr(
                "Revenue per piece: Welch's t-test, {a} minus {b} {difference} per piece"
                " (95 % interval {low} to {high}), {p}."
            ).format(
                a=test.a,
                b=test.b,
                difference=fmt.money(round(money.difference), currency),
                low=fmt.money(round(money.low), currency),
                high=fmt.money(round(money.high), currency),
                p=p_text(money.p_value),
            )
        )
    return lines


def p_text(p: float | None) -> str:
    """A p-value as people read it: "p = 0.24", "p = 0.004", "p < 0.001"."""
    if p is None:
        return "p = –"
    if p < 0.001:
        return "p < " + fmt.decimal(0.001, ".3f")
    return "p = " + fmt.decimal(p, ".3f" if p < 0.01 else ".2f")


def variant_colour(index: int) -> str:
    """The colour of the index-th variant of a piece (A is 0), as #rrggbb."""
    return VARIANT_COLOURS[index % len(VARIANT_COLOURS)]
