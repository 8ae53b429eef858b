"""`omniprint COMMAND`: the command line.

Every command is a thin call into `omniprint.services`; this module parses arguments, opens the
workspace, prints the result (text or `--json`) and turns errors into a message and an exit code.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence

from omniprint import __version__
from omniprint.cli import codes_cmds, demo_cmds, plan_cmds, print_cmds, results_cmds
from omniprint.cli.output import Output
from omniprint.domain.errors import Cancelled, OmniPrintError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.tasks import CancelToken
from omniprint.services.i18n import LANGUAGES, use_language
from omniprint.services.workspace import default_workspace_path, open_workspace
from omniprint.storage.workspace import Workspace

Handler = Callable[[Workspace, argparse.Namespace], Output]

EXIT_ERROR = 1
EXIT_CANCELLED = 130

# argparse's own words (usage, section titles, its errors), marked so they are in the catalogue;
# argparse looks each one up through its module's `_` when it prints.
ARGPARSE_TEXTS = (
    tr_noop("usage: "),
    tr_noop("positional arguments"),
    tr_noop("options"),
    tr_noop("show this help message and exit"),
    tr_noop("%(prog)s: error: %(message)s\n"),
    tr_noop("argument %(argument_name)s: %(message)s"),
    tr_noop("the following arguments are required: %s"),
    tr_noop("unrecognized arguments: %s"),
    tr_noop("invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("invalid %(type)s value: %(value)r"),
    tr_noop("expected one argument"),
    tr_noop("ambiguous option: %(option)s could match %(matches)s"),
)
argparse._ = tr  # type: ignore[attr-defined]  # English stays English: tr falls back to it


def requested_language(argv: Sequence[str]) -> str | None:
    """The `--lang` given in `argv` (before or after the command), read before the parser is
    built so that its help is in that language; None when there is none or it is not known."""
    found = None
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            found = args[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found if found in LANGUAGES else None


def parse_args(
    argv: Sequence[str] | None = None,
) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """Choose the language (`--lang`, else `OMNIPRINT_LANG`, the settings, the system's), then
    build the parser in it and parse `argv`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    use_language(requested_language(argv))
    parser = build_parser()
    return parser, parser.parse_args(argv)


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Accepted before or after the command; only the top level sets real defaults, so a value
    # given before the command is not overwritten by the subcommand's default.
    default = (lambda value: value) if top else (lambda value: argparse.SUPPRESS)
    parser.add_argument(
        "--workspace",
        metavar="FILE",
        default=default(None),
        help=tr("workspace file (default: {path})").format(path=default_workspace_path()),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default(False),
        help=tr("print machine-readable JSON (always in English)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default(None),
        help=tr(
            "language of the messages: en or es (default: OMNIPRINT_LANG, the settings,"
            " or the system's)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omniprint",
        description=tr(
            "Plan, design, print and measure printed marketing."
            " Run with no command to open the desktop app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"omniprint {__version__}",
        help=tr("show the version and exit"),
    )
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, top=False)

    init = commands.add_parser(
        "init", parents=[common], help=tr("create the workspace file (or check an existing one)")
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
        [
            tr("Workspace ready: {path} (schema version {version})").format(
                path=ws.path, version=ws.schema_version
            )
        ],
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`omniprint.launch` starts the app when there is none)."""
    parser, args = parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run the command parsed into `args`; returns the process exit code.

    With `--json` the command runs in English, so what scripts read (caveats, verdicts, problems
    inside the JSON, and errors) is the same whatever the user's language."""
    use_language("en" if args.json else getattr(args, "lang", None))
    handler: Handler = args.handler
    args.cancel = CancelToken()
    try:
        with _ctrl_c_cancels(args.cancel):
            output = _call(handler, args)
    except KeyboardInterrupt:
        print(tr("omniprint: cancelled: nothing was changed"), file=sys.stderr)
        return EXIT_CANCELLED
    except Cancelled as exc:
        print(f"omniprint: {exc}", file=sys.stderr)
        return EXIT_CANCELLED
    except OmniPrintError as exc:
        print(tr("omniprint: error: {message}").format(message=exc), file=sys.stderr)
        return EXIT_ERROR
    output.emit(args.json)
    return output.exit_code


def _call(handler: Handler, args: argparse.Namespace) -> Output:
    if getattr(args, "needs_workspace", True):
        with open_workspace(args.workspace) as ws:
            return handler(ws, args)
    return handler(None, args)  # type: ignore[arg-type]  # a command that makes its own workspace


@contextlib.contextmanager
def _ctrl_c_cancels(token: CancelToken) -> Iterator[None]:
    """Ctrl+C sets ``token`` as well as raising KeyboardInterrupt: Python code stops at once as
    always, and a long SQL statement (which Python cannot interrupt) stops through the token."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum, frame) -> None:
        token.cancel()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


if __name__ == "__main__":
    raise SystemExit(main())
