"""Tiendanube / Nuvemshop admin, Ventas > Exportar lista (Vendas > Exportar lista), CSV.

Documented layout (Tiendanube and Nuvemshop help centres, "Cómo exportar mis ventas" / "Como
exportar a lista de vendas": the order fields, then one row per product): ``;``-separated,
``Número de orden;Email;Fecha;Estado de la orden;Estado del pago;Estado del envío;Moneda;
Subtotal de productos;Descuento;Costo de envío;Total;Nombre del comprador;DNI / CUIT;Teléfono;
...;Código postal;Provincia o estado;País;Medio de envío;Medio de pago;Cupón de descuento;Notas
del comprador;...;Fecha de pago;...;Nombre del producto;Precio del producto;Cantidad del
producto;SKU;Canal;...;Sucursal de venta;...;Fecha y hora de cancelación;Motivo de
cancelación``; in Portuguese ``Número do Pedido;E-mail;Data;Status do Pedido;Status do
Pagamento;...;Moeda;...;Total;...;CEP;...;Cupom de Desconto;...``. A product after the first of
an order repeats only the order number and the product columns. Dates are ``05/10/2026
14:32:11`` (day first); totals ``1234.50`` or ``1.234,50``.

Records are ``order``s keyed by the order number; ``amount_cents`` is ``Total``. ``Estado de la
orden`` ``Cancelada`` (``Cancelado``) is cancelled; ``Estado del pago`` ``Reembolsado`` /
``Estornado`` is refunded in full. ``Cupón de descuento`` gives the code, ``Código postal``
(``CEP``) the postcode, ``Sucursal de venta`` the store. Order numbers restart in every shop.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find, fold
from omniprint.ingest.presets._records import Layout, RecordReader, layout_mapping
from omniprint.ingest.table import Row


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ALIASES = {
    "key": _names("numero de orden|numero do pedido|order number"),
    "date": _names("fecha|data|date"),
    "total": _names("total"),
    "order_status": _names("estado de la orden|status do pedido|order status"),
    "payment_status": _names("estado del pago|status do pagamento|payment status"),
    "codes": _names("cupon de descuento|cupom de desconto|discount coupon|cupon"),
    "postcode": _names("codigo postal|cep|postal code|zip code"),
    "currency": _names("moneda|moeda|currency"),
    "store": _names("sucursal de venta|local de venda|point of sale"),
    "name": _names("nombre del comprador|nome do comprador|buyer name"),
    "email": _names("email|e mail"),
}
_MARKS = ({"numero de orden", "estado de la orden", "estado del pago"},
          {"numero do pedido", "status do pedido", "status do pagamento"})  # fmt: skip
_REFUNDED = {"reembolsado", "reembolsada", "estornado", "estornada", "devuelto", "refunded"}
_CANCELLED = {"cancelada", "cancelado", "cancelled", "canceled", "anulada", "anulado"}


class TiendanubePreset(Preset):
    name = "tiendanube"
    kind = "order"
    per_shop = True

    def score(self, folded: set[str]) -> int:
        if any(names <= folded for names in _MARKS) and "total" in folded:
            return 110
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        found = {f: find(header, *names) for f, names in ALIASES.items()}
        if found["key"] is None or found["date"] is None or found["total"] is None:
            raise ValueError(tr("no order number, Date or Total column"))
        layout = Layout(
            key=found["key"],
            date=found["date"],
            amount=[found["total"]],
            codes=[found["codes"]] if found["codes"] is not None else [],
            status=found["order_status"],
            text={f: i for f in ("postcode", "currency", "store") if (i := found[f]) is not None},
            personal={f: i for f in ("name", "email") if (i := found[f]) is not None},
            cancelled_words=frozenset(_CANCELLED),
        )
        return _TiendanubeReader(
            header,
            layout,
            kind="order",
            what="order",
            grouped=True,
            mapping=layout_mapping(header, layout),
            payment_status=found["payment_status"],
        )


class _TiendanubeReader(RecordReader):
    """Grouped by order number; the payment status says a refund (the order status does not)."""

    def __init__(self, *args, payment_status: int | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.payment_status = payment_status

    def _read(self, row: Row, values: list[str], key: str):
        record = super()._read(row, values, key)
        index = self.payment_status
        if record is not None and index is not None and fold(values[index]) in _REFUNDED:
            record = dataclasses.replace(record, refunded_cents=record.amount_cents or 0)
        return record
