"""Channels commands: costs with no export, ad campaigns of a campaign, channels side by side,
paths that cross channels and the funnel from pieces to scans to revenue."""

from __future__ import annotations

import argparse
from decimal import Decimal

from omniprint.cli.commands import Commands, action, group
from omniprint.cli.output import Output, money, table
from omniprint.domain import formatting as fmt
from omniprint.domain.channels import ChannelRow
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.metrics import ratio_text
from omniprint.domain.money import decimal_string
from omniprint.services import channels, journeys, plan
from omniprint.services.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    sub = group(commands, "cost", tr("costs with no export (radio, posters, a fair)"))
    cmd = action(
        sub, common, "add", tr("add a cost to a campaign's channel"), _cost_add, "campaign"
    )
    cmd.add_argument("--channel", required=True, metavar="NAME")
    cmd.add_argument("--amount", required=True, metavar="X")
    cmd.add_argument("--start", metavar="YYYY-MM-DD")
    cmd.add_argument("--end", metavar="YYYY-MM-DD")
    cmd.add_argument("--note", default="", metavar="TEXT")
    action(sub, common, "list", tr("the costs added to a campaign"), _cost_list, "campaign")
    cmd = action(sub, common, "remove", tr("remove a cost"), _cost_remove, "campaign")
    cmd.add_argument("id", type=int, help=tr("the id shown by 'cost list'"))

    sub = group(commands, "ads", tr("ad campaigns that belong to a campaign"))
    for name, text in (
        ("link", tr_noop("count these ad campaigns' spend for the campaign")),
        ("unlink", tr_noop("stop counting these ad campaigns for the campaign")),
    ):
        cmd = action(sub, common, name, tr(text), _ads_link, "campaign")
        cmd.add_argument("ad_campaigns", nargs="+", metavar="AD_CAMPAIGN")
        cmd.set_defaults(unlink=name == "unlink")
    ads_list = tr("imported ad campaigns and whether they count")
    action(sub, common, "list", ads_list, _ads_list, "campaign")

    for name, text, handler in (
        ("channels", tr_noop("print and online channels side by side"), _channels),
        ("journeys", tr_noop("paths of orders that cross channels"), _journeys),
        ("funnel", tr_noop("pieces, scans, visits, responses and revenue"), _funnel),
    ):
        action(commands, common, name, tr(text), handler, "campaign")


def _cost_add(ws: Workspace, args: argparse.Namespace) -> Output:
    cost_id = channels.add_cost(
        ws, args.campaign, args.channel, args.amount, start=args.start, end=args.end, note=args.note
    )
    return Output(
        {
            "id": cost_id,
            "campaign": plan.find_campaign(ws, args.campaign).slug,
            "channel": args.channel.strip(),
        },
        [tr("Cost {id} added to {channel}").format(id=cost_id, channel=args.channel.strip())],
    )


def _cost_list(ws: Workspace, args: argparse.Namespace) -> Output:
    costs = channels.list_costs(ws, args.campaign)
    data = [
        {
            "id": c["id"],
            "channel": c["channel"],
            "amount": decimal_string(c["amount_cents"]),
            "start": c["start_date"],
            "end": c["end_date"],
            "note": c["note"],
        }
        for c in costs
    ]
    lines = table(
        [tr_noop("id", "column"), tr_noop("channel", "column"), tr_noop("amount", "column"),
         tr_noop("from", "column"), tr_noop("to", "column"), tr_noop("note", "column")],
        [[c["id"], c["channel"], fmt.amount(c["amount_cents"]), c["start_date"] or "",
          c["end_date"] or "", c["note"]] for c in costs],
        right={0, 2},
    )  # fmt: skip
    return Output(data, lines if costs else [tr("No costs added.")])


def _cost_remove(ws: Workspace, args: argparse.Namespace) -> Output:
    channels.remove_cost(ws, args.campaign, args.id)
    return Output({"removed": args.id}, [tr("Cost {id} removed").format(id=args.id)])


def _ads_link(ws: Workspace, args: argparse.Namespace) -> Output:
    changed = channels.link_ads(ws, args.campaign, args.ad_campaigns, unlink=args.unlink)
    text = tr("{count} ad campaigns unlinked") if args.unlink else tr("{count} ad campaigns linked")
    return Output({"changed": changed}, [text.format(count=changed)])


def _ads_list(ws: Workspace, args: argparse.Namespace) -> Output:
    found = channels.ad_campaigns(ws, args.campaign)
    data = [
        {
            "platform": a.platform,
            "ad_campaign": a.name,
            "cost": decimal_string(a.cost_cents),
            "currency": a.currency,
            "linked": a.linked,
            "automatic": a.automatic,
        }
        for a in found
    ]
    lines = table(
        [tr_noop("platform", "column"), tr_noop("ad campaign", "column"), tr_noop("cost", "column"),
         tr_noop("counted", "column")],
        [[a.platform, a.name, fmt.amount(a.cost_cents),
          tr("linked") if a.linked else tr("same name") if a.automatic else ""] for a in found],
        right={2},
    )  # fmt: skip
    return Output(data, lines if found else [tr("No ad reports imported.")])


def _cost_per_response(row: ChannelRow) -> str | None:
    cents = row.cost_per_response_cents
    return None if cents is None else decimal_string(cents)


def channel_json(row: ChannelRow) -> dict:
    """One channel as ``omniprint channels --json`` writes it."""
    roas = row.roas
    return {
        "channel": row.channel,
        "kind": row.kind,
        "cost": decimal_string(row.cost_cents),
        "visits": row.visits,
        "responses": row.responses,
        "revenue": decimal_string(row.revenue_cents),
        "cost_per_response": _cost_per_response(row),
        "roas": None if roas is None else float(roas),
    }


def _channels(ws: Workspace, args: argparse.Namespace) -> Output:
    view = channels.campaign_channels(ws, args.campaign)
    cur = view.campaign.currency
    totals = channel_json(view.totals)
    del totals["channel"], totals["kind"]
    data = {
        "campaign": view.campaign.slug,
        "currency": cur,
        "channels": [channel_json(r) for r in view.rows],
        "totals": totals,
        "notes": view.notes,
    }
    rows = [*view.rows, view.totals]
    lines = table(
        [tr_noop("channel", "column"), tr_noop("kind", "column"), tr_noop("cost", "column"),
         tr_noop("visits", "column"), tr_noop("responses", "column"), tr_noop("revenue", "column"),
         tr_noop("cost/response", "column"), tr_noop("ROAS", "column")],
        [[tr("Total") if r is view.totals else r.channel,
          "" if r is view.totals else tr(r.kind), money(r.cost_cents, cur), fmt.number(r.visits),
          fmt.number(r.responses), money(r.revenue_cents, cur),
          "-" if r.cost_per_response_cents is None else money(r.cost_per_response_cents, cur),
          "-" if r.roas is None else fmt.decimal(r.roas, ".2f")] for r in rows],
        right={2, 3, 4, 5, 6, 7},
    )  # fmt: skip
    lines += [tr("Note: {note}").format(note=note) for note in view.notes]
    return Output(data, lines)


def _journeys(ws: Workspace, args: argparse.Namespace) -> Output:
    found = journeys.journeys(ws, args.campaign)
    data = {
        "campaign": plan.find_campaign(ws, args.campaign).slug,
        "journeys": [
            {
                "path": j.path,
                "steps": list(j.steps),
                "orders": j.orders,
                "revenue": decimal_string(j.revenue_cents),
            }
            for j in found
        ],
    }
    lines = table(
        [tr_noop("path", "column"), tr_noop("orders", "column"), tr_noop("revenue", "column")],
        [[j.shown, fmt.number(j.orders), fmt.amount(j.revenue_cents)] for j in found],
        right={1, 2},
    )
    if not found:
        lines = [tr("No order carries both a printed code and an online source.")]
    return Output(data, lines)


def _funnel(ws: Workspace, args: argparse.Namespace) -> Output:
    campaign, rows = journeys.funnel(ws, args.campaign)
    data = {
        "campaign": campaign.slug,
        "currency": campaign.currency,
        "rows": [
            {
                "piece": r.piece,
                "variant": r.variant,
                "zone": r.zone,
                "pieces": r.pieces,
                "scans": r.scans,
                "visits": r.visits,
                "responses": r.responses,
                "revenue": decimal_string(r.revenue_cents),
                "scan_rate": ratio_text(r.scan_rate, 4),
                "visit_rate": ratio_text(r.visit_rate, 4),
                "response_rate": ratio_text(r.response_rate, 4),
            }
            for r in rows
        ],
    }

    def pct(value) -> str:
        return "-" if value is None else fmt.percent((value * 100).quantize(Decimal("0.1")))

    lines = table(
        [tr_noop("piece", "column"), tr_noop("variant", "column"), tr_noop("zone", "column"),
         tr_noop("pieces", "column"), tr_noop("scans", "column"), tr_noop("visits", "column"),
         tr_noop("responses", "column"), tr_noop("revenue", "column")],
        [[r.piece, r.variant, r.zone, fmt.number(r.pieces),
          f"{fmt.number(r.scans)} ({pct(r.scan_rate)})",
          f"{fmt.number(r.visits)} ({pct(r.visit_rate)})",
          f"{fmt.number(r.responses)} ({pct(r.response_rate)})",
          money(r.revenue_cents, campaign.currency)] for r in rows],
        right={3, 4, 5, 6, 7},
    )  # fmt: skip
    return Output(data, lines)
