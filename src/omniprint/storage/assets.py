"""Images (and other files a design uses) stored in the workspace by content hash."""

from __future__ import annotations

import hashlib

from omniprint.domain.errors import NotFoundError
from omniprint.domain.i18n import tr
from omniprint.storage.workspace import Workspace


def asset_id(blob: bytes) -> str:
    return "sha256:" + hashlib.sha256(blob).hexdigest()


def put_asset(ws: Workspace, blob: bytes, mime: str, *, name: str = "") -> str:
    """Store the bytes once, whatever their name; returns the asset id."""
    key = asset_id(blob)
    with ws.transaction():
        ws.conn.execute(
            "INSERT OR IGNORE INTO asset (sha256, mime, name, data) VALUES (?, ?, ?, ?)",
            (key, mime, name, blob),
        )
    return key


def has_asset(ws: Workspace, key: str) -> bool:
    return ws.one("SELECT 1 FROM asset WHERE sha256 = ?", (key,)) is not None


def get_asset(ws: Workspace, key: str) -> tuple[str, bytes]:
    row = ws.one("SELECT mime, data FROM asset WHERE sha256 = ?", (key,))
    if row is None:
        raise NotFoundError(tr("image {key} is not in the workspace").format(key=key))
    return row["mime"], bytes(row["data"])
