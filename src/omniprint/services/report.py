"""Results of a campaign: per drop and zone, totals, lift against control zones, the A/B test,
and the caveats a shop owner should read before trusting the numbers."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from omniprint.domain.formatting import number
from omniprint.domain.i18n import tr
from omniprint.domain.metrics import (
    CampaignReport,
    RateComparison,
    ResultRow,
    Tally,
    VariantTest,
    ratio_text,
)
from omniprint.domain.money import cost_of, decimal_string
from omniprint.domain.plan import Campaign
from omniprint.services.files import write_csv as write_csv_file
from omniprint.services.plan import find_campaign
from omniprint.services.reconcile import Changes, reconcile
from omniprint.storage import plan as plan_store
from omniprint.storage import results as store
from omniprint.storage.workspace import Workspace


def campaign_report(ws: Workspace, campaign_ref: str, *, refresh: bool = True) -> CampaignReport:
    """Reconcile (unless told not to) and compute the campaign's results."""
    campaign = find_campaign(ws, campaign_ref)
    if refresh:  # imports and decisions keep results current: catch up with plan changes
        reconcile(ws, changes=Changes())
    per_drop = store.drop_results(ws, campaign.id)
    matchback = store.matchback_by_zone(ws, campaign.id)
    rows: list[ResultRow] = []
    zones_seen: set[int] = set()
    by_variant: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for drop_id, piece, variant, zone, quantity in plan_store.list_drops(ws, campaign.id):
        got = per_drop.get(drop_id, {})
        # A zone's match-back orders are counted once: on the first drop into that zone.
        first_in_zone = zone.id not in zones_seen
        mb_orders, mb_revenue = matchback.get(zone.id, (0, 0)) if first_in_zone else (0, 0)
        zones_seen.add(zone.id)
        tally = Tally(
            households=zone.households,
            pieces=quantity,
            visits=got.get("visits", 0),
            store_redemptions=got.get("store", 0),
            online_orders=got.get("online", 0),
            revenue_cents=got.get("revenue", 0),
            cost_cents=cost_of(quantity, variant.print_cpm_cents)
            + cost_of(quantity, zone.cpm_cents),
            matchback_orders=mb_orders,
            matchback_revenue_cents=mb_revenue,
        )
        rows.append(ResultRow(piece.slug, variant.label, zone.code, zone.name, False, tally))
        by_variant[(piece.slug, variant.label)][0] += quantity
        by_variant[(piece.slug, variant.label)][1] += tally.responses
    treated = {z.id for _, _, _, z, _ in plan_store.list_drops(ws, campaign.id)}
    zones = plan_store.list_zones(ws, campaign.id)
    for zone in zones:
        if zone.is_control:
            mb_orders, mb_revenue = matchback.get(zone.id, (0, 0))
            tally = Tally(
                households=zone.households,
                matchback_orders=mb_orders,
                matchback_revenue_cents=mb_revenue,
            )
            rows.append(ResultRow("", "", zone.code, zone.name, True, tally))
    treated_households = sum(z.households for z in zones if z.id in treated)
    control_households = sum(z.households for z in zones if z.is_control)
    # Households belong to zones, not drops: a zone with two variants is counted once.
    totals = replace(
        sum((r.tally for r in rows), Tally()), households=treated_households + control_households
    )
    treated_rows = [r.tally for r in rows if not r.control]
    control_rows = [r.tally for r in rows if r.control]
    mb = RateComparison(
        sum(t.matchback_orders for t in treated_rows),
        treated_households,
        sum(t.matchback_orders for t in control_rows),
        control_households,
    )
    resp = RateComparison(
        sum(t.responses + t.matchback_orders for t in treated_rows),
        treated_households,
        sum(t.matchback_orders for t in control_rows),
        control_households,
    )
    tests = _variant_tests(by_variant)
    counts = store.status_counts(ws, campaign.id)
    report = CampaignReport(
        campaign, rows, totals, mb, resp, tests, counts, _timeline(ws, campaign, zones)
    )
    report.caveats = _caveats(report)
    return report


def _variant_tests(by_variant: dict[tuple[str, str], list[int]]) -> list[VariantTest]:
    tests = []
    pieces = sorted({p for p, _ in by_variant})
    for piece in pieces:
        labels = sorted(v for p, v in by_variant if p == piece)
        for other in labels[1:]:
            a, b = by_variant[(piece, labels[0])], by_variant[(piece, other)]
            tests.append(VariantTest(piece, labels[0], other, a[0], a[1], b[0], b[1]))
    return tests


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
            _counted(
                unmatched,
                tr(
                    "1 code typed at the till or online matches no code issued (not even with"
                    " one typing error): review it; it may be a response too."
                ),
                tr(
                    "{count} codes typed at the till or online match no code issued"
                    " (not even with one typing error): review them; they may be responses too."
                ),
            )
        )
    if corrected:
        notes.append(
            _counted(
                corrected,
                tr("1 code had one typing error and was matched to the only code it could be."),
                tr(
                    "{count} codes had one typing error and were matched to the"
                    " only code they could be."
                ),
            )
        )
    if duplicate:
        notes.append(
            _counted(
                duplicate,
                tr("1 code was used more than once; it counts once."),
                tr("{count} codes were used more than once; each counts once."),
            )
        )
    if late:
        notes.append(
            _counted(
                late,
                tr("1 use came before the drop or after the {days}-day window and is not counted."),
                tr(
                    "{count} uses came before the drop or after the {days}-day window"
                    " and are not counted."
                ),
                days=report.campaign.attribution_days,
            )
        )
    if not any(r.control for r in report.rows):
        notes.append(tr("There is no control zone, so lift cannot be measured."))
    else:
        notes.append(report.matchback.verdict)
    notes.extend(test.verdict for test in report.variant_tests)
    return notes


def _counted(count: int, one: str, many: str, **values: object) -> str:
    """The sentence for one, or for ``count`` (written as the language writes numbers)."""
    return (one if count == 1 else many).format(count=number(count), **values)


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
]


def _csv_row(piece: str, variant: str, zone: str, name: str, control: bool, t: Tally, cur: str):
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
    ]


def write_csv(rep: CampaignReport, out: str | Path) -> int:
    """The per-drop results (and a totals row) as CSV for a spreadsheet."""
    cur = rep.campaign.currency
    rows = [
        _csv_row(r.piece, r.variant, r.zone, r.zone_name, r.control, r.tally, cur) for r in rep.rows
    ]
    rows.append(_csv_row("", "", "", "total", False, rep.totals, cur))
    return write_csv_file(out, CSV_COLUMNS, rows)


def write_pdf(ws: Workspace, rep: CampaignReport, out: str | Path, *, language: str = "en") -> None:
    """The PDF report a shop owner hands to a partner."""
    from omniprint.render.report import write_report

    write_report(rep, out, generated=dt.date.today().isoformat(), language=language)
