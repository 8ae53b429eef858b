"""Starting the desktop app where it cannot show a window says why, in one sentence, before Qt
aborts with a core dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from omniprint.launch import display_problem, platform_plugin
from support import SRC


def _no_library(name: str) -> None:
    return None


def _library(name: str) -> str:
    return f"lib{name}.so.0"


def test_missing_xcb_cursor_names_the_package_for_each_distribution() -> None:
    problem = display_problem({"DISPLAY": ":0"}, "linux", _no_library)
    assert problem is not None
    assert "sudo apt install libxcb-cursor0" in problem
    assert "sudo dnf install xcb-util-cursor" in problem
    assert "sudo pacman -S xcb-util-cursor" in problem
    assert problem.count(". ") == 0  # one sentence


def test_xcb_with_the_library_or_other_platforms_start() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", _library) is None
    # Wayland and offscreen do not load the xcb plugin: no library needed.
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", _no_library) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", _no_library) is None
    assert display_problem({}, "win32", _no_library) is None
    assert display_problem({}, "darwin", _no_library) is None
    assert platform_plugin({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux") == "xcb"
    assert platform_plugin({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux") == "wayland"
    forced = display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", _library)
    assert forced is not None and "DISPLAY" in forced


def _start_app(env_changes: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env.update(PYTHONPATH=str(SRC), OMNIPRINT_DATA_DIR=str(tmp_path), **env_changes)
    return subprocess.run(
        [sys.executable, "-m", "omniprint", "--workspace", str(tmp_path / "w.omniprint")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_no_display_says_how_to_use_the_cli_or_offscreen(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        return
    result = _start_app({"OMNIPRINT_LANG": "en"}, tmp_path)
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert "omniprint --help" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not (tmp_path / "w.omniprint").exists()  # nothing was opened or written


def test_no_display_in_spanish(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        return
    result = _start_app({"OMNIPRINT_LANG": "es"}, tmp_path)
    assert result.returncode == 1
    assert "No hay pantalla" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
