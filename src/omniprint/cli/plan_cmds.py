"""Planning commands: campaign, piece, zone, drop, plan."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path

from omniprint.cli.output import Output, campaign_json, money, table, zone_json
from omniprint.domain.errors import ValidationError
from omniprint.domain.money import decimal_string, parse_cents, parse_unit_cost_per_1000
from omniprint.services import plan, zones
from omniprint.storage.workspace import Workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    campaign = commands.add_parser("campaign", help="create and list campaigns")
    sub = campaign.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = sub.add_parser("create", parents=[common], help="plan a new campaign")
    create.add_argument("name")
    _campaign_options(create, creating=True)
    create.set_defaults(handler=_campaign_create)
    change = sub.add_parser("set", parents=[common], help="change a campaign's details")
    change.add_argument("campaign")
    change.add_argument("--name")
    _campaign_options(change, creating=False)
    change.set_defaults(handler=_campaign_set)
    sub.add_parser("list", parents=[common], help="list campaigns").set_defaults(
        handler=_campaign_list
    )

    piece = commands.add_parser("piece", help="add printed pieces and their variants")
    sub = piece.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[common], help="add a piece, or a variant of one")
    add.add_argument("campaign")
    add.add_argument(
        "--kind", required=True, help="business-card, flyer, leaflet, door-hanger, postcard"
    )
    add.add_argument("--size", help="A5, DL, business-card-us... or WxH in mm (99x210)")
    add.add_argument("--variant", default="A", help="variant label (default A)")
    add.add_argument("--unit-cost", default="0", metavar="AMOUNT", help="print cost per piece")
    add.add_argument("--name", help="piece name (default: its kind)")
    add.set_defaults(handler=_piece_add)
    lst = sub.add_parser("list", parents=[common], help="list a campaign's pieces")
    lst.add_argument("campaign")
    lst.set_defaults(handler=_piece_list)

    zone = commands.add_parser("zone", help="add, import and list distribution zones")
    sub = zone.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[common], help="add a zone")
    add.add_argument("campaign")
    add.add_argument("--code", required=True, help="postcode or sector code")
    add.add_argument("--name", required=True)
    add.add_argument("--households", required=True, type=int)
    add.add_argument("--coverage", default="100", metavar="PCT", help="share of households, %%")
    add.add_argument("--cpm", default="0", metavar="AMOUNT", help="distribution cost per thousand")
    add.add_argument("--date", help="drop date (YYYY-MM-DD)")
    add.add_argument("--control", action="store_true", help="a control zone: gets nothing")
    add.set_defaults(handler=_zone_add)
    imp = sub.add_parser("import", parents=[common], help="import zones from a CSV file")
    imp.add_argument("campaign")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_zone_import)
    lst = sub.add_parser("list", parents=[common], help="list a campaign's zones")
    lst.add_argument("campaign")
    lst.set_defaults(handler=_zone_list)

    drop = commands.add_parser("drop", help="send piece variants to zones")
    sub = drop.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[common], help="send a piece variant to a zone")
    add.add_argument("campaign")
    add.add_argument("--piece", required=True)
    add.add_argument("--variant")
    add.add_argument("--zone", required=True)
    add.add_argument("--quantity", type=int, help="default: households x coverage")
    add.set_defaults(handler=_drop_add)

    plan_cmd = commands.add_parser("plan", help="show a campaign's plan and costs")
    sub = plan_cmd.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = sub.add_parser("show", parents=[common], help="pieces, zones, drops, totals")
    show.add_argument("campaign")
    show.set_defaults(handler=_plan_show)


def _campaign_options(parser: argparse.ArgumentParser, *, creating: bool) -> None:
    parser.add_argument("--landing-url", required=creating, metavar="URL")
    parser.add_argument("--start", metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument("--end", metavar="DATE", help="YYYY-MM-DD")
    parser.add_argument("--budget", metavar="AMOUNT")
    parser.add_argument("--currency", default="EUR" if creating else None)
    parser.add_argument("--redirect-base", metavar="URL", help="short links: https://brand.es/r/")
    parser.add_argument("--notes")
    parser.add_argument("--window", type=int, metavar="DAYS", help="attribution window (60)")


def _campaign_create(ws: Workspace, args: argparse.Namespace) -> Output:
    c = plan.create_campaign(
        ws,
        args.name,
        landing_url=args.landing_url,
        start_date=args.start,
        end_date=args.end,
        budget_cents=parse_cents(args.budget, what="budget") if args.budget else 0,
        currency=args.currency,
        redirect_base=args.redirect_base,
        notes=args.notes or "",
        attribution_days=args.window or 60,
    )
    return Output(campaign_json(c), [f"Campaign created: {c.name} (slug: {c.slug})"])


def _campaign_set(ws: Workspace, args: argparse.Namespace) -> Output:
    c = plan.update_campaign(
        ws,
        args.campaign,
        name=args.name,
        landing_url=args.landing_url,
        start_date=args.start,
        end_date=args.end,
        budget_cents=parse_cents(args.budget, what="budget") if args.budget else None,
        currency=args.currency,
        redirect_base=args.redirect_base,
        notes=args.notes,
        attribution_days=args.window,
    )
    return Output(campaign_json(c), [f"Campaign updated: {c.name} (slug: {c.slug})"])


def _campaign_list(ws: Workspace, args: argparse.Namespace) -> Output:
    campaigns = plan.list_campaigns(ws)
    rows = [
        [c.slug, c.name, c.start_date or "", c.end_date or "", money(c.budget_cents, c.currency)]
        for c in campaigns
    ]
    lines = table(["slug", "name", "start", "end", "budget"], rows, right={4})
    if not campaigns:
        lines = [
            "No campaigns yet. Create one with: omniprint campaign create NAME --landing-url URL"
        ]
    return Output([campaign_json(c) for c in campaigns], lines)


def _piece_add(ws: Workspace, args: argparse.Namespace) -> Output:
    piece, variant = plan.add_piece(
        ws,
        args.campaign,
        kind=args.kind,
        size=args.size,
        variant=args.variant,
        print_cpm_cents=parse_unit_cost_per_1000(args.unit_cost),
        name=args.name,
    )
    data = _piece_json(piece) | {
        "variant": variant.label,
        "unit_cost": _unit(variant.print_cpm_cents),
    }
    return Output(
        data,
        [
            f"Piece {piece.name} ({piece.slug}), variant {variant.label}: {piece.kind},"
            f" {piece.width_mm:g} x {piece.height_mm:g} mm"
        ],
    )


def _piece_json(piece: plan.Piece) -> dict:
    return {
        "slug": piece.slug,
        "name": piece.name,
        "kind": piece.kind,
        "size": piece.size_name or None,
        "width_mm": piece.width_mm,
        "height_mm": piece.height_mm,
    }


def _unit(cpm_cents: int) -> str:
    """A per-piece price from cents per thousand: 4500 -> '0.045'."""
    return str((Decimal(cpm_cents) / 100_000).normalize()) if cpm_cents else "0"


def _piece_list(ws: Workspace, args: argparse.Namespace) -> Output:
    summary = plan.plan_summary(ws, args.campaign)
    data, rows = [], []
    for piece, variants in summary.pieces:
        data.append(
            _piece_json(piece)
            | {
                "variants": [
                    {"label": v.label, "unit_cost": _unit(v.print_cpm_cents)} for v in variants
                ]
            }
        )
        for v in variants:
            size = f"{piece.width_mm:g} x {piece.height_mm:g} mm"
            rows.append([piece.slug, piece.kind, size, v.label, _unit(v.print_cpm_cents)])
    return Output(data, table(["piece", "kind", "size", "variant", "unit cost"], rows, right={4}))


def _coverage_bp(text: str) -> int:
    try:
        return int((Decimal(text.replace(",", ".").rstrip("% ")) * 100).to_integral_value())
    except InvalidOperation as exc:
        raise ValidationError(f"coverage must be a percentage such as 85 (got {text!r})") from exc


def _zone_add(ws: Workspace, args: argparse.Namespace) -> Output:
    z = plan.add_zone(
        ws,
        args.campaign,
        code=args.code,
        name=args.name,
        households=args.households,
        coverage_bp=_coverage_bp(args.coverage),
        cpm_cents=parse_cents(args.cpm, what="cost per thousand"),
        drop_date=args.date,
        is_control=args.control,
    )
    currency = plan.find_campaign(ws, args.campaign).currency
    kind = "control zone" if z.is_control else "zone"
    return Output(
        zone_json(z, currency), [f"Added {kind} {z.code} ({z.name}), {z.households} households"]
    )


def _zone_import(ws: Workspace, args: argparse.Namespace) -> Output:
    result = zones.import_zones(ws, args.campaign, args.file)
    lines = [f"Imported {result.imported} zones from {args.file} ({result.describe})"]
    return Output(
        {
            "imported": result.imported,
            "file": str(args.file),
            "encoding": result.encoding,
            "delimiter": result.delimiter,
            "zones": [z["code"] for z in result.zones],
        },
        lines,
    )


def _zone_list(ws: Workspace, args: argparse.Namespace) -> Output:
    campaign = plan.find_campaign(ws, args.campaign)
    found = plan.list_zones(ws, args.campaign)
    rows = [
        [
            z.code,
            z.name,
            z.households,
            f"{z.coverage_bp / 100:g} %",
            decimal_string(z.cpm_cents),
            z.drop_date or "",
            "control" if z.is_control else "",
        ]
        for z in found
    ]
    headers = ["code", "name", "households", "coverage", "cpm", "drop date", ""]
    return Output(
        [zone_json(z, campaign.currency) for z in found], table(headers, rows, right={2, 3, 4})
    )


def _drop_add(ws: Workspace, args: argparse.Namespace) -> Output:
    line = plan.add_drop(
        ws,
        args.campaign,
        piece=args.piece,
        zone=args.zone,
        variant=args.variant,
        quantity=args.quantity,
    )
    currency = plan.find_campaign(ws, args.campaign).currency
    return Output(
        _drop_json(line),
        [
            f"Drop: {line.piece_slug} {line.variant} -> {line.zone_code}, {line.quantity} pieces,"
            f" {money(line.total_cents, currency)}"
        ],
    )


def _drop_json(line: plan.DropLine) -> dict:
    return {
        "piece": line.piece_slug,
        "variant": line.variant,
        "zone": line.zone_code,
        "quantity": line.quantity,
        "print_cost": decimal_string(line.print_cents),
        "distribution_cost": decimal_string(line.distribution_cents),
        "cost": decimal_string(line.total_cents),
    }


def _plan_show(ws: Workspace, args: argparse.Namespace) -> Output:
    s = plan.plan_summary(ws, args.campaign)
    c, t, cur = s.campaign, s.totals, s.campaign.currency
    lines = [f"{c.name} ({c.slug})", f"  landing page: {c.landing_url}"]
    if c.start_date or c.end_date:
        lines.append(f"  dates: {c.start_date or '?'} to {c.end_date or '?'}")
    lines.append("")
    lines += table(
        ["piece", "variant", "zone", "quantity", "print", "distribution", "total"],
        [
            [
                ln.piece_slug,
                ln.variant,
                ln.zone_code,
                ln.quantity,
                decimal_string(ln.print_cents),
                decimal_string(ln.distribution_cents),
                decimal_string(ln.total_cents),
            ]
            for ln in t.lines
        ],
        right={3, 4, 5, 6},
    )
    controls = [z.code for z in s.zones if z.is_control]
    unplanned = sorted(
        {z.code for z in s.zones if not z.is_control} - {ln.zone_code for ln in t.lines}
    )
    lines.append("")
    if controls:
        lines.append(f"Control zones (get nothing): {', '.join(controls)}")
    if unplanned:
        lines.append(f"Zones with no drop yet: {', '.join(unplanned)}")
    lines += [
        f"Pieces:       {t.pieces:>12,}",
        f"Print:        {money(t.print_cents, cur):>16}",
        f"Distribution: {money(t.distribution_cents, cur):>16}",
        f"Total:        {money(t.total_cents, cur):>16}",
    ]
    if t.budget_cents:
        state = "OVER BUDGET by" if t.over_budget else "left"
        lines.append(
            f"Budget:       {money(t.budget_cents, cur):>16}"
            f"  ({state} {money(abs(t.remaining_cents), cur)})"
        )
    data = {
        "campaign": campaign_json(c),
        "pieces": [_piece_json(p) | {"variants": [v.label for v in vs]} for p, vs in s.pieces],
        "zones": [zone_json(z, cur) for z in s.zones],
        "drops": [_drop_json(ln) for ln in t.lines],
        "totals": {
            "pieces": t.pieces,
            "print_cost": decimal_string(t.print_cents),
            "distribution_cost": decimal_string(t.distribution_cents),
            "total": decimal_string(t.total_cents),
            "budget": decimal_string(t.budget_cents),
            "remaining": decimal_string(t.remaining_cents),
            "over_budget": t.over_budget,
            "currency": cur,
        },
    }
    return Output(data, lines)
