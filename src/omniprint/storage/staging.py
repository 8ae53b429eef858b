"""Rows of a simple file staged as text, checked and converted in SQL (see ``ingest.bulk``).

The rows go into a temp table as they are (line, cells and the code's key), then one ``INSERT
... SELECT ... WHERE`` writes the responses: its condition says whether the conversion reads a
row exactly as the ordinary reader does, its columns are those the ordinary path writes
(`storage.responses.insert_responses`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from omniprint.storage.responses import RESPONSE_COLUMNS
from omniprint.storage.schema import RESPONSE_KEY
from omniprint.storage.workspace import Workspace


@dataclass(frozen=True)
class StagedColumns:
    """The column index of each field in the staged rows (``key``: receipt or order number)."""

    width: int
    date: int
    code: int
    key: int
    amount: int | None
    store: int | None
    iso_day: bool = False
    """Whether each row also has the ISO day (after the code's key), for days such as
    05/10/2026 (then the date cell is left as it is)."""
    decimal: str = "."
    """``.``: digits with two decimals or none; ``,``: digits, a comma and two decimals, maybe
    followed by a currency sign."""


_TABLE = "temp.import_stage"
_KEY = "code_key"  # the column of the code's key, as `domain.codes.normalize` gives it
_DAY = "iso_day"  # the column of the ISO day of a day such as 05/10/2026


def _col(index: int) -> str:
    return f"v{index}"


def create(ws: Workspace, width: int, iso_day: bool = False) -> None:
    """A new, empty staging table for rows of ``width`` cells, the code's key and, with
    ``iso_day``, the ISO day (a temp table: never in the workspace file)."""
    drop(ws)
    cells = ", ".join(f"{_col(i)} TEXT" for i in range(width))
    day = f", {_DAY} TEXT" if iso_day else ""
    ws.conn.execute(
        f"CREATE TEMP TABLE import_stage (line INTEGER PRIMARY KEY, {cells}, {_KEY} TEXT{day})"
    )


@dataclass(frozen=True)
class Packed:
    """Rows made ready for `stage`: the values of many rows in one tuple each (one statement
    inserts them all, which costs SQLite about half as much a row as a statement a row), and
    the last rows one by one."""

    rows_at_once: int
    groups: list[tuple]
    rest: Sequence[tuple]


_VALUES_AT_ONCE = 990  # values bound to one statement: under the oldest SQLite limit (999)


def pack(rows: Sequence[tuple]) -> Packed:
    """Make rows (tuples of the same length) ready for `stage`. Plain Python that touches no
    database: call it where the rows are made (on the thread that reads the file)."""
    at_once = max(1, _VALUES_AT_ONCE // len(rows[0])) if rows else 1
    whole = len(rows) - len(rows) % at_once
    groups = [tuple(chain.from_iterable(rows[i : i + at_once])) for i in range(0, whole, at_once)]
    return Packed(at_once, groups, rows[whole:])


def stage(
    ws: Workspace, width: int, first_line: int | None, packed: Packed, iso_day: bool = False
) -> int:
    """Put rows of cells and key (`pack`) in the (emptied) staging table; returns the number of
    the first row's line less its place in the table (to add to `line`: see `insert_staged`).
    The rows are on the consecutive lines from ``first_line`` on, or, when it is None, ``(line,
    cell, ..., key)``. A batch at a time keeps the table small enough to stay in memory (memory
    stays flat, no temp file is written)."""
    ws.conn.execute(f"DELETE FROM {_TABLE}")
    row = f"({', '.join('?' * (width + 1 + iso_day))})"
    if first_line is None:
        row = f"(?, {row[1:]}"
        into = _TABLE
    else:  # numbered by SQLite (1, 2, ... in an empty table): no tuple made a row to number it
        names = [*(_col(i) for i in range(width)), _KEY, *([_DAY] if iso_day else [])]
        into = f"{_TABLE} ({', '.join(names)})"
    if packed.groups:
        many = ", ".join([row] * packed.rows_at_once)
        ws.conn.executemany(f"INSERT INTO {into} VALUES {many}", packed.groups)
    ws.conn.executemany(f"INSERT INTO {into} VALUES {row}", packed.rest)
    if first_line is None:
        return 0
    first = ws.one(f"SELECT MIN(line) FROM {_TABLE}")[0]
    return first_line - (first if first is not None else 1)


def drop(ws: Workspace) -> None:
    """Let go of the staging table."""
    ws.conn.execute(f"DROP TABLE IF EXISTS {_TABLE}")


def defer_key(ws: Workspace, rows: int) -> bool:
    """Before staging about ``rows`` records: when they are at least as many as the workspace
    holds, let go of the records' unique key (`schema.RESPONSE_KEY`) until `restore_key` builds
    it again, and return True. Sorting a million keys once costs about a third of putting each
    in the index as it comes; with fewer new records than old, the index stays. Call inside the
    savepoint that `restore_key` also runs in."""
    held = ws.one("SELECT MAX(id) FROM response")[0] or 0  # about how many: ids only grow
    if rows < held:
        return False
    ws.conn.execute("DROP INDEX response_key")
    return True


def restore_key(ws: Workspace) -> bool:
    """Build the records' unique key again (after `defer_key`); False when two records share a
    key (one the workspace had, or twice in the file): the caller rolls the savepoint back."""
    try:
        ws.conn.execute(RESPONSE_KEY)
    except sqlite3.IntegrityError:
        return False
    return True


def _day_exists(d: str) -> str:
    """An SQL condition: the staged ISO day ``d`` (its shape checked as it was read) exists."""
    # Through the day number: some SQLite versions give date('2026-02-30') back as it is.
    return f"(substr({d}, 9) <= '28' OR date(julianday({d})) IS {d})"


def insert_staged(
    ws: Workspace,
    columns: StagedColumns,
    *,
    import_id: int,
    kind: str,
    source: str,
    date_suffix: str,
    line_offset: int = 0,
    extra: str | None = None,
) -> int:
    """Write the staged rows as responses in one statement, each on its line (``line_offset``
    from `stage` added), only when its day exists and its key is new to the workspace; returns
    how many were written (fewer than were staged: the caller reads the file the ordinary way
    instead; with the key deferred, a key twice is found by `restore_key`). The cells are as
    ``ingest.bulk`` checked them (and the codes' keys and ISO days as it gave them): amounts
    become cents; every record gets ``extra`` (the JSON `storage.responses.extra_text` makes of
    what the ordinary reader gives each record of the file: its currency). Call inside a
    savepoint."""
    c, k = _col(columns.code), _col(columns.key)
    d = _DAY if columns.iso_day else _col(columns.date)
    if columns.amount is None:
        amount = "NULL"
    elif columns.decimal == ",":  # 12,50 or 12,50 € (the cents always there)
        a = _col(columns.amount)
        amount = (
            f"CASE WHEN {a} = '' THEN 0 ELSE"
            f" CAST(replace(substr({a}, 1, instr({a}, ',') + 2), ',', '') AS INTEGER) END"
        )
    else:
        a = _col(columns.amount)
        amount = (
            f"CASE WHEN {a} = '' THEN 0 WHEN instr({a}, '.') THEN"
            f" CAST(replace({a}, '.', '') AS INTEGER) ELSE CAST({a} AS INTEGER) * 100 END"
        )
    store = "NULL" if columns.store is None else f"NULLIF({_col(columns.store)}, '')"
    values = {
        "import_id": ":import_id",
        "kind": ":kind",
        "source": ":source",
        "natural_key": k,
        "line": "line + :offset",
        "occurred_at": f"{d} || :suffix",
        "code_text": c,
        "code_key": _KEY,
        "amount_cents": amount,
        "refunded_cents": "0",
        "cancelled": "0",
        "store": store,
        "extra": ":extra",
    }
    before = ws.conn.total_changes
    ws.conn.execute(
        f"INSERT OR IGNORE INTO response ({', '.join(RESPONSE_COLUMNS)})"
        f" SELECT {', '.join(values[name] for name in RESPONSE_COLUMNS)}"
        f" FROM {_TABLE} WHERE {_day_exists(d)} ORDER BY line",
        {
            "import_id": import_id,
            "kind": kind,
            "source": source,
            "suffix": date_suffix,
            "offset": line_offset,
            "extra": extra,
        },
    )
    return ws.conn.total_changes - before
