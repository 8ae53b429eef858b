"""Opening, creating and copying workspaces."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.storage.workspace import SCHEMA_VERSION, SUFFIX, Workspace

APP_NAME = "OmniPrint"


def default_workspace_path() -> Path:
    """`OMNIPRINT_WORKSPACE` if set, else `business.omniprint` in the user's data folder."""
    override = os.environ.get("OMNIPRINT_WORKSPACE")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / f"business{SUFFIX}"


def open_workspace(path: str | Path | None = None, *, create: bool = True) -> Workspace:
    """Open the workspace at `path` (the default one when None), creating it if asked."""
    return Workspace.open(path or default_workspace_path(), create=create)


def save_copy(ws: Workspace, target: str | Path) -> Path:
    """A consistent copy of the open workspace (File > Save a Copy)."""
    target = Path(target)
    if target.resolve() == ws.path.resolve():
        raise ValidationError(tr("choose another file: a copy cannot replace the workspace itself"))
    tmp = target.with_name(target.name + ".part")
    ws.backup_to(tmp)
    os.replace(tmp, target)
    return target


__all__ = ["SCHEMA_VERSION", "default_workspace_path", "open_workspace", "save_copy"]
