"""PayPal business account, Activity > Download (Activity download / "Download history"), CSV.

Documented layout (PayPal's "Activity Download Specification" and the "Download History Fields"
list on developer.paypal.com): ``Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,
From Email Address,To Email Address,Transaction ID,...`` in the basic download; "all columns"
adds ``Shipping Address,Address Status,Item Title,Item ID,Shipping and Handling Amount,...,
Reference Txn ID,Invoice Number,Custom Number,Quantity,Receipt ID,Balance,...,Zip/Postal Code,
Country,Contact Phone Number,Subject,Note,Country Code,Balance Impact``. A Spanish account writes
``Fecha,Hora,Zona horaria,Nombre,Tipo,Estado,Divisa,Bruto,Tarifa,Neto,...,Id. de transacción,
...,Id. de transacción de referencia,Número de factura,...,Código postal,...,Impacto en el saldo``
and amounts as ``1.234,56``.

Records are ``order``s keyed by ``Transaction ID``; ``amount_cents`` is ``Gross``. Only completed
payments received are sales: ``Type`` says what a row is (a payment, a refund, a reversal, a
currency conversion, a withdrawal, a hold...) and ``Status`` whether it completed. A refund or
reversal is a record of its own keyed to the payment it gives back (``Reference Txn ID``);
denied, reversed or cancelled payments are kept marked cancelled; pending rows, money sent
(``Balance Impact`` Debit) and everything that is not a payment are left out, counted by type.

Dates are ``MM/DD/YYYY`` for US accounts and ``DD/MM/YYYY`` elsewhere; when no day above 12
tells, the account's ``TimeZone`` (PST, EDT... for the US) or the language of the header decides.
PayPal has no coupon column: codes stay empty (the shop's order number is ``Invoice Number``).
"""

from __future__ import annotations

from functools import partial

from omniprint.domain.i18n import tr, tr_noop
from omniprint.ingest.presets._base import Found, Reader, fold, names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._typed import CANCELLED, REFUND, SALE, SKIP, TypedPreset
from omniprint.ingest.table import Row

ALIASES = {
    "key": names("transaction id|id de transaccion|id de la transaccion"),
    "date": names("date|fecha"),
    "time": names("time|hora"),
    "zone": names("timezone|time zone|zona horaria"),
    "type": names("type|tipo"),
    "status": names("status|estado"),
    "currency": names("currency|divisa|moneda"),
    "gross": names("gross|bruto|importe bruto"),
    "net": names("net|neto|importe neto"),
    "reference": names(
        "reference txn id|id de transaccion de referencia|id de referencia de la transaccion"
    ),
    "postcode": names("zip postal code|codigo postal|postal code"),
    "impact": names("balance impact|impacto en el saldo"),
    "name": names("name|nombre"),
    "email": names("from email address|de la direccion de correo electronico"),
}
_SPANISH = {"fecha", "bruto", "neto", "zona horaria"}
_US_ZONES = {"pst", "pdt", "mst", "mdt", "cst", "cdt", "est", "edt", "akst", "akdt", "hst"}
_COMPLETED = {"completed", "completado", "completada", "cleared", "compensado"}
_NOT_TAKEN = {"denied", "denegado", "denegada", "reversed", "revertido", "revertida",
              "canceled", "cancelled", "cancelado", "cancelada", "failed", "fallido",
              "rechazado", "rechazada"}  # fmt: skip
_REFUND_WORDS = ("refund", "reembolso", "reversal", "reversion", "chargeback", "contracargo",
                 "devolucion")  # fmt: skip
_NOT_SALES = ("conversion", "withdrawal", "retirada", "transfer", "transferencia", "hold",
              "retencion", "authorization", "autorizacion", "deposit", "deposito", "fee",
              "tarifa", "comision", "bank", "banco", "invoice sent", "factura enviada")  # fmt: skip
_SALE_WORDS = ("payment", "pago", "cobro", "sale", "venta")


class PayPalPreset(TypedPreset):
    name = "paypal"
    kind = "order"
    what = "payment"
    aliases = ALIASES
    required = ("key", "date", "gross", "type")
    missing = tr_noop("no Transaction ID, Date, Gross or Type column")
    layout = Layout(
        time="time",
        amount=("gross",),
        text=("currency", "postcode"),
        personal=("name", "email"),
    )
    refund_of = "reference"

    def score(self, folded: set[str]) -> int:
        needed = ("key", "gross", "net", "type", "zone")
        if all(folded & set(ALIASES[f]) for f in needed):
            return 100 + len(folded & {"balance impact", "reference txn id", "fee", "tarifa"})
        return 0

    def classify(self, found: Found, values: list[str]) -> tuple[str, str]:
        kind = found.cell(values, "type")
        folded = fold(kind)
        status = fold(values[found["status"]]) if "status" in found else "completed"
        if any(w in folded for w in _REFUND_WORDS):
            return (REFUND, "") if status in _COMPLETED else (SKIP, f"{kind} ({status})")
        if any(w in folded for w in _NOT_SALES) or not any(w in folded for w in _SALE_WORDS):
            return SKIP, kind
        if fold(found.cell(values, "impact")) in ("debit", "debito", "cargo"):
            return SKIP, tr("{type}, sent").format(type=kind)
        if found.cell(values, "gross").startswith("-"):
            return SKIP, tr("{type}, sent").format(type=kind)
        if status in _NOT_TAKEN:
            return CANCELLED, ""
        if status not in _COMPLETED:
            return SKIP, f"{kind} ({found.cell(values, 'status')})"
        return SALE, ""

    def reader(self, header: list[str], found: Found) -> Reader:
        reader = super().reader(header, found)
        # Day or month first, when no date tells: by the account's time zone or language.
        spanish = bool({fold(n) for n in header} & _SPANISH)
        reader.date_fallback = partial(_date_fallback, zone=found.get("zone"), spanish=spanish)
        return reader


def _date_fallback(rows: list[Row], zone: int | None, spanish: bool) -> tuple[str, str] | None:
    zones = {fold(r.values[zone]) for r in rows[:50] if zone is not None and zone < len(r.values)}
    if zones & _US_ZONES:
        return "mdy", tr(
            "no date tells day from month; read month-first (the account's time zone, {zone}, "
            "is in the US). Say --dates dmy if that is wrong"
        ).format(zone=", ".join(sorted(z.upper() for z in zones & _US_ZONES)))
    if zones or spanish:
        return "dmy", tr(
            "no date tells day from month; read day-first (the account is outside the US). "
            "Say --dates mdy if that is wrong"
        )
    return None
