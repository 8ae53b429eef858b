"""The brand's own fonts, stored in the workspace as the font files themselves."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from omniprint.storage.workspace import Workspace


@dataclass(frozen=True)
class FontRow:
    """One stored font face (without its bytes)."""

    id: int
    family: str
    style: str
    bold: bool
    italic: bool
    file_name: str
    sha256: str
    size: int


def put_font(ws: Workspace, row: FontRow, data: bytes) -> int:
    """Store a face, replacing the same family and style; returns its id."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with ws.transaction():
        ws.conn.execute(
            "DELETE FROM font WHERE (family = ? AND bold = ? AND italic = ?) OR sha256 = ?",
            (row.family, int(row.bold), int(row.italic), row.sha256),
        )
        cursor = ws.conn.execute(
            "INSERT INTO font (family, style, bold, italic, file_name, sha256, data, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (row.family, row.style, int(row.bold), int(row.italic), row.file_name, row.sha256,
             data, now),
        )  # fmt: skip
    return int(cursor.lastrowid or 0)


def list_fonts(ws: Workspace) -> list[FontRow]:
    """Every stored face, by family then style."""
    return [
        FontRow(
            r["id"],
            r["family"],
            r["style"],
            bool(r["bold"]),
            bool(r["italic"]),
            r["file_name"],
            r["sha256"],
            r["size"],
        )
        for r in ws.conn.execute(
            "SELECT id, family, style, bold, italic, file_name, sha256, length(data) AS size"
            " FROM font ORDER BY family COLLATE NOCASE, bold, italic"
        )
    ]


def font_data(ws: Workspace, font_id: int) -> bytes:
    """The font file of a stored face."""
    row = ws.one("SELECT data FROM font WHERE id = ?", (font_id,))
    return bytes(row["data"]) if row else b""


def delete_fonts(ws: Workspace, ids: list[int]) -> int:
    """Remove faces by id; returns how many went."""
    with ws.transaction():
        count = 0
        for font_id in ids:
            count += ws.conn.execute("DELETE FROM font WHERE id = ?", (font_id,)).rowcount
    return count
