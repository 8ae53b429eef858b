"""Code and link commands: codes generate/export/check, links export."""

from __future__ import annotations

import argparse
from pathlib import Path

from omniprint.cli.output import Output, console_progress
from omniprint.domain import links
from omniprint.domain.codes import DEFAULT_BODY_LENGTH
from omniprint.services import codes
from omniprint.storage.workspace import Workspace


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("codes", help="generate, export and check coupon codes")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    gen = sub.add_parser("generate", parents=[common], help="issue codes for the planned drops")
    gen.add_argument("campaign")
    gen.add_argument(
        "--per",
        choices=codes.CODE_MODES,
        default="piece",
        help="one code per printed piece (default) or one per drop",
    )
    gen.add_argument(
        "--prefix", default="", help="a short prefix printed before each code, e.g. SPR"
    )
    gen.add_argument(
        "--length",
        type=int,
        default=DEFAULT_BODY_LENGTH,
        help=f"random characters per code (default {DEFAULT_BODY_LENGTH} = 40 bits)",
    )
    gen.set_defaults(handler=_generate)
    exp = sub.add_parser("export", parents=[common], help="write the codes as CSV")
    exp.add_argument("campaign")
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    exp.set_defaults(handler=_export)
    chk = sub.add_parser("check", parents=[common], help="check a code someone typed")
    chk.add_argument("code")
    chk.set_defaults(handler=_check)

    group = commands.add_parser("links", help="export the redirect table of short links")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    exp = sub.add_parser("export", parents=[common], help="write redirects for your web server")
    exp.add_argument("campaign")
    exp.add_argument("--format", required=True, choices=links.REDIRECT_FORMATS)
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    exp.set_defaults(handler=_links_export)


def _generate(ws: Workspace, args: argparse.Namespace) -> Output:
    result = codes.generate_codes(
        ws,
        args.campaign,
        per=args.per,
        prefix=args.prefix,
        length=args.length,
        progress=console_progress,
    )
    text = f"Generated {result.created:,} codes for {result.drops} drops of {result.campaign}"
    if result.skipped_drops:
        text += f" ({result.skipped_drops} drops already had codes and were left as they were)"
    return Output(
        {
            "campaign": result.campaign,
            "created": result.created,
            "drops": result.drops,
            "skipped_drops": result.skipped_drops,
        },
        [text],
    )


def _export(ws: Workspace, args: argparse.Namespace) -> Output:
    count = codes.export_codes(ws, args.campaign, args.out, progress=console_progress)
    return Output({"file": str(args.out), "codes": count}, [f"Wrote {count:,} codes to {args.out}"])


def _check(ws: Workspace, args: argparse.Namespace) -> Output:
    result = codes.check_code(ws, args.code)
    data: dict = {"typed": result.typed, "key": result.key, "status": result.status}
    if result.code:
        c = result.code
        data |= {
            "code": c.display,
            "campaign": c.campaign,
            "piece": c.piece,
            "variant": c.variant,
            "zone": c.zone,
            "serial": c.serial,
        }
        where = (
            f"campaign {c.campaign}, piece {c.piece}, variant {c.variant},"
            f" zone {c.zone}, serial {c.serial}"
        )
    messages = {
        "valid": lambda: f"{result.typed}: valid code {result.code.display} ({where})",
        "corrected": lambda: (
            f"{result.typed}: not issued; did you mean {result.code.display}? ({where})"
        ),
        "unknown": lambda: f"{result.typed}: well formed but never issued in this workspace",
        "invalid": lambda: f"{result.typed}: not a valid code (a character is wrong or missing)",
    }
    return Output(data, [messages[result.status]()])


def _links_export(ws: Workspace, args: argparse.Namespace) -> Output:
    count = codes.export_links(ws, args.campaign, args.format, args.out)
    return Output(
        {"file": str(args.out), "format": args.format, "links": count},
        [f"Wrote {count:,} redirects ({args.format}) to {args.out}"],
    )
