"""What came back from a campaign: till redemptions, online orders and analytics visits.

These are plain records read from the files a business exports (see ``omniprint.ingest``). They
keep what matching and attribution need - codes, money, dates, postcodes, UTM fields - and the
line of the file each came from, so that every number in a report can be traced to a row.

Money is integer cents in the file's currency. ``amount_cents`` is what the source system calls
the revenue of the sale as it states it (each preset documents which column: Shopify's ``Total``
includes tax and shipping, WooCommerce Analytics' net sales exclude them); ``refunded_cents`` is
what was given back, so ``amount_cents - refunded_cents`` is what was kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from omniprint.domain.i18n import tr, tr_noop

__all__ = [
    "KINDS",
    "MAPPABLE_FIELDS",
    "ColumnMapping",
    "Problem",
    "Response",
]

#: ``redemption``: a till/POS sale (codes empty when none was used); ``order``: an online order;
#: ``visit``: one row of an analytics report (sessions of a source/campaign/content).
KINDS = ("redemption", "order", "visit")

#: Fields a user may map to a column of an unknown layout, with what each means.
MAPPABLE_FIELDS: dict[str, str] = {
    "date": tr_noop("when it happened (date, or date and time)"),
    "time": tr_noop("the time, when the file has it in a column of its own"),
    "code": tr_noop("the coupon or discount code as written"),
    "amount": tr_noop("the amount of the sale or order"),
    "refunded": tr_noop("the amount given back"),
    "currency": tr_noop("the currency code (EUR, USD...)"),
    "store": tr_noop("the shop, till or location"),
    "order": tr_noop("the order number (makes each row an online order)"),
    "receipt": tr_noop("the receipt or ticket number"),
    "status": tr_noop("the status (cancelled, voided, failed rows are marked cancelled)"),
    "postcode": tr_noop("the billing or customer postcode"),
    "shipping_postcode": tr_noop("the shipping postcode"),
    "landing_url": tr_noop("the landing page with its query string"),
    "utm_source": "utm_source",
    "utm_medium": "utm_medium",
    "utm_campaign": "utm_campaign",
    "utm_content": "utm_content",
    "name": tr_noop("customer name (kept only when asked)"),
    "email": tr_noop("customer email (kept only when asked)"),
    "phone": tr_noop("customer phone (kept only when asked)"),
}


@dataclass(frozen=True, slots=True)
class Response:
    """One thing that came back, read from one record of an export.

    ``natural_key`` identifies it within its ``source`` (order id, receipt number, transaction
    id, or a key built from date, normalised code, amount and store), so the same order read from
    two overlapping exports is recognised. ``line`` is the physical line of the file where the
    record starts. ``occurred_at`` is ISO 8601, with the offset when the file gave one and naive
    local time otherwise. ``personal`` (names, emails, phones) is None unless the caller asked to
    keep it.
    """

    kind: str
    source: str
    natural_key: str
    line: int
    occurred_at: str
    codes: tuple[str, ...]
    amount_cents: int | None
    refunded_cents: int = 0
    currency: str | None = None
    cancelled: bool = False
    billing_postcode: str | None = None
    shipping_postcode: str | None = None
    landing_url: str | None = None
    utm_source: str | None = None
    utm_medium: str | None = None
    utm_campaign: str | None = None
    utm_content: str | None = None
    store: str | None = None
    sessions: int = 0
    key_events: int = 0
    personal: Mapping[str, str] | None = None
    #: The analytics channel of a visit (GA4's "Session default channel group": "Organic
    #: Search", "Direct"...): visits by channel, for views across channels.
    channel: str | None = None
    #: The order's own id when the system gives one besides its number (Shopify's ``Id``,
    #: unique across shops): tells apart two shops' orders with the same ``natural_key``.
    order_id: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A record that could not be read; kept so that nothing is dropped without a word.

    ``column`` names the column at fault when one is; ``raw`` is the record as text.
    """

    line: int
    column: str | None
    reason: str
    raw: str


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """A user's answer to "which column is which" for files whose header has ``header_key``.

    ``columns`` maps a field of :data:`MAPPABLE_FIELDS` to a column name of that header. Storage
    keeps it by ``header_key`` so the next file of the same shape is read without asking.
    """

    header_key: str
    columns: Mapping[str, str] = field(default_factory=dict)

    def problems(self) -> list[str]:
        """What is wrong with the mapping, in words for the user (empty when it is usable)."""
        found = []
        unknown = sorted(set(self.columns) - set(MAPPABLE_FIELDS))
        if unknown:
            found.append(tr("unknown field(s): {fields}").format(fields=", ".join(unknown)))
        if "date" not in self.columns:
            found.append(tr("a 'date' column is needed"))
        identifying = {"code", "order", "receipt", "utm_source", "utm_campaign", "utm_content"}
        if not identifying & set(self.columns):
            found.append(tr("a 'code' column (or an order, receipt or UTM column) is needed"))
        return found
