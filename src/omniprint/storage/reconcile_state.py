"""What the last reconcile saw, so that the next one may redo only what changed.

An incremental reconcile is right only when the plan (campaigns, zones, drops, codes) is the one
the attribution was built against: a moved drop date or new codes change records that no import
touched. The plan's fingerprint is kept with the attribution; when it differs, the next reconcile
is a full rebuild. The same row keeps what is slow to read from a million codes (the campaigns'
code prefixes, the lengths of the codes) and the totals by status, kept up to date by each
incremental reconcile rather than counted again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from omniprint.storage.workspace import Workspace

# Only the columns reconcile reads: other edits (a zone's name, a piece's design) need no rebuild.
_PLAN_QUERIES = (
    "SELECT id, slug, start_date, attribution_days FROM campaign ORDER BY id",
    "SELECT id, campaign_id, code, drop_date FROM zone ORDER BY id",
    "SELECT id, variant_id, zone_id FROM drops ORDER BY id",
    "SELECT id, piece_id, label FROM variant ORDER BY id",
    "SELECT id, campaign_id FROM piece ORDER BY id",
    # Codes are issued and removed a whole drop at a time, never edited: the first and last of
    # each drop (index seeks, where counting a million codes would take a while), and the newest
    # code (the ids of removed codes may be given again, so its key and date too).
    "SELECT id, (SELECT MIN(id) FROM code WHERE drop_id = d.id),"
    " (SELECT MAX(id) FROM code WHERE drop_id = d.id) FROM drops d ORDER BY id",
    "SELECT key, drop_id, copies, created_at FROM code WHERE id = (SELECT MAX(id) FROM code)",
)

# Records come and go a whole import at a time: the imports and the newest record say it.
_RECORD_QUERIES = (
    "SELECT id, added FROM import_file ORDER BY id",
    "SELECT MAX(id) FROM response",
    "SELECT COUNT(*), MAX(decided_at), TOTAL(response_id) FROM review_decision",
)


@dataclass(frozen=True)
class State:
    plan: str
    records: str
    prefixes: dict[int, set[str]] | None
    """None until a reconcile needed them (only typed codes that match nothing do)."""
    lengths: set[int] | None
    counts: dict[str, int]


def _fingerprint(ws: Workspace, queries: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for sql in queries:
        for row in ws.conn.execute(sql):
            digest.update(repr(tuple(row)).encode())
        digest.update(b"|")
    return digest.hexdigest()


def plan_fingerprint(ws: Workspace) -> str:
    return _fingerprint(ws, _PLAN_QUERIES)


def records_fingerprint(ws: Workspace) -> str:
    """Changes when records (imports) or decisions are added or removed (not when a record is
    edited in place)."""
    return _fingerprint(ws, _RECORD_QUERIES)


def load(ws: Workspace) -> State | None:
    row = ws.one("SELECT plan, records, prefixes, lengths, counts FROM reconcile_state")
    if row is None:
        return None
    prefixes, lengths = json.loads(row[2]), json.loads(row[3])
    return State(
        row[0],
        row[1],
        None if prefixes is None else {int(k): set(v) for k, v in prefixes.items()},
        None if lengths is None else set(lengths),
        json.loads(row[4]),
    )


def save(ws: Workspace, state: State) -> None:
    ws.conn.execute("DELETE FROM reconcile_state")
    ws.conn.execute(
        "INSERT INTO reconcile_state (id, plan, records, prefixes, lengths, counts)"
        " VALUES (1, ?, ?, ?, ?, ?)",
        (
            state.plan,
            state.records,
            json.dumps(
                None
                if state.prefixes is None
                else {str(k): sorted(v) for k, v in state.prefixes.items()}
            ),
            json.dumps(None if state.lengths is None else sorted(state.lengths)),
            json.dumps(state.counts, sort_keys=True),
        ),
    )
