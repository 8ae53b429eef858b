"""Code and link commands: codes generate/export/check, links export."""

from __future__ import annotations

import argparse
from pathlib import Path

from omniprint.cli.commands import Commands, action, group
from omniprint.cli.output import Output, console_progress
from omniprint.domain import formatting as fmt
from omniprint.domain import links
from omniprint.domain.codes import DEFAULT_BODY_LENGTH
from omniprint.domain.i18n import tr
from omniprint.services import codes
from omniprint.services.workspace import Workspace

EXIT_NOT_VALID = 1  # `codes check`: the code typed is not a valid issued code


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    sub = group(commands, "codes", tr("generate, export and check coupon codes"))
    gen = action(
        sub, common, "generate", tr("issue codes for the planned drops"), _generate, "campaign"
    )
    gen.add_argument(
        "--per",
        choices=codes.CODE_MODES,
        default="piece",
        help=tr("one code per printed piece (default) or one per drop"),
    )
    gen.add_argument(
        "--prefix", default="", help=tr("a short prefix printed before each code, e.g. SPR")
    )
    gen.add_argument(
        "--length",
        type=int,
        default=DEFAULT_BODY_LENGTH,
        help=tr("random characters per code (default {length} = 40 bits)").format(
            length=DEFAULT_BODY_LENGTH
        ),
    )
    exp = action(sub, common, "export", tr("write the codes as CSV"), _export, "campaign")
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")
    action(
        sub,
        common,
        "check",
        tr("check a code someone typed (exit status 1 when it is not a valid issued code)"),
        _check,
        "code",
    )

    sub = group(commands, "links", tr("export the redirect table of short links"))
    exp = action(
        sub, common, "export", tr("write redirects for your web server"), _links_export, "campaign"
    )
    exp.add_argument("--format", required=True, choices=links.REDIRECT_FORMATS)
    exp.add_argument("--out", required=True, type=Path, metavar="FILE")


def _generate(ws: Workspace, args: argparse.Namespace) -> Output:
    result = codes.generate_codes(
        ws,
        args.campaign,
        per=args.per,
        prefix=args.prefix,
        length=args.length,
        progress=console_progress,
    )
    text = tr("Generated {count} codes for {drops} drops of {campaign}").format(
        count=fmt.number(result.created), drops=fmt.number(result.drops), campaign=result.campaign
    )
    if result.skipped_drops:
        text += " " + tr("({count} drops already had codes and were left as they were)").format(
            count=fmt.number(result.skipped_drops)
        )
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
    return Output(
        {"file": str(args.out), "codes": count},
        [tr("Wrote {count} codes to {file}").format(count=fmt.number(count), file=args.out)],
    )


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
        where = tr(
            "campaign {campaign}, piece {piece}, variant {variant}, zone {zone}, serial {serial}"
        ).format(
            campaign=c.campaign, piece=c.piece, variant=c.variant, zone=c.zone, serial=c.serial
        )
    messages = {
        "valid": lambda: tr("{typed}: valid code {code} ({where})"),
        "corrected": lambda: tr("{typed}: not issued; did you mean {code}? ({where})"),
        "unknown": lambda: tr("{typed}: well formed but never issued in this workspace"),
        "invalid": lambda: tr("{typed}: not a valid code (a character is wrong or missing)"),
    }
    text = messages[result.status]().format(
        typed=result.typed,
        code=result.code.display if result.code else "",
        where=where if result.code else "",
    )
    # A script can test the answer: only a valid, issued code exits 0.
    return Output(data, [text], exit_code=0 if result.status == "valid" else EXIT_NOT_VALID)


def _links_export(ws: Workspace, args: argparse.Namespace) -> Output:
    count = codes.export_links(ws, args.campaign, args.format, args.out)
    return Output(
        {"file": str(args.out), "format": args.format, "links": count},
        [
            tr("Wrote {count} redirects ({format}) to {file}").format(
                count=fmt.number(count), format=args.format, file=args.out
            )
        ],
    )
