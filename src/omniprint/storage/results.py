"""Queries behind the results: what each drop and zone of a campaign brought back."""

from __future__ import annotations

from omniprint.storage.workspace import Workspace

COUNTED = ("response", "utm")


def drop_results(ws: Workspace, campaign_id: int) -> dict[int, dict]:
    """Per drop: store redemptions, online orders, revenue and visits."""
    rows = ws.query(
        "SELECT a.drop_id, r.kind, a.status, COUNT(*) AS n, SUM(a.revenue_cents) AS revenue,"
        " SUM(json_extract(r.extra, '$.sessions')) AS sessions"
        " FROM attribution a JOIN response r ON r.id = a.response_id"
        " WHERE a.campaign_id = ? AND a.drop_id IS NOT NULL GROUP BY a.drop_id, r.kind, a.status",
        (campaign_id,),
    )
    found: dict[int, dict] = {}
    for row in rows:
        item = found.setdefault(
            row["drop_id"], {"store": 0, "online": 0, "revenue": 0, "visits": 0}
        )
        if row["status"] == "visit":
            item["visits"] += row["sessions"] or 0
        elif row["status"] in COUNTED:
            item["store" if row["kind"] == "redemption" else "online"] += row["n"]
            item["revenue"] += row["revenue"] or 0
    return found


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
            " WHERE a.campaign_id = ? AND a.status IN ('response', 'utm')"
            " GROUP BY day ORDER BY day",
            (campaign_id,),
        )
    ]


REVIEW_STATUSES = ("unmatched", "duplicate", "out_of_window", "dismissed")


def review_items(ws: Workspace, campaign_id: int | None, kinds: tuple[str, ...]) -> list:
    """Uses to review, with the record they came from (file, line and fields)."""
    where = [
        "(a.status IN ({}) OR a.rule = 'corrected' OR a.rule = 'manual')".format(
            ",".join("?" * len(kinds))
        )
    ]
    params: list = list(kinds)
    if campaign_id is not None:
        where.append("(a.campaign_id = ? OR a.campaign_id IS NULL)")
        params.append(campaign_id)
    return ws.query(
        "SELECT a.response_id, a.status, a.rule, a.typed, c.display AS code, a.campaign_id,"
        " r.kind, r.source, r.occurred_at, r.amount_cents,"
        " json_extract(r.extra, '$.currency') AS currency, r.store, r.line,"
        " r.natural_key, f.file_name, d.action AS decision"
        " FROM attribution a JOIN response r ON r.id = a.response_id"
        " JOIN import_file f ON f.id = r.import_id"
        " LEFT JOIN code c ON c.id = a.code_id"
        " LEFT JOIN review_decision d ON d.response_id = a.response_id"
        f" WHERE {' AND '.join(where)} ORDER BY r.occurred_at, a.response_id",
        tuple(params),
    )
