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

from collections.abc import Mapping
from datetime import UTC

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find, fold
from omniprint.ingest.presets._records import Layout, RecordReader, layout_mapping

_CODE_KEYS = {
    "code", "coupon", "coupon code", "couponcode", "discount", "discount code", "promo",
    "promo code", "promotion code", "voucher", "cupon", "codigo", "codigo cupon",
    "codigo de cupon", "codigo descuento", "codigo de descuento", "codigo promocional",
}  # fmt: skip
_META = {f"{key} metadata": key for key in _CODE_KEYS}
_UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content")
#: Checkout's own columns first (unified export), then metadata the shop set itself.
_TEXT = {
    **{f"utm {f[4:]}": f for f in _UTM},
    **{f"utm {f[4:]} metadata": f for f in _UTM},
    "landing url metadata": "landing_url",
    "landing page metadata": "landing_url",
    "store metadata": "store",
    "location metadata": "store",
}
_DATES = ("created date utc", "created utc")
_IDS = ("id", "paymentintent id")
#: Stripe statuses, besides Failed and Canceled, of a payment that took no money.
_NOT_PAID = frozenset({"incomplete", "blocked", "expired", "requires payment method"})


class StripePreset(Preset):
    name = "stripe"
    kind = "order"
    fixed_date_format = True
    default_tz = UTC

    def score(self, folded: set[str]) -> int:
        if folded & set(_DATES) and "amount" in folded and folded & set(_IDS):
            return 100 + len(folded & {"amount refunded", "converted amount", "seller message"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        key = find(header, *_IDS)
        date = find(header, *_DATES)
        amount = find(header, "amount")
        if key is None or date is None or amount is None:
            raise ValueError(tr("no id, Created (UTC) or Amount column"))
        folded = [fold(name) for name in header]
        text: dict[str, int] = {}
        fallback_text: dict[str, int] = {}
        for name, fieldname in _TEXT.items():
            if name not in folded:
                continue
            if fieldname not in text:
                text[fieldname] = folded.index(name)
            elif fieldname not in fallback_text:
                fallback_text[fieldname] = folded.index(name)
        for fieldname, names in (
            ("currency", ("currency",)),
            ("postcode", ("card address zip", "billing details address postal code")),
            ("shipping_postcode", ("shipping address postal code", "shipping address zip")),
        ):
            index = find(header, *names)
            if index is not None:
                text[fieldname] = index
        refunded = find(header, "amount refunded")
        personal = {
            f: i
            for f, names in (
                ("email", ("customer email", "receipt email")),
                ("name", ("card name", "customer name", "customer description")),
                ("phone", ("customer phone",)),
            )
            if (i := find(header, *names)) is not None
        }
        fallback = find(header, "paymentintent id")
        layout = Layout(
            key=key,
            date=date,
            amount=[amount],
            refunded=[refunded] if refunded is not None else [],
            codes=[i for i, name in enumerate(folded) if name in _META],
            status=find(header, "status"),
            text=text,
            personal=personal,
            key_fallback=fallback if fallback != key else None,
            cancelled_words=_NOT_PAID,
            text_fallback=fallback_text,
        )
        return RecordReader(
            header, layout, kind="order", what="payment", mapping=layout_mapping(header, layout)
        )
