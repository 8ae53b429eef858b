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

from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find, fold
from omniprint.ingest.presets._records import Layout, layout_mapping
from omniprint.ingest.presets._typed import REFUND, SALE, TypedReader


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ALIASES = {
    "key": _names("transaction id|transaction code|id de transaccion|codigo de transaccion"),
    "date": _names("date|fecha|date time|fecha y hora"),
    "total": _names("total amount|amount|importe total|importe"),
    "tip": _names("tip amount|tip|importe de la propina|propina"),
    "type": _names("transaction type|tipo de transaccion|type|tipo"),
    "status": _names("status|estado"),
    "currency": _names("currency|moneda|divisa"),
    "email": _names("email|correo electronico"),
}
_MARKS = {"card type", "entry mode", "payout date", "tipo de tarjeta", "modo de entrada",
          "fecha de pago", "auth code", "codigo de autorizacion", "card last 4 digits"}  # fmt: skip
_REFUNDS = {"refund", "refunded", "reembolso", "reembolsado", "reembolsada", "chargeback",
            "contracargo", "devolucion", "devuelto"}  # fmt: skip


class SumUpPreset(Preset):
    name = "sumup"
    kind = "redemption"

    def score(self, folded: set[str]) -> int:
        has = {f for f in ("key", "date", "total", "status") if folded & set(ALIASES[f])}
        if len(has) == 4 and len(folded & _MARKS) >= 2:
            return 100 + len(folded & _MARKS)
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        found = {f: find(header, *names) for f, names in ALIASES.items()}
        if found["key"] is None or found["date"] is None or found["total"] is None:
            raise ValueError(tr("no Transaction ID, Date or Total amount column"))
        kind, status = found["type"], found["status"]
        layout = Layout(
            key=found["key"],
            date=found["date"],
            amount=[found["total"]],
            minus=[found["tip"]] if found["tip"] is not None else [],
            status=status,
            text={"currency": found["currency"]} if found["currency"] is not None else {},
            personal={"email": found["email"]} if found["email"] is not None else {},
        )

        def classify(values: list[str]) -> tuple[str, str]:
            # A refund of its own; a sale whose Status became "Refunded" is refunded in full
            # and a failed or cancelled one is cancelled (by the layout's status column).
            if kind is not None and fold(values[kind]) in _REFUNDS:
                return REFUND, ""
            return SALE, ""

        return TypedReader(
            header,
            layout,
            kind="redemption",
            what="transaction",
            mapping=layout_mapping(header, layout),
            classify=classify,
        )
