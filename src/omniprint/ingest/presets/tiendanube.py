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

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset

ALIASES = {
    "key": names("numero de orden|numero do pedido|order number"),
    "date": names("fecha|data|date"),
    "total": names("total"),
    "order_status": names("estado de la orden|status do pedido|order status"),
    "payment_status": names("estado del pago|status do pagamento|payment status"),
    "codes": names("cupon de descuento|cupom de desconto|discount coupon|cupon"),
    "postcode": names("codigo postal|cep|postal code|zip code"),
    "currency": names("moneda|moeda|currency"),
    "store": names("sucursal de venta|local de venda|point of sale"),
    "name": names("nombre del comprador|nome do comprador|buyer name"),
    "email": names("email|e mail"),
}
_MARKS = ({"numero de orden", "estado de la orden", "estado del pago"},
          {"numero do pedido", "status do pedido", "status do pagamento"})  # fmt: skip
_CANCELLED = {"cancelada", "cancelado", "cancelled", "canceled", "anulada", "anulado"}


class TiendanubePreset(LayoutPreset):
    name = "tiendanube"
    kind = "order"
    what = "order"
    per_shop = True
    aliases = ALIASES
    required = ("key", "date", "total")
    missing = tr_noop("no order number, Date or Total column")
    # One row per product: the order's fields are on its first row. The payment status says a
    # refund (the order status does not).
    layout = Layout(
        amount=("total",),
        codes=("codes",),
        status="order_status",
        refund_status="payment_status",
        cancelled_words=frozenset(_CANCELLED),
        text=("postcode", "currency", "store"),
        personal=("name", "email"),
        grouped=True,
    )

    def score(self, folded: set[str]) -> int:
        if any(names_ <= folded for names_ in _MARKS) and "total" in folded:
            return 110
        return 0
