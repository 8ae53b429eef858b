"""The SQL of reconciliation: builds the `attribution` table from responses, codes and the
user's review decisions. The rules are in `domain.attribution`; this module applies them in bulk.

Every statement works on a *scope*: either the whole workspace (a full rebuild) or the records in
`temp.reconcile_scope` (an incremental reconcile after an import, a removal or a decision). It is
the same SQL either way, so there is one set of rules. A record's attribution depends only on its
own fields, its decision and the plan, except for the rank of a code's uses (duplicates, per-drop
quotas), which depends on every use of that code: a scope must hold all the uses of the codes its
records use (see `widen_to_codes`).

The attribution windows and the order of statuses are not computed here: `start` fills
`temp.zone_window` and `temp.use_status` from `domain.attribution` (`zone_windows`,
`status_table`), and the statements join them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from omniprint.domain.attribution import Window, status_table
from omniprint.storage.workspace import Workspace

LINK_POSITION = 1000  # a code read from the landing URL ranks after the codes typed at checkout

_TEMP_TABLES = (
    """CREATE TEMP TABLE IF NOT EXISTS code_use (
        response_id INTEGER NOT NULL,
        code_id INTEGER NOT NULL,
        rule TEXT NOT NULL,
        typed TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS temp.code_use_response ON code_use(response_id)",
    """CREATE TEMP TABLE IF NOT EXISTS reconcile_scope (
        response_id INTEGER PRIMARY KEY
    )""",
    """CREATE TEMP TABLE IF NOT EXISTS scope_code (
        code_id INTEGER PRIMARY KEY
    )""",
    # A zone's window (NULL days: none counts) and every case of `use_status`, from the domain.
    """CREATE TEMP TABLE IF NOT EXISTS zone_window (
        zone_id INTEGER PRIMARY KEY,
        first_day TEXT,
        last_day TEXT
    )""",
    """CREATE TEMP TABLE IF NOT EXISTS use_status (
        cancelled INTEGER NOT NULL,
        in_window INTEGER NOT NULL,
        first INTEGER NOT NULL,
        status TEXT NOT NULL,
        counted INTEGER NOT NULL,
        PRIMARY KEY (cancelled, in_window, first)
    ) WITHOUT ROWID""",
)

# Whether a record's day lies in its zone's window (alias w): 0 when the zone has none.
IN_WINDOW = "IFNULL(substr(r.occurred_at, 1, 10) BETWEEN w.first_day AND w.last_day, 0)"
_WORK_TABLES = ("reconcile_scope", "scope_code", "code_use", "zone_window", "use_status")

# The records in scope of an incremental reconcile (an SQL ``IN (...)``).
SCOPE = "IN (SELECT response_id FROM temp.reconcile_scope)"


def in_scope(column: str, scoped: bool) -> str:
    """An SQL condition: `column` (a response id) is in the scope (always true when full)."""
    return f"{column} {SCOPE}" if scoped else "1"


# Codes typed that match no issued code, where no other code of the same record matches either
# (no use of the record was found in `uses`, the table its exact uses were written to: run it after
# `code_uses.find_uses` or `code_uses.attribute_exact_uses`), and the uses the user dismissed
# (whatever their code: a dismissed use stays in the review, where the decision can be undone).
def unmatched_texts(scoped: bool, uses: str) -> str:
    """The SQL of the texts above, in scope; one parameter: LINK_POSITION."""
    return f"""
SELECT t.response_id, t.code_text, t.code_key, d.action, d.code_key AS assigned
FROM (
    SELECT id AS response_id, 0 AS position, code_text, code_key FROM response
    WHERE code_key != '' AND {in_scope("id", scoped)}
      AND (NOT EXISTS (SELECT 1 FROM {uses} u WHERE u.response_id = response.id)
           OR id IN (SELECT response_id FROM review_decision WHERE action = 'dismiss'))
    UNION ALL
    SELECT response_id, position, code_text, code_key FROM response_code
    WHERE position < ? AND {in_scope("response_id", scoped)}
) t
LEFT JOIN review_decision d ON d.response_id = t.response_id
WHERE d.action = 'dismiss'
   OR NOT EXISTS (SELECT 1 FROM {uses} u WHERE u.response_id = t.response_id)
ORDER BY t.response_id, t.position
"""


@dataclass(frozen=True)
class ScopeRecords:
    """What the records in scope hold, for a reconcile to skip what none of them needs."""

    with_code: int
    """Records with a first code (a use of it, unless it is not an issued code or dismissed)."""
    other_codes: bool
    """Whether any has other codes typed (in `response_code`, before `LINK_POSITION`)."""
    with_extra: bool
    """Whether any has `extra` fields (UTM parameters, postcodes: what links and match-back
    read)."""


def records_in_scope(ws: Workspace, scoped: bool, link_position: int) -> ScopeRecords:
    """Count and look at the records in scope in one pass (see `ScopeRecords`). For a full
    rebuild, the pass also writes out the pages the transaction changed (see `free_cache`)."""
    count = (
        f"SELECT TOTAL(code_key != ''), MAX(extra IS NOT NULL) FROM response"
        f" WHERE {in_scope('id', scoped)}"
    )
    row = ws.one(count) if scoped else free_cache(ws, count)
    other = ws.one(
        f"SELECT EXISTS (SELECT 1 FROM response_code WHERE position < ?"
        f" AND {in_scope('response_id', scoped)})",
        (link_position,),
    )
    return ScopeRecords(int(row[0]), bool(other[0]), bool(row[1]))


_INDEXES = (
    "CREATE INDEX IF NOT EXISTS attribution_campaign ON attribution(campaign_id, status)",
    "CREATE INDEX IF NOT EXISTS attribution_response ON attribution(response_id)",
    # The other uses of a code, found when a record that uses it changes (incremental reconcile).
    "CREATE INDEX IF NOT EXISTS attribution_code ON attribution(code_id) WHERE code_id IS NOT NULL",
)


def start(ws: Workspace, scoped: bool, windows: Iterable[Window]) -> None:
    """Clear the attribution in scope (call inside a transaction) and put the zones' `windows`
    (every zone's, from `domain.attribution.zone_windows`) where the statements join them.

    For a full rebuild the attribution's indexes are dropped while the bulk of it (the uses of
    codes) is written, and built again in one pass by `index` (much faster); an incremental
    reconcile keeps them (it needs them to find what it touches)."""
    if scoped:
        index(ws)
        ws.conn.execute(f"DELETE FROM attribution WHERE response_id {SCOPE}")
    else:
        for name in ("attribution_campaign", "attribution_response", "attribution_code"):
            ws.conn.execute(f"DROP INDEX IF EXISTS {name}")
        ws.conn.execute("DELETE FROM attribution")
    clear_uses(ws)
    ws.conn.execute("DELETE FROM temp.zone_window")
    ws.conn.executemany(
        "INSERT INTO temp.zone_window (zone_id, first_day, last_day) VALUES (?, ?, ?)",
        ((w.zone_id, w.first_day, w.last_day) for w in windows),
    )
    ws.conn.execute("DELETE FROM temp.use_status")
    ws.conn.executemany("INSERT INTO temp.use_status VALUES (?, ?, ?, ?, ?)", status_table())


def free_cache(ws: Workspace, sql: str) -> sqlite3.Row | None:
    """Run `sql` (a query that reads a large table, say all the records) with a small page cache
    for the moment, which writes the pages the transaction changed so far (a million records just
    imported) out to the log now: then the cache holds what a full rebuild reads next (the codes'
    index). Returns the query's row.

    SQLite keeps changed pages in its cache until the commit, up to nine tenths of it; what is
    left is too small for a million lookups of codes, which then read the same pages again and
    again. With a small cache, reading makes room by writing changed pages out (as the commit
    would, once each); then the cache has its size back, mostly free.
    """
    size = ws.one("PRAGMA cache_size")[0]
    ws.conn.execute("PRAGMA cache_size = 64")
    try:
        return ws.one(sql)
    finally:
        ws.conn.execute(f"PRAGMA cache_size = {int(size)}")


def create_temp(ws: Workspace) -> None:
    """The working tables of a reconcile (temp: private to the connection), emptied."""
    for statement in _TEMP_TABLES:
        ws.conn.execute(statement)
    for table in _WORK_TABLES:
        ws.conn.execute(f"DELETE FROM temp.{table}")


def drop_temp(ws: Workspace) -> None:
    """Let go of the working tables (a million rows after a full rebuild, which the next
    reconcile would otherwise spend time deleting)."""
    for table in _WORK_TABLES:
        ws.conn.execute(f"DROP TABLE IF EXISTS temp.{table}")


def clear_uses(ws: Workspace) -> None:
    ws.conn.execute("DELETE FROM temp.code_use")


def index(ws: Workspace) -> None:
    """Build the attribution's indexes again (after the bulk insert, before lookups by record)."""
    for statement in _INDEXES:
        ws.conn.execute(statement)


def scope_new_responses(ws: Workspace, first_id: int) -> None:
    """Put the records with an id from `first_id` on (those an import just added) in scope."""
    ws.conn.execute(
        "INSERT OR IGNORE INTO temp.reconcile_scope SELECT id FROM response WHERE id >= ?",
        (first_id,),
    )


def scope_responses(ws: Workspace, ids: Iterable[int]) -> None:
    ws.conn.executemany(
        "INSERT OR IGNORE INTO temp.reconcile_scope SELECT id FROM response WHERE id = ?",
        ((i,) for i in ids),
    )


def scope_codes(ws: Workspace, ids: Iterable[int]) -> None:
    ws.conn.executemany(
        "INSERT OR IGNORE INTO temp.scope_code VALUES (?)", ((i,) for i in ids if i is not None)
    )


def codes_in_scope(ws: Workspace) -> None:
    """Remember the codes the records in scope use: those of their attribution as it stands
    (before it is cleared) and those of `temp.code_use` (as they are matched now)."""
    ws.conn.execute(
        f"INSERT OR IGNORE INTO temp.scope_code SELECT code_id FROM attribution"
        f" WHERE response_id {SCOPE} AND code_id IS NOT NULL"
    )
    ws.conn.execute("INSERT OR IGNORE INTO temp.scope_code SELECT code_id FROM temp.code_use")


def widen_to_codes(ws: Workspace) -> int:
    """Add every other use of the remembered codes to the scope (their rank may change), and
    return how many records the scope holds. Outside the scope the attribution is up to date, so
    its rows name every use of a code."""
    ws.conn.execute(
        "INSERT OR IGNORE INTO temp.reconcile_scope SELECT a.response_id FROM attribution a"
        " WHERE a.code_id IN (SELECT code_id FROM temp.scope_code)"
    )
    return ws.one("SELECT COUNT(*) FROM temp.reconcile_scope")[0]


def codes_of_import(ws: Workspace, import_id: int) -> list[int]:
    """The codes the records of an import use (before it is removed)."""
    return [
        r[0]
        for r in ws.query(
            "SELECT DISTINCT a.code_id FROM attribution a JOIN response r ON r.id = a.response_id"
            " WHERE r.import_id = ? AND a.code_id IS NOT NULL",
            (import_id,),
        )
    ]


def of_import(import_id: int) -> str:
    """An SQL ``IN (...)`` of the ids of an import's records (see `status_counts`)."""
    return f"IN (SELECT id FROM response WHERE import_id = {int(import_id)})"


def status_counts(ws: Workspace, records: str | None, corrections: bool = True) -> dict[str, int]:
    """Attribution rows by status, and ``corrected`` for the corrected codes: of all records, or
    of those whose id is `records` (an SQL ``IN (...)`` such as `SCOPE`). Without `corrections`
    (the caller knows none was made), none are counted."""
    where = f"response_id {records}" if records else "1"
    counts: dict[str, int] = {}
    # Grouped as the index on (campaign_id, status) is sorted: read in order, no sort.
    for status, count in ws.query(
        f"SELECT status, COUNT(*) FROM attribution WHERE {where} GROUP BY campaign_id, status"
    ):
        counts[status] = counts.get(status, 0) + count
    corrected = 0
    if corrections:
        sql = f"SELECT COUNT(*) FROM attribution WHERE rule = 'corrected' AND {where}"
        corrected = ws.one(sql)[0]
    return counts | {"corrected": corrected}


def insert_rows(ws: Workspace, rows: Iterable[dict]) -> None:
    ws.conn.executemany(
        "INSERT INTO attribution (response_id, status, rule, campaign_id, drop_id, zone_id,"
        " code_id, typed, suggestion, revenue_cents) VALUES (:response_id, :status, :rule,"
        " :campaign_id, :drop_id, :zone_id, :code_id, :typed, :suggestion, :revenue_cents)",
        (
            {
                "rule": "",
                "campaign_id": None,
                "drop_id": None,
                "zone_id": None,
                "code_id": None,
                "typed": "",
                "suggestion": None,
                "revenue_cents": 0,
                **row,
            }
            for row in rows
        ),
    )


def code_ids(ws: Workspace, keys: Iterable[str]) -> dict[str, int]:
    keys = list(keys)
    found: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for row in ws.conn.execute(f"SELECT key, id FROM code WHERE key IN ({marks})", chunk):
            found[row[0]] = row[1]
    return found


def unattributed(ws: Workspace, where: str, scoped: bool) -> list:
    """Responses in scope with no attribution yet that satisfy `where` (on alias r)."""
    return ws.query(
        f"SELECT r.* FROM response r WHERE {where} AND {in_scope('r.id', scoped)} AND NOT EXISTS"
        " (SELECT 1 FROM attribution a WHERE a.response_id = r.id)"
    )


def campaign_prefixes(ws: Workspace) -> dict[int, set[str]]:
    """The code prefix(es) each campaign printed: the first group shared by most of its codes."""
    rows = ws.query(
        "SELECT campaign_id, head, n, total FROM (SELECT p.campaign_id,"
        " substr(c.display, 1, instr(c.display, '-') - 1) AS head, COUNT(*) AS n,"
        " SUM(COUNT(*)) OVER (PARTITION BY p.campaign_id) AS total"
        " FROM code c JOIN variant v ON v.id = c.variant_id JOIN piece p ON p.id = v.piece_id"
        " GROUP BY p.campaign_id, head) WHERE n * 2 > total AND total > 1"
    )
    found: dict[int, set[str]] = {}
    for row in rows:
        found.setdefault(row["campaign_id"], set()).add(row["head"])
    return found


def key_lengths(ws: Workspace) -> set[int]:
    return {r[0] for r in ws.query("SELECT DISTINCT length(key) FROM code")}
