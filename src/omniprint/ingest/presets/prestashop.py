"""PrestaShop back office, Orders > Orders > Export (the list's "Export to SQL Manager"/CSV).

Documented layout (PrestaShop user guide, "Orders" page: the list's columns, exported as they
are shown): ``;``-separated, in the back office's language. Spanish: ``ID;Referencia;Nuevo
cliente;Entrega;Cliente;Total;Pago;Estado;Fecha``; English: ``ID;Reference;New client;Delivery;
Customer;Total;Payment;Status;Date``. Shops that add columns to the list (a module, or a
customised ``AdminOrdersController``) export them too: the cart rule / voucher (``Cupón``,
``Vales``, ``Reglas de carrito``, ``Voucher``, ``Cart rules``), the postcode (``Código postal``)
and, in multistore, the shop (``Tienda``). Totals are written ``35,90 €`` (or ``€35.90``), dates
``05/10/2026 10:12:44`` in the shop's format.

Records are ``order``s keyed by ``ID`` (``Referencia`` when there is no ID). ``amount_cents`` is
``Total`` (tax and shipping included). ``Estado`` decides: ``Cancelado`` and ``Error en pago``
(``Canceled``, ``Payment error``) are cancelled; ``Reembolsado`` (``Refunded``) is refunded in
full. Order numbers restart in every shop: shops are told apart by currency or ``--source``.
"""

from __future__ import annotations

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset

ALIASES = {
    # The ID, else the reference when the list does not show the ID.
    "key": names("id|id del pedido|order id|referencia|reference"),
    "date": names("fecha|date|fecha del pedido"),
    "total": names("total|total pagado|total paid"),
    "status": names("estado|status"),
    "codes": names(
        "cupon|cupones|vale|vales|vale descuento|vales descuento|reglas de carrito|"
        "regla de carrito|reglas del carrito|codigo de descuento|descuentos|voucher|vouchers|"
        "cart rule|cart rules|discount code"
    ),
    "postcode": names("codigo postal|cp|postcode|zip code|postal code"),
    "store": names("tienda|shop|store"),
    "currency": names("moneda|divisa|currency"),
    "name": names("cliente|customer"),
}
_SIGNATURES = (
    {"referencia", "nuevo cliente", "entrega", "cliente", "pago", "estado"},
    {"reference", "new client", "delivery", "customer", "payment", "status"},
)
_NOT_PAID = frozenset(
    {"error en pago", "payment error", "cancelado", "canceled", "cancelled", "pago cancelado"}
)


class PrestaShopPreset(LayoutPreset):
    name = "prestashop"
    kind = "order"
    what = "order"
    per_shop = True
    aliases = ALIASES
    required = ("key", "date", "total")
    missing = tr_noop("no ID, Date or Total column")
    layout = Layout(
        amount=("total",),
        codes=("codes",),
        status="status",
        text=("postcode", "store", "currency"),
        personal=("name",),
        cancelled_words=_NOT_PAID,
        currency_sign="total",
    )

    def score(self, folded: set[str]) -> int:
        if any(names_ <= folded for names_ in _SIGNATURES) and folded & {"total", "fecha", "date"}:
            return 100 + len(folded & {"id", "total", "fecha", "date"})
        return 0
