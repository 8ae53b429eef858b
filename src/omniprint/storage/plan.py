"""Queries for the plan: campaigns, pieces, variants, zones and drops."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from omniprint.domain.errors import ConflictError, NotFoundError, known_names
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Campaign, Piece, Variant, Zone
from omniprint.storage.workspace import Workspace


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _campaign(row: sqlite3.Row) -> Campaign:
    return Campaign(**{k: row[k] for k in Campaign.__dataclass_fields__})


def _piece(row: sqlite3.Row) -> Piece:
    return Piece(**{k: row[k] for k in Piece.__dataclass_fields__})


def _variant(row: sqlite3.Row) -> Variant:
    return Variant(**{k: row[k] for k in Variant.__dataclass_fields__})


def _zone(row: sqlite3.Row) -> Zone:
    values = {k: row[k] for k in Zone.__dataclass_fields__}
    values["is_control"] = bool(values["is_control"])
    return Zone(**values)


def insert_campaign(ws: Workspace, values: dict) -> Campaign:
    with ws.transaction():
        if ws.one("SELECT 1 FROM campaign WHERE slug = ?", (values["slug"],)):
            raise ConflictError(
                tr("a campaign called {slug!r} already exists").format(slug=values["slug"])
            )
        cursor = ws.conn.execute(
            "INSERT INTO campaign (slug, name, landing_url, start_date, end_date, budget_cents,"
            " currency, redirect_base, notes, attribution_days, created_at)"
            " VALUES (:slug, :name, :landing_url, :start_date, :end_date, :budget_cents,"
            " :currency, :redirect_base, :notes, :attribution_days, :created_at)",
            {"notes": "", "attribution_days": 60, **values, "created_at": _now()},
        )
    return get_campaign(ws, cursor.lastrowid)


def update_campaign(ws: Workspace, campaign_id: int, values: dict) -> Campaign:
    allowed = set(Campaign.__dataclass_fields__) - {"id", "slug"}
    sets = ", ".join(f"{k} = :{k}" for k in values if k in allowed)
    if sets:
        with ws.transaction():
            ws.conn.execute(
                f"UPDATE campaign SET {sets} WHERE id = :id", {**values, "id": campaign_id}
            )
    return get_campaign(ws, campaign_id)


def get_campaign(ws: Workspace, campaign_id: int) -> Campaign:
    row = ws.one("SELECT * FROM campaign WHERE id = ?", (campaign_id,))
    if row is None:
        raise NotFoundError(tr("no campaign with id {campaign_id}").format(campaign_id=campaign_id))
    return _campaign(row)


def find_campaign(ws: Workspace, slug_or_name: str, slug: str) -> Campaign:
    """A campaign by slug or exact name (case-insensitive); names what exists when not found."""
    row = ws.one(
        "SELECT * FROM campaign WHERE slug = ? OR lower(name) = lower(?) ORDER BY slug = ? DESC",
        (slug, slug_or_name.strip(), slug),
    )
    if row is None:
        names = [r["slug"] for r in ws.query("SELECT slug FROM campaign ORDER BY slug")]
        known = known_names(names, tr(" (campaigns: {names})"), tr(" (there are no campaigns yet)"))
        raise NotFoundError(
            tr("no campaign called {slug_or_name!r}{known}").format(
                slug_or_name=slug_or_name, known=known
            )
        )
    return _campaign(row)


def list_campaigns(ws: Workspace) -> list[Campaign]:
    return [_campaign(r) for r in ws.query("SELECT * FROM campaign ORDER BY start_date, name")]


def delete_campaign(ws: Workspace, campaign_id: int) -> None:
    with ws.transaction():
        ws.conn.execute(
            "DELETE FROM code WHERE drop_id IN (SELECT d.id FROM drops d JOIN zone z"
            " ON z.id = d.zone_id WHERE z.campaign_id = ?)",
            (campaign_id,),
        )
        ws.conn.execute("DELETE FROM campaign WHERE id = ?", (campaign_id,))


# Pieces and variants ---------------------------------------------------------------------------


def find_piece(ws: Workspace, campaign_id: int, slug_or_name: str, slug: str) -> Piece | None:
    row = ws.one(
        "SELECT * FROM piece WHERE campaign_id = ? AND (slug = ? OR lower(name) = lower(?))",
        (campaign_id, slug, slug_or_name.strip()),
    )
    return _piece(row) if row else None


def insert_piece(ws: Workspace, values: dict) -> Piece:
    cursor = ws.conn.execute(
        "INSERT INTO piece (campaign_id, slug, name, kind, size_name, width_mm, height_mm)"
        " VALUES (:campaign_id, :slug, :name, :kind, :size_name, :width_mm, :height_mm)",
        values,
    )
    return _piece(ws.one("SELECT * FROM piece WHERE id = ?", (cursor.lastrowid,)))


def list_pieces(ws: Workspace, campaign_id: int) -> list[Piece]:
    rows = ws.query("SELECT * FROM piece WHERE campaign_id = ? ORDER BY id", (campaign_id,))
    return [_piece(r) for r in rows]


def insert_variant(ws: Workspace, piece_id: int, label: str, print_cpm_cents: int) -> Variant:
    if ws.one("SELECT 1 FROM variant WHERE piece_id = ? AND label = ?", (piece_id, label)):
        raise ConflictError(tr("variant {label} of this piece already exists").format(label=label))
    cursor = ws.conn.execute(
        "INSERT INTO variant (piece_id, label, print_cpm_cents) VALUES (?, ?, ?)",
        (piece_id, label, print_cpm_cents),
    )
    return _variant(ws.one("SELECT * FROM variant WHERE id = ?", (cursor.lastrowid,)))


def list_variants(ws: Workspace, piece_id: int) -> list[Variant]:
    rows = ws.query("SELECT * FROM variant WHERE piece_id = ? ORDER BY label", (piece_id,))
    return [_variant(r) for r in rows]


def get_design_json(ws: Workspace, variant_id: int) -> str | None:
    row = ws.one("SELECT design_json FROM variant WHERE id = ?", (variant_id,))
    return row["design_json"] if row else None


def set_design_json(ws: Workspace, variant_id: int, design_json: str | None) -> None:
    with ws.transaction():
        ws.conn.execute(
            "UPDATE variant SET design_json = ? WHERE id = ?", (design_json, variant_id)
        )


# Zones -------------------------------------------------------------------------------------------

ZONE_COLUMNS = (
    "campaign_id",
    "code",
    "name",
    "households",
    "coverage_bp",
    "cpm_cents",
    "drop_date",
    "is_control",
)


def insert_zones(ws: Workspace, campaign_id: int, zones: Iterable[dict]) -> int:
    """Insert zones in one transaction; a code that exists already refuses the whole batch."""
    count = 0
    with ws.transaction():
        for zone in zones:
            if ws.one(
                "SELECT 1 FROM zone WHERE campaign_id = ? AND code = ?",
                (campaign_id, zone["code"]),
            ):
                raise ConflictError(
                    tr("zone {code} is already in this campaign").format(code=zone["code"])
                )
            values = {**zone, "campaign_id": campaign_id}
            ws.conn.execute(
                f"INSERT INTO zone ({', '.join(ZONE_COLUMNS)})"
                f" VALUES ({', '.join(':' + c for c in ZONE_COLUMNS)})",
                {c: values.get(c) for c in ZONE_COLUMNS},
            )
            count += 1
    return count


def update_zone(ws: Workspace, zone_id: int, values: dict) -> Zone:
    allowed = set(ZONE_COLUMNS) - {"campaign_id"}
    sets = ", ".join(f"{k} = :{k}" for k in values if k in allowed)
    with ws.transaction():
        if sets:
            ws.conn.execute(f"UPDATE zone SET {sets} WHERE id = :id", {**values, "id": zone_id})
    return _zone(ws.one("SELECT * FROM zone WHERE id = ?", (zone_id,)))


def list_zones(ws: Workspace, campaign_id: int) -> list[Zone]:
    rows = ws.query("SELECT * FROM zone WHERE campaign_id = ? ORDER BY code", (campaign_id,))
    return [_zone(r) for r in rows]


def find_zone(ws: Workspace, campaign_id: int, code: str) -> Zone:
    row = ws.one(
        "SELECT * FROM zone WHERE campaign_id = ? AND lower(code) = lower(?)",
        (campaign_id, code.strip()),
    )
    if row is None:
        codes = [z.code for z in list_zones(ws, campaign_id)]
        known = known_names(codes, tr(" (zones: {names})"), tr(" (the campaign has no zones yet)"))
        raise NotFoundError(
            tr("no zone {code!r} in this campaign{known}").format(code=code, known=known)
        )
    return _zone(row)


def delete_zone(ws: Workspace, zone_id: int) -> None:
    with ws.transaction():
        if ws.one(
            "SELECT 1 FROM code c JOIN drops d ON d.id = c.drop_id WHERE d.zone_id = ? LIMIT 1",
            (zone_id,),
        ):
            raise ConflictError(tr("this zone has codes already: its pieces may be printed"))
        ws.conn.execute("DELETE FROM zone WHERE id = ?", (zone_id,))


# Drops -------------------------------------------------------------------------------------------


def insert_drop(ws: Workspace, variant_id: int, zone_id: int, quantity: int) -> int:
    if ws.one("SELECT 1 FROM drops WHERE variant_id = ? AND zone_id = ?", (variant_id, zone_id)):
        raise ConflictError(tr("this variant already goes to this zone"))
    cursor = ws.conn.execute(
        "INSERT INTO drops (variant_id, zone_id, quantity) VALUES (?, ?, ?)",
        (variant_id, zone_id, quantity),
    )
    return cursor.lastrowid


def set_drop_quantity(ws: Workspace, drop_id: int, quantity: int) -> None:
    with ws.transaction():
        if ws.one("SELECT 1 FROM code WHERE drop_id = ? LIMIT 1", (drop_id,)):
            raise ConflictError(tr("this drop has codes already: its quantity is fixed"))
        ws.conn.execute("UPDATE drops SET quantity = ? WHERE id = ?", (quantity, drop_id))


def delete_drop(ws: Workspace, drop_id: int) -> None:
    with ws.transaction():
        if ws.one("SELECT 1 FROM code WHERE drop_id = ? LIMIT 1", (drop_id,)):
            raise ConflictError(tr("this drop has codes already: remove its codes first"))
        ws.conn.execute("DELETE FROM drops WHERE id = ?", (drop_id,))


DROP_QUERY = """
SELECT d.id AS drop_id, d.quantity, p.id AS piece_id, v.id AS variant_id, z.id AS zone_id
FROM drops d
JOIN variant v ON v.id = d.variant_id
JOIN piece p ON p.id = v.piece_id
JOIN zone z ON z.id = d.zone_id
WHERE p.campaign_id = ?
ORDER BY p.id, v.label, z.code
"""


def list_drops(ws: Workspace, campaign_id: int) -> list[tuple[int, Piece, Variant, Zone, int]]:
    """Every drop of a campaign as (drop id, piece, variant, zone, quantity), in print order."""
    pieces = {p.id: p for p in list_pieces(ws, campaign_id)}
    zones = {z.id: z for z in list_zones(ws, campaign_id)}
    variants = {v.id: v for p in pieces.values() for v in list_variants(ws, p.id)}
    return [
        (
            r["drop_id"],
            pieces[r["piece_id"]],
            variants[r["variant_id"]],
            zones[r["zone_id"]],
            r["quantity"],
        )
        for r in ws.query(DROP_QUERY, (campaign_id,))
    ]


def get_setting(ws: Workspace, key: str, default: str | None = None) -> str | None:
    row = ws.one("SELECT value FROM setting WHERE key = ?", (key,))
    return row["value"] if row else default


def set_setting(ws: Workspace, key: str, value: str) -> None:
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
