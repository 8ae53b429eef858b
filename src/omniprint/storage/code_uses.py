"""The uses of issued codes: a record that typed a code, or whose landing link carried one, tied
to the code's drop, zone and campaign with its status (see `domain.attribution`).

A use is written straight into `attribution` by one ``INSERT ... SELECT`` per way of finding it
(the record's own code, its other codes and the code of its link, a correction or the user's
choice), each as if it were the first use of its code. Most codes are used once; only the codes
used more than once are ranked afterwards (`rank_uses`), and their later uses beyond the code's
``copies`` become what `domain.attribution.use_status` says a later use is. So a million uses are
read once and written once, with no working table of uses in between.

The same statements serve a full rebuild and an incremental reconcile (scoped to the records in
`temp.reconcile_scope`, see ``storage.reconcile``). They join `temp.zone_window` and
`temp.use_status`, filled by ``storage.reconcile.start`` from the domain.
"""

from __future__ import annotations

from collections.abc import Iterable

from omniprint.storage.reconcile import IN_WINDOW, LINK_POSITION, in_scope
from omniprint.storage.workspace import Workspace

_DISMISSED = "(SELECT response_id FROM review_decision WHERE action = 'dismiss')"


# The uses of a record's first code: FROM and WHERE (aliases r: the record, c: the code).
_OWN_CODE = "FROM response r JOIN code c ON c.key = r.code_key"


def _own_code_in(scoped: bool) -> str:
    return f"r.code_key != '' AND {in_scope('r.id', scoped)}"


def _other_codes(scoped: bool) -> str:
    """The use of the first of a record's other codes (typed at checkout, then read from its
    link) that is an issued code, for records whose first code is not one (one use a record)."""
    return f"""
    SELECT rc.response_id, c.id AS code_id,
           CASE WHEN MIN(rc.position) >= {LINK_POSITION} THEN 'link' ELSE 'exact' END AS rule,
           rc.code_text AS typed, MIN(rc.position) AS position
    FROM response_code rc JOIN code c ON c.key = rc.code_key
    WHERE NOT EXISTS (SELECT 1 FROM response r JOIN code c2 ON c2.key = r.code_key
                      WHERE r.id = rc.response_id)
      AND {in_scope("rc.response_id", scoped)}
    GROUP BY rc.response_id"""


def find_uses(ws: Workspace, scoped: bool) -> None:
    """Put the exact uses of the records in scope in `temp.code_use` (without writing their
    attribution): what an incremental reconcile looks at to widen its scope to their codes."""
    ws.conn.execute(
        "INSERT INTO temp.code_use (response_id, code_id, rule, typed, position)"
        f" SELECT r.id, c.id, 'exact', r.code_text, 0 {_OWN_CODE} WHERE {_own_code_in(scoped)}"
    )
    ws.conn.execute(
        "INSERT INTO temp.code_use (response_id, code_id, rule, typed, position)"
        f" SELECT response_id, code_id, rule, typed, position FROM ({_other_codes(scoped)})"
    )
    ws.conn.execute(f"DELETE FROM temp.code_use WHERE response_id IN {_DISMISSED}")


_ATTRIBUTE = """
INSERT INTO attribution (response_id, status, rule, campaign_id, drop_id, zone_id, code_id, typed,
                         revenue_cents)
SELECT {response_id}, s.status, {rule}, p.campaign_id, d.id, d.zone_id, c.id, {typed},
       CASE WHEN s.counted THEN COALESCE(r.amount_cents, 0) - r.refunded_cents ELSE 0 END
{tables}
JOIN drops d ON d.id = c.drop_id
JOIN variant v ON v.id = d.variant_id
JOIN piece p ON p.id = v.piece_id
JOIN temp.zone_window w ON w.zone_id = d.zone_id
CROSS JOIN temp.use_status s  -- CROSS: the uses are the outer loop, the status looked up
  ON s.cancelled = (r.cancelled != 0) AND s.in_window = {in_window} AND s.first = 1
WHERE {where}
"""


def attribute_exact_uses(ws: Workspace, scoped: bool) -> int:
    """Write the attribution of the exact uses (own code, other codes, link) of the records in
    scope, but those the user dismissed; returns how many records' own code is a use."""
    before = ws.conn.total_changes
    ws.conn.execute(
        _ATTRIBUTE.format(
            response_id="r.id",
            rule="'exact'",
            typed="r.code_text",
            tables=_OWN_CODE,
            in_window=IN_WINDOW,
            where=f"{_own_code_in(scoped)} AND r.id NOT IN {_DISMISSED}",
        )
    )
    own = ws.conn.total_changes - before
    ws.conn.execute(
        _ATTRIBUTE.format(
            response_id="u.response_id",
            rule="u.rule",
            typed="u.typed",
            tables=(
                f"FROM ({_other_codes(scoped)}) u"
                " JOIN response r ON r.id = u.response_id JOIN code c ON c.id = u.code_id"
            ),
            in_window=IN_WINDOW,
            where=f"u.response_id NOT IN {_DISMISSED}",
        )
    )
    return own


def add_fixed_uses(ws: Workspace, uses: Iterable[tuple[int, int, str, str]]) -> None:
    """Put corrected and hand-assigned codes in `temp.code_use`: (response id, code id, rule,
    typed)."""
    ws.conn.executemany(
        "INSERT INTO temp.code_use (response_id, code_id, rule, typed, position)"
        " VALUES (?, ?, ?, ?, 0)",
        uses,
    )


def attribute_fixed_uses(ws: Workspace, uses: Iterable[tuple[int, int, str, str]]) -> None:
    """Write the attribution of corrected and hand-assigned codes (as `add_fixed_uses` takes
    them), through `temp.code_use` (emptied first)."""
    ws.conn.execute("DELETE FROM temp.code_use")
    add_fixed_uses(ws, uses)
    ws.conn.execute(
        _ATTRIBUTE.format(
            response_id="u.response_id",
            rule="u.rule",
            typed="u.typed",
            tables=(
                "FROM temp.code_use u"
                " JOIN response r ON r.id = u.response_id JOIN code c ON c.id = u.code_id"
            ),
            in_window=IN_WINDOW,
            where="1",
        )
    )
    ws.conn.execute("DELETE FROM temp.code_use")


# The in-window, not cancelled uses of each code used more than once, in order of day and record:
# the first `copies` count, later ones are duplicates. Codes used once (most of them) need no
# rank, and sorting only the few others (on narrow rows) is what keeps a million uses fast.
_LATER_USES = """
SELECT id FROM (
    SELECT a.id, c.copies,
           ROW_NUMBER() OVER (PARTITION BY a.code_id ORDER BY r.occurred_at, a.response_id) AS rank
    FROM attribution a
    JOIN response r ON r.id = a.response_id
    JOIN code c ON c.id = a.code_id
    JOIN temp.zone_window w ON w.zone_id = a.zone_id
    WHERE a.code_id IN (SELECT code_id FROM attribution
                        WHERE code_id IS NOT NULL AND {scope} GROUP BY code_id HAVING COUNT(*) > 1)
      AND {a_scope} AND r.cancelled = 0 AND {in_window}
)
WHERE rank > copies
"""


def rank_uses(ws: Workspace, scoped: bool) -> None:
    """Give the later uses of the codes used more than once (by the records in scope: a scope
    holds every use of its codes) the status of a later use, by `temp.use_status`."""
    later = _LATER_USES.format(
        scope=in_scope("response_id", scoped),
        a_scope=in_scope("a.response_id", scoped),
        in_window=IN_WINDOW,
    )
    ws.conn.execute(
        f"""UPDATE attribution
        SET (status, revenue_cents) = (
            SELECT s.status, CASE WHEN s.counted THEN COALESCE(r.amount_cents, 0) - r.refunded_cents
                                  ELSE 0 END
            FROM temp.use_status s, response r
            WHERE s.cancelled = 0 AND s.in_window = 1 AND s.first = 0
              AND r.id = attribution.response_id)
        WHERE id IN ({later})"""
    )
