"""`omniprint COMMAND`: the command line.

Every command is a thin call into `omniprint.services`; this module parses arguments, opens the
workspace, prints the result (text or `--json`) and turns errors into a message and an exit code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from omniprint import __version__
from omniprint.cli import codes_cmds, demo_cmds, plan_cmds, print_cmds, results_cmds
from omniprint.cli.output import Output
from omniprint.domain.errors import Cancelled, OmniPrintError
from omniprint.services.workspace import default_workspace_path, open_workspace
from omniprint.storage.workspace import Workspace

Handler = Callable[[Workspace, argparse.Namespace], Output]

EXIT_ERROR = 1
EXIT_CANCELLED = 130


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Accepted before or after the command; only the top level sets real defaults, so a value
    # given before the command is not overwritten by the subcommand's default.
    default = (lambda value: value) if top else (lambda value: argparse.SUPPRESS)
    parser.add_argument(
        "--workspace",
        metavar="FILE",
        default=default(None),
        help=f"workspace file (default: {default_workspace_path()})",
    )
    parser.add_argument(
        "--json", action="store_true", default=default(False), help="print machine-readable JSON"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omniprint",
        description="Plan, design, print and measure printed marketing. "
        "Run with no command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"omniprint {__version__}")
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, top=False)

    init = commands.add_parser(
        "init", parents=[common], help="create the workspace file (or check an existing one)"
    )
    init.set_defaults(handler=_init)
    plan_cmds.register(commands, common)
    codes_cmds.register(commands, common)
    print_cmds.register(commands, common)
    results_cmds.register(commands, common)
    demo_cmds.register(commands, common)
    return parser


def _init(ws: Workspace, args: argparse.Namespace) -> Output:
    return Output(
        {"workspace": str(ws.path), "schema_version": ws.schema_version},
        [f"Workspace ready: {ws.path} (schema version {ws.schema_version})"],
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`omniprint.launch` starts the app when there is none)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run the command parsed into `args`; returns the process exit code."""
    handler: Handler = args.handler
    try:
        if getattr(args, "needs_workspace", True):
            with open_workspace(args.workspace) as ws:
                output = handler(ws, args)
        else:  # a command that makes its own workspace (demo)
            output = handler(None, args)  # type: ignore[arg-type]
    except KeyboardInterrupt:
        print("omniprint: cancelled: nothing was changed", file=sys.stderr)
        return EXIT_CANCELLED
    except Cancelled as exc:
        print(f"omniprint: {exc}", file=sys.stderr)
        return EXIT_CANCELLED
    except OmniPrintError as exc:
        print(f"omniprint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    output.emit(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
