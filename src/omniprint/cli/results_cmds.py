"""Import, reconcile, report and review commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from omniprint.cli.commands import Commands, action, group
from omniprint.cli.output import Output, console_progress, money, table
from omniprint.cli.report_json import report_json, tally_json
from omniprint.domain import formatting as fmt
from omniprint.domain.abtest import variant_lines
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import language, ntr, tr, tr_noop
from omniprint.domain.lift import lift_details, lift_headline
from omniprint.domain.metrics import Tally
from omniprint.services import import_batch, imports, report, review
from omniprint.services.reconcile import Changes, reconcile
from omniprint.services.workspace import Workspace

_DELIMITERS = {
    ",": tr_noop("comma-separated"),
    ";": tr_noop("semicolon-separated"),
    "\t": tr_noop("tab-separated"),
    "|": tr_noop("pipe-separated"),
    " ": tr_noop("space-separated"),  # access logs
}


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    cmd = action(
        commands,
        common,
        "import",
        tr("import a till, web shop, GA4 or ad export, or an access log"),
        _import,
    )
    cmd.add_argument("file", type=Path, nargs="+")
    cmd.add_argument(
        "--preset",
        help=tr("force a layout: {names}").format(names=", ".join(imports.preset_names())),
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
    cmd.add_argument(
        "--source",
        metavar="NAME",
        help=tr(
            "the shop or account the file comes from, when you have several (remembered for "
            "files with the same columns)"
        ),
    )

    sub = group(commands, "imports", tr("list and remove imported files"))
    action(sub, common, "list", tr("imported files with provenance"), _imports_list)
    text = tr("remove an import and what came from it")
    action(sub, common, "remove", text, _imports_remove).add_argument("id", type=int)
    text = tr("save an imported file again, as it was imported")
    cmd = action(sub, common, "original", text, _imports_original)
    cmd.add_argument("id", type=int)
    cmd.add_argument("--out", type=Path, metavar="FILE", required=True)

    cmd = action(commands, common, "reconcile", tr("match what came back to the plan"), _reconcile)
    cmd.add_argument("campaign", nargs="?")
    cmd.add_argument(
        "--full",
        action="store_true",
        help=tr(
            "rebuild every attribution (by default only what changed since the last reconcile"
            " is done again: everything when the plan changed)"
        ),
    )

    cmd = action(
        commands, common, "report", tr("results per zone and variant"), _report, "campaign"
    )
    cmd.add_argument("--out", type=Path, metavar="FILE", help=tr("report.pdf or results.csv"))

    sub = group(commands, "review", tr("uses of codes that need a decision"))
    cmd = action(sub, common, "list", tr("unmatched, corrected, duplicate, late"), _review_list)
    cmd.add_argument("campaign", nargs="?")
    cmd.add_argument(
        "--limit", type=int, metavar="N", help=tr("list only the first N (the oldest)")
    )
    text = tr("one use under review and the row it came from")
    cmd = action(sub, common, "show", text, _review_show)
    cmd.add_argument("response", type=int, help=tr("the id shown by 'review list'"))
    for decision, text in (
        ("accept", tr_noop("accept the suggested correction")),
        ("dismiss", tr_noop("not one of ours: leave it out")),
        ("undo", tr_noop("forget the decision")),
    ):
        cmd = action(sub, common, decision, tr(text), _review_decide)
        cmd.add_argument("response", type=int, help=tr("the id shown by 'review list'"))
        cmd.set_defaults(decision=decision)
    cmd = action(sub, common, "assign", tr("assign a code by hand"), _review_decide)
    cmd.add_argument("response", type=int)
    cmd.add_argument("code")
    cmd.set_defaults(decision="assign")


def _import(ws: Workspace, args: argparse.Namespace) -> Output:
    """One file: imported, or an error. Several: all in one go, or - when one cannot be read -
    none, with each file's outcome shown (stdout) before the error (exit 1)."""
    mapping = imports.parse_mapping(args.map)
    options = {
        "preset": args.preset,
        "mapping": mapping,
        "date_order": args.dates,
        "keep_personal": args.keep_personal,
        "progress": console_progress,
        "cancel": args.cancel,
        "source": args.source,
    }
    if len(args.file) == 1:
        r = imports.import_file(ws, args.file[0], **options)
        # One file: its object (as always); several: a list of them.
        data = {**_import_json(args.file[0], r), "imported": True, "error": None}
        return Output(data, _import_lines(args.file[0], r))
    batch = import_batch.import_files(ws, list(args.file), **options)
    results, lines = [], []
    for outcome in batch.files:
        if outcome.result is not None:
            results.append({**_import_json(outcome.file, outcome.result),
                            "imported": outcome.imported, "error": None})  # fmt: skip
            lines += _import_lines(outcome.file, outcome.result)
            if not outcome.imported:
                lines.append(
                    "  " + tr("readable, but not imported: another file could not be read")
                )
        else:
            results.append({"file": outcome.file, "imported": False, "error": outcome.error})
            lines.append(tr("{error} (not imported)").format(error=outcome.error))
    output = Output(results, lines)
    if not batch.imported:
        output.emit(args.json)
        raise ValidationError(
            tr(
                "{failed} of {count} files could not be read: nothing was imported. Fix or leave "
                "out those files and run the import again"
            ).format(failed=len(batch.failed), count=len(batch.files))
        )
    return output


def _import_lines(path: Path | str, r: imports.ImportResult) -> list[str]:
    """What a person reads about one imported file."""
    separated = (
        tr(_DELIMITERS[r.delimiter])
        if r.delimiter in _DELIMITERS
        else tr("{delimiter}-separated").format(delimiter=r.delimiter)
    )
    lines = [
        tr("{file}: {preset} ({encoding}, {separated}, dates {dates}, decimal {decimal})").format(
            file=path,
            preset=r.preset,
            encoding=r.encoding,
            separated=separated,
            dates=r.date_order,
            decimal=r.decimal or "-",
        )
    ]
    if r.already_imported:
        lines.append("  " + tr("already imported: nothing added"))
    else:
        lines.append(
            "  "
            + ntr(
                "{n} row: {added} added, {known} already known, {refused} refused",
                "{n} rows: {added} added, {known} already known, {refused} refused",
                r.rows,
            ).format(
                added=fmt.number(r.added),
                known=fmt.number(r.known),
                refused=fmt.number(len(r.refused)),
            )
        )
    if r.source and r.source != r.preset:
        lines.append("  " + tr("source: {source}").format(source=r.source))
    lines.extend("  " + note for note in r.notes)
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
            + ntr(
                "... and {n} more refused row", "... and {n} more refused rows", len(r.refused) - 20
            )
        )
    return lines


def _import_json(path: Path | str, r: imports.ImportResult) -> dict:
    return {
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
        "source": r.source,
        "notes": r.notes,
        "refused": [{"line": p.line, "column": p.column, "reason": p.reason} for p in r.refused],
        "personal_left_out": r.personal_left_out,
    }


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
        tr_noop("id", "column"),
        tr_noop("file", "column"),
        tr_noop("preset", "column"),
        tr_noop("rows", "column"),
        tr_noop("added", "column"),
        tr_noop("known", "column"),
        tr_noop("refused", "column"),
        tr_noop("imported", "column"),
        "sha256",
    ]
    return Output([i.__dict__ for i in found], table(headers, rows, right={0, 3, 4, 5, 6}))


def _imports_remove(ws: Workspace, args: argparse.Namespace) -> Output:
    removed = imports.remove_import(ws, args.id)
    return Output(
        {"id": args.id, "removed": removed},
        [
            ntr(
                "Removed import {id} and its {n} record",
                "Removed import {id} and its {n} records",
                removed,
            ).format(id=args.id)
        ],
    )


def _imports_original(ws: Workspace, args: argparse.Namespace) -> Output:
    out = imports.save_original(ws, args.id, args.out)
    lines = [tr("Saved import {id} to {file}").format(id=args.id, file=out)]
    left_out = imports.personal_left_out(ws, import_id=args.id)
    if left_out:
        lines.append(_left_out_text())
    return Output({"id": args.id, "file": str(out), "personal_left_out": left_out}, lines)


def _left_out_text() -> str:
    return tr(
        "personal columns left out: imported without --keep-personal, so only dates, codes, "
        "amounts, ids, postcodes, UTM values, store, status and currency were kept"
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
# How a use was matched (domain.attribution.RULES), as `review list/show` print it.
_RULE_LABELS = {
    "exact": tr_noop("rule: exact"),
    "corrected": tr_noop("rule: corrected"),
    "manual": tr_noop("rule: manual"),
    "link": tr_noop("rule: link"),
    "utm": tr_noop("rule: utm"),
    "visit": tr_noop("rule: visit"),
    "postcode": tr_noop("rule: postcode"),
}


def _rule_text(rule: str) -> str:
    marked = _RULE_LABELS.get(rule)
    return tr(marked).removeprefix("rule: ") if marked else rule


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
        # The file is what was asked for: say where it is, not the whole table again.
        return Output(report_json(rep), [tr("Wrote {file}").format(file=args.out)])

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
            fmt.ratio_percent(t.roi, 0, sign=True),
            fmt.count(t.matchback_orders),
        ]

    def piece_of(r) -> str:
        if r.control:
            return tr("control")
        return tr("all variants") if r.zone_total else r.piece

    rows = [cells(r.zone, piece_of(r), r.variant, r.tally) for r in rep.rows]
    rows.append(cells(tr("total"), "", "", rep.totals))
    headers = [
        tr_noop("zone", "column"),
        tr_noop("piece", "column"),
        tr_noop("var", "column"),
        tr_noop("pieces", "column"),
        tr_noop("visits", "column"),
        tr_noop("store", "column"),
        tr_noop("online", "column"),
        tr_noop("resp", "column"),
        tr("revenue {currency}").format(currency=fmt.currency_symbol(cur)),
        tr("cost {currency}").format(currency=fmt.currency_symbol(cur)),
        tr_noop("per resp", "column"),
        tr_noop("ROI", "column"),
        tr_noop("match-back", "column"),
    ]
    lines = [f"{rep.campaign.name} ({rep.campaign.slug})", ""]
    lines += table(headers, rows, right=set(range(3, 13)))
    lines += ["", tr("Lift against control zones"), "  " + lift_headline(rep.lift)]
    lines += ["  " + line for line in lift_details(rep.lift, cur)]
    for test in rep.variant_tests:
        lines += ["", tr("A/B test: {piece}").format(piece=test.piece), "  " + test.verdict]
        lines += ["  " + line for line in variant_lines(test, cur)]
    shown = {lift_headline(rep.lift), *(t.verdict for t in rep.variant_tests)}
    caveats = [c for c in rep.caveats if c not in shown]
    if caveats:
        lines += ["", tr("Before you trust the numbers"), *("  " + c for c in caveats)]
    return Output(report_json(rep), lines)


def _review_list(ws: Workspace, args: argparse.Namespace) -> Output:
    items = review.review_list(ws, args.campaign, limit=args.limit)
    rows = [
        [
            i.response_id,
            tr(_COUNT_LABELS[i.status]) if i.status in _COUNT_LABELS else i.status,
            _rule_text(i.rule),
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
        tr_noop("id", "column"),
        tr_noop("status", "column"),
        tr_noop("rule", "column"),
        tr_noop("typed", "column"),
        tr_noop("code", "column"),
        tr_noop("when", "column"),
        tr_noop("amount", "column"),
        tr_noop("from", "column"),
        tr_noop("decision", "column"),
    ]
    return Output(
        [i.__dict__ for i in items], table(headers, rows) if items else [tr("Nothing to review")]
    )


def _review_show(ws: Workspace, args: argparse.Namespace) -> Output:
    raw = imports.source_row(ws, args.response)  # NotFoundError for an id that is no record
    left_out = imports.personal_left_out(ws, response_id=args.response)
    found = review.review_items_by_id(ws, [args.response])
    data = {
        **(found[0].__dict__ if found else {"response_id": args.response}),
        "raw": raw,
        "personal_left_out": left_out,
    }
    lines = []
    if found:
        i = found[0]
        lines.append(
            tr("Use {id}: {status} ({rule}), typed {typed!r}, code {code}").format(
                id=i.response_id,
                status=tr(_COUNT_LABELS[i.status]) if i.status in _COUNT_LABELS else i.status,
                rule=_rule_text(i.rule) if i.rule else "-",
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
    if left_out and raw is not None:
        lines.append("  (" + _left_out_text() + ")")
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
