"""Results of a campaign: per drop and zone, totals, lift against control zones, the A/B test,
and the caveats a shop owner should read before trusting the numbers."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from omniprint.domain import codes
from omniprint.domain.abtest import VariantTest
from omniprint.domain.attribution import Window, campaign_span, zone_windows
from omniprint.domain.i18n import ntr, tr
from omniprint.domain.lift import Lift, WebOrder, ZoneWindow, lift_headline, orders_by_zone
from omniprint.domain.metrics import (
    CampaignReport,
    RateComparison,
    ResultRow,
    Tally,
    ZoneResult,
    ratio_text,
)
from omniprint.domain.money import cost_of, decimal_string
from omniprint.domain.plan import Campaign, Zone
from omniprint.services.files import atomic_path
from omniprint.services.files import write_csv as write_csv_file
from omniprint.services.i18n import speaking
from omniprint.services.plan import find_campaign
from omniprint.services.reconcile import Changes, reconcile
from omniprint.storage import plan as plan_store
from omniprint.storage import results as store
from omniprint.storage.reconcile import campaign_prefixes
from omniprint.storage.workspace import Workspace


def campaign_report(ws: Workspace, campaign_ref: str, *, refresh: bool = True) -> CampaignReport:
    """Reconcile (unless told not to) and compute the campaign's results."""
    campaign = find_campaign(ws, campaign_ref)
    if refresh:  # imports and decisions keep results current: catch up with plan changes
        reconcile(ws, changes=Changes())
    per_drop = store.drop_results(ws, campaign.id)
    matchback = store.matchback_by_zone(ws, campaign.id)
    zones = plan_store.list_zones(ws, campaign.id)
    drops_by_zone: dict[int, list[tuple[int, Any, Any, int]]] = defaultdict(list)
    for drop_id, piece, variant, zone, quantity in plan_store.list_drops(ws, campaign.id):
        drops_by_zone[zone.id].append((drop_id, piece, variant, quantity))
    # The zones lift compares: control zones, and zones that got a drop.
    windows = [
        w
        for zone, w in zip(zones, zone_windows(campaign, zones), strict=True)
        if zone.is_control or drops_by_zone.get(zone.id)
    ]
    first_day, last_day = campaign_span(campaign, windows)
    orders = [
        WebOrder(r["occurred_at"], r["shipping"], r["billing"], r["revenue"], bool(r["cancelled"]))
        for r in store.web_orders(ws, first_day, last_day)
    ]
    lift_orders = orders_by_zone(orders, _lift_zones(zones, windows))
    rows: list[ResultRow] = []
    zone_results: list[ZoneResult] = []
    variants: dict[tuple[str, str], _VariantSums] = defaultdict(_VariantSums)
    for zone in zones:
        drops = drops_by_zone.get(zone.id, [])
        if zone.is_control or not drops:
            continue
        mb = matchback.get(zone.id, (0, 0))
        zone_rows = []
        for drop_id, piece, variant, quantity in drops:
            got = per_drop.get(drop_id, {})
            tally = Tally(
                households=zone.households,
                pieces=quantity,
                visits=got.get("visits", 0),
                store_redemptions=got.get("store", 0),
                online_orders=got.get("online", 0),
                revenue_cents=got.get("revenue", 0),
                cost_cents=cost_of(quantity, variant.print_cpm_cents)
                + cost_of(quantity, zone.cpm_cents),
                # Match-back orders belong to the zone: on its only drop, else on its total row.
                matchback_orders=mb[0] if len(drops) == 1 else 0,
                matchback_revenue_cents=mb[1] if len(drops) == 1 else 0,
            )
            zone_rows.append(
                ResultRow(piece.slug, variant.label, zone.code, zone.name, False, tally)
            )
            variants[(piece.slug, variant.label)].add(tally, got.get("squares", 0), zone.code)
        zone_tally = replace(
            sum((r.tally for r in zone_rows), Tally()),
            households=zone.households,
            matchback_orders=mb[0],
            matchback_revenue_cents=mb[1],
        )
        rows += zone_rows
        if len(zone_rows) > 1:
            rows.append(ResultRow("", "", zone.code, zone.name, False, zone_tally, zone_total=True))
        labels = tuple(r.variant for r in zone_rows)
        orders_in, revenue_in = lift_orders.get(zone.id, (0, 0))
        zone_results.append(
            ZoneResult(zone.code, zone.name, False, zone_tally, labels, orders_in, revenue_in)
        )
    for zone in zones:
        if zone.is_control:
            mb = matchback.get(zone.id, (0, 0))
            tally = Tally(
                households=zone.households,
                matchback_orders=mb[0],
                matchback_revenue_cents=mb[1],
            )
            rows.append(ResultRow("", "", zone.code, zone.name, True, tally))
            orders_in, revenue_in = lift_orders.get(zone.id, (0, 0))
            zone_results.append(
                ZoneResult(zone.code, zone.name, True, tally, (), orders_in, revenue_in)
            )
    # Households belong to zones, not drops: a zone with two variants is counted once.
    totals = sum((z.tally for z in zone_results), Tally())
    treated = [z for z in zone_results if not z.control]
    control = [z for z in zone_results if z.control]
    lift = Lift(
        treated_orders=sum(z.lift_orders for z in treated),
        treated_households=sum(z.tally.households for z in treated),
        control_orders=sum(z.lift_orders for z in control),
        control_households=sum(z.tally.households for z in control),
        treated_revenue_cents=sum(z.lift_revenue_cents for z in treated),
        control_revenue_cents=sum(z.lift_revenue_cents for z in control),
        cost_cents=sum(z.tally.cost_cents for z in treated),
        orders_with_postcode=len(orders),
        store_redemptions=store.store_redemptions(ws, campaign.id),
    )
    mb_comparison = RateComparison(
        sum(z.tally.matchback_orders for z in treated),
        lift.treated_households,
        sum(z.tally.matchback_orders for z in control),
        lift.control_households,
    )
    responses = RateComparison(
        lift.treated_orders, lift.treated_households, lift.control_orders, lift.control_households
    )
    counts = store.status_counts(ws, campaign.id)
    counts["unmatched"] = _unmatched(ws, campaign.id, first_day, last_day)
    report = CampaignReport(
        campaign,
        rows,
        totals,
        mb_comparison,
        responses,
        _variant_tests(variants),
        counts,
        _timeline(ws, campaign, zones),
        lift=lift,
        zones=zone_results,
    )
    report.caveats = _caveats(report)
    return report


@dataclass
class _VariantSums:
    """One variant of a piece over all its drops."""

    pieces: int = 0
    responses: int = 0
    revenue: int = 0
    squares: int = 0
    cost: int = 0
    zones: set[str] = field(default_factory=set)

    def add(self, tally: Tally, squares: int, zone: str) -> None:
        self.pieces += tally.pieces
        self.responses += tally.responses
        self.revenue += tally.revenue_cents
        self.squares += squares
        self.cost += tally.cost_cents
        self.zones.add(zone)


def _variant_tests(by_variant: dict[tuple[str, str], _VariantSums]) -> list[VariantTest]:
    """The first variant of each piece against each of the others."""
    tests = []
    for piece in sorted({p for p, _ in by_variant}):
        labels = sorted(v for p, v in by_variant if p == piece)
        for other in labels[1:]:
            a, b = by_variant[(piece, labels[0])], by_variant[(piece, other)]
            tests.append(
                VariantTest(
                    piece, labels[0], other, a.pieces, a.responses, b.pieces, b.responses,
                    revenue_a_cents=a.revenue, revenue_b_cents=b.revenue,
                    cost_a_cents=a.cost, cost_b_cents=b.cost,
                    squares_a=a.squares, squares_b=b.squares,
                    zones_a=frozenset(a.zones), zones_b=frozenset(b.zones),
                )
            )  # fmt: skip
    return tests


def _lift_zones(zones: list[Zone], windows: list[Window]) -> list[ZoneWindow]:
    """The zones of `windows` as lift sees them, in the plan's order, with the attribution
    windows reconcile used (`domain.attribution.zone_windows`); a zone with no window is left
    out (no order can be inside it)."""
    by_id = {z.id: z for z in zones}
    found = []
    for w in windows:
        zone = by_id[w.zone_id]
        if w.first_day and w.last_day:
            found.append(
                ZoneWindow(zone.id, zone.code, zone.is_control, zone.households, w.first_day,
                           w.last_day)
            )  # fmt: skip
    return found


def _unmatched(ws: Workspace, campaign_id: int, first_day: str, last_day: str) -> int:
    """Uses that match nothing which belong to this campaign's report (see `unmatched_uses`)."""
    prefixes = {codes.normalize(p) for p in campaign_prefixes(ws).get(campaign_id, set()) if p}
    return sum(
        1
        for r in store.unmatched_uses(ws, campaign_id, first_day, last_day)
        if r["own"]
        or r["same_file"]
        or any(codes.normalize(r["typed"] or "").startswith(p) for p in prefixes)
    )


def _timeline(ws: Workspace, campaign: Campaign, zones) -> list[tuple[int, int]]:
    dates = sorted(z.drop_date for z in zones if z.drop_date and not z.is_control)
    first = dates[0] if dates else campaign.start_date
    days = store.responses_by_day(ws, campaign.id)
    if not days:
        return []
    origin = dt.date.fromisoformat(first or days[0][0])
    return [((dt.date.fromisoformat(day) - origin).days, n) for day, n in days]


def _caveats(report: CampaignReport) -> list[str]:
    notes = []
    t = report.totals
    if t.responses < 10:
        notes.append(
            tr("Only 1 response so far: cost per response and ROI will move a lot as more come in.")
            if t.responses == 1
            else tr(
                "Only {count} responses so far: cost per response and ROI will move a lot as"
                " more come in."
            ).format(count=t.responses)
        )
    unmatched, corrected = report.count("unmatched"), report.count("corrected")
    duplicate, late = report.count("duplicate"), report.count("out_of_window")
    if unmatched:
        notes.append(
            ntr(
                "{n} code typed at the till or online matches no code issued (not even with"
                " one typing error): review it; it may be a response too.",
                "{n} codes typed at the till or online match no code issued (not even with"
                " one typing error): review them; they may be responses too.",
                unmatched,
            )
        )
    if corrected:
        notes.append(
            ntr(
                "{n} code had one typing error and was matched to the only code it could be.",
                "{n} codes had one typing error and were matched to the only code they could be.",
                corrected,
            )
        )
    if duplicate:
        notes.append(
            ntr(
                "{n} code was used more than once; it counts once.",
                "{n} codes were used more than once; each counts once.",
                duplicate,
            )
        )
    if late:
        notes.append(
            ntr(
                "{n} use came before the drop or after the {days}-day window and is not counted.",
                "{n} uses came before the drop or after the {days}-day window and are not counted.",
                late,
            ).format(days=report.campaign.attribution_days)
        )
    notes.append(lift_headline(report.lift))
    notes.extend(test.verdict for test in report.variant_tests)
    return notes


CSV_COLUMNS = [
    "piece",
    "variant",
    "zone",
    "zone_name",
    "control",
    "households",
    "pieces",
    "visits",
    "store_redemptions",
    "online_orders",
    "responses",
    "response_rate",
    "revenue",
    "cost",
    "cost_per_response",
    "roas",
    "roi",
    "matchback_orders",
    "matchback_revenue",
    "currency",
    "row",
]
"""`row` says what a line is: a drop, a zone's total (a zone that got several variants, which
carries its match-back orders), a control zone or the campaign's total."""


def _csv_row(
    piece: str, variant: str, zone: str, name: str, control: bool, t: Tally, cur: str, kind: str
) -> list:
    return [
        piece,
        variant,
        zone,
        name,
        "yes" if control else "no",
        t.households,
        t.pieces,
        t.visits,
        t.store_redemptions,
        t.online_orders,
        t.responses,
        ratio_text(t.response_rate, 4) or "",
        decimal_string(t.revenue_cents),
        decimal_string(t.cost_cents),
        decimal_string(t.cost_per_response_cents) if t.cost_per_response_cents is not None else "",
        ratio_text(t.roas) or "",
        ratio_text(t.roi) or "",
        t.matchback_orders,
        decimal_string(t.matchback_revenue_cents),
        cur,
        kind,
    ]


def _kind(row: ResultRow) -> str:
    return "control" if row.control else "zone_total" if row.zone_total else "drop"


def write_csv(rep: CampaignReport, out: str | Path) -> int:
    """The per-drop results (and a totals row) as CSV for a spreadsheet."""
    cur = rep.campaign.currency
    rows = [
        _csv_row(r.piece, r.variant, r.zone, r.zone_name, r.control, r.tally, cur, _kind(r))
        for r in rep.rows
    ]
    rows.append(_csv_row("", "", "", "total", False, rep.totals, cur, "total"))
    return write_csv_file(out, CSV_COLUMNS, rows)


def write_pdf(
    ws: Workspace, rep: CampaignReport, out: str | Path, *, language: str | None = None
) -> None:
    """The PDF report a shop owner hands to a partner, in ``language`` (the active one when
    None: the GUI's or the CLI's), with today's date written the reader's way."""
    from omniprint.render.report import write_report
    from omniprint.services.channels import report_section

    section = report_section(ws, rep.campaign.slug)
    with speaking(language), atomic_path(out) as tmp:
        write_report(rep, tmp, generated=dt.date.today().isoformat(), channels=section)
