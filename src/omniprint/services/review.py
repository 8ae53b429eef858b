"""Reviewing the uses of codes that need a person: unmatched, corrected, duplicate, late.

Every decision is stored (and can be undone); the results are reconciled again after each one.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from omniprint.domain import codes
from omniprint.domain.errors import NotFoundError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.money import decimal_string
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken
from omniprint.services.plan import find_campaign
from omniprint.services.reconcile import Changes, reconcile
from omniprint.storage import codes as code_store
from omniprint.storage import responses as store
from omniprint.storage import results as results_store
from omniprint.storage.workspace import Workspace

DECISIONS = ("accept", "assign", "dismiss", "undo")
CATEGORIES = results_store.REVIEW_CATEGORIES
SORTS = tuple(results_store.REVIEW_SORTS)
"""What `review_ids` sorts by: when, code typed, issued code, amount, store, file and line,
category, decision."""
FETCH_BATCH = 10_000


@dataclass(frozen=True)
class ReviewItem:
    response_id: int
    status: str
    rule: str
    typed: str
    code: str | None
    """The issued code it was matched to (exact, corrected or assigned), if any."""
    suggestion: str | None
    occurred_at: str
    amount: str | None
    currency: str | None
    store: str | None
    kind: str
    source: str
    file_name: str
    line: int
    natural_key: str
    decision: str | None


def review_list(
    ws: Workspace, campaign_ref: str | None = None, *, limit: int | None = None
) -> list[ReviewItem]:
    """Uses under review, oldest first, each with the file and line it came from (the first
    `limit` of them, if given). For long lists page through `review_ids` instead."""
    campaign_id = _campaign_id(ws, campaign_ref)
    rows = results_store.review_items(ws, campaign_id, results_store.REVIEW_STATUSES, limit)
    return [_item(r) for r in rows]


def review_ids(
    ws: Workspace,
    campaign_ref: str | None = None,
    category: str | None = None,
    sort: str = "when",
    descending: bool = False,
    *,
    ranking: Sequence[str] = (),
    cancel: CancelToken = NEVER_CANCELLED,
) -> array:
    """The response ids under review, sorted in SQL by `sort` (one of `SORTS`), ties by id.

    `category` keeps one list (one of `CATEGORIES`); `ranking` orders the values of the category
    or decision column (see `storage.results.review_id_cursor`). The ids come back as an
    ``array('q')``, fetched in batches, so a million of them never become a million objects.
    """
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    if category is not None and category not in CATEGORIES:
        raise ValueError(f"category must be one of {', '.join(CATEGORIES)}, not {category!r}")
    cursor = results_store.review_id_cursor(
        ws, _campaign_id(ws, campaign_ref), category, sort, descending, ranking
    )
    ids = array("q")
    try:
        while rows := cursor.fetchmany(FETCH_BATCH):
            ids.extend([r[0] for r in rows])
            cancel.check()
    finally:
        cursor.close()
    return ids


def review_items_by_id(ws: Workspace, response_ids: Sequence[int]) -> list[ReviewItem]:
    """The items of these response ids, in the order given; ids no longer under review are left
    out. Meant for a page of a list from `review_ids` (a few hundred ids)."""
    found = {r["response_id"]: r for r in results_store.review_items_by_id(ws, response_ids)}
    return [_item(found[i]) for i in response_ids if i in found]


def review_counts(ws: Workspace, campaign_ref: str | None = None) -> dict[str, int]:
    """How many uses wait for a decision, per category (`CATEGORIES`); those with none are left
    out."""
    return results_store.review_counts(ws, _campaign_id(ws, campaign_ref))


def _campaign_id(ws: Workspace, campaign_ref: str | None) -> int | None:
    return find_campaign(ws, campaign_ref).id if campaign_ref else None


def _item(r) -> ReviewItem:
    return ReviewItem(
        response_id=r["response_id"],
        status=r["status"],
        rule=r["rule"],
        typed=r["typed"],
        code=r["code"],
        suggestion=r["code"] if r["rule"] == "corrected" else None,
        occurred_at=r["occurred_at"],
        amount=decimal_string(r["amount_cents"]) if r["amount_cents"] is not None else None,
        currency=r["currency"],
        store=r["store"],
        kind=r["kind"],
        source=r["source"],
        file_name=r["file_name"],
        line=r["line"],
        natural_key=r["natural_key"],
        decision=r["decision"],
    )


def decide(ws: Workspace, response_id: int, decision: str, code: str | None = None) -> None:
    """Record a decision: accept the correction, assign a code by hand, dismiss, or undo."""
    if decision not in DECISIONS:
        raise ValidationError(
            tr("decision must be one of {decisions}").format(decisions=", ".join(DECISIONS))
        )
    if ws.one("SELECT 1 FROM response WHERE id = ?", (response_id,)) is None:
        raise NotFoundError(tr("no imported record with id {id}").format(id=response_id))
    key = None
    if decision == "assign":
        if not code:
            raise ValidationError(tr("give the code to assign"))
        key = codes.normalize(code)
        if key not in code_store.existing_keys(ws, [key]):
            raise NotFoundError(
                tr("{code} is not a code issued in this workspace").format(code=code)
            )
    with ws.transaction():
        store.set_decision(ws, response_id, None if decision == "undo" else decision, key)
        reconcile(ws, changes=Changes(responses=(response_id,)))
