"""Stripe Dashboard, Payments > Export (CSV): one row per payment.

``id,Description,Seller Message,Created (UTC),Amount,Amount Refunded,Currency,...,Status,...,
Customer Email,...,Card Address Zip,...`` and then one ``<key> (metadata)`` column per metadata
key the shop sets - the coupon (``code (metadata)``, ``coupon (metadata)``, ``promo_code
(metadata)``) and UTM fields (``utm_source (metadata)``...) among them. Newer exports call the
id ``PaymentIntent ID`` and the date ``Created date (UTC)``.

``amount_cents`` is ``Amount`` (what was charged), ``refunded_cents`` ``Amount Refunded``;
``Failed`` and ``Canceled`` payments are cancelled. Dates are UTC, ISO-like, never ambiguous.
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
}  # fmt: skip
_META = {f"{key} metadata": key for key in _CODE_KEYS}
_TEXT_META = {
    "utm source metadata": "utm_source",
    "utm medium metadata": "utm_medium",
    "utm campaign metadata": "utm_campaign",
    "utm content metadata": "utm_content",
    "landing url metadata": "landing_url",
    "landing page metadata": "landing_url",
    "store metadata": "store",
    "location metadata": "store",
}


class StripePreset(Preset):
    name = "stripe"
    kind = "order"
    fixed_date_format = True
    default_tz = UTC

    def score(self, folded: set[str]) -> int:
        dated = folded & {"created utc", "created date utc"}
        if dated and "amount" in folded and folded & {"id", "paymentintent id"}:
            return 100 + len(folded & {"amount refunded", "converted amount", "seller message"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        key = find(header, "id", "paymentintent id")
        date = find(header, "created utc", "created date utc")
        amount = find(header, "amount")
        if key is None or date is None or amount is None:
            raise ValueError(tr("no id, Created (UTC) or Amount column"))
        folded = [fold(name) for name in header]
        text = {}
        for index, name in enumerate(folded):
            if name in _TEXT_META:
                text.setdefault(_TEXT_META[name], index)
        for fieldname, names in (
            ("currency", ("currency",)),
            ("postcode", ("card address zip", "billing details address postal code")),
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
        layout = Layout(
            key=key,
            date=date,
            amount=[amount],
            refunded=[refunded] if refunded is not None else [],
            codes=[i for i, name in enumerate(folded) if name in _META],
            status=find(header, "status"),
            text=text,
            personal=personal,
        )
        return RecordReader(
            header, layout, kind="order", what="payment", mapping=layout_mapping(header, layout)
        )
