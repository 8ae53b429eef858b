"""Queries behind the results (what each drop and zone of a campaign brought back) and the
review (the uses of codes that need a person, sorted and counted in SQL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from omniprint.domain.attribution import RESPONSES
from omniprint.storage.workspace import Workspace


def drop_results(ws: Workspace, campaign_id: int) -> dict[int, dict]:
    """Per drop: store redemptions, online orders, revenue (and the sum of its squares, which the
    A/B test's spread of revenue per piece needs) and visits."""
    rows = ws.query(
        "SELECT a.drop_id, r.kind, a.status, COUNT(*) AS n, SUM(a.revenue_cents) AS revenue,"
        " SUM(a.revenue_cents * a.revenue_cents) AS squares,"
        " SUM(json_extract(r.extra, '$.sessions')) AS sessions"
        " FROM attribution a JOIN response r ON r.id = a.response_id"
        " WHERE a.campaign_id = ? AND a.drop_id IS NOT NULL GROUP BY a.drop_id, r.kind, a.status",
        (campaign_id,),
    )
    found: dict[int, dict] = {}
    for row in rows:
        item = found.setdefault(
            row["drop_id"], {"store": 0, "online": 0, "revenue": 0, "squares": 0, "visits": 0}
        )
        if row["status"] == "visit":
            item["visits"] += row["sessions"] or 0
        elif row["status"] in RESPONSES:
            item["store" if row["kind"] == "redemption" else "online"] += row["n"]
            item["revenue"] += row["revenue"] or 0
            item["squares"] += row["squares"] or 0
    return found


def web_orders(ws: Workspace, first_day: str, last_day: str) -> list:
    """Web-shop orders placed between two days (inclusive) that carry a postcode: occurred_at,
    shipping and billing postcodes, revenue net of refunds, cancelled. Lift places them in zones
    (`domain.lift`); coded or not, matched or not, they are all here."""
    return ws.query(
        "SELECT r.occurred_at, json_extract(r.extra, '$.shipping_postcode') AS shipping,"
        " json_extract(r.extra, '$.billing_postcode') AS billing,"
        " COALESCE(r.amount_cents, 0) - r.refunded_cents AS revenue, r.cancelled"
        " FROM response r WHERE r.kind = 'order'"
        " AND substr(r.occurred_at, 1, 10) BETWEEN ? AND ?"
        " AND r.extra LIKE '%_postcode\"%' ORDER BY r.occurred_at, r.id",
        (first_day, last_day),
    )


def store_redemptions(ws: Workspace, campaign_id: int) -> int:
    """Till redemptions counted as responses of the campaign (they cannot enter lift)."""
    return ws.one(
        "SELECT COUNT(*) FROM attribution a JOIN response r ON r.id = a.response_id"
        " WHERE a.campaign_id = ? AND a.status = 'response' AND r.kind = 'redemption'",
        (campaign_id,),
    )[0]


def unmatched_uses(ws: Workspace, campaign_id: int, first_day: str, last_day: str) -> list:
    """Uses of codes that match nothing that may belong to this campaign's report: those its
    prefix tied to it (``own`` = 1), and those of no campaign that fall in its days, with
    ``same_file`` = 1 when they came from a file that also holds the campaign's codes (the
    service decides on the others by their prefix)."""
    return ws.query(
        "SELECT a.response_id, a.typed, a.campaign_id IS NOT NULL AS own,"
        " r.import_id IN (SELECT r2.import_id FROM attribution a2"
        "  JOIN response r2 ON r2.id = a2.response_id"
        "  WHERE a2.campaign_id = ? AND a2.code_id IS NOT NULL) AS same_file"
        " FROM attribution a JOIN response r ON r.id = a.response_id"
        " WHERE a.status = 'unmatched' AND (a.campaign_id = ? OR (a.campaign_id IS NULL"
        " AND substr(r.occurred_at, 1, 10) BETWEEN ? AND ?))",
        (campaign_id, campaign_id, first_day, last_day),
    )


def matchback_by_zone(ws: Workspace, campaign_id: int) -> dict[int, tuple[int, int]]:
    """Per zone: (match-back orders, their revenue)."""
    return {
        r[0]: (r[1], r[2] or 0)
        for r in ws.query(
            "SELECT zone_id, COUNT(*), SUM(revenue_cents) FROM attribution"
            " WHERE campaign_id = ? AND status = 'matchback' GROUP BY zone_id",
            (campaign_id,),
        )
    }


def status_counts(ws: Workspace, campaign_id: int) -> dict[str, int]:
    counts = {
        r[0]: r[1]
        for r in ws.query(
            "SELECT status, COUNT(*) FROM attribution WHERE campaign_id = ? GROUP BY status",
            (campaign_id,),
        )
    }
    counts["corrected"] = ws.one(
        "SELECT COUNT(*) FROM attribution WHERE campaign_id = ? AND rule = 'corrected'",
        (campaign_id,),
    )[0]
    return counts


def responses_by_day(ws: Workspace, campaign_id: int) -> list[tuple[str, int]]:
    return [
        (r[0], r[1])
        for r in ws.query(
            "SELECT substr(r.occurred_at, 1, 10) AS day, COUNT(*) FROM attribution a"
            " JOIN response r ON r.id = a.response_id"
            f" WHERE a.campaign_id = ? AND a.status IN {RESPONSES}"
            " GROUP BY day ORDER BY day",
            (campaign_id,),
        )
    ]


REVIEW_STATUSES = ("unmatched", "duplicate", "out_of_window", "dismissed")
REVIEW_CATEGORIES = ("unmatched", "corrected", "duplicate", "out_of_window", "dismissed", "manual")
"""The list an item under review is in: its rule if corrected or manual, else its status."""

_CATEGORY = "CASE WHEN a.rule IN ('corrected', 'manual') THEN a.rule ELSE a.status END"
_REVIEWED = "(a.status IN ({}) OR a.rule IN ('corrected', 'manual'))".format(
    ",".join(f"'{s}'" for s in REVIEW_STATUSES)
)
_COLUMNS = (
    "SELECT a.response_id, a.status, a.rule, a.typed, c.display AS code, a.campaign_id,"
    " r.kind, r.source, r.occurred_at, r.amount_cents,"
    " json_extract(r.extra, '$.currency') AS currency, r.store, r.line,"
    " r.natural_key, f.file_name, d.action AS decision"
    " FROM attribution a JOIN response r ON r.id = a.response_id"
    " JOIN import_file f ON f.id = r.import_id"
    " LEFT JOIN code c ON c.id = a.code_id"
    " LEFT JOIN review_decision d ON d.response_id = a.response_id"
)
_JOINS = {
    "r": "JOIN response r ON r.id = a.response_id",
    "f": "JOIN import_file f ON f.id = r.import_id",
    "c": "LEFT JOIN code c ON c.id = a.code_id",
    "d": "LEFT JOIN review_decision d ON d.response_id = a.response_id",
}
REVIEW_SORTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # sort key: (the tables it needs besides attribution, the expressions to order by)
    "when": (("r",), ("r.occurred_at",)),
    "typed": ((), ("a.typed",)),
    "code": (("c",), ("c.display",)),
    "amount": (("r",), ("r.amount_cents",)),
    "store": (("r",), ("r.store",)),
    "source": (("r", "f"), ("f.file_name", "r.line")),
    "category": ((), (_CATEGORY,)),
    "decision": (("d",), ("d.action",)),
}
ID_BATCH = 500  # ids per `IN (...)` query, well under SQLite's limit on parameters


def _review_where(campaign_id: int | None, category: str | None) -> tuple[str, list]:
    """What is under review (of a campaign, and those of no campaign) and, given, in one list."""
    where, params = [_REVIEWED], []
    if campaign_id is not None:
        where.append("(a.campaign_id = ? OR a.campaign_id IS NULL)")
        params.append(campaign_id)
    if category in ("corrected", "manual"):
        where.append("a.rule = ?")
        params.append(category)
    elif category is not None:
        where.append("a.status = ? AND a.rule NOT IN ('corrected', 'manual')")
        params.append(category)
    return " AND ".join(where), params


def review_items(
    ws: Workspace, campaign_id: int | None, kinds: tuple[str, ...], limit: int | None = None
) -> list:
    """Uses to review, with the record they came from (file, line and fields), oldest first."""
    where = [
        "(a.status IN ({}) OR a.rule = 'corrected' OR a.rule = 'manual')".format(
            ",".join("?" * len(kinds))
        )
    ]
    params: list = list(kinds)
    if campaign_id is not None:
        where.append("(a.campaign_id = ? OR a.campaign_id IS NULL)")
        params.append(campaign_id)
    if limit is not None:
        params.append(limit)
    return ws.query(
        f"{_COLUMNS} WHERE {' AND '.join(where)} ORDER BY r.occurred_at, a.response_id"
        + (" LIMIT ?" if limit is not None else ""),
        tuple(params),
    )


def review_id_cursor(
    ws: Workspace,
    campaign_id: int | None,
    category: str | None = None,
    sort: str = "when",
    descending: bool = False,
    ranking: Sequence[str] = (),
) -> sqlite3.Cursor:
    """A cursor over the response ids under review, in the order of the `sort` key (one of
    `REVIEW_SORTS`), ties by response id; descending is exactly the reverse of ascending.

    `ranking` orders the values of a text column by something else than their spelling (the GUI
    gives the categories or decisions in the order of their translated names); values not in it
    and NULL come first (NULL before the others, as an empty cell would).
    """
    tables, terms = REVIEW_SORTS[sort]
    where, params = _review_where(campaign_id, category)
    order_params: list = []
    if ranking:
        whens = " ".join(f"WHEN ? THEN {i + 1}" for i in range(len(ranking)))
        order_params = list(ranking) * len(terms)
        terms = (*(f"CASE {t} {whens} ELSE 0 END" for t in terms), *terms)
    direction = " DESC" if descending else ""
    order = ", ".join(f"{t}{direction}" for t in (*terms, "a.response_id"))
    joins = " ".join(_JOINS[t] for t in ("r", "f", "c", "d") if t in tables)
    cursor = ws.conn.cursor()
    cursor.row_factory = None  # plain tuples: a million sqlite3.Row objects cost time
    return cursor.execute(
        f"SELECT a.response_id FROM attribution a {joins} WHERE {where} ORDER BY {order}",
        (*params, *order_params),
    )


def review_items_by_id(ws: Workspace, response_ids: Sequence[int]) -> list:
    """The rows of `review_items` for these response ids, in no particular order."""
    rows: list = []
    for i in range(0, len(response_ids), ID_BATCH):
        chunk = tuple(response_ids[i : i + ID_BATCH])
        marks = ",".join("?" * len(chunk))
        rows += ws.query(f"{_COLUMNS} WHERE {_REVIEWED} AND a.response_id IN ({marks})", chunk)
    return rows


def review_counts(ws: Workspace, campaign_id: int | None) -> dict[str, int]:
    """How many uses under review wait for a decision, per category (`REVIEW_CATEGORIES`)."""
    where, params = _review_where(campaign_id, None)
    return {
        r[0]: r[1]
        for r in ws.query(
            f"SELECT {_CATEGORY} AS category, COUNT(*) FROM attribution a WHERE {where}"
            " AND NOT EXISTS (SELECT 1 FROM review_decision d WHERE d.response_id = a.response_id)"
            " GROUP BY category",
            tuple(params),
        )
    }
