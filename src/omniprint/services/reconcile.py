"""Reconcile: tie every redemption, order and visit to the campaign, piece, zone and variant it
came from, by code, corrected code, tracked link, UTM parameters or postcode (match-back)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from omniprint.domain import attribution as rules
from omniprint.domain import codes, links
from omniprint.domain.i18n import tr
from omniprint.domain.plan import Zone
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken, ProgressFn, no_progress
from omniprint.storage import code_uses
from omniprint.storage import plan as plan_store
from omniprint.storage import reconcile as store
from omniprint.storage import reconcile_state as state_store
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
class Changes:
    """What changed since the last reconcile, for an incremental one (see `reconcile`)."""

    first_new: int | None = None
    """Records with an id from this one on were just added (by an import)."""
    responses: tuple[int, ...] = ()
    """Records whose decision changed (or that changed otherwise)."""
    codes: tuple[int, ...] = ()
    """Codes that lost a use: those of records just removed (see `removal_changes`)."""
    removed: tuple[tuple[str, int], ...] = ()
    """The attribution that went with the records just removed: (status, rows), taken off the
    totals."""


@dataclass(frozen=True)
class _DropInfo:
    campaign_id: int
    drop_id: int
    zone_id: int
    window: rules.Window


@dataclass(frozen=True)
class _Plan:
    """The plan as one reconcile reads it: every zone's attribution window, computed once by
    `domain.attribution.zone_windows` for the SQL of code matches, the UTM matches and the
    match-back alike, and the drops by the UTM values of their tracked links."""

    windows: list[tuple[rules.Window, Zone]]
    """Every zone with its window, campaign by campaign, in the plan's order."""
    drops: dict[tuple[str, str], _DropInfo]
    """(campaign slug, utm_content) -> the drop, as our tracked links write them."""


def _read_plan(ws: Workspace) -> _Plan:
    windows: list[tuple[rules.Window, Zone]] = []
    drops: dict[tuple[str, str], _DropInfo] = {}
    for campaign in plan_store.list_campaigns(ws):
        zones = plan_store.list_zones(ws, campaign.id)
        found = rules.zone_windows(campaign, zones)
        windows += zip(found, zones, strict=True)
        by_zone = {w.zone_id: w for w in found}
        for drop_id, _piece, variant, zone, _qty in plan_store.list_drops(ws, campaign.id):
            content = links.utm_content(zone.code, variant.label)
            found_drop = _DropInfo(campaign.id, drop_id, zone.id, by_zone[zone.id])
            drops[(campaign.slug, content)] = found_drop
    return _Plan(windows, drops)


# An incremental reconcile that would touch more records than this, and more than a quarter of
# the workspace, rebuilds everything instead (the bulk path is faster at that size).
_INCREMENTAL_LIMIT = 50_000


def first_new_id(ws: Workspace) -> int:
    """The id the next record added will have: call before an import, pass as `first_new`."""
    return (ws.one("SELECT MAX(id) FROM response")[0] or 0) + 1


def removal_changes(ws: Workspace, import_id: int) -> Changes:
    """What removing an import changes: call before removing it (its records' codes are read
    from their attribution, which goes with them)."""
    counts = store.status_counts(ws, store.of_import(import_id))
    return Changes(
        codes=tuple(store.codes_of_import(ws, import_id)),
        removed=tuple(sorted(counts.items())),
    )


def reconcile(
    ws: Workspace,
    *,
    changes: Changes | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ReconcileSummary:
    """Bring every attribution of the workspace up to date, in one transaction (idempotent).

    Without `changes`, everything is rebuilt (``reconcile --full``). With them, only the records
    they name and those sharing a code with them are done again, by the same rules, when that is
    safe: the plan (campaigns, zones, drops, codes) is the one the attribution was built against.
    Else, or when the changes touch a large part of the workspace, it is a full rebuild. An empty
    `Changes()` redoes nothing unless records, decisions or the plan changed without a reconcile.
    """
    with ws.transaction(), ws.cancellable(cancel):
        store.create_temp(ws)
        state = state_store.load(ws)
        plan = state_store.plan_fingerprint(ws)
        counts = None
        if changes is not None and state is not None and state.plan == plan:
            facts = _CodeFacts(ws, state.prefixes, state.lengths)
            counts = _incremental(ws, changes, state, facts, progress, cancel)
        if counts is None:
            facts = _CodeFacts(ws)
            fixed = _build(ws, False, facts, progress, cancel)
            counts = store.status_counts(ws, None, corrections=fixed)
        records = state_store.records_fingerprint(ws)
        state_store.save(
            ws, state_store.State(plan, records, facts.known_prefixes, facts.known_lengths, counts)
        )
        store.drop_temp(ws)
    progress(5, 5, tr("Reconciled"))
    corrected = counts.get("corrected", 0)
    return ReconcileSummary({k: v for k, v in counts.items() if k != "corrected" and v}, corrected)


class _CodeFacts:
    """What `looks_like_our_code` needs from the codes issued, read when first needed (a scan
    of every code: half a second at a million) and kept with the results for the next time; and
    the corrections found during one reconcile."""

    def __init__(
        self,
        ws: Workspace,
        prefixes: dict[int, set[str]] | None = None,
        lengths: set[int] | None = None,
    ) -> None:
        self.ws = ws
        self.known_prefixes, self.known_lengths = prefixes, lengths
        self.corrections: dict[str, int | None] = {}

    @property
    def prefixes(self) -> dict[int, set[str]]:
        if self.known_prefixes is None:
            self.known_prefixes = store.campaign_prefixes(self.ws)
        return self.known_prefixes

    @property
    def lengths(self) -> set[int]:
        if self.known_lengths is None:
            self.known_lengths = store.key_lengths(self.ws)
        return self.known_lengths


def _incremental(
    ws: Workspace,
    changes: Changes,
    state: state_store.State,
    facts: _CodeFacts,
    progress: ProgressFn,
    cancel: CancelToken,
) -> dict[str, int] | None:
    """Reconcile only what `changes` touch; None when a full rebuild is needed instead."""
    if changes == Changes():
        # Nothing said to have changed: check that nothing did behind our back.
        if state_store.records_fingerprint(ws) != state.records:
            return None
        return state.counts
    last = ws.one("SELECT MAX(id) FROM response")[0] or 0
    if changes.first_new is not None:
        if _too_many(last - changes.first_new + 1, last):
            return None
        store.scope_new_responses(ws, changes.first_new)
    store.scope_responses(ws, changes.responses)
    store.scope_codes(ws, changes.codes)
    # The codes the changed records use now and used before: every use of them is ranked again.
    code_uses.find_uses(ws, True)
    code_uses.add_fixed_uses(ws, _fix_codes(ws, True, facts, "temp.code_use")[0])
    store.codes_in_scope(ws)
    if _too_many(store.widen_to_codes(ws), last):
        return None
    cancel.check()
    before = Counter(store.status_counts(ws, store.SCOPE)) + Counter(dict(changes.removed))
    _build(ws, True, facts, progress, cancel)
    after = store.status_counts(ws, store.SCOPE)
    return {k: state.counts.get(k, 0) - before[k] + after.get(k, 0) for k in state.counts | after}


def _too_many(scope: int, records: int) -> bool:
    return scope > _INCREMENTAL_LIMIT and scope * 4 > records


def _build(
    ws: Workspace, scoped: bool, facts: _CodeFacts, progress: ProgressFn, cancel: CancelToken
) -> bool:
    """Attribute the records in scope (all of them when not `scoped`): the one set of rules of
    the full rebuild and of the incremental reconcile. Returns whether any typed code was
    corrected or assigned by hand."""
    plan = _read_plan(ws)
    store.start(ws, scoped, (w for w, _zone in plan.windows))
    progress(0, 5, tr("Matching codes"))
    # One pass over the records says what the rest has to look at (for a million records of
    # codes alone, nothing: every code is a use, and no record has links or postcodes).
    found = store.records_in_scope(ws, scoped, LINK_POSITION)
    own = code_uses.attribute_exact_uses(ws, scoped)
    store.index(ws)  # after the bulk of a full rebuild; the lookups below need it
    cancel.check()
    progress(1, 5, tr("Correcting typing errors"))
    fixed: list[tuple[int, int, str, str]] = []
    if found.with_code > own or found.other_codes:
        fixed, unmatched = _fix_codes(ws, scoped, facts, "attribution")
        code_uses.attribute_fixed_uses(ws, fixed)
        store.insert_rows(ws, unmatched)
    code_uses.rank_uses(ws, scoped)
    cancel.check()
    if not found.with_extra:  # UTM parameters and postcodes are kept in `extra` only
        return bool(fixed)
    progress(2, 5, tr("Matching links"))
    store.insert_rows(ws, _by_utm(ws, plan.drops, scoped))
    progress(3, 5, tr("Matching visits"))
    store.insert_rows(ws, _visits(ws, plan.drops, scoped))
    cancel.check()
    progress(4, 5, tr("Matching postcodes"))
    store.insert_rows(ws, _matchback(ws, plan.windows, scoped))
    return bool(fixed)


def _fix_codes(
    ws: Workspace, scoped: bool, facts: _CodeFacts, uses: str
) -> tuple[list[tuple[int, int, str, str]], list[dict]]:
    """Codes that match nothing (no exact use in the table `uses`): the user's decision, else a
    single-error correction, else a row for review (only for text that looks like one of ours)."""
    rows = ws.query(store.unmatched_texts(scoped, uses), (LINK_POSITION,))
    if not rows:
        return [], []
    prefixes_by_campaign = facts.prefixes
    prefixes = {codes.normalize(p) for ps in prefixes_by_campaign.values() for p in ps}
    lengths = facts.lengths
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
        code_id = _corrected(ws, row["code_text"], facts)
        if code_id is not None:
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


def _corrected(ws: Workspace, text: str, facts: _CodeFacts) -> int | None:
    """The issued code a single typing error away from `text`, if one is (remembered: an
    incremental reconcile asks twice, and a full one meets the same typo again)."""
    if text not in facts.corrections:
        check = codes.suggest(text, lambda keys: set(store.code_ids(ws, keys)))
        found = None
        if check.status == "corrected" and check.suggestion:
            found = store.code_ids(ws, [check.suggestion])[check.suggestion]
        facts.corrections[text] = found
    return facts.corrections[text]


def _campaign_of(key: str, prefixes_by_campaign: dict[int, set[str]]) -> int | None:
    found = [
        cid
        for cid, prefixes in prefixes_by_campaign.items()
        if any(p and key.startswith(codes.normalize(p)) for p in prefixes)
    ]
    return found[0] if len(found) == 1 else None


def _by_utm(ws: Workspace, drops: dict[tuple[str, str], _DropInfo], scoped: bool):
    """Orders with no code of ours but our UTM parameters: matched to the drop."""
    where = "r.kind != 'visit' AND r.extra LIKE '%\"utm_campaign\"%'"
    for r in store.unattributed(ws, where, scoped):
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
        status = rules.use_status(
            cancelled=bool(r["cancelled"]),
            in_window=info.window.holds(r["occurred_at"]),
            counted="utm",
        )
        if status == "utm":
            revenue = (r["amount_cents"] or 0) - r["refunded_cents"]
            yield base | {"status": status, "revenue_cents": revenue}
        else:
            yield base | {"status": status}


def _visits(ws: Workspace, drops: dict[tuple[str, str], _DropInfo], scoped: bool):
    for r in store.unattributed(ws, "r.kind = 'visit'", scoped):
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


def _matchback(ws: Workspace, windows: list[tuple[rules.Window, Zone]], scoped: bool):
    """Orders with no code and no link of ours whose postcode lies in a campaign zone, within the
    zone's window: counted for that zone, treated and control alike, apart from responses."""
    zones = [(w, zone) for w, zone in windows if w.first_day is not None]
    if not zones:
        return
    candidates = store.unattributed(
        ws,
        "r.kind != 'visit' AND r.cancelled = 0 AND r.extra LIKE '%_postcode\"%'",
        scoped,
    )
    for r in candidates:
        extra = extra_of(r)
        shipping, billing = extra.get("shipping_postcode"), extra.get("billing_postcode")
        counted: set[int] = set()  # one zone per campaign, even where sectors overlap
        for window, zone in zones:
            campaign_id = window.campaign_id
            if campaign_id in counted or not window.holds(r["occurred_at"]):
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
