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

from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find
from omniprint.ingest.presets._records import Layout, RecordReader, layout_mapping


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


ALIASES = {
    "key": _names("id|id del pedido|order id"),
    "reference": _names("referencia|reference"),
    "date": _names("fecha|date|fecha del pedido"),
    "total": _names("total|total pagado|total paid"),
    "status": _names("estado|status"),
    "codes": _names(
        "cupon|cupones|vale|vales|vale descuento|vales descuento|reglas de carrito|"
        "regla de carrito|reglas del carrito|codigo de descuento|descuentos|voucher|vouchers|"
        "cart rule|cart rules|discount code"
    ),
    "postcode": _names("codigo postal|cp|postcode|zip code|postal code"),
    "store": _names("tienda|shop|store"),
    "currency": _names("moneda|divisa|currency"),
    "name": _names("cliente|customer"),
}
_SIGNATURES = (
    {"referencia", "nuevo cliente", "entrega", "cliente", "pago", "estado"},
    {"reference", "new client", "delivery", "customer", "payment", "status"},
)
_NOT_PAID = frozenset(
    {"error en pago", "payment error", "cancelado", "canceled", "cancelled", "pago cancelado"}
)


class PrestaShopPreset(Preset):
    name = "prestashop"
    kind = "order"
    per_shop = True

    def score(self, folded: set[str]) -> int:
        if any(names <= folded for names in _SIGNATURES) and folded & {"total", "fecha", "date"}:
            return 100 + len(folded & {"id", "total", "fecha", "date"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        found = {f: find(header, *names) for f, names in ALIASES.items()}
        key = found["key"] if found["key"] is not None else found["reference"]
        if key is None or found["date"] is None or found["total"] is None:
            raise ValueError(tr("no ID, Date or Total column"))
        layout = Layout(
            key=key,
            date=found["date"],
            amount=[found["total"]],
            codes=[found["codes"]] if found["codes"] is not None else [],
            status=found["status"],
            text={f: i for f in ("postcode", "store", "currency") if (i := found[f]) is not None},
            personal={"name": found["name"]} if found["name"] is not None else {},
            cancelled_words=_NOT_PAID,
            currency_sign=found["total"],
        )
        return RecordReader(
            header, layout, kind="order", what="order", mapping=layout_mapping(header, layout)
        )
