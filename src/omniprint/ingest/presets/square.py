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

from dataclasses import replace

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset

ALIASES: dict[str, tuple[str, ...]] = {
    "key": names("transaction id|id de transaccion|id de la transaccion"),
    "date": names("date|fecha"),
    "time": names("time|hora"),
    "net": names("net sales|ventas netas"),
    "service": names("service charges|cargos por servicio|cargos de servicio"),
    "tax": names("tax|taxes|impuesto|impuestos"),
    "refunded": names("partial refunds|reembolsos parciales"),
    "codes": names(
        "discount name|discounts applied|nombre del descuento|nombre de descuento|"
        "descuentos aplicados"
    ),
    "status": names("transaction status|estado de la transaccion|estado de transaccion"),
    "event": names("event type|tipo de evento"),
    "store": names("location|ubicacion|punto de venta|sucursal"),
    "currency": names("currency|moneda|divisa"),
    "name": names("customer name|nombre del cliente"),
}
#: Columns both exports have, in English and in Spanish.
_COMMON = (
    {"date", "time", "time zone", "transaction id", "net sales"},
    {"fecha", "hora", "zona horaria", "id de transaccion", "ventas netas"},
)
_TRANSACTIONS = ("total collected", "total cobrado", "total recaudado")
_ITEMS = ({"item", "qty"}, {"articulo", "cantidad"})


def _common(folded: set[str]) -> bool:
    return any(names_ <= folded for names_ in _COMMON)


class SquareTransactionsPreset(LayoutPreset):
    name = "square"
    kind = "redemption"
    what = "transaction"
    aliases = ALIASES
    missing = tr_noop("no Transaction ID or Date column")
    layout = Layout(
        time="time",
        amount=("net", "service", "tax"),
        refunded=("refunded",),
        codes=("codes",),
        status="status",
        kind_of_row="event",
        text=("store", "currency"),
        personal=("name",),
    )

    def score(self, folded: set[str]) -> int:
        if _common(folded) and folded & set(_TRANSACTIONS):
            return 100 + len(folded & {"gross sales", "discount name", "partial refunds",
                                       "ventas brutas", "reembolsos parciales"})  # fmt: skip
        return 0


class SquareItemsPreset(SquareTransactionsPreset):
    """Item Details: the same columns, one row per item, summed per transaction (no service
    charges on item rows)."""

    name = "square-items"
    layout = replace(SquareTransactionsPreset.layout, amount=("net", "tax"), summed=True)

    def score(self, folded: set[str]) -> int:
        if _common(folded) and any(names_ <= folded for names_ in _ITEMS):
            return 100 + len(folded & {"category", "sku", "price point name", "categoria"})
        return 0
