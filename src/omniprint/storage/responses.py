"""Queries for what came back: imported files, their records and refused rows, column mappings,
review decisions."""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain

from omniprint.domain.codes import normalize
from omniprint.domain.errors import NotFoundError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import Problem, Response
from omniprint.storage.workspace import Workspace

_RESPONSE_COLUMNS = (
    "import_id",
    "kind",
    "source",
    "natural_key",
    "line",
    "occurred_at",
    "code_text",
    "code_key",
    "amount_cents",
    "refunded_cents",
    "cancelled",
    "store",
    "extra",
)
RESPONSE_COLUMNS = _RESPONSE_COLUMNS  # what a record row holds (also written by ``staging``)
_ROW = f"({', '.join('?' * len(_RESPONSE_COLUMNS))})"
_INSERT_RESPONSE = f"INSERT OR IGNORE INTO response ({', '.join(_RESPONSE_COLUMNS)}) VALUES "
# Rows a statement: one statement for many rows costs SQLite about half as much a row as a
# statement a row (under the oldest limit of 999 values bound to a statement).
_ROWS_AT_ONCE = 990 // len(_RESPONSE_COLUMNS)
_INSERT_ONE = _INSERT_RESPONSE + _ROW
_INSERT_MANY = _INSERT_RESPONSE + ", ".join([_ROW] * _ROWS_AT_ONCE)
# zlib level 1: a 47 MB till export shrinks to 15.8 MB in 0.4 s of CPU; level 6 makes it 14.1 MB
# in 1.3 s, which on two cores slows the import it runs beside by about half a second.
_TEXT_LEVEL = 1

EXTRA_FIELDS = (
    "currency",
    "billing_postcode",
    "shipping_postcode",
    "landing_url",
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_content",
    "sessions",
    "key_events",
    "channel",
    "order_id",
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file_name: str
    sha256: str
    preset: str
    encoding: str
    delimiter: str
    date_order: str
    rows: int
    added: int
    known: int
    refused: int
    imported_at: str
    personal_left_out: bool = False
    """Imported without --keep-personal: its kept text has the personal columns blanked."""


def find_import(ws: Workspace, sha256: str) -> ImportRecord | None:
    row = ws.one("SELECT * FROM import_file WHERE sha256 = ?", (sha256,))
    return _import(row) if row else None


def _import(row) -> ImportRecord:
    record = ImportRecord(**{k: row[k] for k in ImportRecord.__dataclass_fields__})
    return replace(record, personal_left_out=bool(record.personal_left_out))


def list_imports(ws: Workspace) -> list[ImportRecord]:
    return [_import(r) for r in ws.query("SELECT * FROM import_file ORDER BY id")]


def insert_import(ws: Workspace, values: dict) -> int:
    """A new import (``file_name``, ``sha256``, optional ``personal_left_out``); the rest is set
    by `finish_import`."""
    cursor = ws.conn.execute(
        "INSERT INTO import_file (file_name, sha256, preset, imported_at, personal_left_out)"
        " VALUES (:file_name, :sha256, '', :imported_at, :personal_left_out)",
        {"personal_left_out": 0, **values, "imported_at": now()},
    )
    return cursor.lastrowid


def insert_responses(ws: Workspace, import_id: int, responses: Sequence[Response]) -> int:
    """Insert records the workspace does not have yet (by source, kind and natural key), with
    their codes; returns how many were new. Call inside a transaction."""
    before = ws.conn.total_changes
    try:
        rows = [_response_row(import_id, r) for r in responses]
        whole = len(rows) - len(rows) % _ROWS_AT_ONCE
        ws.conn.executemany(
            _INSERT_MANY,
            (
                tuple(chain.from_iterable(rows[i : i + _ROWS_AT_ONCE]))
                for i in range(0, whole, _ROWS_AT_ONCE)
            ),
        )
        ws.conn.executemany(_INSERT_ONE, rows[whole:])
    except OverflowError:
        # The reader refuses such rows first (ingest.responses); this names the record if one
        # ever slips through, instead of a traceback.
        big = next(r for r in responses if _too_large(r))
        raise ValidationError(
            tr("line {line}: a number is too large to keep in the workspace").format(line=big.line)
        ) from None
    added = ws.conn.total_changes - before
    more = [(r.source, r.kind, r.natural_key, r.codes) for r in responses if len(r.codes) > 1]
    if added and more:
        insert_extra_codes(
            ws, import_id, ((s, k, n, list(enumerate(c))[1:]) for s, k, n, c in more)
        )
    return added


def settle_keys(ws: Workspace, responses: Sequence[Response]) -> list[Response]:
    """The records with the keys to insert them under: a record that carries its system's
    ``order_id`` keeps its natural key unless the workspace holds that key, in that source, for
    another order (another id; or, for a record kept before ids were, another ``occurred_at``);
    then it becomes ``"#1052 (Id 5512…)"``. The same order always settles on the same key: the
    same file again, or an overlapping export of the same shop, finds what it already added, and
    a second shop's ``#1052`` is kept beside the first one's (see ``ingest.presets.shopify``)."""
    with_id = [r for r in responses if r.order_id]
    if not with_id:
        return list(responses)
    keys = json.dumps([[r.source, r.kind, r.natural_key] for r in with_id], ensure_ascii=False)
    held = {
        (row[0], row[1], row[2]): (row[3], row[4])
        for row in ws.conn.execute(
            "SELECT r.source, r.kind, r.natural_key, json_extract(r.extra, '$.order_id'),"
            " r.occurred_at FROM json_each(?) j JOIN response r"
            " ON r.source = json_extract(j.value, '$[0]')"
            " AND r.kind = json_extract(j.value, '$[1]')"
            " AND r.natural_key = json_extract(j.value, '$[2]')",
            (keys,),
        )
    }
    settled = []
    for r in responses:
        found = held.get((r.source, r.kind, r.natural_key)) if r.order_id else None
        if found is not None:
            order_id, occurred_at = found
            same = order_id == r.order_id if order_id else occurred_at == r.occurred_at
            if not same:
                r = replace(r, natural_key=f"{r.natural_key} (Id {r.order_id})")
        settled.append(r)
    return settled


def insert_extra_codes(
    ws: Workspace, import_id: int, items: Iterable[tuple[str, str, str, list[tuple[int, str]]]]
) -> None:
    """(source, kind, natural key, [(position, code)]) of records this import added."""
    ws.conn.executemany(
        "INSERT OR IGNORE INTO response_code (response_id, position, code_text, code_key)"
        " SELECT id, ?, ?, ? FROM response WHERE import_id = ? AND source = ? AND kind = ?"
        " AND natural_key = ?",
        (
            (position, code, normalize(code), import_id, s, k, n)
            for s, k, n, codes in items
            for position, code in codes
            if code.strip()
        ),
    )


def insert_link_codes(
    ws: Workspace, import_id: int, codes: Iterable[tuple[str, str, str, str]], position: int
) -> None:
    """Codes read from the landing URL of (source, kind, natural key) records of this import."""
    insert_extra_codes(ws, import_id, ((s, k, n, [(position, c)]) for s, k, n, c in codes))


def _too_large(r: Response) -> bool:
    values = (r.amount_cents or 0, r.refunded_cents, r.sessions, r.key_events)
    return any(abs(v) > 2**63 - 1 for v in values)


def _response_row(import_id: int, r: Response) -> tuple:
    first = r.codes[0] if r.codes else ""
    values = _extra_values(r)  # one C call for the dozen fields most till rows leave empty
    if r.personal:
        fields = {f: v for f, v in zip(EXTRA_FIELDS, values, strict=True) if v}
        extra = json.dumps({**fields, "personal": dict(r.personal)}, ensure_ascii=False)
    else:
        extra = _extra_json(values) if any(values) else None
    return (
        import_id,
        r.kind,
        r.source,
        r.natural_key,
        r.line,
        r.occurred_at,
        ", ".join(r.codes),
        normalize(first) if first else "",
        r.amount_cents,
        r.refunded_cents,
        int(r.cancelled),
        r.store,
        extra,
    )


_extra_values = operator.attrgetter(*EXTRA_FIELDS)


def extra_text(**fields: object) -> str | None:
    """The `extra` column of a record with these `EXTRA_FIELDS` (``currency="EUR"``), as
    `insert_responses` writes it; None when they are all empty."""
    values = tuple(fields.get(f) for f in EXTRA_FIELDS)
    return _extra_json(values) if any(values) else None


@functools.lru_cache(maxsize=256)
def _extra_json(values: tuple) -> str:
    """The `extra` JSON of a record's `EXTRA_FIELDS` values: most rows of a file share theirs
    (a till's currency), so it is written once, not a million times."""
    fields = {f: v for f, v in zip(EXTRA_FIELDS, values, strict=True) if v}
    return json.dumps(fields, ensure_ascii=False)


def extra_of(row) -> dict:
    """The `extra` fields of a response row (postcodes, UTM, sessions...)."""
    return json.loads(row["extra"]) if row["extra"] else {}


def insert_problems(ws: Workspace, import_id: int, problems: Iterable[Problem]) -> None:
    ws.conn.executemany(
        "INSERT INTO refused_row (import_id, line, column_name, reason, raw)"
        " VALUES (?, ?, ?, ?, ?)",
        ((import_id, p.line, p.column, p.reason, p.raw) for p in problems),
    )


_FINISH_COLUMNS = ("preset", "encoding", "delimiter", "header_key", "date_order", "rows", "added",
                   "known", "refused")  # fmt: skip


def finish_import(ws: Workspace, import_id: int, values: dict) -> None:
    """How the file was read and what its rows became (the columns of `_FINISH_COLUMNS`)."""
    ws.conn.execute(
        f"UPDATE import_file SET {', '.join(f'{c} = :{c}' for c in _FINISH_COLUMNS)}"
        " WHERE id = :id",
        {**{c: values[c] for c in _FINISH_COLUMNS}, "id": import_id},
    )


PackedText = list[tuple[int, int, bytes]]


def pack_text(
    chunks: Iterable[tuple[int, int, str]], stop: threading.Event | None = None
) -> PackedText:
    """A file's text as `insert_text` stores it, from (first line, line count, text) pieces of
    whole lines. Touches no database, so it can run on another thread (zlib lets go of Python's
    lock while it compresses); ``stop`` ends it early."""
    packed = []
    for first, count, text in chunks:
        if stop is not None and stop.is_set():
            break
        packed.append(pack_piece(first, count, text))
    return packed


def pack_piece(first: int, count: int, text: str) -> tuple[int, int, bytes]:
    """One piece of a file's text as `insert_text` stores it (touches no database)."""
    return first, count, zlib.compress(text.encode("utf-8"), _TEXT_LEVEL)


def insert_text(ws: Workspace, import_id: int, packed: PackedText) -> None:
    """Keep a file's text (from `pack_text`)."""
    ws.conn.executemany(
        "INSERT INTO import_text (import_id, first_line, lines, text) VALUES (?, ?, ?, ?)",
        ((import_id, first, count, blob) for first, count, blob in packed),
    )


def text_at(ws: Workspace, import_id: int, line: int, *, following: int = 0) -> tuple[int, str]:
    """The piece of a file's text holding ``line`` (and the ``following`` pieces after it), as
    (its first line, text); (0, "") when the file's text was not kept (imported before it was)."""
    rows = ws.query(
        "SELECT first_line, text FROM import_text WHERE import_id = ? AND first_line >= ("
        " SELECT MAX(first_line) FROM import_text WHERE import_id = ? AND first_line <= ?)"
        " ORDER BY first_line LIMIT ?",
        (import_id, import_id, line, following + 1),
    )
    if not rows:
        return 0, ""
    return rows[0][0], "".join(zlib.decompress(r[1]).decode("utf-8") for r in rows)


def origin(ws: Workspace, response_id: int) -> tuple[int, int, str] | None:
    """(import id, line, delimiter) of an imported record."""
    row = ws.one(
        "SELECT r.import_id, r.line, f.delimiter FROM response r"
        " JOIN import_file f ON f.id = r.import_id WHERE r.id = ?",
        (response_id,),
    )
    return (row[0], row[1], row[2]) if row else None


def personal_left_out(ws: Workspace, import_id: int) -> bool:
    """True when the import was made without --keep-personal (its text has personal columns
    blanked)."""
    row = ws.one("SELECT personal_left_out FROM import_file WHERE id = ?", (import_id,))
    return bool(row and row[0])


def import_text(ws: Workspace, import_id: int) -> Iterator[str]:
    """A file's whole text, piece by piece (saving the original again)."""
    cursor = ws.conn.execute(
        "SELECT text FROM import_text WHERE import_id = ? ORDER BY first_line", (import_id,)
    )
    for (blob,) in cursor:
        yield zlib.decompress(blob).decode("utf-8")


def refused_rows(ws: Workspace, import_id: int) -> list[Problem]:
    return [
        Problem(r["line"], r["column_name"], r["reason"], r["raw"])
        for r in ws.query(
            "SELECT * FROM refused_row WHERE import_id = ? ORDER BY line", (import_id,)
        )
    ]


def delete_import(ws: Workspace, import_id: int) -> int:
    """Remove an import and everything that came from it (and nothing else)."""
    with ws.transaction():
        row = ws.one("SELECT COUNT(*) FROM response WHERE import_id = ?", (import_id,))
        cursor = ws.conn.execute("DELETE FROM import_file WHERE id = ?", (import_id,))
        if not cursor.rowcount:
            raise NotFoundError(tr("no import with id {import_id}").format(import_id=import_id))
    return row[0]


def save_source(ws: Workspace, header_key: str, name: str) -> None:
    """Remember the source a user named (``import --source``) for files of this header."""
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO import_source (header_key, name, saved_at) VALUES (?, ?, ?)"
            " ON CONFLICT(header_key) DO UPDATE SET name = excluded.name,"
            " saved_at = excluded.saved_at",
            (header_key, name, now()),
        )


def load_source(ws: Workspace, header_key: str) -> str | None:
    """The source named for files of this header, if any."""
    row = ws.one("SELECT name FROM import_source WHERE header_key = ?", (header_key,))
    return row[0] if row else None


def known_from(ws: Workspace, import_id: int, responses: Sequence[Response]) -> dict[int, int]:
    """For records the workspace already had: earlier import id -> how many of them it holds."""
    keys = json.dumps([[r.source, r.kind, r.natural_key] for r in responses], ensure_ascii=False)
    return {
        row[0]: row[1]
        for row in ws.conn.execute(
            "SELECT r.import_id, COUNT(*) FROM json_each(?) j JOIN response r"
            " ON r.source = json_extract(j.value, '$[0]')"
            " AND r.kind = json_extract(j.value, '$[1]')"
            " AND r.natural_key = json_extract(j.value, '$[2]')"
            " WHERE r.import_id != ? GROUP BY r.import_id",
            (keys, import_id),
        )
    }


def known_note(
    ws: Workspace,
    known: int,
    records: int,
    sources: set[str],
    earlier: dict[int, int],
    *,
    by_id: bool = False,
) -> str | None:
    """Why records of a file were "already known", in a sentence for the user (None if none).

    ``by_id``: the records carry their order's own id (Shopify's ``Id``), which the known ones
    matched (`settle_keys`): the same shop's orders, so naming another shop would be wrong."""
    if not known or not earlier:
        return None
    names = {r.id: r.file_name for r in list_imports(ws)}
    imports = ", ".join(
        tr("import {id} ({file})").format(id=i, file=names.get(i, "?"))
        for i, _ in sorted(earlier.items(), key=lambda item: -item[1])[:3]
    )
    text = tr(
        "{known} of {records} records were already in the workspace: the same source "
        "({sources}) and numbers came with {imports}."
    ).format(known=known, records=records, sources=", ".join(sorted(sources)), imports=imports)
    if by_id:
        text += " " + tr("Their order ids are the same too: they are this shop's orders again.")
    elif known * 2 >= records:
        text += " " + tr(
            "If this file is from another shop or account, import it with --source NAME "
            "(a name for that shop): the records of two sources never mix."
        )
    return text


def save_mapping(ws: Workspace, header_key: str, preset: str, columns: dict[str, str]) -> None:
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO column_mapping (header_key, preset, columns_json, saved_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(header_key) DO UPDATE SET preset = excluded.preset,"
            " columns_json = excluded.columns_json, saved_at = excluded.saved_at",
            (header_key, preset, json.dumps(columns, ensure_ascii=False), now()),
        )


def load_mapping(ws: Workspace, header_key: str) -> dict[str, str] | None:
    row = ws.one("SELECT columns_json FROM column_mapping WHERE header_key = ?", (header_key,))
    return json.loads(row[0]) if row else None


def set_decision(ws: Workspace, response_id: int, action: str | None, code_key: str | None) -> None:
    """Store (or, with action None, undo) the user's decision on a use under review."""
    with ws.transaction():
        if action is None:
            ws.conn.execute("DELETE FROM review_decision WHERE response_id = ?", (response_id,))
        else:
            ws.conn.execute(
                "INSERT INTO review_decision (response_id, action, code_key, decided_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(response_id) DO UPDATE SET action ="
                " excluded.action, code_key = excluded.code_key, decided_at = excluded.decided_at",
                (response_id, action, code_key, now()),
            )
