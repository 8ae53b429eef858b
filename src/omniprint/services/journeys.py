"""Paths that cross channels, and the funnel from a printed piece to the till.

A path is what one order shows of the way its buyer came: the printed piece whose code it
carries, the online source it arrived through, and where it was bought (``leaflet -> facebook /
paid -> web order``). The funnel follows each zone and variant from the pieces delivered to the
scans of their short links, the visits of the landing page, the responses and the revenue.
"""

from __future__ import annotations

from collections import Counter

from omniprint.domain import channels as rules
from omniprint.domain.channels import FunnelRow, Journey
from omniprint.domain.plan import Campaign
from omniprint.services.plan import find_campaign
from omniprint.services.reconcile import reconcile
from omniprint.services.report import campaign_report
from omniprint.storage import channels as store
from omniprint.storage import plan as plan_store
from omniprint.storage.workspace import Workspace


def journeys(ws: Workspace, campaign_ref: str, *, refresh: bool = True) -> list[Journey]:
    """The paths of a campaign's orders that carry both a printed code and an online source,
    most orders first, then most revenue."""
    campaign = find_campaign(ws, campaign_ref)
    if refresh:
        reconcile(ws)
    orders: Counter[tuple[str, ...]] = Counter()
    revenue: Counter[tuple[str, ...]] = Counter()
    for item in store.crossing_orders(ws, campaign.id):
        steps = tuple(
            rules.path_of(item["piece_kind"], item["source"], item["medium"], item["kind"])
        )
        orders[steps] += 1
        revenue[steps] += item["revenue_cents"]
    found = [Journey(steps, n, revenue[steps]) for steps, n in orders.items()]
    return sorted(found, key=lambda j: (-j.orders, -j.revenue_cents, j.path))


def funnel(ws: Workspace, campaign_ref: str, *, refresh: bool = True) -> tuple[Campaign, list]:
    """Per zone and variant: pieces delivered -> scans -> landing visits -> responses ->
    revenue, with the rate of each step (scans per piece, visits per scan, responses per
    visit)."""
    report = campaign_report(ws, campaign_ref, refresh=refresh)
    campaign = report.campaign
    scans = store.scans_by_drop(ws, campaign.id)
    drops = plan_store.list_drops(ws, campaign.id)
    treated = [r for r in report.rows if not r.control and not r.zone_total]
    rows = []
    # campaign_report lists the treated rows in the order of list_drops.
    for (drop_id, *_), row in zip(drops, treated, strict=True):
        t = row.tally
        rows.append(
            FunnelRow(
                row.piece,
                row.variant,
                row.zone,
                t.pieces,
                scans.get(drop_id, 0),
                t.visits,
                t.responses,
                t.revenue_cents,
            )
        )
    return campaign, rows


def scans(ws: Workspace, campaign_ref: str) -> list[dict]:
    """Per scanned code: display form, first scan, count and scans by device class."""
    return store.scans_by_code(ws, find_campaign(ws, campaign_ref).id)
