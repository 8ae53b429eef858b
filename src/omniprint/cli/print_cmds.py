"""Design and print commands: template, design, preflight, export, package, business."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from omniprint.cli.commands import Commands, action, group
from omniprint.cli.output import Output, table
from omniprint.domain import formatting as fmt
from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import language, ntr, tr, tr_noop
from omniprint.domain.social import SOCIAL_KEYS
from omniprint.domain.vcard import network_label
from omniprint.services import business, designs, printing
from omniprint.services.print_options import (
    DUPLEX,
    MODES,
    PDFX_VERSIONS,
    SHEETS,
    SHOPS,
    PrintOptions,
)
from omniprint.services.workspace import Workspace

ORIENTATIONS = {"portrait": tr_noop("portrait"), "landscape": tr_noop("landscape")}


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    sub = group(commands, "template", tr("starter templates"))
    lst = action(sub, common, "list", tr("list the starter templates"), _template_list)
    lst.add_argument("--kind", help=tr("only templates for this piece kind"))

    sub = group(commands, "design", tr("set, export and import a piece's design"))
    cmd = _piece_action(sub, common, "set", tr("start a design from a template"), _design_set)
    cmd.add_argument("--template", required=True, metavar="NAME")
    cmd = _piece_action(sub, common, "export", tr("write the design as JSON"), _design_export)
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    cmd = _piece_action(sub, common, "import", tr("read a design from JSON"), _design_import)
    cmd.add_argument("file", type=Path, metavar="FILE.json")

    cmd = _piece_action(commands, common, "preflight", tr("check a design for print"), _preflight)
    _print_options(cmd)

    cmd = _piece_action(commands, common, "export", tr("write the print-ready PDF"), _export)
    cmd.add_argument("--zone", metavar="CODE", help=tr("only this zone's pieces"))
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    _print_options(cmd)
    cmd.add_argument("--force", action="store_true", help=tr("export despite preflight errors"))
    _jobs_option(cmd)

    cmd = _piece_action(commands, common, "package", tr("zip for the print shop"), _package)
    cmd.add_argument("--out", required=True, type=Path, metavar="FILE.zip")
    cmd.add_argument("--sheet", default="SRA3", choices=sorted(SHEETS))
    cmd.add_argument("--shop", default="eu", choices=sorted(SHOPS))
    cmd.add_argument("--bleed", type=float, metavar="MM")
    _press_options(cmd)
    cmd.add_argument(
        "--stock", help=tr("paper, for the job ticket (default: the usual one for the piece kind)")
    )
    _jobs_option(cmd)

    sub = group(commands, "business", tr("your business details, printed on pieces"))
    cmd = action(
        sub,
        common,
        "set",
        tr("set name, phone, email, web, address, contact, phones and social profiles"),
        _business_set,
    )
    helps = {
        "contact": tr("the person on the card (Ana García)"),
        "title": tr("their job title"),
        "mobile": tr("mobile phone"),
        "whatsapp": tr("WhatsApp number with its country code (+34 600 123 456)"),
        "google": tr("Google Business profile link"),
    }
    for name in business.BUSINESS_FIELDS:
        if name in SOCIAL_KEYS and name != "google":
            text = tr("{network} profile: @handle or link").format(network=network_label(name))
        else:
            text = helps.get(name)
        cmd.add_argument(f"--{name}", help=text)
    action(sub, common, "show", tr("show them"), _business_show)


def _piece_action(
    commands: Commands, common: argparse.ArgumentParser, name: str, text: str, handler: object
) -> argparse.ArgumentParser:
    """An action on one piece of a campaign: the campaign, --piece and --variant."""
    cmd = action(commands, common, name, text, handler, "campaign")
    cmd.add_argument("--piece", required=True)
    cmd.add_argument("--variant")
    return cmd


def _print_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--mode", default="press", choices=MODES, help=tr("press file, proof or office print")
    )
    cmd.add_argument("--sheet", default="SRA3", choices=sorted(SHEETS), help=tr("press sheet"))
    cmd.add_argument(
        "--shop", default="eu", choices=sorted(SHOPS), help=tr("bleed and safe area preset")
    )
    cmd.add_argument("--bleed", type=float, metavar="MM", help=tr("custom bleed"))
    _press_options(cmd)
    cmd.add_argument("--rgb", action="store_true", help=tr("RGB for office printing (not press)"))


def _job_count(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            tr("{value!r} is not a number of processes (0: every core)").format(value=text)
        )
    return jobs


def _jobs_option(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--jobs",
        type=_job_count,
        default=0,
        metavar="N",
        help=tr("processes drawing the pages (default 0: every core); the file is the same"),
    )


def _press_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--marks",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=tr("crop marks outside the bleed (default: on press sheets, off on single pieces)"),
    )
    cmd.add_argument(
        "--pdfx", default="4", choices=PDFX_VERSIONS, help=tr("PDF/X-4 (default) or PDF/X-1a")
    )
    cmd.add_argument(
        "--output-profile",
        type=Path,
        metavar="FILE.icc",
        help=tr("the print shop's CMYK output profile (default: the shop preset's)"),
    )
    cmd.add_argument(
        "--sheet-margin",
        type=float,
        metavar="MM",
        help=tr("the press sheet's unprintable edge (default 5 mm)"),
    )
    cmd.add_argument(
        "--duplex", default="long-edge", choices=DUPLEX, help=tr("how the sheet turns for backs")
    )


def _options(args: argparse.Namespace, **extra: object) -> PrintOptions:
    return PrintOptions(
        mode=getattr(args, "mode", "press"),
        sheet=args.sheet,
        shop=args.shop,
        bleed_mm=args.bleed,
        marks=getattr(args, "marks", None),
        color="rgb" if getattr(args, "rgb", False) else "cmyk",
        force=getattr(args, "force", False),
        pdfx=getattr(args, "pdfx", "4"),
        output_profile=str(args.output_profile) if getattr(args, "output_profile", None) else None,
        sheet_margin_mm=getattr(args, "sheet_margin", None),
        duplex=getattr(args, "duplex", "long-edge"),
        jobs=getattr(args, "jobs", 0),
        **extra,  # type: ignore[arg-type]
    )


def _progress(done: int, total: int, message: str) -> None:
    """The render's own line ("sheet 683 of 2,130 (32 %)"), once, over itself on a terminal."""
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\r{message}\033[K")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _template_list(ws: Workspace, args: argparse.Namespace) -> Output:
    found = designs.list_templates(args.kind)
    spanish = language() == "es"
    rows = [
        [t.name, t.kind, fmt.size_mm(t.width_mm, t.height_mm), t.title_es if spanish else t.title]
        for t in found
    ]
    data = [
        {
            "name": t.name,
            "kind": t.kind,
            "width_mm": t.width_mm,
            "height_mm": t.height_mm,
            "title": t.title,
            "title_es": t.title_es,
            "description": t.description,
            "description_es": t.description_es,
        }
        for t in found
    ]
    headers = [
        tr_noop("name", "column"),
        tr_noop("kind", "column"),
        tr_noop("size", "column"),
        tr_noop("title", "column"),
    ]
    return Output(data, table(headers, rows))


def _design_set(ws: Workspace, args: argparse.Namespace) -> Output:
    d = designs.set_template(ws, args.campaign, args.piece, args.variant, args.template)
    return Output(
        {"template": args.template, "width_mm": d.width_mm, "height_mm": d.height_mm},
        [
            tr("Design of {piece} set from template {template}").format(
                piece=args.piece, template=args.template
            )
        ],
    )


def _design_export(ws: Workspace, args: argparse.Namespace) -> Output:
    designs.export_design(ws, args.campaign, args.piece, args.variant, args.out)
    return Output({"file": str(args.out)}, [tr("Wrote the design to {file}").format(file=args.out)])


def _design_import(ws: Workspace, args: argparse.Namespace) -> Output:
    d = designs.import_design(ws, args.campaign, args.piece, args.variant, args.file)
    elements = sum(len(s.elements) for s in d.sides)
    return Output(
        {"file": str(args.file), "sides": len(d.sides), "elements": elements},
        [
            tr("Imported the design from {file}: {sides} sides, {elements} elements").format(
                file=args.file, sides=len(d.sides), elements=fmt.number(elements)
            )
        ],
    )


def _issue_json(issue) -> dict:
    return {
        "level": issue.level,
        "element": issue.element,
        "side": issue.side,
        "message": issue.message,
    }


def _preflight(ws: Workspace, args: argparse.Namespace) -> Output:
    issues = printing.check_job(ws, args.campaign, args.piece, args.variant, _options(args))
    lines = [str(i) for i in issues] or [tr("Preflight: no problems found")]
    errors = sum(1 for i in issues if i.level == "error")
    if issues:
        lines.append(
            tr("{errors} errors, {warnings} warnings").format(
                errors=errors, warnings=len(issues) - errors
            )
        )
    # Errors stop a press export: the command fails too, so a script or CI step stops here.
    return Output(
        {"issues": [_issue_json(i) for i in issues], "errors": errors},
        lines,
        exit_code=1 if errors else 0,
    )


def _export(ws: Workspace, args: argparse.Namespace) -> Output:
    if args.rgb and args.mode == "press":
        raise ValidationError(tr("--rgb is for office printing: a press file must be CMYK"))
    result = printing.export_pdf(
        ws,
        args.campaign,
        args.piece,
        args.out,
        variant=args.variant,
        zone=args.zone,
        options=_options(args),
        progress=_progress,
        cancel=args.cancel,
    )
    r = result.render
    wrote = tr("Wrote {file}: {pages}, {pieces}").format(
        file=args.out,
        pages=ntr("{n} page", "{n} pages", r.pages),
        pieces=ntr("{n} piece", "{n} pieces", r.records),
    )
    if r.mode == "press":
        wrote += " " + ntr(
            "on {n} sheet ({per_sheet}-up)", "on {n} sheets ({per_sheet}-up)", r.sheets
        ).format(per_sheet=r.per_sheet)
    lines = [wrote]
    if result.pdfx:
        lines.append(
            tr("{pdfx} for the printing condition {condition}").format(
                pdfx=result.pdfx, condition=result.output_condition
            )
        )
    if r.layout is not None:
        lines.append(
            tr("{cols} x {rows} on each {sheet} sheet ({orientation})").format(
                cols=r.layout.cols, rows=r.layout.rows, sheet=r.layout.sheet_name,
                orientation=tr(ORIENTATIONS[r.layout.orientation]),
            )
        )  # fmt: skip
    if result.sample:
        lines.append(tr("No codes yet: the proof shows a sample code and link"))
    if result.check:
        lines.append(
            ntr(
                "Self-check: {n} QR code on pages {pages} decodes to the right link",
                "Self-check: {n} QR codes on pages {pages} decode to the right links",
                result.check.codes_checked,
            ).format(pages=", ".join(str(p + 1) for p in result.check.pages_checked))
        )
    lines += [str(i) for i in r.issues]
    return Output(
        {
            "file": str(args.out),
            "mode": r.mode,
            "pages": r.pages,
            "pieces": r.records,
            "sheets": r.sheets,
            "per_sheet": r.per_sheet,
            "bytes": r.bytes,
            "sample": result.sample,
            "self_check": {"pages": result.check.pages_checked, "codes": result.check.codes_checked}
            if result.check
            else None,
            "issues": [_issue_json(i) for i in r.issues],
            "grid": _grid_json(r.layout),
            "pdfx": result.pdfx,
            "output_condition": result.output_condition,
        },
        lines,
    )


def _grid_json(layout) -> dict | None:
    """The press sheet's grid for `export --json` (None for single-piece files)."""
    if layout is None:
        return None
    to_mm = 25.4 / 72
    return {
        "sheet": layout.sheet_name,
        "orientation": layout.orientation,
        "sheet_mm": [round(layout.width * to_mm, 2), round(layout.height * to_mm, 2)],
        "cols": layout.cols,
        "rows": layout.rows,
        "per_sheet": layout.per_sheet,
        "margin_mm": round(layout.margin * to_mm, 2),
        "gutter_mm": round(2 * layout.bleed * to_mm, 3),
    }


def _package(ws: Workspace, args: argparse.Namespace) -> Output:
    ticket = printing.write_shop_package(
        ws,
        args.campaign,
        args.piece,
        args.out,
        variant=args.variant,
        options=_options(args),
        stock=args.stock,
        progress=_progress,
        cancel=args.cancel,
    )
    return Output(
        {"file": str(args.out), "ticket": ticket},
        [
            tr("Wrote the print-shop package {file}").format(file=args.out),
            "",
            *printing.ticket_text(ticket).rstrip("\n").split("\n"),
        ],
    )


def _business_set(ws: Workspace, args: argparse.Namespace) -> Output:
    values = {f: getattr(args, f) for f in business.BUSINESS_FIELDS}
    return _business_out(business.set_business(ws, **values))


def _business_show(ws: Workspace, args: argparse.Namespace) -> Output:
    return _business_out(business.get_business(ws))


def _business_out(details: dict[str, str]) -> Output:
    return Output(details, [f"{k:<10} {v}" for k, v in details.items()])
