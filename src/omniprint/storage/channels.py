"""Queries behind the channels view: ad spend, other costs, links between ad campaigns and
campaigns, scans of short links, and the online records (visits, orders) of a campaign's
channels."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from omniprint.domain.attribution import RESPONSES
from omniprint.domain.channels import AdSpend
from omniprint.storage.workspace import Workspace

_SPEND_COLUMNS = (
    "import_id", "line", "platform", "ad_campaign", "ad_set", "start_date", "end_date",
    "currency", "cost_cents", "impressions", "clicks", "results", "utm_campaign",
)  # fmt: skip


def _changes(ws: Workspace, sql: str, rows: Iterable[Sequence[object]]) -> int:
    """Run `sql` once per row; how many rows of the workspace that added or removed (an
    ``INSERT OR IGNORE`` of a row it has already changes none)."""
    before = ws.conn.total_changes
    ws.conn.executemany(sql, rows)
    return ws.conn.total_changes - before


def insert_spend(ws: Workspace, import_id: int, rows: Sequence[AdSpend]) -> int:
    """Spend rows the workspace does not have yet (same platform, ad campaign, ad set and
    period: an overlapping report); returns how many were new. Call inside a transaction."""
    return _changes(
        ws,
        f"INSERT OR IGNORE INTO ad_spend ({', '.join(_SPEND_COLUMNS)})"
        f" VALUES ({', '.join('?' * len(_SPEND_COLUMNS))})",
        (
            (
                import_id,
                r.line,
                r.platform,
                r.ad_campaign,
                r.ad_set,
                r.start,
                r.end,
                r.currency,
                r.cost_cents,
                r.impressions,
                r.clicks,
                r.results,
                r.utm_campaign,
            )
            for r in rows
        ),
    )


def list_spend(ws: Workspace) -> list[AdSpend]:
    """Every spend row, by platform, ad campaign and period."""
    return [
        AdSpend(
            r["platform"],
            r["ad_campaign"],
            r["cost_cents"],
            r["start_date"],
            r["end_date"],
            ad_set=r["ad_set"],
            currency=r["currency"],
            impressions=r["impressions"],
            clicks=r["clicks"],
            results=r["results"],
            utm_campaign=r["utm_campaign"],
            line=r["line"],
        )
        for r in ws.query(
            "SELECT * FROM ad_spend ORDER BY platform, ad_campaign, start_date, ad_set"
        )
    ]


def ad_campaign_names(ws: Workspace) -> set[str]:
    return {r[0] for r in ws.query("SELECT DISTINCT ad_campaign FROM ad_spend")}


def linked(ws: Workspace, campaign_id: int) -> set[str]:
    """The ad campaigns the user linked to a campaign."""
    return {
        r[0]
        for r in ws.query("SELECT ad_campaign FROM ad_link WHERE campaign_id = ?", (campaign_id,))
    }


def link(ws: Workspace, campaign_id: int, names: Iterable[str]) -> int:
    return _changes(
        ws,
        "INSERT OR IGNORE INTO ad_link (campaign_id, ad_campaign) VALUES (?, ?)",
        ((campaign_id, n) for n in names),
    )


def unlink(ws: Workspace, campaign_id: int, names: Iterable[str]) -> int:
    return _changes(
        ws,
        "DELETE FROM ad_link WHERE campaign_id = ? AND ad_campaign = ?",
        ((campaign_id, n) for n in names),
    )


def insert_cost(ws: Workspace, values: dict) -> int:
    cursor = ws.conn.execute(
        "INSERT INTO channel_cost (campaign_id, channel, amount_cents, start_date, end_date,"
        " note, created_at) VALUES (:campaign_id, :channel, :amount_cents, :start_date,"
        " :end_date, :note, :created_at)",
        values,
    )
    return cursor.lastrowid


def list_costs(ws: Workspace, campaign_id: int) -> list[dict]:
    return [
        dict(r)
        for r in ws.query(
            "SELECT id, channel, amount_cents, start_date, end_date, note FROM channel_cost"
            " WHERE campaign_id = ? ORDER BY id",
            (campaign_id,),
        )
    ]


def delete_cost(ws: Workspace, campaign_id: int, cost_id: int) -> int:
    cursor = ws.conn.execute(
        "DELETE FROM channel_cost WHERE id = ? AND campaign_id = ?", (cost_id, campaign_id)
    )
    return cursor.rowcount


def _extra(row) -> dict:
    return json.loads(row["extra"]) if row["extra"] else {}


def online_visits(
    ws: Workspace, names: set[str], first: str | None, last: str | None
) -> list[tuple[str | None, str | None, int]]:
    """(source, medium, sessions) of the analytics rows of a campaign's online channels: rows
    tagged with one of ``names`` (the campaign's slug and its ad campaigns) and untagged rows
    (organic, direct) dated within ``first``..``last``. Rows matched to a drop are print's.

    Channel-group rows (GA4's default channel grouping, no source / medium) come through here
    too when their importer stores ``utm_medium`` as the group's medium.
    """
    found = []
    for r in ws.query(
        "SELECT r.occurred_at, r.extra FROM response r WHERE r.kind = 'visit' AND NOT EXISTS"
        " (SELECT 1 FROM attribution a WHERE a.response_id = r.id AND a.status = 'visit')"
    ):
        extra = _extra(r)
        if _belongs(extra, r["occurred_at"], names, first, last):
            found.append((extra.get("utm_source"), extra.get("utm_medium"), extra.get("sessions")))
    return [(s, m, int(n or 0)) for s, m, n in found]


def online_orders(
    ws: Workspace, campaign_id: int, names: set[str], first: str | None, last: str | None
) -> list[tuple[str | None, str | None, int]]:
    """(source, medium, revenue) of orders and redemptions that came through a campaign's online
    channels and are not already counted for its print (by code or by a drop's UTM)."""
    found = []
    for r in ws.query(
        "SELECT r.occurred_at, r.extra, r.amount_cents, r.refunded_cents FROM response r"
        " WHERE r.kind != 'visit' AND r.cancelled = 0 AND r.extra LIKE '%\"utm_source\"%'"
        " AND NOT EXISTS (SELECT 1 FROM attribution a WHERE a.response_id = r.id"
        f" AND a.campaign_id = ? AND a.status IN {RESPONSES})",
        (campaign_id,),
    ):
        extra = _extra(r)
        if _belongs(extra, r["occurred_at"], names, first, last):
            revenue = (r["amount_cents"] or 0) - r["refunded_cents"]
            found.append((extra.get("utm_source"), extra.get("utm_medium"), revenue))
    return found


def _belongs(extra: dict, when: str, names: set[str], first: str | None, last: str | None) -> bool:
    tag = str(extra.get("utm_campaign") or "").strip().lower()
    if tag and tag not in ("(not set)", "(organic)", "(direct)", "(referral)"):
        return tag in names
    day = (when or "")[:10]
    return bool(day) and (not first or day >= first) and (not last or day <= last)


def crossing_orders(ws: Workspace, campaign_id: int) -> list[dict]:
    """Orders and redemptions counted for a campaign by a printed code that also carry an online
    source (UTM fields or a landing page), with the kind of piece their code was printed on."""
    rows = ws.query(
        "SELECT r.kind, r.extra, a.revenue_cents, p.kind AS piece_kind FROM attribution a"
        " JOIN response r ON r.id = a.response_id JOIN drops d ON d.id = a.drop_id"
        " JOIN variant v ON v.id = d.variant_id JOIN piece p ON p.id = v.piece_id"
        " WHERE a.campaign_id = ? AND a.status = 'response' AND r.extra IS NOT NULL"
        " AND (r.extra LIKE '%\"utm_source\"%' OR r.extra LIKE '%\"landing_url\"%')",
        (campaign_id,),
    )
    found = []
    for r in rows:
        extra = _extra(r)
        found.append(
            {
                "kind": r["kind"],
                "piece_kind": r["piece_kind"],
                "source": extra.get("utm_source"),
                "medium": extra.get("utm_medium"),
                "revenue_cents": r["revenue_cents"] or 0,
            }
        )
    return found


# --- scans -------------------------------------------------------------------------------------


def code_keys(ws: Workspace, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` are codes of the workspace."""
    wanted = list(set(keys))
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        found |= {
            r[0]
            for r in ws.query(
                f"SELECT key FROM code WHERE key IN ({', '.join('?' * len(part))})", tuple(part)
            )
        }
    return found


def insert_scans(ws: Workspace, import_id: int, scans: Iterable[tuple]) -> int:
    """(line, code key, scanned at, device, natural key) rows; returns how many were new."""
    return _changes(
        ws,
        "INSERT OR IGNORE INTO qr_scan (import_id, line, code_key, scanned_at, device,"
        " natural_key) VALUES (?, ?, ?, ?, ?, ?)",
        ((import_id, *s) for s in scans),
    )


def scans_by_drop(ws: Workspace, campaign_id: int) -> dict[int, int]:
    """Per drop of a campaign: scans of its codes' short links."""
    return {
        r[0]: r[1]
        for r in ws.query(
            "SELECT c.drop_id, COUNT(*) FROM qr_scan s JOIN code c ON c.key = s.code_key"
            " JOIN drops d ON d.id = c.drop_id JOIN zone z ON z.id = d.zone_id"
            " WHERE z.campaign_id = ? GROUP BY c.drop_id",
            (campaign_id,),
        )
    }


def scans_by_code(ws: Workspace, campaign_id: int) -> list[dict]:
    """Per scanned code of a campaign: its display form, first scan, count and devices."""
    rows = ws.query(
        "SELECT c.display, s.code_key, MIN(s.scanned_at) AS first_scan, COUNT(*) AS scans,"
        " SUM(s.device = 'mobile') AS mobile, SUM(s.device = 'tablet') AS tablet,"
        " SUM(s.device = 'desktop') AS desktop"
        " FROM qr_scan s JOIN code c ON c.key = s.code_key JOIN drops d ON d.id = c.drop_id"
        " JOIN zone z ON z.id = d.zone_id WHERE z.campaign_id = ?"
        " GROUP BY s.code_key ORDER BY first_scan, c.display",
        (campaign_id,),
    )
    return [dict(r) for r in rows]
