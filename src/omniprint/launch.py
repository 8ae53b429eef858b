"""The `omniprint` program: with a command it is the CLI, with none it starts the desktop app.

This sits above both faces so that neither imports the other. Before Qt is loaded it checks that
the desktop can be shown at all: Qt's own failure on Linux is an abort with a core dump and a
message about plugins that does not say which package is missing.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping, Sequence

from omniprint.cli.main import parse_args, run
from omniprint.domain.i18n import tr

# Qt's xcb platform plugin (X11, and XWayland) needs these libraries since Qt 6.5; the one a
# fresh desktop install lacks is libxcb-cursor. Package names per distribution family.
XCB_CURSOR_INSTALL = (
    "sudo apt install libxcb-cursor0 (Debian, Ubuntu), sudo dnf install xcb-util-cursor (Fedora)"
    " or sudo pacman -S xcb-util-cursor (Arch)"
)


def platform_plugin(env: Mapping[str, str], system: str = sys.platform) -> str | None:
    """The Qt platform plugin the app would use on Linux ("xcb", "wayland", "offscreen"...),
    or None when there is no display to use (and on other systems, where Qt needs none of this)."""
    if not system.startswith("linux"):
        return "native"
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # "wayland;xcb" lists fallbacks; the first is the one Qt tries.
        return chosen.split(";")[0].split(":")[0]
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    return None


def display_problem(
    env: Mapping[str, str] | None = None,
    system: str = sys.platform,
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
) -> str | None:
    """One sentence saying why the desktop app cannot start here and what to do, or None."""
    env = os.environ if env is None else env
    plugin = platform_plugin(env, system)
    # QT_QPA_PLATFORM=xcb without an X display fails as surely as no display at all.
    if plugin is None or (plugin == "xcb" and not env.get("DISPLAY")):
        return tr(
            "There is no display to show the app on (neither DISPLAY nor WAYLAND_DISPLAY is"
            " set): use the command line (omniprint --help), or start the app with"
            " QT_QPA_PLATFORM=offscreen to run it without a window."
        )
    # Qt falls back from Wayland to xcb, but only xcb needs the library; check it when xcb is
    # what will load.
    if plugin == "xcb" and not find_library("xcb-cursor"):
        return tr(
            "The desktop app needs the libxcb-cursor library to open a window on X11; install"
            " it with {commands}, then start OmniPrint again."
        ).format(commands=XCB_CURSOR_INSTALL)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    _parser, args = parse_args(argv)
    if args.command is None:
        problem = display_problem()
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
        from omniprint.gui.app import run_app  # Qt loads only when the app is wanted

        if args.lang:  # the app chooses its language as the CLI does: this comes first
            os.environ["OMNIPRINT_LANG"] = args.lang

        return run_app(args.workspace)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
