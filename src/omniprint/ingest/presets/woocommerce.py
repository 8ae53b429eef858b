"""WooCommerce orders: the Analytics > Orders CSV and the columns of the common export plugins.

* Analytics export: ``Date, Order #, Status, Customer, Customer type, Product(s), Items sold,
  Coupon(s), Net Sales`` (older versions ``N. Revenue``; newer ones add ``Attribution``).
  ``amount_cents`` is the net sales figure, which excludes tax and shipping.
* Export plugins (Advanced Order Export, WP All Export, Store Exporter): ``Order Number`` or
  ``Order ID``, ``Order Status``, ``Order Date``, ``Coupon Code`` / ``Coupons``, ``Order Total``
  (``Order Total Amount``: with tax and shipping), ``Order Refund Amount``, ``Postcode
  (Billing)`` / ``Billing Postcode``... With one row per product, an order's rows follow each
  other under its number and the first row's order fields are used. WooCommerce's own order
  attribution (``_wc_order_attribution_utm_source``, ``..._session_entry`` for the landing page)
  is read when the plugin exports those meta fields.

Several coupons in one cell are comma-separated. Dates come in the shop's format, so day/month
order is decided from the file (``1.234,50`` amounts too).
"""

from __future__ import annotations

from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find
from omniprint.ingest.presets._records import Layout, RecordReader, layout_mapping


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


_ATTRIBUTION = "wc order attribution "
ALIASES: dict[str, tuple[str, ...]] = {
    "key": _names("order #|order number|order id|order no|numero de pedido|id del pedido|pedido"),
    "date": _names("date|order date|date created|fecha del pedido|fecha de pedido|fecha"),
    "status": _names("status|order status|estado|estado del pedido"),
    "amount": _names(
        "order total amount|order total|total|net sales|n revenue|net revenue|"
        "importe total del pedido|total del pedido|total"
    ),
    "refunded": _names(
        "order refund amount|refund amount|refunded|total refunded|"
        "importe reembolsado del pedido|reembolsado"
    ),
    "codes": _names(
        "coupon s|coupons|coupon code|coupon codes|coupons used|coupon items|codigo de cupon|"
        "codigos de cupon|cupones|cupon"
    ),
    "currency": _names("currency|order currency|moneda"),
    "postcode": _names(
        "postcode billing|billing postcode|billing zip|billing postal code|"
        "codigo postal facturacion"
    ),
    "shipping_postcode": _names(
        "postcode shipping|shipping postcode|shipping zip|shipping postal code|codigo postal envio"
    ),
    "utm_source": _names(f"{_ATTRIBUTION}utm source|utm source|origin"),
    "utm_medium": _names(f"{_ATTRIBUTION}utm medium|utm medium"),
    "utm_campaign": _names(f"{_ATTRIBUTION}utm campaign|utm campaign"),
    "utm_content": _names(f"{_ATTRIBUTION}utm content|utm content"),
    "landing_url": _names(f"{_ATTRIBUTION}session entry|session entry|landing page"),
    "name": _names("customer|customer name|billing name|first name billing|nombre facturacion"),
    "last_name": _names("last name billing"),
    "email": _names("email billing|billing email|customer email|correo electronico facturacion"),
    "phone": _names("phone billing|billing phone|phone|telefono facturacion"),
}
_ANALYTICS = {"date", "order #", "status", "customer type"}
_PLUGIN_IDS = {"order number", "order id", "numero de pedido", "id del pedido"}
_PLUGIN_DATES = {"order date", "fecha del pedido", "fecha de pedido"}
_PLUGIN_STATUS = {"order status", "estado del pedido"}
_TEXT = ("currency", "postcode", "shipping_postcode", "landing_url", "utm_source",
         "utm_medium", "utm_campaign", "utm_content")  # fmt: skip
_PERSONAL = ("name", "last_name", "email", "phone")


class WooCommercePreset(Preset):
    name = "woocommerce"
    kind = "order"

    def score(self, folded: set[str]) -> int:
        if folded >= _ANALYTICS:
            return 100 + len(folded & {"coupon s", "net sales", "n revenue"})
        if folded & _PLUGIN_IDS and folded & _PLUGIN_DATES and folded & _PLUGIN_STATUS:
            return 100 + len(folded & {"coupon code", "order total amount", "codigo de cupon"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        found = {f: find(header, *names) for f, names in ALIASES.items()}
        if found["key"] is None or found["date"] is None:
            raise ValueError(tr("no order number or order date column"))
        layout = Layout(
            key=found["key"],
            date=found["date"],
            amount=[found["amount"]] if found["amount"] is not None else [],
            refunded=[found["refunded"]] if found["refunded"] is not None else [],
            codes=[found["codes"]] if found["codes"] is not None else [],
            status=found["status"],
            text={f: i for f in _TEXT if (i := found[f]) is not None},
            personal={f: i for f in _PERSONAL if (i := found[f]) is not None},
        )
        return RecordReader(
            header,
            layout,
            kind="order",
            what="order",
            grouped=True,
            mapping=layout_mapping(header, layout),
        )
