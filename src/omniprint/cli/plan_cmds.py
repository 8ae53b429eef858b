"""Planning commands: campaign, piece, zone, drop, plan."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from omniprint.cli.commands import Commands, action, group
from omniprint.cli.output import Output, campaign_json, money, table, zone_json
from omniprint.domain import formatting as fmt
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.money import decimal_string
from omniprint.domain.parsing import (
    parse_count,
    parse_money_cents,
    parse_percent_bp,
    parse_unit_cost,
)
from omniprint.services import plan, zones
from omniprint.services.workspace import Workspace


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    sub = group(commands, "campaign", tr("create and list campaigns"))
    create = action(sub, common, "create", tr("plan a new campaign"), _campaign_create, "name")
    _campaign_options(create, creating=True)
    change = action(
        sub, common, "set", tr("change a campaign's details"), _campaign_set, "campaign"
    )
    change.add_argument("--name")
    _campaign_options(change, creating=False)
    action(sub, common, "list", tr("list campaigns"), _campaign_list)

    sub = group(commands, "piece", tr("add printed pieces and their variants"))
    add = action(sub, common, "add", tr("add a piece, or a variant of one"), _piece_add, "campaign")
    add.add_argument(
        "--kind",
        required=True,
        help=tr("business-card, flyer, leaflet, door-hanger, postcard"),
    )
    add.add_argument("--size", help=tr("A5, DL, business-card-us... or WxH in mm (99x210)"))
    add.add_argument("--variant", default="A", help=tr("variant label (default A)"))
    add.add_argument("--unit-cost", default="0", metavar="AMOUNT", help=tr("print cost per piece"))
    add.add_argument("--name", help=tr("piece name (default: its kind)"))
    add.add_argument(
        "--yes",
        action="store_true",
        help=tr("keep a custom size that looks like a typo (a side under 30 mm)"),
    )
    action(sub, common, "list", tr("list a campaign's pieces"), _piece_list, "campaign")

    sub = group(commands, "zone", tr("add, import and list distribution zones"))
    add = action(sub, common, "add", tr("add a zone"), _zone_add, "campaign")
    add.add_argument("--code", required=True, help=tr("postcode or sector code"))
    add.add_argument("--name", required=True)
    add.add_argument("--households", required=True, metavar="N")
    add.add_argument("--coverage", default="100", metavar="PCT", help=tr("share of households, %%"))
    add.add_argument(
        "--cpm", default="0", metavar="AMOUNT", help=tr("distribution cost per thousand")
    )
    add.add_argument("--date", help=tr("drop date (YYYY-MM-DD)"))
    add.add_argument("--control", action="store_true", help=tr("a control zone: gets nothing"))
    imp = action(
        sub, common, "import", tr("import zones from a CSV file"), _zone_import, "campaign"
    )
    imp.add_argument("file", type=Path)
    action(sub, common, "list", tr("list a campaign's zones"), _zone_list, "campaign")

    sub = group(commands, "drop", tr("send piece variants to zones"))
    add = action(sub, common, "add", tr("send a piece variant to a zone"), _drop_add, "campaign")
    add.add_argument("--piece", required=True)
    add.add_argument("--variant")
    add.add_argument("--zone", required=True)
    add.add_argument("--quantity", metavar="N", help=tr("default: households x coverage"))

    sub = group(commands, "plan", tr("show a campaign's plan and costs"))
    action(sub, common, "show", tr("pieces, zones, drops, totals"), _plan_show, "campaign")


def _campaign_options(parser: argparse.ArgumentParser, *, creating: bool) -> None:
    parser.add_argument("--landing-url", required=creating, metavar="URL")
    parser.add_argument("--start", metavar="DATE", help=tr("start date (YYYY-MM-DD)"))
    parser.add_argument("--end", metavar="DATE", help=tr("end date (YYYY-MM-DD)"))
    parser.add_argument("--budget", metavar="AMOUNT", help=tr("total budget, e.g. 1500"))
    parser.add_argument("--currency", default="EUR" if creating else None)
    parser.add_argument(
        "--redirect-base", metavar="URL", help=tr("short links: https://brand.es/r/")
    )
    parser.add_argument("--notes")
    parser.add_argument("--window", type=int, metavar="DAYS", help=tr("attribution window (60)"))


def _campaign_details(args: argparse.Namespace) -> dict[str, object]:
    """The campaign's details as `campaign create` and `campaign set` take them (None: not
    given)."""
    budget = parse_money_cents(args.budget, what=tr_noop("budget")) if args.budget else None
    return {
        "landing_url": args.landing_url,
        "start_date": args.start,
        "end_date": args.end,
        "budget_cents": budget,
        "currency": args.currency,
        "redirect_base": args.redirect_base,
        "notes": args.notes,
        "attribution_days": args.window,
    }


def _campaign_create(ws: Workspace, args: argparse.Namespace) -> Output:
    details = _campaign_details(args)
    # What was not given is a new campaign's default.
    details |= {
        "budget_cents": details["budget_cents"] or 0,
        "notes": details["notes"] or "",
        "attribution_days": details["attribution_days"] or 60,
    }
    c = plan.create_campaign(ws, args.name, **details)  # type: ignore[arg-type]
    return Output(
        campaign_json(c),
        [tr("Campaign created: {name} (slug: {slug})").format(name=c.name, slug=c.slug)],
    )


def _campaign_set(ws: Workspace, args: argparse.Namespace) -> Output:
    c = plan.update_campaign(ws, args.campaign, name=args.name, **_campaign_details(args))
    return Output(
        campaign_json(c),
        [tr("Campaign updated: {name} (slug: {slug})").format(name=c.name, slug=c.slug)],
    )


def _campaign_list(ws: Workspace, args: argparse.Namespace) -> Output:
    campaigns = plan.list_campaigns(ws)
    rows = [
        [
            c.slug,
            c.name,
            fmt.date(c.start_date),
            fmt.date(c.end_date),
            money(c.budget_cents, c.currency),
        ]
        for c in campaigns
    ]
    headers = [
        tr_noop("slug", "column"),
        tr_noop("name", "column"),
        tr_noop("start", "column"),
        tr_noop("end", "column"),
        tr_noop("budget", "column"),
    ]
    lines = table(headers, rows, right={4})
    if not campaigns:
        lines = [
            tr(
                "No campaigns yet. Create one with:"
                " omniprint campaign create NAME --landing-url URL"
            )
        ]
    return Output([campaign_json(c) for c in campaigns], lines)


def _piece_add(ws: Workspace, args: argparse.Namespace) -> Output:
    try:
        piece, variant = plan.add_piece(
            ws,
            args.campaign,
            kind=args.kind,
            size=args.size,
            variant=args.variant,
            print_cpm_cents=parse_unit_cost(args.unit_cost),
            name=args.name,
            size_confirmed=args.yes,
        )
    except ValidationError as exc:
        if exc.kind != plan.UNLIKELY_SIZE:
            raise
        raise ValidationError(
            tr(
                "{problem} Nothing was added; to keep this size, run the command again with --yes."
            ).format(problem=exc)
        ) from exc
    data = _piece_json(piece) | {
        "variant": variant.label,
        "unit_cost": _unit(variant.print_cpm_cents),
    }
    return Output(
        data,
        [
            tr("Piece {name} ({slug}), variant {variant}: {kind}, {size}").format(
                name=piece.name,
                slug=piece.slug,
                variant=variant.label,
                kind=piece.kind,
                size=fmt.size_mm(piece.width_mm, piece.height_mm),
            )
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
            size = fmt.size_mm(piece.width_mm, piece.height_mm)
            rows.append(
                [piece.slug, piece.kind, size, v.label, fmt.decimal(_unit(v.print_cpm_cents))]
            )
    headers = [
        tr_noop("piece", "column"),
        tr_noop("kind", "column"),
        tr_noop("size", "column"),
        tr_noop("variant", "column"),
        tr_noop("unit cost", "column"),
    ]
    return Output(data, table(headers, rows, right={4}))


def _zone_add(ws: Workspace, args: argparse.Namespace) -> Output:
    z = plan.add_zone(
        ws,
        args.campaign,
        code=args.code,
        name=args.name,
        households=parse_count(args.households, what=tr_noop("households")),
        coverage_bp=parse_percent_bp(args.coverage, what=tr_noop("coverage")),
        cpm_cents=parse_money_cents(args.cpm, what=tr_noop("cost per thousand")),
        drop_date=args.date,
        is_control=args.control,
    )
    currency = plan.find_campaign(ws, args.campaign).currency
    text = (
        tr("Added control zone {code} ({name}), {households} households")
        if z.is_control
        else tr("Added zone {code} ({name}), {households} households")
    )
    return Output(
        zone_json(z, currency),
        [text.format(code=z.code, name=z.name, households=fmt.number(z.households))],
    )


def _zone_import(ws: Workspace, args: argparse.Namespace) -> Output:
    result = zones.import_zones(ws, args.campaign, args.file)
    lines = [
        tr("Imported {count} zones from {file} ({details})").format(
            count=fmt.number(result.imported), file=args.file, details=result.describe
        )
    ]
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
            fmt.count(z.households),
            fmt.percent(z.coverage_bp / 100),
            fmt.amount(z.cpm_cents),
            fmt.date(z.drop_date),
            tr("control") if z.is_control else "",
        ]
        for z in found
    ]
    headers = [
        tr_noop("code", "column"),
        tr_noop("name", "column"),
        tr_noop("households", "column"),
        tr_noop("coverage", "column"),
        tr_noop("cpm", "column"),
        tr_noop("drop date", "column"),
        "",
    ]
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
        quantity=parse_count(args.quantity, what=tr_noop("quantity")) if args.quantity else None,
    )
    currency = plan.find_campaign(ws, args.campaign).currency
    return Output(
        _drop_json(line),
        [
            tr("Drop: {piece} {variant} -> {zone}, {quantity} pieces, {cost}").format(
                piece=line.piece_slug,
                variant=line.variant,
                zone=line.zone_code,
                quantity=fmt.number(line.quantity),
                cost=money(line.total_cents, currency),
            )
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
    lines = [
        f"{c.name} ({c.slug})",
        "  " + tr("landing page: {url}").format(url=c.landing_url),
    ]
    if c.start_date or c.end_date:
        lines.append(
            "  "
            + tr("dates: {start} to {end}").format(
                start=fmt.date(c.start_date) or "?", end=fmt.date(c.end_date) or "?"
            )
        )
    lines.append("")
    lines += table(
        [
            tr_noop("piece", "column"),
            tr_noop("variant", "column"),
            tr_noop("zone", "column"),
            tr_noop("quantity", "column"),
            tr_noop("print", "column"),
            tr_noop("distribution", "column"),
            tr_noop("total", "column"),
        ],
        [
            [
                ln.piece_slug,
                ln.variant,
                ln.zone_code,
                fmt.count(ln.quantity),
                fmt.amount(ln.print_cents),
                fmt.amount(ln.distribution_cents),
                fmt.amount(ln.total_cents),
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
        lines.append(tr("Control zones (get nothing): {zones}").format(zones=", ".join(controls)))
    if unplanned:
        lines.append(tr("Zones with no drop yet: {zones}").format(zones=", ".join(unplanned)))
    # Amounts right-aligned with their currency; the count of pieces lines up with their digits.
    suffix = " " * (len(money(0, cur)) - len(fmt.amount(0)))
    totals = [
        (tr("Pieces:"), fmt.number(t.pieces) + suffix, ""),
        (tr("Print:"), money(t.print_cents, cur), ""),
        (tr("Distribution:"), money(t.distribution_cents, cur), ""),
        (tr("Total:"), money(t.total_cents, cur), ""),
    ]
    if t.budget_cents:
        state = tr("OVER BUDGET by {amount}") if t.over_budget else tr("{amount} left")
        note = state.format(amount=money(abs(t.remaining_cents), cur))
        totals.append((tr("Budget:"), money(t.budget_cents, cur), f"  ({note})"))
    label_width = max(len(label) for label, _, _ in totals) + 1
    value_width = max(16, *(len(value) for _, value, _ in totals))
    lines += [
        f"{label:<{label_width}}{value:>{value_width}}{note}".rstrip()
        for label, value, note in totals
    ]
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
