"""Square Dashboard exports: Transactions (one row per sale) and Item Details (one per item).

Transactions (55 columns in 2026): ``Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,
Net Sales,Gift Card Sales,Tax,Tip,Partial Refunds,Total Collected,Source,...,Transaction ID,
Payment ID,...,Event Type,Location,...,Customer Name,...,Discount Name,Transaction Status,...``.
Item Details: ``Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,
Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,...,Event Type,Location,...`` (no
discount name since 2024: its codes stay empty). Square localises the headers for Spanish
sellers (``Fecha,Hora,Zona horaria,...,Ventas netas,...,ID de transacción``); both are read.

Amounts are written ``$45.00``, ``-$5.00`` (``45,00 €`` where the comma is the decimal mark).
Dates are ``2026-10-13`` or ``10/13/2026`` (``13/10/2026`` outside the US), the time in a column
of its own (``13:05:12`` or ``1:05:12 PM``); they are local time of the ``Time Zone`` column, kept
naive, and their order is decided from the file.

Records are till ``redemption``s keyed by ``Transaction ID``; ``amount_cents`` is net sales (after
discounts) plus service charges plus tax, without tips - for Item Details summed over the
transaction's items. ``Partial Refunds`` are ``refunded_cents``; a ``Refund`` event is a record of
its own (``<id>:refund``, amount 0). ``Discount Name`` gives the codes (several are
comma-separated); ``Location`` is the store.
"""

from __future__ import annotations

from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find
from omniprint.ingest.presets._records import (
    Layout,
    RecordReader,
    SummingReader,
    layout_mapping,
)


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ALIASES: dict[str, tuple[str, ...]] = {
    "key": _names("transaction id|id de transaccion|id de la transaccion"),
    "date": _names("date|fecha"),
    "time": _names("time|hora"),
    "net": _names("net sales|ventas netas"),
    "service": _names("service charges|cargos por servicio|cargos de servicio"),
    "tax": _names("tax|taxes|impuesto|impuestos"),
    "refunded": _names("partial refunds|reembolsos parciales"),
    "codes": _names(
        "discount name|discounts applied|nombre del descuento|nombre de descuento|"
        "descuentos aplicados"
    ),
    "status": _names("transaction status|estado de la transaccion|estado de transaccion"),
    "event": _names("event type|tipo de evento"),
    "store": _names("location|ubicacion|punto de venta|sucursal"),
    "currency": _names("currency|moneda|divisa"),
    "name": _names("customer name|nombre del cliente"),
}
#: Columns both exports have, in English and in Spanish.
_COMMON = (
    {"date", "time", "time zone", "transaction id", "net sales"},
    {"fecha", "hora", "zona horaria", "id de transaccion", "ventas netas"},
)
_TRANSACTIONS = ("total collected", "total cobrado", "total recaudado")
_ITEMS = ({"item", "qty"}, {"articulo", "cantidad"})


def _common(folded: set[str]) -> bool:
    return any(names <= folded for names in _COMMON)


def _layout(header: list[str], amount: tuple[str, ...]) -> Layout:
    found = {f: find(header, *names) for f, names in ALIASES.items()}
    if found["key"] is None or found["date"] is None:
        raise ValueError(tr("no Transaction ID or Date column"))
    return Layout(
        key=found["key"],
        date=found["date"],
        time=found["time"],
        amount=[i for f in amount if (i := found[f]) is not None],
        refunded=[found["refunded"]] if found["refunded"] is not None else [],
        codes=[found["codes"]] if found["codes"] is not None else [],
        status=found["status"],
        kind_of_row=found["event"],
        text={f: i for f in ("store", "currency") if (i := found[f]) is not None},
        personal={"name": found["name"]} if found["name"] is not None else {},
    )


class SquareTransactionsPreset(Preset):
    name = "square"
    kind = "redemption"

    def score(self, folded: set[str]) -> int:
        if _common(folded) and folded & set(_TRANSACTIONS):
            return 100 + len(folded & {"gross sales", "discount name", "partial refunds",
                                       "ventas brutas", "reembolsos parciales"})  # fmt: skip
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        layout = _layout(header, ("net", "service", "tax"))
        return RecordReader(
            header,
            layout,
            kind="redemption",
            what="transaction",
            mapping=layout_mapping(header, layout),
        )


class SquareItemsPreset(Preset):
    name = "square-items"
    kind = "redemption"

    def score(self, folded: set[str]) -> int:
        if _common(folded) and any(names <= folded for names in _ITEMS):
            return 100 + len(folded & {"category", "sku", "price point name", "categoria"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        layout = _layout(header, ("net", "tax"))
        return SummingReader(
            header,
            layout,
            kind="redemption",
            what="transaction",
            mapping=layout_mapping(header, layout),
        )
