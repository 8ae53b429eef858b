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
from functools import partial
from pathlib import Path

from omniprint import __version__
from omniprint.cli import (
    cards_cmds,
    channels_cmds,
    codes_cmds,
    demo_cmds,
    plan_cmds,
    print_cmds,
    results_cmds,
)
from omniprint.cli.output import Output, terminal_text
from omniprint.domain.errors import Cancelled, OmniPrintError
from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.tasks import CancelToken
from omniprint.services.faults import describe_fault, log_fault
from omniprint.services.files import check_output_target, outputs_abandoned_on
from omniprint.services.i18n import LANGUAGES, use_language
from omniprint.services.logs import setup_logging
from omniprint.services.workspace import Workspace, default_workspace_path, open_workspace

Handler = Callable[[Workspace, argparse.Namespace], Output]

EXIT_ERROR = 1
EXIT_CANCELLED = 130
# Signals that end a run the way Ctrl+C does: the work stops, temporary files are removed and
# nothing half-done is kept. SIGHUP is a closed terminal; SIGTERM is `kill` or a logout.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Stopped(KeyboardInterrupt):
    """A stop signal other than Ctrl+C arrived; the process exits with 128 + its number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


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
    cards_cmds.register(commands, common)
    channels_cmds.register(commands, common)
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
    args.stopped_by = None
    try:
        stopped = partial(setattr, args, "stopped_by")
        with _ctrl_c_cancels(args.cancel, stopped), outputs_abandoned_on(args.cancel):
            output = _call(handler, args)
    except Stopped as exc:
        print(tr("omniprint: stopped: nothing was changed"), file=sys.stderr)
        return 128 + exc.signum
    except KeyboardInterrupt:
        print(tr("omniprint: cancelled: nothing was changed"), file=sys.stderr)
        return EXIT_CANCELLED
    except Cancelled as exc:
        if args.stopped_by is not None:  # the signal's exception was lost; the token was not
            print(tr("omniprint: stopped: nothing was changed"), file=sys.stderr)
            return 128 + args.stopped_by
        print(f"omniprint: {exc}", file=sys.stderr)
        return EXIT_CANCELLED
    except OmniPrintError as exc:
        print(terminal_text(tr("omniprint: error: {message}").format(message=exc)), file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # every fault is a sentence; the traceback, logged
        with contextlib.suppress(Exception):
            setup_logging()
            log_fault(exc, f"omniprint {args.command}: ")
        message = describe_fault(exc, _workspace_path(args))
        print(
            terminal_text(tr("omniprint: error: {message}").format(message=message)),
            file=sys.stderr,
        )
        return EXIT_ERROR
    output.emit(args.json)
    return output.exit_code


def _workspace_path(args: argparse.Namespace) -> Path | None:
    if not getattr(args, "needs_workspace", True):
        return None
    return Path(args.workspace).expanduser() if args.workspace else default_workspace_path()


def _call(handler: Handler, args: argparse.Namespace) -> Output:
    if getattr(args, "needs_workspace", True):
        with open_workspace(args.workspace, create=_may_create(args)) as ws:
            if getattr(args, "out", None):  # refused before any work, not after it
                check_output_target(args.out)
            if ws.damaged:
                print(
                    tr("omniprint: warning: {message}").format(message=ws.damaged), file=sys.stderr
                )
            return handler(ws, args)
    return handler(None, args)  # type: ignore[arg-type]  # a command that makes its own workspace


def _may_create(args: argparse.Namespace) -> bool:
    """Only `init` makes a workspace file where none is, and the default workspace is made on
    first use (the README's quick start); a `--workspace` that is not there is a typo to report,
    not a new empty workspace."""
    if args.command == "init":
        return True
    return args.workspace is None and not default_workspace_path().exists()


@contextlib.contextmanager
def _ctrl_c_cancels(
    token: CancelToken, stopped: Callable[[int], None] | None = None
) -> Iterator[None]:
    """Ctrl+C (and SIGTERM, SIGHUP) sets ``token`` as well as raising KeyboardInterrupt:
    Python code stops at once, cleaning up as it unwinds, and a long SQL statement (which Python
    cannot interrupt) or a library that swallows the exception stops through the token."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(signum, frame) -> None:
        token.cancel()
        if signum != signal.SIGINT and stopped is not None:
            stopped(signum)  # told apart from Ctrl+C, even if the exception below gets lost
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Stopped(signum)

    previous = {}
    for signum in STOP_SIGNALS:
        if signum != signal.SIGINT and signal.getsignal(signum) is signal.SIG_IGN:
            continue  # started under nohup (or told to ignore it): keep it that way
        with contextlib.suppress(OSError, ValueError):
            previous[signum] = signal.signal(signum, interrupted)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


if __name__ == "__main__":
    raise SystemExit(main())
