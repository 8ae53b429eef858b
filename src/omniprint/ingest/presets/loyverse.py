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
    "key": _names("receipt number|numero de recibo|no de recibo|n o de recibo|recibo"),
    "date": _names("date|fecha"),
    "kind_of_row": _names("receipt type|tipo de recibo"),
    "total": _names("total collected|total recaudado|total cobrado|total recibido"),
    "net": _names("net sales|ventas netas"),
    "taxes": _names("taxes|impuestos"),
    "status": _names("status|estado"),
    "item": _names("item|item name|articulo|nombre del articulo|producto"),
    "codes": _names("discount name|nombre del descuento|comment|comentario|comentarios"),
    "store": _names("store|tienda"),
    "name": _names("customer name|nombre del cliente"),
    "contacts": _names("customer contacts|contactos del cliente"),
}
_SIGNATURE = ({"receipt number", "receipt type"}, {"numero de recibo", "tipo de recibo"})


class LoyversePreset(Preset):
    name = "loyverse"
    kind = "redemption"

    def score(self, folded: set[str]) -> int:
        for names in _SIGNATURE:
            if names <= folded:
                return 100 + len(folded & {"pos", "tpv", "store", "tienda", "status", "estado"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        found = {f: find(header, *names) for f, names in ALIASES.items()}
        if found["key"] is None or found["date"] is None:
            raise ValueError(tr("no receipt number or date column"))
        by_item = found["item"] is not None
        if found["total"] is not None and not by_item:
            amount = [found["total"]]
        else:
            amount = [i for i in (found["net"], found["taxes"]) if i is not None]
        layout = Layout(
            key=found["key"],
            date=found["date"],
            amount=amount,
            codes=[found["codes"]] if found["codes"] is not None else [],
            status=found["status"],
            kind_of_row=found["kind_of_row"],
            text={"store": found["store"]} if found["store"] is not None else {},
            personal={f: i for f in ("name", "contacts") if (i := found[f]) is not None},
        )
        return (SummingReader if by_item else RecordReader)(
            header,
            layout,
            kind="redemption",
            what="receipt",
            mapping=layout_mapping(header, layout),
        )
