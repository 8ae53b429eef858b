"""The `omniprint` program: with a command it is the CLI, with none it starts the desktop app.

This sits above both faces so that neither imports the other.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from omniprint.cli.main import parse_args, run


def main(argv: Sequence[str] | None = None) -> int:
    _parser, args = parse_args(argv)
    if args.command is None:
        from omniprint.gui.app import run_app  # Qt loads only when the app is wanted

        if args.lang:  # the app chooses its language as the CLI does: this comes first
            os.environ["OMNIPRINT_LANG"] = args.lang

        return run_app(args.workspace)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
