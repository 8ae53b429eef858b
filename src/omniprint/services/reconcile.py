"""Reconcile: tie every redemption, order and visit to the campaign, piece, zone and variant it
came from, by code, corrected code, tracked link, UTM parameters or postcode (match-back)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from omniprint.domain import attribution as rules
from omniprint.domain import codes, links
from omniprint.domain.i18n import tr
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.storage import plan as plan_store
from omniprint.storage import reconcile as store
from omniprint.storage.reconcile import LINK_POSITION
from omniprint.storage.responses import extra_of
from omniprint.storage.workspace import Workspace


@dataclass(frozen=True)
class ReconcileSummary:
    counts: dict[str, int]
    """Attribution rows by status (response, duplicate, out_of_window, unmatched, ...)."""
    corrected: int

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)


@dataclass(frozen=True)
class _DropInfo:
    campaign_id: int
    drop_id: int
    zone_id: int
    window: tuple[str, str]


def reconcile(
    ws: Workspace,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ReconcileSummary:
    """Rebuild every attribution of the workspace in one transaction (idempotent)."""
    with ws.transaction(), ws.cancellable(cancel):
        store.start(ws)
        progress(0, 5, tr("Matching codes"))
        store.add_exact_uses(ws)
        cancel.check()
        progress(1, 5, tr("Correcting typing errors"))
        fixed, unmatched = _fix_codes(ws)
        store.add_fixed_uses(ws, fixed)
        store.attribute_uses(ws)
        store.insert_rows(ws, unmatched)
        store.index(ws)
        cancel.check()
        progress(2, 5, tr("Matching links"))
        drops = _drops_by_content(ws)
        store.insert_rows(ws, _by_utm(ws, drops))
        progress(3, 5, tr("Matching visits"))
        store.insert_rows(ws, _visits(ws, drops))
        cancel.check()
        progress(4, 5, tr("Matching postcodes"))
        store.insert_rows(ws, _matchback(ws))
        counts = Counter(
            {
                r[0]: r[1]
                for r in ws.query("SELECT status, COUNT(*) FROM attribution GROUP BY status")
            }
        )
        corrected = ws.one("SELECT COUNT(*) FROM attribution WHERE rule = 'corrected'")[0]
    progress(5, 5, tr("Reconciled"))
    return ReconcileSummary(dict(counts), corrected)


def _fix_codes(ws: Workspace) -> tuple[list[tuple[int, int, str, str]], list[dict]]:
    """Codes that match nothing: the user's decision, else a single-error correction, else a
    row for review (only for text that looks like one of our codes)."""
    rows = ws.query(store.UNMATCHED_TEXTS, (LINK_POSITION,))
    if not rows:
        return [], []
    prefixes_by_campaign = store.campaign_prefixes(ws)
    prefixes = {codes.normalize(p) for ps in prefixes_by_campaign.values() for p in ps}
    lengths = store.key_lengths(ws)
    fixed: list[tuple[int, int, str, str]] = []
    unmatched: list[dict] = []
    seen: set[int] = set()
    for row in rows:
        rid = row["response_id"]
        if rid in seen:
            continue
        if row["action"] == "dismiss":
            seen.add(rid)
            unmatched.append(
                {
                    "response_id": rid,
                    "status": "dismissed",
                    "typed": row["code_text"],
                    "campaign_id": _campaign_of(row["code_key"], prefixes_by_campaign),
                }
            )
            continue
        if row["action"] == "assign" and row["assigned"]:
            code_id = store.code_ids(ws, [row["assigned"]]).get(row["assigned"])
            if code_id:
                seen.add(rid)
                fixed.append((rid, code_id, "manual", row["code_text"]))
                continue
        if not rules.looks_like_our_code(row["code_text"], prefixes, lengths):
            continue
        seen.add(rid)
        check = codes.suggest(row["code_text"], lambda keys: set(store.code_ids(ws, keys)))
        if check.status == "corrected" and check.suggestion:
            code_id = store.code_ids(ws, [check.suggestion])[check.suggestion]
            fixed.append((rid, code_id, "corrected", row["code_text"]))
        else:
            unmatched.append(
                {
                    "response_id": rid,
                    "status": "unmatched",
                    "typed": row["code_text"],
                    "campaign_id": _campaign_of(row["code_key"], prefixes_by_campaign),
                }
            )
    return fixed, unmatched


def _campaign_of(key: str, prefixes_by_campaign: dict[int, set[str]]) -> int | None:
    found = [
        cid
        for cid, prefixes in prefixes_by_campaign.items()
        if any(p and key.startswith(codes.normalize(p)) for p in prefixes)
    ]
    return found[0] if len(found) == 1 else None


def _drops_by_content(ws: Workspace) -> dict[tuple[str, str], _DropInfo]:
    """(campaign slug, utm_content) -> the drop, as our tracked links write them."""
    found: dict[tuple[str, str], _DropInfo] = {}
    for campaign in plan_store.list_campaigns(ws):
        for drop_id, _piece, variant, zone, _qty in plan_store.list_drops(ws, campaign.id):
            start = zone.drop_date or campaign.start_date or "0001-01-01"
            content = links.utm_content(zone.code, variant.label)
            found[(campaign.slug, content)] = _DropInfo(
                campaign.id, drop_id, zone.id, rules.window(start, campaign.attribution_days)
            )
    return found


def _by_utm(ws: Workspace, drops: dict[tuple[str, str], _DropInfo]):
    """Orders with no code of ours but our UTM parameters: matched to the drop."""
    for r in store.unattributed(ws, "r.kind != 'visit' AND r.extra LIKE '%\"utm_campaign\"%'"):
        extra = extra_of(r)
        key = (
            str(extra.get("utm_campaign", "")).lower(),
            str(extra.get("utm_content", "")).lower(),
        )
        info = drops.get(key)
        if info is None:
            continue
        base = {
            "response_id": r["id"],
            "rule": "utm",
            "campaign_id": info.campaign_id,
            "drop_id": info.drop_id,
            "zone_id": info.zone_id,
        }
        if r["cancelled"]:
            yield base | {"status": "cancelled"}
        elif not rules.in_window(r["occurred_at"], info.window):
            yield base | {"status": "out_of_window"}
        else:
            revenue = (r["amount_cents"] or 0) - r["refunded_cents"]
            yield base | {"status": "utm", "revenue_cents": revenue}


def _visits(ws: Workspace, drops: dict[tuple[str, str], _DropInfo]):
    for r in store.unattributed(ws, "r.kind = 'visit'"):
        extra = extra_of(r)
        key = (
            str(extra.get("utm_campaign", "")).lower(),
            str(extra.get("utm_content", "")).lower(),
        )
        info = drops.get(key)
        if info is not None:
            yield {
                "response_id": r["id"],
                "status": "visit",
                "rule": "visit",
                "campaign_id": info.campaign_id,
                "drop_id": info.drop_id,
                "zone_id": info.zone_id,
            }


def _matchback(ws: Workspace):
    """Orders with no code and no link of ours whose postcode lies in a campaign zone, within the
    campaign's window: counted for that zone, treated and control alike, apart from responses."""
    zones = []
    for campaign in plan_store.list_campaigns(ws):
        campaign_zones = plan_store.list_zones(ws, campaign.id)
        dates = sorted(z.drop_date for z in campaign_zones if z.drop_date)
        first = campaign.start_date or (dates[0] if dates else None)
        for zone in campaign_zones:
            start = zone.drop_date or first
            if start:
                zones.append((campaign.id, zone, rules.window(start, campaign.attribution_days)))
    if not zones:
        return
    candidates = store.unattributed(
        ws,
        "r.kind != 'visit' AND r.cancelled = 0 AND r.extra LIKE '%_postcode\"%'",
    )
    for r in candidates:
        extra = extra_of(r)
        shipping, billing = extra.get("shipping_postcode"), extra.get("billing_postcode")
        counted: set[int] = set()  # one zone per campaign, even where sectors overlap
        for campaign_id, zone, bounds in zones:
            if campaign_id in counted or not rules.in_window(r["occurred_at"], bounds):
                continue
            if rules.postcode_in_zone(shipping, zone.code) or rules.postcode_in_zone(
                billing, zone.code
            ):
                counted.add(campaign_id)
                revenue = (r["amount_cents"] or 0) - r["refunded_cents"]
                yield {
                    "response_id": r["id"],
                    "status": "matchback",
                    "rule": "postcode",
                    "campaign_id": campaign_id,
                    "zone_id": zone.id,
                    "revenue_cents": revenue,
                }
