"""`omniprint demo`: write the sample workspace (a bakery's spring leaflet drop, plan to ROI)."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from omniprint.cli.output import Output, console_progress
from omniprint.domain import formatting as fmt
from omniprint.domain.i18n import tr
from omniprint.services import demo
from omniprint.services.files import OutputRefused, protected_reason


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "demo", parents=[common], help=tr("write a sample workspace to explore, from plan to ROI")
    )
    cmd.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=tr("where to write it (default: {path})").format(path=demo.default_demo_path()),
    )
    cmd.add_argument("--force", action="store_true", help=tr("replace the file if it exists"))
    # The sample is a workspace of its own: the command opens none.
    cmd.set_defaults(handler=_demo, needs_workspace=False)


def _demo(_ws: None, args: argparse.Namespace) -> Output:
    # `--workspace X demo` writes the sample into X; with `--out`, X is the user's workspace and
    # the sample must not replace it (nor its backups).
    target = args.out or (Path(args.workspace) if args.workspace else None)
    if args.out and args.workspace:
        reason = protected_reason(args.out, workspaces=[args.workspace], replace_database=True)
        if reason:
            raise OutputRefused(reason)
    path = demo.create_demo(target, overwrite=args.force, progress=console_progress)
    info = demo.describe_demo(path)
    ws = shlex.quote(str(path))
    slug = info.campaign
    commands = [
        f"omniprint --workspace {ws} report {slug}",
        f"omniprint --workspace {ws} plan show {slug}",
        f"omniprint --workspace {ws} review list {slug}",
        f"omniprint --workspace {ws} export {slug} --piece {demo.PIECE} --variant A"
        " --zone 46004 --out leaflet-a-russafa.pdf",
    ]
    lines = [
        tr("Sample workspace written: {path}").format(path=path),
        tr(
            "{business}: campaign {campaign}, variants {variants} of a DL leaflet, {zones} zones"
            " and {controls} control zone, {codes} codes, {imports} imported exports ({files})."
        ).format(
            business=info.business,
            campaign=slug,
            variants=tr(" and ").join(info.variants),
            zones=fmt.number(info.zones - info.control_zones),
            controls=fmt.number(info.control_zones),
            codes=fmt.number(info.codes),
            imports=fmt.number(len(info.imports)),
            files=", ".join(info.imports),
        ),
        "",
        tr("Try:"),
        *(f"  {c}" for c in commands),
    ]
    data = {
        "workspace": str(path),
        "campaign": slug,
        "business": info.business,
        "zones": info.zones,
        "control_zones": info.control_zones,
        "variants": info.variants,
        "codes": info.codes,
        "imports": info.imports,
        "next": commands,
    }
    return Output(data, lines)
