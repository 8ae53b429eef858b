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

from datetime import UTC

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import Found, fold
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._typed import REFUND, SALE, SKIP, TypedPreset
from omniprint.ingest.presets.stripe import CODE_KEYS

_SIGNATURE = {"balance transaction id", "reporting category", "gross", "net"}
_UTM = ("utm_source", "utm_medium", "utm_campaign", "utm_content")
ALIASES: dict[str, tuple[str, ...]] = {
    "charge": ("charge id",),
    "source": ("source id", "balance transaction id"),
    "date": ("created utc", "created", "charge created utc"),
    "gross": ("gross",),
    "category": ("reporting category",),
    "currency": ("currency",),
    "postcode": ("card address postal code", "billing details address postal code"),
    "shipping_postcode": ("shipping address postal code",),
    **{f: (f"payment metadata {f.replace('_', ' ')}",) for f in _UTM},
    "email": ("customer email",),
    "name": ("customer name",),
}


class StripeBalancePreset(TypedPreset):
    name = "stripe-balance"
    kind = "order"
    what = "payment"
    fixed_date_format = True
    decimal = "."
    default_tz = UTC
    source_name = "stripe"  # the same charges as the Payments export: one record each
    aliases = ALIASES
    required = ("source", "date", "gross", "category")
    missing = tr_noop("no balance_transaction_id, created_utc, gross or category")
    # Keyed by the charge (as the Payments export keys it), else by the row's own source.
    layout = Layout(
        key="charge",
        key_fallback="source",
        amount=("gross",),
        codes_in=frozenset(f"payment metadata {key}" for key in CODE_KEYS),
        text=("currency", "postcode", "shipping_postcode", *_UTM),
        personal=("email", "name"),
    )
    refund_of = "charge"
    refund_id = "source"

    def score(self, folded: set[str]) -> int:
        if folded >= _SIGNATURE:
            return 110 + len(folded & {"charge id", "source id", "created utc"})
        return 0

    def classify(self, found: Found, values: list[str]) -> tuple[str, str]:
        kind = fold(values[found["category"]])
        if kind == "charge":
            return SALE, ""
        if kind in ("refund", "dispute"):
            return REFUND, ""
        return SKIP, found.cell(values, "category") or "?"
