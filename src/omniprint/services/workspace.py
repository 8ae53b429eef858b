"""Opening, creating and copying workspaces.

Opening checks the file with SQLite's `quick_check` when it changed since the last clean close
of a workspace by OmniPrint on this computer (the size, time and inode seen at that close are
remembered in a small file in the user's state folder), so the check costs nothing on the usual
open and catches a file damaged or replaced by something else. A damaged workspace is opened
read-only, with a message, and never written into.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

import platformdirs

from omniprint.domain.i18n import tr
from omniprint.services.files import atomic_path
from omniprint.services.folders import user_path
from omniprint.services.logs import log as app_log
from omniprint.storage.workspace import SCHEMA_VERSION, SUFFIX, Workspace, quick_check

CLEAN_CLOSES = "clean-closes.json"
MAX_REMEMBERED = 200  # workspaces whose last clean close is remembered

log = app_log.getChild("workspace")
# Until a face sets up the log file, these warnings go nowhere rather than to the terminal (the
# CLI says it in its own sentence); with the log file set up they reach it through "omniprint".
log.addHandler(logging.NullHandler())


def default_workspace_path() -> Path:
    """`OMNIPRINT_WORKSPACE` if set, else `business.omniprint` in the user's data folder."""
    return user_path("OMNIPRINT_WORKSPACE", platformdirs.user_data_dir, f"business{SUFFIX}")


def state_dir() -> Path:
    """`OMNIPRINT_STATE_DIR` if set, else the user's state folder for OmniPrint."""
    return user_path("OMNIPRINT_STATE_DIR", platformdirs.user_state_dir)


def open_workspace(path: str | Path | None = None, *, create: bool = True) -> Workspace:
    """Open the workspace at `path` (the default one when None), creating it if asked.

    A file that changed since its last clean close is checked first; when it is damaged it is
    opened read-only and `ws.damaged` says what is wrong."""
    path = Path(path or default_workspace_path()).expanduser()
    problem = None
    signature = _signature(path)
    if signature is not None and signature != _remembered().get(_key(path)):
        problem = quick_check(path)
    if problem:
        log.warning("%s failed its quick check: %s", path, problem)
        ws = Workspace.open(path, create=False, read_only=True)
        ws.damaged = tr(
            "{path} is damaged ({problem}); it was opened read-only and nothing will be written "
            "to it. Restore it from a backup (a copy, or name.vN.bak.omniprint beside it), or "
            "save a copy of what can still be read."
        ).format(path=path, problem=problem)
        return ws
    ws = Workspace.open(path, create=create)
    ws.on_close(lambda: _remember_clean_close(path))
    return ws


def save_copy(ws: Workspace, target: str | Path) -> Path:
    """A consistent copy of the open workspace (File > Save a Copy); it may replace another
    workspace the user chose, never this one, its companions or its backups."""
    target = Path(target)
    with atomic_path(target, replace_database=True) as tmp:
        ws.backup_to(tmp)
    return target


# Clean closes ----------------------------------------------------------------------------------


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _signature(path: Path) -> list[int] | None:
    """What changes when anything writes the file: size, modification time, inode."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not st.st_size or not path.is_file():
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _remembered() -> dict[str, list[int]]:
    try:
        data = json.loads((state_dir() / CLEAN_CLOSES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember_clean_close(path: Path) -> None:
    """Note the file as it is after a clean close (losing a note only costs a check later)."""
    signature = _signature(path)
    if signature is None:
        return
    data = _remembered()
    data.pop(_key(path), None)
    data[_key(path)] = signature
    data = dict(list(data.items())[-MAX_REMEMBERED:])
    folder = state_dir()
    tmp = folder / f".{CLEAN_CLOSES}.{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, folder / CLEAN_CLOSES)
    except OSError as exc:
        log.warning("cannot note the clean close of %s: %s", path, exc)
        with contextlib.suppress(OSError):
            tmp.unlink()


__all__ = [
    "SCHEMA_VERSION",
    "default_workspace_path",
    "open_workspace",
    "save_copy",
    "state_dir",
]
