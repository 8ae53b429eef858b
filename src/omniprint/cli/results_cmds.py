"""Import, reconcile, report and review commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from omniprint.cli.output import Output, console_progress, money, table
from omniprint.domain import formatting as fmt
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import language, tr, tr_noop
from omniprint.domain.metrics import Tally, ratio_text
from omniprint.domain.money import decimal_string
from omniprint.services import imports, report, review
from omniprint.services.reconcile import Changes, reconcile
from omniprint.storage.workspace import Workspace

_DELIMITERS = {
    ",": tr_noop("comma-separated"),
    ";": tr_noop("semicolon-separated"),
    "\t": tr_noop("tab-separated"),
    "|": tr_noop("pipe-separated"),
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "import", parents=[common], help=tr("import a till, web shop or GA4 export")
    )
    cmd.add_argument("file", type=Path, nargs="+")
    cmd.add_argument(
        "--preset",
        help=tr("force a layout: shopify, woocommerce, square, stripe, ga4, loyverse, generic"),
    )
    cmd.add_argument(
        "--map",
        metavar="FIELD=COLUMN,...",
        help=tr("columns of an unknown layout, e.g. code=Cupón,date=Fecha"),
    )
    cmd.add_argument(
        "--dates",
        choices=("dmy", "mdy"),
        help=tr("day-first or month-first, when the file cannot tell"),
    )
    cmd.add_argument(
        "--keep-personal", action="store_true", help=tr("keep names, emails and phones")
    )
    cmd.set_defaults(handler=_import)

    group = commands.add_parser("imports", help=tr("list and remove imported files"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    sub.add_parser(
        "list", parents=[common], help=tr("imported files with provenance")
    ).set_defaults(handler=_imports_list)
    cmd = sub.add_parser(
        "remove", parents=[common], help=tr("remove an import and what came from it")
    )
    cmd.add_argument("id", type=int)
    cmd.set_defaults(handler=_imports_remove)
    cmd = sub.add_parser(
        "original", parents=[common], help=tr("save an imported file again, as it was imported")
    )
    cmd.add_argument("id", type=int)
    cmd.add_argument("--out", type=Path, metavar="FILE", required=True)
    cmd.set_defaults(handler=_imports_original)

    cmd = commands.add_parser(
        "reconcile", parents=[common], help=tr("match what came back to the plan")
    )
    cmd.add_argument("campaign", nargs="?")
    cmd.add_argument(
        "--full",
        action="store_true",
        help=tr(
            "rebuild every attribution (by default only what changed since the last reconcile"
            " is done again: everything when the plan changed)"
        ),
    )
    cmd.set_defaults(handler=_reconcile)

    cmd = commands.add_parser("report", parents=[common], help=tr("results per zone and variant"))
    cmd.add_argument("campaign")
    cmd.add_argument("--out", type=Path, metavar="FILE", help=tr("report.pdf or results.csv"))
    cmd.set_defaults(handler=_report)

    group = commands.add_parser("review", help=tr("uses of codes that need a decision"))
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    cmd = sub.add_parser("list", parents=[common], help=tr("unmatched, corrected, duplicate, late"))
    cmd.add_argument("campaign", nargs="?")
    cmd.add_argument(
        "--limit", type=int, metavar="N", help=tr("list only the first N (the oldest)")
    )
    cmd.set_defaults(handler=_review_list)
    cmd = sub.add_parser(
        "show", parents=[common], help=tr("one use under review and the row it came from")
    )
    cmd.add_argument("response", type=int, help=tr("the id shown by 'review list'"))
    cmd.set_defaults(handler=_review_show)
    for action, text in (
        ("accept", tr_noop("accept the suggested correction")),
        ("dismiss", tr_noop("not one of ours: leave it out")),
        ("undo", tr_noop("forget the decision")),
    ):
        cmd = sub.add_parser(action, parents=[common], help=tr(text))
        cmd.add_argument("response", type=int, help=tr("the id shown by 'review list'"))
        cmd.set_defaults(handler=_review_decide, decision=action)
    cmd = sub.add_parser("assign", parents=[common], help=tr("assign a code by hand"))
    cmd.add_argument("response", type=int)
    cmd.add_argument("code")
    cmd.set_defaults(handler=_review_decide, decision="assign")


def _import(ws: Workspace, args: argparse.Namespace) -> Output:
    mapping = imports.parse_mapping(args.map)
    results, lines = [], []
    for path in args.file:
        r = imports.import_file(
            ws,
            path,
            preset=args.preset,
            mapping=mapping,
            date_order=args.dates,
            keep_personal=args.keep_personal,
            progress=console_progress,
            cancel=args.cancel,
        )
        separated = (
            tr(_DELIMITERS[r.delimiter])
            if r.delimiter in _DELIMITERS
            else tr("{delimiter}-separated").format(delimiter=r.delimiter)
        )
        lines.append(
            tr(
                "{file}: {preset} ({encoding}, {separated}, dates {dates}, decimal {decimal})"
            ).format(
                file=path,
                preset=r.preset,
                encoding=r.encoding,
                separated=separated,
                dates=r.date_order,
                decimal=r.decimal or "-",
            )
        )
        if r.already_imported:
            lines.append("  " + tr("already imported: nothing added"))
        else:
            lines.append(
                "  "
                + tr("{rows} rows: {added} added, {known} already known, {refused} refused").format(
                    rows=fmt.number(r.rows),
                    added=fmt.number(r.added),
                    known=fmt.number(r.known),
                    refused=fmt.number(len(r.refused)),
                )
            )
        for problem in r.refused[:20]:
            where = (
                tr("line {line}, column {column}").format(line=problem.line, column=problem.column)
                if problem.column
                else tr("line {line}").format(line=problem.line)
            )
            lines.append(
                "  " + tr("refused {where}: {reason}").format(where=where, reason=problem.reason)
            )
        if len(r.refused) > 20:
            lines.append(
                "  "
                + tr("... and {count} more refused rows").format(
                    count=fmt.number(len(r.refused) - 20)
                )
            )
        results.append(
            {
                "file": str(path),
                "preset": r.preset,
                "encoding": r.encoding,
                "delimiter": r.delimiter,
                "date_order": r.date_order,
                "decimal": r.decimal,
                "mapping": r.mapping,
                "rows": r.rows,
                "added": r.added,
                "known": r.known,
                "already_imported": r.already_imported,
                "refused": [
                    {"line": p.line, "column": p.column, "reason": p.reason} for p in r.refused
                ],
            }
        )
    return Output(results[0] if len(results) == 1 else results, lines)


def _imports_list(ws: Workspace, args: argparse.Namespace) -> Output:
    found = imports.list_imports(ws)
    rows = [
        [
            i.id,
            i.file_name,
            i.preset,
            fmt.count(i.rows),
            fmt.count(i.added),
            fmt.count(i.known),
            fmt.count(i.refused),
            fmt.date(i.imported_at),
            i.sha256[:12],
        ]
        for i in found
    ]
    headers = [
        tr_noop("column: id"),
        tr_noop("column: file"),
        tr_noop("column: preset"),
        tr_noop("column: rows"),
        tr_noop("column: added"),
        tr_noop("column: known"),
        tr_noop("column: refused"),
        tr_noop("column: imported"),
        "sha256",
    ]
    return Output([i.__dict__ for i in found], table(headers, rows, right={0, 3, 4, 5, 6}))


def _imports_remove(ws: Workspace, args: argparse.Namespace) -> Output:
    removed = imports.remove_import(ws, args.id)
    return Output(
        {"id": args.id, "removed": removed},
        [
            tr("Removed import {id} and its {count} records").format(
                id=args.id, count=fmt.number(removed)
            )
        ],
    )


def _imports_original(ws: Workspace, args: argparse.Namespace) -> Output:
    out = imports.save_original(ws, args.id, args.out)
    return Output(
        {"id": args.id, "file": str(out)},
        [tr("Saved import {id} to {file}").format(id=args.id, file=out)],
    )


def _reconcile(ws: Workspace, args: argparse.Namespace) -> Output:
    # Imports, removals and decisions reconcile what they touch as they go, so by default this
    # only catches up with what changed otherwise (the plan): a full rebuild when it did.
    changes = None if args.full else Changes()
    summary = reconcile(ws, changes=changes, progress=console_progress, cancel=args.cancel)
    if args.campaign:
        rep = report.campaign_report(ws, args.campaign, refresh=False)
        counts = rep.counts
    else:
        counts = summary.counts | {"corrected": summary.corrected}
    keys = (
        "response",
        "utm",
        "matchback",
        "visit",
        "corrected",
        "unmatched",
        "duplicate",
        "out_of_window",
        "cancelled",
        "dismissed",
    )
    data = {k: counts.get(k, 0) for k in keys}
    labels = {k: tr(_COUNT_LABELS[k]) for k in keys}
    width = max(14, *(len(label) for label in labels.values()))
    lines = [f"{labels[k]:<{width}} {fmt.number(v):>8}" for k, v in data.items()]
    return Output(data, lines)


_COUNT_LABELS = {
    "response": tr_noop("response"),
    "utm": tr_noop("utm"),
    "matchback": tr_noop("matchback"),
    "visit": tr_noop("visit"),
    "corrected": tr_noop("corrected"),
    "unmatched": tr_noop("unmatched"),
    "duplicate": tr_noop("duplicate"),
    "out_of_window": tr_noop("out of window"),
    "cancelled": tr_noop("cancelled"),
    "dismissed": tr_noop("dismissed"),
}


def _money(cents: int | None) -> str | None:
    return None if cents is None else decimal_string(cents)


def tally_json(t: Tally) -> dict:
    return {
        "households": t.households,
        "pieces": t.pieces,
        "visits": t.visits,
        "store_redemptions": t.store_redemptions,
        "online_orders": t.online_orders,
        "responses": t.responses,
        "response_rate": ratio_text(t.response_rate, 4),
        "revenue": decimal_string(t.revenue_cents),
        "cost": decimal_string(t.cost_cents),
        "cost_per_response": _money(t.cost_per_response_cents),
        "roas": ratio_text(t.roas),
        "roi": ratio_text(t.roi),
        "matchback_orders": t.matchback_orders,
        "matchback_revenue": decimal_string(t.matchback_revenue_cents),
    }


def report_json(rep: report.CampaignReport) -> dict:
    def comparison(c) -> dict:
        interval = c.interval
        return {
            "treated_households": c.treated_base,
            "control_households": c.control_base,
            "treated": c.treated_events,
            "control": c.control_events,
            "treated_per_1000": _round(c.treated_rate),
            "control_per_1000": _round(c.control_rate),
            "difference_per_1000": _round(c.difference),
            "ci95_per_1000": [_round(interval[0]), _round(interval[1])] if interval else None,
            "relative": _round(c.relative, 3),
            "enough_data": c.enough,
            "verdict": c.verdict,
        }

    return {
        "campaign": rep.campaign.slug,
        "currency": rep.campaign.currency,
        "rows": [
            {
                "piece": r.piece or None,
                "variant": r.variant or None,
                "zone": r.zone,
                "zone_name": r.zone_name,
                "control": r.control,
                **tally_json(r.tally),
            }
            for r in rep.rows
        ],
        "totals": tally_json(rep.totals),
        "lift": {
            "matchback": comparison(rep.matchback),
            "responses": comparison(rep.responses),
            "variants": [
                {
                    "piece": t.piece,
                    "a": t.a,
                    "b": t.b,
                    "pieces_a": t.pieces_a,
                    "responses_a": t.responses_a,
                    "pieces_b": t.pieces_b,
                    "responses_b": t.responses_b,
                    "p_value": _round(t.p_value, 4),
                    "winner": t.winner,
                    "verdict": t.verdict,
                }
                for t in rep.variant_tests
            ],
        },
        "unmatched": rep.count("unmatched"),
        "corrected": rep.count("corrected"),
        "duplicates": rep.count("duplicate"),
        "out_of_window": rep.count("out_of_window"),
        "cancelled": rep.count("cancelled"),
        "caveats": rep.caveats,
    }


def _round(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def _report(ws: Workspace, args: argparse.Namespace) -> Output:
    rep = report.campaign_report(ws, args.campaign)
    cur = rep.campaign.currency
    if args.out:
        suffix = args.out.suffix.lower()
        if suffix == ".csv":
            report.write_csv(rep, args.out)
        elif suffix == ".pdf":
            report.write_pdf(ws, rep, args.out, language=language())
        else:
            raise ValidationError(
                tr("--out must end in .pdf or .csv (got {name})").format(name=args.out.name)
            )

    def cells(zone: str, piece: str, variant: str, t: Tally) -> list[str]:
        return [
            zone,
            piece,
            variant,
            fmt.count(t.pieces),
            fmt.count(t.visits),
            fmt.count(t.store_redemptions),
            fmt.count(t.online_orders),
            fmt.count(t.responses),
            fmt.amount(t.revenue_cents),
            fmt.amount(t.cost_cents),
            fmt.amount(t.cost_per_response_cents) or "-",
            fmt.decimal(ratio_text(t.roi)) or "-",
            fmt.count(t.matchback_orders),
        ]

    rows = [cells(r.zone, r.piece or tr("control"), r.variant, r.tally) for r in rep.rows]
    rows.append(cells(tr("total"), "", "", rep.totals))
    headers = [
        tr_noop("column: zone"),
        tr_noop("column: piece"),
        tr_noop("column: var"),
        tr_noop("column: pieces"),
        tr_noop("column: visits"),
        tr_noop("column: store"),
        tr_noop("column: online"),
        tr_noop("column: resp"),
        tr("revenue {currency}").format(currency=cur),
        tr("cost {currency}").format(currency=cur),
        tr_noop("column: per resp"),
        tr_noop("column: ROI"),
        tr_noop("column: match-back"),
    ]
    lines = [f"{rep.campaign.name} ({rep.campaign.slug})", ""]
    lines += table(headers, rows, right=set(range(3, 13)))
    lines += ["", *rep.caveats]
    if args.out:
        lines.append(tr("Wrote {file}").format(file=args.out))
    return Output(report_json(rep), lines)


def _review_list(ws: Workspace, args: argparse.Namespace) -> Output:
    items = review.review_list(ws, args.campaign, limit=args.limit)
    rows = [
        [
            i.response_id,
            tr(_COUNT_LABELS[i.status]) if i.status in _COUNT_LABELS else i.status,
            i.rule,
            i.typed,
            i.code or i.suggestion or "",
            fmt.date(i.occurred_at[:16]),
            fmt.decimal(i.amount),
            f"{i.file_name}:{i.line}",
            i.decision or "",
        ]
        for i in items
    ]
    headers = [
        tr_noop("column: id"),
        tr_noop("column: status"),
        tr_noop("column: rule"),
        tr_noop("column: typed"),
        tr_noop("column: code"),
        tr_noop("column: when"),
        tr_noop("column: amount"),
        tr_noop("column: from"),
        tr_noop("column: decision"),
    ]
    return Output(
        [i.__dict__ for i in items], table(headers, rows) if items else [tr("Nothing to review")]
    )


def _review_show(ws: Workspace, args: argparse.Namespace) -> Output:
    raw = imports.source_row(ws, args.response)  # NotFoundError for an id that is no record
    found = review.review_items_by_id(ws, [args.response])
    data = {**(found[0].__dict__ if found else {"response_id": args.response}), "raw": raw}
    lines = []
    if found:
        i = found[0]
        lines.append(
            tr("Use {id}: {status} ({rule}), typed {typed!r}, code {code}").format(
                id=i.response_id,
                status=tr(_COUNT_LABELS[i.status]) if i.status in _COUNT_LABELS else i.status,
                rule=i.rule or "-",
                typed=i.typed,
                code=i.code or i.suggestion or "-",
            )
        )
        if i.decision:
            lines.append(tr("Decision: {decision}").format(decision=i.decision))
        lines.append(tr("The row in {file}:").format(file=f"{i.file_name}:{i.line}"))
    else:
        lines.append(tr("Record {id} is not under review").format(id=args.response))
        lines.append(tr("The row in the file:"))
    lines.append("  " + (raw if raw is not None else tr("(the text of this file was not kept)")))
    return Output(data, lines)


def _review_decide(ws: Workspace, args: argparse.Namespace) -> Output:
    review.decide(ws, args.response, args.decision, getattr(args, "code", None))
    return Output(
        {"response": args.response, "decision": args.decision},
        [
            tr("Recorded: {decision} for {response}; results updated").format(
                decision=args.decision, response=args.response
            )
        ],
    )


__all__ = ["money", "report_json", "tally_json"]
