"""`omniprint demo`: write the sample workspace (a bakery's spring leaflet drop, plan to ROI)."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from omniprint.cli.output import Output, console_progress
from omniprint.services import demo


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    cmd = commands.add_parser(
        "demo", parents=[common], help="write a sample workspace to explore, from plan to ROI"
    )
    cmd.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=f"where to write it (default: {demo.default_demo_path()})",
    )
    cmd.add_argument("--force", action="store_true", help="replace the file if it exists")
    # The sample is a workspace of its own: the command opens none.
    cmd.set_defaults(handler=_demo, needs_workspace=False)


def _demo(_ws: None, args: argparse.Namespace) -> Output:
    path = demo.create_demo(args.out, overwrite=args.force, progress=console_progress)
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
        f"Sample workspace written: {path}",
        f"{info.business}: campaign {slug}, variants {' and '.join(info.variants)} of a DL"
        f" leaflet, {info.zones - info.control_zones} zones and {info.control_zones} control"
        f" zone, {info.codes:,} codes, {len(info.imports)} imported exports"
        f" ({', '.join(info.imports)}).",
        "",
        "Try:",
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
