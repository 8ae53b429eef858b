"""Queries for the people a piece is printed for (one card per person)."""

from __future__ import annotations

from collections.abc import Iterable

from omniprint.storage.workspace import Workspace

PERSON_COLUMNS = ("name", "title", "mobile", "email")


def replace_people(ws: Workspace, piece_id: int, people: Iterable[dict[str, str]]) -> int:
    """Make ``people`` the piece's list, in order, replacing any earlier list; returns the count."""
    rows = [
        (piece_id, position, *(p.get(c, "") for c in PERSON_COLUMNS))
        for position, p in enumerate(people, start=1)
    ]
    with ws.transaction():
        ws.conn.execute("DELETE FROM person WHERE piece_id = ?", (piece_id,))
        ws.conn.executemany(
            "INSERT INTO person (piece_id, position, name, title, mobile, email)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return len(rows)


def list_people(ws: Workspace, piece_id: int) -> list[dict[str, str]]:
    """The piece's people in order, as dicts of `PERSON_COLUMNS`."""
    return [
        dict(zip(PERSON_COLUMNS, row, strict=True))
        for row in ws.conn.execute(
            "SELECT name, title, mobile, email FROM person WHERE piece_id = ? ORDER BY position",
            (piece_id,),
        )
    ]


def clear_people(ws: Workspace, piece_id: int) -> int:
    """Remove the piece's people; returns how many there were."""
    with ws.transaction():
        cursor = ws.conn.execute("DELETE FROM person WHERE piece_id = ?", (piece_id,))
    return cursor.rowcount
