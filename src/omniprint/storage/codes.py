"""Queries for coupon codes: bulk insert, lookups by key, and the records of a print run."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from omniprint.storage.workspace import Workspace

_IN_CHUNK = 500  # keys per `IN (...)` query: well under SQLite's variable limit


def existing_keys(ws: Workspace, keys: Iterable[str]) -> set[str]:
    """Those of `keys` that are already issued anywhere in the workspace."""
    keys = list(keys)
    found: set[str] = set()
    for start in range(0, len(keys), _IN_CHUNK):
        chunk = keys[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0] for r in ws.conn.execute(f"SELECT key FROM code WHERE key IN ({marks})", chunk)
        )
    return found


def next_serial(ws: Workspace, variant_id: int) -> int:
    """The next free serial in a variant's print run (serials run 1..N in print order)."""
    row = ws.one(
        "SELECT COALESCE(MAX(serial + copies - 1), 0) FROM code WHERE variant_id = ?",
        (variant_id,),
    )
    return row[0] + 1


def drops_with_codes(ws: Workspace, drop_ids: Iterable[int]) -> set[int]:
    ids = list(drop_ids)
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    return {
        r[0]
        for r in ws.conn.execute(
            f"SELECT DISTINCT drop_id FROM code WHERE drop_id IN ({marks})", ids
        )
    }


def insert_codes(ws: Workspace, rows: Iterable[tuple[str, str, int, int, int, int]]) -> None:
    """Insert (key, display, drop_id, variant_id, serial, copies) rows, inside a transaction."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    ws.conn.executemany(
        "INSERT INTO code (key, display, drop_id, variant_id, serial, copies, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((*row, now) for row in rows),
    )


@dataclass(frozen=True)
class CodeRow:
    """One issued code with where it belongs."""

    key: str
    display: str
    serial: int
    copies: int
    drop_id: int
    campaign: str
    campaign_name: str
    piece: str
    kind: str
    variant: str
    zone: str
    zone_name: str


_CODE_ROWS = """
SELECT c.key, c.display, c.serial, c.copies, c.drop_id, k.slug AS campaign,
       k.name AS campaign_name, p.slug AS piece, p.kind, v.label AS variant,
       z.code AS zone, z.name AS zone_name
FROM code c
JOIN drops d ON d.id = c.drop_id
JOIN zone z ON z.id = d.zone_id
JOIN variant v ON v.id = c.variant_id
JOIN piece p ON p.id = v.piece_id
JOIN campaign k ON k.id = p.campaign_id
"""


def _code_row(r: sqlite3.Row) -> CodeRow:
    return CodeRow(*r)


def find_codes(ws: Workspace, keys: Iterable[str]) -> dict[str, CodeRow]:
    keys = list(keys)
    found: dict[str, CodeRow] = {}
    for start in range(0, len(keys), _IN_CHUNK):
        chunk = keys[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        for r in ws.conn.execute(f"{_CODE_ROWS} WHERE c.key IN ({marks})", chunk):
            found[r["key"]] = _code_row(r)
    return found


def iter_codes(
    ws: Workspace, campaign_id: int, *, variant_id: int | None = None, zone_id: int | None = None
) -> Iterator[CodeRow]:
    """A campaign's codes in print order (piece, variant, serial), streamed from the database."""
    where, params = ["p.campaign_id = ?"], [campaign_id]
    if variant_id is not None:
        where.append("c.variant_id = ?")
        params.append(variant_id)
    if zone_id is not None:
        where.append("d.zone_id = ?")
        params.append(zone_id)
    sql = f"{_CODE_ROWS} WHERE {' AND '.join(where)} ORDER BY p.id, v.label, c.serial"
    for r in ws.conn.execute(sql, params):
        yield _code_row(r)


def count_codes(ws: Workspace, campaign_id: int) -> int:
    row = ws.one(
        "SELECT COUNT(*) FROM code c JOIN variant v ON v.id = c.variant_id"
        " JOIN piece p ON p.id = v.piece_id WHERE p.campaign_id = ?",
        (campaign_id,),
    )
    return row[0]


class PrintRun(Sequence[CodeRow]):
    """The pieces of a variant's print run (optionally one zone's drop), in serial order.

    Position i is the piece with serial ``first + i``; with one code per drop, many positions share
    a code. The renderer indexes pieces out of order (cut-and-stack), so rows are read by serial
    range on demand and only a few pages of them are kept in memory, whatever the size of the run.
    """

    PAGE = 2048
    MAX_PAGES = 64

    def __init__(self, ws: Workspace, variant_id: int, zone_id: int | None = None) -> None:
        self._ws = ws
        self._where = "c.variant_id = ?" + (" AND d.zone_id = ?" if zone_id is not None else "")
        self._params: tuple = (variant_id,) if zone_id is None else (variant_id, zone_id)
        first, count = ws.one(
            "SELECT MIN(c.serial), COALESCE(SUM(c.copies), 0) FROM code c"
            f" JOIN drops d ON d.id = c.drop_id WHERE {self._where}",
            self._params,
        )
        self.first_serial = first or 1
        self._len = count
        self._pages: dict[int, list[CodeRow]] = {}

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        page_no, offset = divmod(index, self.PAGE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load(page_no)
        return page[offset]

    def _load(self, page_no: int) -> list[CodeRow]:
        if len(self._pages) >= self.MAX_PAGES:
            self._pages.pop(next(iter(self._pages)))
        low = self.first_serial + page_no * self.PAGE
        high = min(low + self.PAGE, self.first_serial + self._len)
        rows = self._ws.conn.execute(
            f"{_CODE_ROWS} WHERE {self._where} AND c.serial < ? AND c.serial + c.copies > ?"
            " ORDER BY c.serial",
            (*self._params, high, low),
        )
        page: list[CodeRow] = []
        for r in rows:
            row = _code_row(r)
            start, stop = max(row.serial, low), min(row.serial + row.copies, high)
            page.extend([row] * (stop - start))
        self._pages[page_no] = page
        return page
