"""Stripe Dashboard, Payments > Export (CSV): one row per payment.

Two layouts are in use. The older "Payments" export: ``id,Description,Seller Message,Created
(UTC),Amount,Amount Refunded,Currency,...,Status,...,Customer Email,...,Card Address Zip,...``.
The "unified payments" export (``unified_payments.csv``, since 2023): ``id,Created date (UTC),
Amount,Amount Refunded,Currency,Captured,Converted Amount,...,Decline Reason,Description,Fee,...,
PaymentIntent ID,...,Status,Seller Message,...,Card Address Zip,...,Shipping Address Postal Code,
...,Checkout Session ID,...,UTM Campaign,UTM Content,UTM Medium,UTM Source,UTM Term,...``. Both end
with one ``<key> (metadata)`` column per metadata key the shop sets - the coupon (``code
(metadata)``, ``coupon (metadata)``, ``promo_code (metadata)``) and UTM fields (``utm_source
(metadata)``...) among them. The headers are English whatever the Dashboard's language.

``natural_key`` is ``id`` (``ch_``/``py_``), or the ``PaymentIntent ID`` where the unified export
leaves ``id`` empty (a payment that never got a charge). ``amount_cents`` is ``Amount`` (what
was charged, ``1,234.56`` in the unified export), ``refunded_cents`` ``Amount Refunded``;
``Failed``, ``Canceled``, ``Incomplete`` and ``Blocked`` payments are cancelled. Dates are UTC
(``2026-10-19 18:15:03``), never ambiguous. UTM fields come from the Checkout ``UTM ...``
columns, else from metadata.
"""

from __future__ import annotations

from datetime import UTC

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset

CODE_KEYS = frozenset({
    "code", "coupon", "coupon code", "couponcode", "discount", "discount code", "promo",
    "promo code", "promotion code", "voucher", "cupon", "codigo", "codigo cupon",
    "codigo de cupon", "codigo descuento", "codigo de descuento", "codigo promocional",
})  # fmt: skip
"""Metadata keys a shop may put its coupon code under (Stripe's exports add a column each)."""
_UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content")
#: Checkout's own columns first (unified export), then metadata the shop set itself; the
#: ``..._meta`` fields are read where the first column of their field is empty.
ALIASES: dict[str, tuple[str, ...]] = {
    "key": ("id", "paymentintent id"),
    "intent": ("paymentintent id",),
    "date": ("created date utc", "created utc"),
    "amount": ("amount",),
    "refunded": ("amount refunded",),
    "status": ("status",),
    **{f: (f"utm {f[4:]}", f"utm {f[4:]} metadata") for f in _UTM},
    **{f"{f}_meta": (f"utm {f[4:]} metadata",) for f in _UTM},
    "landing_url": ("landing url metadata", "landing page metadata"),
    "landing_url_meta": ("landing page metadata",),
    "store": ("store metadata", "location metadata"),
    "store_meta": ("location metadata",),
    "currency": ("currency",),
    "postcode": ("card address zip", "billing details address postal code"),
    "shipping_postcode": ("shipping address postal code", "shipping address zip"),
    "email": ("customer email", "receipt email"),
    "name": ("card name", "customer name", "customer description"),
    "phone": ("customer phone",),
}
_TEXT = (*_UTM, "landing_url", "store", "currency", "postcode", "shipping_postcode")
#: Stripe statuses, besides Failed and Canceled, of a payment that took no money.
_NOT_PAID = frozenset({"incomplete", "blocked", "expired", "requires payment method"})


class StripePreset(LayoutPreset):
    name = "stripe"
    kind = "order"
    what = "payment"
    fixed_date_format = True
    default_tz = UTC
    aliases = ALIASES
    required = ("key", "date", "amount")
    missing = tr_noop("no id, Created (UTC) or Amount column")
    layout = Layout(
        key_fallback="intent",
        amount=("amount",),
        refunded=("refunded",),
        codes_in=frozenset(f"{key} metadata" for key in CODE_KEYS),
        status="status",
        text=_TEXT,
        text_fallback={f: f"{f}_meta" for f in (*_UTM, "landing_url", "store")},
        personal=("email", "name", "phone"),
        cancelled_words=_NOT_PAID,
    )

    def score(self, folded: set[str]) -> int:
        if folded & set(ALIASES["date"]) and "amount" in folded and folded & set(ALIASES["key"]):
            return 100 + len(folded & {"amount refunded", "converted amount", "seller message"})
        return 0
