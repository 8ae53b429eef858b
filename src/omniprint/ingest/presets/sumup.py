"""SumUp dashboard, Sales > Transactions > Export (the transactions report, CSV).

Documented layout (SumUp help centre, "Sales history" and "Reports": each transaction with its
ID, date and time, amount, status, payment type, card type and description): ``Email,Date,
Transaction ID,Transaction type,Status,Card type,Card last 4 digits,Entry mode,Auth code,
Description,Total amount,Tip amount,Fee,Payout,Payout date,Payment method``; a Spanish account
writes ``Correo electrónico,Fecha,ID de transacción,Tipo de transacción,Estado,Tipo de tarjeta,
...,Descripción,Importe total,Importe de la propina,Comisión,...``. Dates are ``2026-10-05
10:12`` or ``05/10/2026 10:12``; amounts follow the account's language.

Records are till ``redemption``s keyed by ``Transaction ID``; ``amount_cents`` is ``Total amount``
less the tip. ``Transaction type`` ``Refund`` (``Reembolso``) and ``Status`` ``Refunded`` /
``Chargeback`` give the money back; ``Failed`` and ``Cancelled`` are cancelled. SumUp has no
coupon column; a code typed into ``Description`` is not guessed at.
"""

from __future__ import annotations

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import Found, fold, names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._typed import REFUND, SALE, TypedPreset

ALIASES = {
    "key": names("transaction id|transaction code|id de transaccion|codigo de transaccion"),
    "date": names("date|fecha|date time|fecha y hora"),
    "total": names("total amount|amount|importe total|importe"),
    "tip": names("tip amount|tip|importe de la propina|propina"),
    "type": names("transaction type|tipo de transaccion|type|tipo"),
    "status": names("status|estado"),
    "currency": names("currency|moneda|divisa"),
    "email": names("email|correo electronico"),
}
_MARKS = {"card type", "entry mode", "payout date", "tipo de tarjeta", "modo de entrada",
          "fecha de pago", "auth code", "codigo de autorizacion", "card last 4 digits"}  # fmt: skip
_REFUNDS = {"refund", "refunded", "reembolso", "reembolsado", "reembolsada", "chargeback",
            "contracargo", "devolucion", "devuelto"}  # fmt: skip


class SumUpPreset(TypedPreset):
    name = "sumup"
    kind = "redemption"
    what = "transaction"
    aliases = ALIASES
    required = ("key", "date", "total")
    missing = tr_noop("no Transaction ID, Date or Total amount column")
    layout = Layout(
        amount=("total",), minus=("tip",), status="status", text=("currency",), personal=("email",)
    )

    def score(self, folded: set[str]) -> int:
        has = {f for f in ("key", "date", "total", "status") if folded & set(ALIASES[f])}
        if len(has) == 4 and len(folded & _MARKS) >= 2:
            return 100 + len(folded & _MARKS)
        return 0

    def classify(self, found: Found, values: list[str]) -> tuple[str, str]:
        # A refund of its own; a sale whose Status became "Refunded" is refunded in full and a
        # failed or cancelled one is cancelled (by the layout's status column).
        return (REFUND, "") if fold(found.cell(values, "type")) in _REFUNDS else (SALE, "")
