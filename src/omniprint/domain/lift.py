"""Lift against control zones: did the zones that got leaflets order more than the zones that got
nothing? One definition, computed here once and shown the same way by the CLI, `--json`, the
Results page and the PDF report.

What is counted, on both sides alike: **web-shop orders** whose shipping postcode (the billing
postcode when the shipping one is empty) lies in a zone, placed inside that zone's attribution
window, cancelled ones excluded, **with a code of ours or without**, per 1,000 households. Till
redemptions are responses but cannot enter lift: a till records no postcode, and a control zone
has no codes to redeem, so counting them would compare different things.

The 95 % interval of the difference is Newcombe's hybrid score interval (method 10, from two
Wilson intervals), which behaves with small counts. Incremental orders are the difference times
the treated households; incremental revenue is the difference in revenue per household times the
treated households; cost per incremental order is what the treated zones cost divided by the
incremental orders.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from omniprint.domain import formatting as fmt
from omniprint.domain.attribution import normalize_postcode, postcode_in_zone
from omniprint.domain.i18n import tr
from omniprint.domain.stats import newcombe

MIN_ORDERS = 10  # web-shop orders in all the zones (treated and control) before lift means much


@dataclass(frozen=True)
class ZoneWindow:
    """A zone as lift sees it: its postcode (or sector), households and attribution window."""

    zone_id: int
    code: str
    control: bool
    households: int
    first_day: str
    last_day: str


@dataclass(frozen=True)
class WebOrder:
    """A web-shop order that may count for lift."""

    occurred_at: str
    shipping_postcode: str | None
    billing_postcode: str | None
    revenue_cents: int
    cancelled: bool = False


def order_postcode(order: WebOrder) -> str:
    """The postcode an order was placed from: where it ships, else where it is billed."""
    return normalize_postcode(order.shipping_postcode) or normalize_postcode(order.billing_postcode)


def zone_of(order: WebOrder, zones: Sequence[ZoneWindow]) -> ZoneWindow | None:
    """The first zone (in the plan's order) whose postcode and window hold the order, if any.

    A zone inside another (a sector and one of its postcodes) takes the order once, for the
    first of them, so no order is counted twice."""
    if order.cancelled:
        return None
    postcode = order_postcode(order)
    if not postcode:
        return None
    day = order.occurred_at[:10]
    for zone in zones:
        if zone.first_day <= day <= zone.last_day and postcode_in_zone(postcode, zone.code):
            return zone
    return None


def orders_by_zone(
    orders: Iterable[WebOrder], zones: Sequence[ZoneWindow]
) -> dict[int, tuple[int, int]]:
    """zone id -> (orders, revenue in cents) counted for lift."""
    found: dict[int, tuple[int, int]] = {}
    for order in orders:
        zone = zone_of(order, zones)
        if zone is not None:
            n, cents = found.get(zone.zone_id, (0, 0))
            found[zone.zone_id] = (n + 1, cents + order.revenue_cents)
    return found


@dataclass(frozen=True)
class Lift:
    """Web-shop orders per 1,000 households, treated zones against control zones."""

    treated_orders: int
    treated_households: int
    control_orders: int
    control_households: int
    treated_revenue_cents: int = 0
    control_revenue_cents: int = 0
    cost_cents: int = 0
    """What the treated zones cost (printing and distribution)."""
    orders_with_postcode: int = 0
    """Web-shop orders of the campaign's time that carry a postcode (in a zone or not)."""
    store_redemptions: int = 0
    """Responses at the till: counted as responses, left out of lift."""

    @property
    def problem(self) -> str | None:
        """Why lift can't be measured yet (a sentence ending without a full stop), or None."""
        if not self.control_households:
            return tr("there is no control zone (a zone that gets nothing) to compare with")
        if not self.treated_households:
            return tr("no zone that got leaflets has households")
        if not self.orders_with_postcode:
            return tr("no web-shop order carries a postcode, so none can be placed in a zone")
        orders = self.treated_orders + self.control_orders
        if orders < MIN_ORDERS:
            return tr(
                "only {count} web-shop orders came from the zones so far; at least {needed}"
                " are needed"
            ).format(count=fmt.number(orders), needed=fmt.number(MIN_ORDERS))
        return None

    @property
    def measurable(self) -> bool:
        return self.problem is None

    @property
    def treated_rate(self) -> float | None:
        """Orders per 1,000 households in the zones that got leaflets."""
        return _per_1000(self.treated_orders, self.treated_households)

    @property
    def control_rate(self) -> float | None:
        return _per_1000(self.control_orders, self.control_households)

    @property
    def difference(self) -> float | None:
        """Treated minus control, orders per 1,000 households."""
        if self.treated_rate is None or self.control_rate is None:
            return None
        return self.treated_rate - self.control_rate

    @property
    def interval(self) -> tuple[float, float] | None:
        """95 % interval of the difference per 1,000 households (Newcombe's hybrid score)."""
        if not self.treated_households or not self.control_households:
            return None
        low, high = newcombe(
            self.treated_orders,
            self.treated_households,
            self.control_orders,
            self.control_households,
        )
        return 1000 * low, 1000 * high

    @property
    def relative(self) -> float | None:
        """Treated rate over control rate minus one (0.4 = 40 % more); None when control is 0."""
        if not self.control_rate or self.treated_rate is None:
            return None
        return self.treated_rate / self.control_rate - 1

    @property
    def incremental_orders(self) -> float | None:
        """Orders the leaflets brought beyond what the zones would have ordered anyway."""
        if self.difference is None:
            return None
        return self.difference * self.treated_households / 1000

    @property
    def incremental_revenue_cents(self) -> int | None:
        """Revenue beyond what the zones would have spent anyway (per household, scaled up)."""
        if not self.treated_households or not self.control_households:
            return None
        per_household = (
            self.treated_revenue_cents / self.treated_households
            - self.control_revenue_cents / self.control_households
        )
        return round(per_household * self.treated_households)

    @property
    def cost_per_incremental_order_cents(self) -> int | None:
        """Cost of the treated zones over the incremental orders (None unless there are some)."""
        extra = self.incremental_orders
        if extra is None or extra <= 0 or not self.cost_cents:
            return None
        return round(self.cost_cents / extra)


def _per_1000(events: int, base: int) -> float | None:
    return 1000 * events / base if base else None


def signed(value: float) -> str:
    """A difference per 1,000 households as the report writes it: +1.1 / +1,1."""
    return fmt.decimal(round(value, 1) + 0.0, "+.1f")


def lift_headline(lift: Lift) -> str:
    """The one sentence about lift that every output shows (CLI, JSON, Results page, PDF)."""
    problem = lift.problem
    if problem is not None:
        return tr("Lift can't be measured yet: {reason}.").format(reason=problem)
    low, high = lift.interval  # type: ignore[misc]
    values = {
        "difference": signed(lift.difference or 0.0),
        "low": signed(low),
        "high": signed(high),
    }
    if low > 0:
        return tr(
            "Zones that got the leaflets placed more web-shop orders than the control zones:"
            " {difference} per 1,000 households (95 % interval {low} to {high})."
        ).format(**values)
    if high < 0:
        return tr(
            "Zones that got the leaflets placed fewer web-shop orders than the control zones:"
            " {difference} per 1,000 households (95 % interval {low} to {high})."
        ).format(**values)
    return tr(
        "No clear difference yet between the zones that got the leaflets and the control zones:"
        " {difference} web-shop orders per 1,000 households (95 % interval {low} to {high})."
    ).format(**values)


def lift_details(lift: Lift, currency: str) -> list[str]:
    """The sentences under the headline: rates, what the difference is worth, how it is counted."""
    lines: list[str] = []
    if lift.treated_rate is not None and lift.control_rate is not None:
        lines.append(
            tr(
                "Web-shop orders per 1,000 households: {treated} in the zones that got leaflets"
                " ({treated_orders} orders, {treated_households} households), {control} in the"
                " control zones ({control_orders} orders, {control_households} households)."
            ).format(
                treated=fmt.decimal(lift.treated_rate, ".1f"),
                treated_orders=fmt.number(lift.treated_orders),
                treated_households=fmt.number(lift.treated_households),
                control=fmt.decimal(lift.control_rate, ".1f"),
                control_orders=fmt.number(lift.control_orders),
                control_households=fmt.number(lift.control_households),
            )
        )
    if lift.measurable:
        relative = lift.relative
        lines.append(
            tr(
                "Relative lift {relative}; about {orders} incremental orders and {revenue}"
                " incremental revenue; cost per incremental order {per_order}."
            ).format(
                relative="–" if relative is None else fmt.ratio_percent(relative, 0, sign=True),
                orders=fmt.decimal(round(lift.incremental_orders or 0.0, 1) + 0.0, ".1f"),
                revenue=fmt.money(lift.incremental_revenue_cents or 0, currency),
                per_order="–"
                if lift.cost_per_incremental_order_cents is None
                else fmt.money(lift.cost_per_incremental_order_cents, currency),
            )
        )
    lines.append(
        tr(
            "Counted alike on both sides: web-shop orders from the zone's postcodes (shipping,"
            " else billing) within its attribution window, with or without a code, cancelled"
            " ones left out. 95 % interval: Newcombe's hybrid score method."
        )
    )
    if lift.store_redemptions:
        lines.append(
            tr(
                "Till redemptions ({count}) are responses but can't enter lift: a till records"
                " no postcode and a control zone has no codes to redeem."
            ).format(count=fmt.number(lift.store_redemptions))
        )
    return lines
