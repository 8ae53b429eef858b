"""Reviewing the uses of codes that need a person: unmatched, corrected, duplicate, late.

Every decision is stored (and can be undone); the results are reconciled again after each one.
"""

from __future__ import annotations

from dataclasses import dataclass

from omniprint.domain import codes
from omniprint.domain.errors import NotFoundError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.money import decimal_string
from omniprint.services.plan import find_campaign
from omniprint.services.reconcile import reconcile
from omniprint.storage import codes as code_store
from omniprint.storage import responses as store
from omniprint.storage import results as results_store
from omniprint.storage.workspace import Workspace

DECISIONS = ("accept", "assign", "dismiss", "undo")


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


def review_list(ws: Workspace, campaign_ref: str | None = None) -> list[ReviewItem]:
    """Uses under review, oldest first, each with the file and line it came from."""
    campaign_id = find_campaign(ws, campaign_ref).id if campaign_ref else None
    rows = results_store.review_items(ws, campaign_id, results_store.REVIEW_STATUSES)
    return [
        ReviewItem(
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
        for r in rows
    ]


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
        reconcile(ws)
