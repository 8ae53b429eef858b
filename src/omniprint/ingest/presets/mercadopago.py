"""Mercado Pago, Reports > Settlement report ("Reporte de liquidaciones") and the Release /
"all transactions" report ("Dinero disponible", ``release report``), CSV.

Documented layout (Mercado Pago developers, "Report fields" glossaries of both reports): the
columns are named by their codes, ``EXTERNAL_REFERENCE,SOURCE_ID,USER_ID,PAYMENT_METHOD_TYPE,
PAYMENT_METHOD,SITE,TRANSACTION_TYPE,TRANSACTION_AMOUNT,TRANSACTION_CURRENCY,TRANSACTION_DATE,
FEE_AMOUNT,SETTLEMENT_NET_AMOUNT,SETTLEMENT_CURRENCY,SETTLEMENT_DATE,REAL_AMOUNT,COUPON_AMOUNT,
...,STORE_ID,POS_ID,...,ORDER_ID,...`` (settlement), or ``DATE,SOURCE_ID,EXTERNAL_REFERENCE,
RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,GROSS_AMOUNT,...,
TRANSACTION_APPROVAL_DATE,POS_ID,STORE_ID,...`` (release); a download for people may name them
``ID de operación en Mercado Pago (SOURCE_ID)`` and so on - the code in brackets is what counts.
Dates are ISO with offset (``2026-10-05T10:12:44.000-03:00``).

Records are ``order``s keyed by ``SOURCE_ID``; ``amount_cents`` is ``TRANSACTION_AMOUNT``
(``GROSS_AMOUNT`` in the release report). ``TRANSACTION_TYPE`` / ``DESCRIPTION`` says what a row
is: ``SETTLEMENT`` / ``payment`` is a sale, ``REFUND`` and ``CHARGEBACK`` give the money back
(``<SOURCE_ID>:refund``), ``CANCELLATION`` is a cancelled sale; payouts, withdrawals, fees and
balance lines are left out and counted. ``STORE_ID`` (else ``POS_ID``) is the store; there is no
coupon code column (only ``COUPON_AMOUNT``).
"""

from __future__ import annotations

import re

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import Found, fold
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._typed import CANCELLED, REFUND, SALE, SKIP, TypedPreset

_CODE = re.compile(r"\(([A-Z][A-Z0-9_ ]+)\)\s*$")
_SALES = {"settlement", "payment", "pago", "pago aprobado"}
_REFUNDS = {"refund", "chargeback", "devolucion", "devolucion de dinero", "contracargo"}
_CANCELS = {"cancellation", "cancelacion"}
#: Fields by the codes of their columns (folded), in the settlement report and the release one.
ALIASES = {
    "key": ("source id",),
    "date": ("transaction date", "transaction approval date", "date"),
    "amount": ("transaction amount", "gross amount"),
    "kind": ("transaction type", "description"),
    "record_type": ("record type",),
    "currency": ("transaction currency", "currency"),
    "store": ("store id", "external store id", "pos id"),
}


def code_of(name: str) -> str:
    """``ID de operación en Mercado Pago (SOURCE_ID)`` and ``SOURCE_ID`` both give ``source id``."""
    match = _CODE.search(name)
    return fold(match[1] if match else name)


class MercadoPagoPreset(TypedPreset):
    name = "mercadopago"
    kind = "order"
    what = "payment"
    fixed_date_format = True
    aliases = ALIASES
    required = ("key", "date", "amount", "kind")
    missing = tr_noop("no SOURCE_ID, TRANSACTION_DATE, TRANSACTION_AMOUNT or type")
    layout = Layout(amount=("amount",), text=("currency", "store"))

    def score(self, folded: set[str]) -> int:
        return 0  # decided on the codes in brackets: see score_header

    def score_header(self, header: list[str]) -> int:
        codes = {code_of(name) for name in header}
        kinds = codes & {"transaction type", "description", "record type"}
        if "source id" in codes and kinds and codes & {"transaction amount", "gross amount"}:
            return 110 + len(codes & {"external reference", "settlement date", "site"})
        return 0

    def columns(self, header: list[str]) -> Found:
        return Found.of(header, self.aliases, code_of)

    def classify(self, found: Found, values: list[str]) -> tuple[str, str]:
        if "record_type" in found and fold(values[found["record_type"]]) not in ("", "release"):
            return SKIP, found.cell(values, "record_type")
        what = fold(values[found["kind"]])
        if what in _SALES:
            return SALE, ""
        if what in _REFUNDS:
            return REFUND, ""
        if what in _CANCELS:
            return CANCELLED, ""
        return SKIP, found.cell(values, "kind") or "?"
