"""Channels side by side: what each printed piece, ad platform and online source cost and brought
to a campaign, the other costs a user adds by hand, and which ad campaigns belong to it.

The rules (which source is which channel, pro-rating, cost per response, ROAS) are in
``omniprint.domain.channels``; this module gathers the figures and hands the same result to the
CLI, the GUI and the PDF report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from omniprint.domain import channels as rules
from omniprint.domain.attribution import window
from omniprint.domain.channels import AdSpend, ChannelRow, ChannelsSection
from omniprint.domain.errors import NotFoundError, ValidationError
from omniprint.domain.formatting import money
from omniprint.domain.i18n import tr
from omniprint.domain.links import slugify
from omniprint.domain.parsing import parse_money_cents
from omniprint.domain.plan import Campaign
from omniprint.services.plan import find_campaign
from omniprint.services.report import campaign_report
from omniprint.storage import channels as store
from omniprint.storage import plan as plan_store
from omniprint.storage.workspace import Workspace


@dataclass
class ChannelsView:
    """A campaign's channels, their totals, and notes on how the costs were counted."""

    campaign: Campaign
    rows: list[ChannelRow]
    totals: ChannelRow
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AdCampaign:
    """An ad campaign the imported reports name, what it cost, and whether it is the campaign's."""

    platform: str
    name: str
    cost_cents: int
    currency: str | None
    linked: bool
    automatic: bool


def campaign_dates(campaign: Campaign) -> tuple[str | None, str | None]:
    """First and last day of a campaign: its end date, else its attribution window's end."""
    first, last = campaign.start_date, campaign.end_date
    if first and not last:
        last = window(first, campaign.attribution_days)[1]
    return (first[:10] if first else None), (last[:10] if last else None)


def _automatic(spend: AdSpend, slug: str) -> bool:
    """An ad campaign belongs to a campaign by itself when its name or its links' utm_campaign
    is the campaign's slug."""
    if (spend.utm_campaign or "").strip().lower() == slug:
        return True
    try:
        return slugify(spend.ad_campaign) == slug
    except ValidationError:
        return False


def ad_campaigns(ws: Workspace, campaign_ref: str) -> list[AdCampaign]:
    """Every ad campaign in the imported reports, with its spend and whether it belongs to the
    campaign (linked by the user, or automatically by name or UTM campaign)."""
    campaign = find_campaign(ws, campaign_ref)
    links = store.linked(ws, campaign.id)
    grouped: dict[tuple[str, str], list[AdSpend]] = defaultdict(list)
    for spend in store.list_spend(ws):
        grouped[(spend.platform, spend.ad_campaign)].append(spend)
    return [
        AdCampaign(
            platform,
            name,
            sum(s.cost_cents for s in rows),
            rows[0].currency,
            name in links,
            any(_automatic(s, campaign.slug) for s in rows),
        )
        for (platform, name), rows in sorted(grouped.items())
    ]


def link_ads(ws: Workspace, campaign_ref: str, names: list[str], *, unlink: bool = False) -> int:
    """Link ad campaigns (by their name in the reports) to a campaign, or unlink them; returns
    how many links changed. A name no imported report has is refused, naming the known ones."""
    campaign = find_campaign(ws, campaign_ref)
    known = store.ad_campaign_names(ws)
    if not unlink:
        missing = [n for n in names if n not in known]
        if missing:
            raise NotFoundError(
                tr("no imported ad report names {names}; known ad campaigns: {known}").format(
                    names=", ".join(repr(n) for n in missing),
                    known=", ".join(sorted(known)) or "-",
                )
            )
    with ws.transaction():
        if unlink:
            return store.unlink(ws, campaign.id, names)
        return store.link(ws, campaign.id, names)


def add_cost(
    ws: Workspace,
    campaign_ref: str,
    channel: str,
    amount: str,
    *,
    start: str | None = None,
    end: str | None = None,
    note: str = "",
) -> int:
    """A cost with no export (radio, posters, a stand at a fair) for a channel of a campaign."""
    campaign = find_campaign(ws, campaign_ref)
    channel = channel.strip()
    if not channel:
        raise ValidationError(tr("--channel needs a name"))
    cents = parse_money_cents(amount, what="amount")
    if cents < 0:
        raise ValidationError(tr("a cost cannot be negative (got {amount})").format(amount=amount))
    for value in (start, end):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValidationError(
                    tr("{value!r} is not a date (YYYY-MM-DD)").format(value=value)
                ) from None
    if start and end and end < start:
        raise ValidationError(tr("the end date is before the start date"))
    with ws.transaction():
        return store.insert_cost(
            ws,
            {
                "campaign_id": campaign.id,
                "channel": channel,
                "amount_cents": cents,
                "start_date": start,
                "end_date": end,
                "note": note,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
        )


def list_costs(ws: Workspace, campaign_ref: str) -> list[dict]:
    """The costs added by hand to a campaign (id, channel, amount_cents, dates, note)."""
    return store.list_costs(ws, find_campaign(ws, campaign_ref).id)


def remove_cost(ws: Workspace, campaign_ref: str, cost_id: int) -> None:
    campaign = find_campaign(ws, campaign_ref)
    with ws.transaction():
        if not store.delete_cost(ws, campaign.id, cost_id):
            raise NotFoundError(
                tr("campaign {campaign} has no cost with id {id}").format(
                    campaign=campaign.slug, id=cost_id
                )
            )


def campaign_channels(ws: Workspace, campaign_ref: str, *, refresh: bool = True) -> ChannelsView:
    """One row per channel of a campaign - each printed piece, each ad platform and online
    source, each cost added by hand - with cost, visits, responses, revenue, cost per response
    and ROAS. Ad spend over a period that only partly overlaps the campaign is pro-rated by days,
    and the notes say so."""
    report = campaign_report(ws, campaign_ref, refresh=refresh)
    campaign = report.campaign
    rows: dict[str, ChannelRow] = {}
    pieces = {p.slug: p for p in plan_store.list_pieces(ws, campaign.id)}
    for result in report.rows:
        if result.control or not result.piece:
            continue
        piece = pieces[result.piece]
        row = rows.setdefault(piece.name, ChannelRow(piece.name, "print"))
        t = result.tally
        row.add(ChannelRow("", "", t.cost_cents, t.visits, t.responses, t.revenue_cents))
    notes: list[str] = []
    names = _add_spend(ws, campaign, rows, notes)
    first, last = campaign_dates(campaign)
    for source, medium, sessions in store.online_visits(ws, names, first, last):
        _online_row(rows, source, medium).visits += sessions
    for source, medium, revenue in store.online_orders(ws, campaign.id, names, first, last):
        row = _online_row(rows, source, medium)
        row.responses += 1
        row.revenue_cents += revenue
    for cost in store.list_costs(ws, campaign.id):
        match = _find_row(rows, cost["channel"], pieces)
        if match is None:
            match = rows.setdefault(cost["channel"], ChannelRow(cost["channel"], "other"))
        match.cost_cents += cost["amount_cents"]
    ordered = rules.order_channels(list(rows.values()))
    return ChannelsView(campaign, ordered, rules.totals(ordered), notes)


def _online_row(rows: dict[str, ChannelRow], source: str | None, medium: str | None) -> ChannelRow:
    name, kind = rules.channel_of(source, medium)
    return rows.setdefault(name, ChannelRow(name, kind))


def _find_row(rows: dict[str, ChannelRow], name: str, pieces: dict) -> ChannelRow | None:
    wanted = name.strip().lower()
    for key, row in rows.items():
        if key.lower() == wanted:
            return row
    piece = pieces.get(wanted)
    return rows.get(piece.name) if piece is not None else None


def _add_spend(
    ws: Workspace, campaign: Campaign, rows: dict[str, ChannelRow], notes: list[str]
) -> set[str]:
    """Add the spend of the campaign's ad campaigns to their platforms' rows; returns the names
    that tag the campaign's online traffic (its slug, its ad campaigns and their UTM campaigns).
    """
    links = store.linked(ws, campaign.id)
    names = {campaign.slug}
    first, last = campaign_dates(campaign)
    mine = [
        s for s in store.list_spend(ws) if s.ad_campaign in links or _automatic(s, campaign.slug)
    ]
    kept, overlapping = rules.count_once(mine)
    for spend in overlapping:
        notes.append(
            tr(
                "{platform} {ad_campaign}: the report for {period} overlaps another one of the "
                "same ad campaign and is not counted again"
            ).format(
                platform=spend.platform,
                ad_campaign=spend.ad_campaign + (f" / {spend.ad_set}" if spend.ad_set else ""),
                period=f"{spend.start} - {spend.end}" if spend.start else tr("all time"),
            )
        )
    for spend in mine:
        names.add(spend.ad_campaign.strip().lower())
        if spend.utm_campaign:
            names.add(spend.utm_campaign.strip().lower())
    for spend in kept:
        if spend.currency and spend.currency != campaign.currency:
            notes.append(
                tr(
                    "{platform} {ad_campaign}: spend in {currency} left out (the campaign is in "
                    "{campaign_currency})"
                ).format(
                    platform=spend.platform,
                    ad_campaign=spend.ad_campaign,
                    currency=spend.currency,
                    campaign_currency=campaign.currency,
                )
            )
            continue
        share = rules.prorate(spend.cost_cents, spend.start, spend.end, first, last)
        channel = rules.PLATFORM_CHANNEL[spend.platform]
        rows.setdefault(channel, ChannelRow(channel, "ads")).cost_cents += share.cost_cents
        if share.prorated:
            notes.append(
                tr(
                    "{platform} {ad_campaign}: {cost} spent from {start} to {end}; {inside} of "
                    "{days} days fall within the campaign, so {counted} is counted"
                ).format(
                    platform=spend.platform,
                    ad_campaign=spend.ad_campaign,
                    cost=money(spend.cost_cents, campaign.currency),
                    start=spend.start,
                    end=spend.end,
                    inside=share.days_in,
                    days=share.days_total,
                    counted=money(share.cost_cents, campaign.currency),
                )
            )
    return names


def report_section(ws: Workspace, campaign_ref: str, *, top: int = 5) -> ChannelsSection | None:
    """The Channels section of the PDF report (channels, notes, the ``top`` paths and the funnel
    per zone and variant); None when the campaign has no channel beyond its own print."""
    from omniprint.services import journeys

    view = campaign_channels(ws, campaign_ref, refresh=False)
    paths = journeys.journeys(ws, campaign_ref, refresh=False)
    _, funnel = journeys.funnel(ws, campaign_ref, refresh=False)
    if all(r.kind == "print" for r in view.rows) and not paths and not any(f.scans for f in funnel):
        return None
    return ChannelsSection(view.rows, view.totals, view.notes, paths[:top], funnel)
