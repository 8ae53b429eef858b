"""Loyverse Back Office, Reports > Receipts > Export, in English or Spanish: one row per receipt.

English: ``Date,Receipt number,Receipt type,Gross sales,Discounts,Net sales,Taxes,Total
collected,Cost of goods,Gross profit,Payment type,Description,Dining option,POS,Store,Cashier
name,Customer name,Customer contacts,Status`` (dates such as ``7/28/26 1:33 PM``).
Spanish: ``Fecha,Número de recibo,Tipo de recibo,Ventas brutas,Descuentos,Ventas netas,
Impuestos,Total recaudado,...,TPV,Tienda,Nombre del cajero,Nombre del cliente,Contactos del
cliente,Estado`` (``19/9/2026 8:15 p. m.``, ``1.234,50``).

The "Receipts by item" export (``Date,Receipt number,Receipt type,Category,SKU,Item,Variant,
Modifiers applied,Quantity,Gross sales,Discounts,Net sales,Cost of goods,Gross profit,Taxes,POS,
Store,Cashier name,Customer name,Customer contacts,Comment,Status``; Spanish ``Artículo``,
``Cantidad``) has one row per item: the items of a receipt are summed into one record.

Records are till ``redemption``s keyed by receipt number. ``amount_cents`` is ``Total
collected`` (after discounts, with tax) or, without it, net sales plus taxes. Loyverse does not
export which discount was used; the code is read from a ``Comment`` / ``Comentario`` or
``Discount name`` column when the export has one, else ``codes`` is empty (the sale still counts
for the store's baseline). Refund receipts are records of their own (amount 0, refunded the
amount); ``Cancelled``/``Cancelado`` receipts are cancelled.
"""

from __future__ import annotations

from dataclasses import replace

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import Found, names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset

ALIASES: dict[str, tuple[str, ...]] = {
    "key": names("receipt number|numero de recibo|no de recibo|n o de recibo|recibo"),
    "date": names("date|fecha"),
    "kind_of_row": names("receipt type|tipo de recibo"),
    "total": names("total collected|total recaudado|total cobrado|total recibido"),
    "net": names("net sales|ventas netas"),
    "taxes": names("taxes|impuestos"),
    "status": names("status|estado"),
    "item": names("item|item name|articulo|nombre del articulo|producto"),
    "codes": names("discount name|nombre del descuento|comment|comentario|comentarios"),
    "store": names("store|tienda"),
    "name": names("customer name|nombre del cliente"),
    "contacts": names("customer contacts|contactos del cliente"),
}
_SIGNATURE = ({"receipt number", "receipt type"}, {"numero de recibo", "tipo de recibo"})


class LoyversePreset(LayoutPreset):
    name = "loyverse"
    kind = "redemption"
    what = "receipt"
    aliases = ALIASES
    missing = tr_noop("no receipt number or date column")
    layout = Layout(
        amount=("total",),
        codes=("codes",),
        status="status",
        kind_of_row="kind_of_row",
        text=("store",),
        personal=("name", "contacts"),
    )

    def score(self, folded: set[str]) -> int:
        for names_ in _SIGNATURE:
            if names_ <= folded:
                return 100 + len(folded & {"pos", "tpv", "store", "tienda", "status", "estado"})
        return 0

    def layout_for(self, header: list[str], found: Found) -> Layout:
        # Receipts by item: one row per item, summed per receipt from net sales and taxes (as
        # for a receipts export without "Total collected").
        by_item = "item" in found
        if by_item or "total" not in found:
            return replace(self.layout, amount=("net", "taxes"), summed=by_item)
        return self.layout
