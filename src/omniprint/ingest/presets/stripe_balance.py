"""Stripe Dashboard, Reports > Balance > "Balance change from activity" > Download, itemised.

Documented layout (Stripe's report type ``balance_change_from_activity.itemized.3`` and its
columns in the Reporting API docs): ``balance_transaction_id,created_utc,created,
available_on_utc,currency,gross,fee,net,reporting_category,source_id,description,
customer_facing_amount,customer_facing_currency,...,customer_id,customer_email,...,charge_id,
payment_intent_id,charge_created_utc,invoice_id,...,payment_method_type,card_brand,...,
shipping_address_postal_code,...`` and one ``payment_metadata[key]`` / ``refund_metadata[key]``
column per metadata key the shop chose to add. Amounts are in major units (``12.50``, refunds
negative); ``created_utc`` is UTC.

``reporting_category`` says what a row is: ``charge`` is a sale (keyed by ``charge_id``, so a
charge also imported from the Payments export is one record), ``refund`` and ``dispute`` give
money back for the charge (a record ``<charge_id>:refund``), ``refund_failure`` and
``dispute_reversal`` and everything else (payouts, fees, transfers, adjustments) are left out and
counted. Codes and UTM values come from ``payment_metadata[coupon]`` and the like.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find, fold
from omniprint.ingest.presets._records import Layout, layout_mapping
from omniprint.ingest.presets._typed import REFUND, SALE, SKIP, TypedReader
from omniprint.ingest.presets.stripe import _CODE_KEYS

_SIGNATURE = {"balance transaction id", "reporting category", "gross", "net"}
_UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content")


class StripeBalancePreset(Preset):
    name = "stripe-balance"
    kind = "order"
    fixed_date_format = True
    decimal = "."
    default_tz = UTC
    source_name = "stripe"  # the same charges as the Payments export: one record each

    def score(self, folded: set[str]) -> int:
        if folded >= _SIGNATURE:
            return 110 + len(folded & {"charge id", "source id", "created utc"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        folded = [fold(name) for name in header]
        key = find(header, "charge id")
        source = find(header, "source id", "balance transaction id")
        date = find(header, "created utc", "created", "charge created utc")
        gross = find(header, "gross")
        category = find(header, "reporting category")
        if source is None or date is None or gross is None or category is None:
            raise ValueError(tr("no balance_transaction_id, created_utc, gross or category"))
        text: dict[str, int] = {}
        for fieldname, names in (
            ("currency", ("currency",)),
            ("postcode", ("card address postal code", "billing details address postal code")),
            ("shipping_postcode", ("shipping address postal code",)),
        ):
            if (i := find(header, *names)) is not None:
                text[fieldname] = i
        for utm in _UTM:
            if (i := find(header, f"payment metadata {utm.replace('_', ' ')}")) is not None:
                text[utm] = i
        codes = [
            i
            for i, name in enumerate(folded)
            if name.startswith("payment metadata ")
            and name.removeprefix("payment metadata ") in _CODE_KEYS
        ]
        personal = {
            f: i
            for f, names in (("email", ("customer email",)), ("name", ("customer name",)))
            if (i := find(header, *names)) is not None
        }
        layout = Layout(
            key=key if key is not None else source,
            key_fallback=source if key is not None else None,
            date=date,
            amount=[gross],
            codes=codes,
            text=text,
            personal=personal,
        )

        def classify(values: list[str]) -> tuple[str, str]:
            kind = fold(values[category])
            if kind == "charge":
                return SALE, ""
            if kind in ("refund", "dispute"):
                return REFUND, ""
            return SKIP, values[category].strip() or "?"

        return TypedReader(
            header,
            layout,
            kind="order",
            what="payment",
            mapping=layout_mapping(header, layout),
            classify=classify,
            refund_of=key,
            refund_id=source,
        )
