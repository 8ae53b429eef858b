"""WooCommerce orders: the Analytics > Orders CSV and the columns of the common export plugins.

* Analytics export (WooCommerce 8-9, ``ReportCSVExporter``): ``Date, Order #, N. Revenue
  (formatted), Status, Customer, Customer type, Product(s), Items sold, Coupon(s), Net Sales,
  Attribution`` (older versions ``N. Revenue`` and no attribution; the table downloaded from the
  browser says ``Net sales`` and ``Origin``). The headers follow the admin's language (``Fecha,
  Pedido #, Estado, Cliente, Tipo de cliente, ..., Cupón(es), Ventas netas``). ``Date`` is
  ``2026-10-19 20:15:03``, ``Status`` the status slug (``completed``, ``refunded``,
  ``cancelled``), ``Net Sales`` a plain number without tax and shipping (``amount_cents``), and the
  currency shows only in the formatted column (``€45.00``). A refund is a row of its own: the
  order's number with negative net sales, read as ``<order>:refund``. ``Attribution`` ``Source:
  flyer`` gives ``utm_source``.
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

from dataclasses import replace

from omniprint.domain.i18n import tr_noop
from omniprint.ingest.presets._base import Found, fold, names
from omniprint.ingest.presets._layout import Layout
from omniprint.ingest.presets._records import LayoutPreset

_ATTRIBUTION = "wc order attribution "
ALIASES: dict[str, tuple[str, ...]] = {
    "key": names(
        "order #|order number|order id|order no|numero de pedido|id del pedido|pedido #|"
        "n o de pedido|no de pedido|n de pedido|pedido no|pedido n o|pedido"
    ),
    "date": names("date|order date|date created|fecha del pedido|fecha de pedido|fecha"),
    "status": names("status|order status|estado|estado del pedido"),
    "amount": names(
        "order total amount|order total|total|net sales|n revenue|net revenue|"
        "importe total del pedido|total del pedido|ventas netas|ingresos netos"
    ),
    "refunded": names(
        "order refund amount|refund amount|refunded|total refunded|refunded total|"
        "importe reembolsado del pedido|reembolsado"
    ),
    "codes": names(
        "coupon s|coupons|coupon code|coupon codes|coupons used|coupon items|codigo de cupon|"
        "codigos de cupon|cupon es|cupones|cupon"
    ),
    "currency": names("currency|order currency|moneda"),
    "postcode": names(
        "postcode billing|billing postcode|billing zip|billing postal code|"
        "codigo postal facturacion"
    ),
    "shipping_postcode": names(
        "postcode shipping|shipping postcode|shipping zip|shipping postal code|codigo postal envio"
    ),
    "utm_source": names(f"{_ATTRIBUTION}utm source|utm source"),
    "origin": names("attribution|origin|atribucion|origen"),
    "formatted": names(
        "n revenue formatted|net revenue formatted|ingresos netos formateado|"
        "ingresos netos con formato|ingresos n formateado"
    ),
    "utm_medium": names(f"{_ATTRIBUTION}utm medium|utm medium"),
    "utm_campaign": names(f"{_ATTRIBUTION}utm campaign|utm campaign"),
    "utm_content": names(f"{_ATTRIBUTION}utm content|utm content"),
    "landing_url": names(f"{_ATTRIBUTION}session entry|session entry|landing page"),
    "name": names("customer|customer name|billing name|first name billing|nombre facturacion"),
    "last_name": names("last name billing"),
    "email": names("email billing|billing email|customer email|correo electronico facturacion"),
    "phone": names("phone billing|billing phone|phone|telefono facturacion"),
}
_ANALYTICS = (
    {"date", "order #", "status", "customer type"},
    {"fecha", "estado", "tipo de cliente"},
)
_ANALYTICS_IDS = ("order #", "pedido #", "n o de pedido", "no de pedido", "n de pedido",
                  "numero de pedido", "pedido")  # fmt: skip
_PLUGIN_IDS = {"order number", "order id", "numero de pedido", "id del pedido"}
_PLUGIN_DATES = {"order date", "fecha del pedido", "fecha de pedido"}
_PLUGIN_STATUS = {"order status", "estado del pedido"}
#: The Customer/Order/Coupon Export plugin writes field names (order_id, order_date, status...):
#: plain "date" and "status" count when the file also has an order field no other layout has.
_PLUGIN_FIELDS = {"order total", "order currency", "coupon items", "refunded total", "order key",
                  "billing postcode", "billing first name"}  # fmt: skip
_TEXT = ("currency", "postcode", "shipping_postcode", "landing_url", "utm_source",
         "utm_medium", "utm_campaign", "utm_content")  # fmt: skip
_PERSONAL = ("name", "last_name", "email", "phone")


_ORIGIN_PREFIXES = ("source:", "fuente:", "origen:", "utm:")


def _origin_source(text: str) -> str | None:
    """The UTM source in WooCommerce's origin label: ``Source: flyer`` gives ``flyer``.

    Other labels (``Direct``, ``Organic: Google``, ``Referral: facebook.com``, ``Unknown``) say
    where the visit came from but were not tagged, so they give no ``utm_source``.
    """
    head, colon, rest = text.partition(":")
    if colon and f"{head.strip().lower()}:" in _ORIGIN_PREFIXES and rest.strip():
        return rest.strip()
    return None


class WooCommercePreset(LayoutPreset):
    name = "woocommerce"
    kind = "order"
    what = "order"
    per_shop = True
    aliases = ALIASES
    missing = tr_noop("no order number or order date column")
    # Plugin exports: one row per product, the order's fields on its first row.
    layout = Layout(
        amount=("amount",),
        refunded=("refunded",),
        codes=("codes",),
        status="status",
        text=_TEXT,
        # Analytics' origin ("Source: flyer") where no UTM source column says it.
        text_fallback={"utm_source": "origin"},
        clean={"origin": _origin_source},
        currency_sign="formatted",
        personal=_PERSONAL,
        grouped=True,
    )

    def score(self, folded: set[str]) -> int:
        if any(folded >= names_ for names_ in _ANALYTICS) and folded & set(_ANALYTICS_IDS):
            return 100 + len(folded & {"coupon s", "net sales", "n revenue", "cupon es",
                                       "ventas netas"})  # fmt: skip
        if folded & _PLUGIN_IDS and folded & _PLUGIN_DATES and folded & _PLUGIN_STATUS:
            return 100 + len(folded & {"coupon code", "order total amount", "codigo de cupon"})
        dated = folded & (_PLUGIN_DATES | {"date"})
        if folded & _PLUGIN_IDS and "status" in folded and dated and folded & _PLUGIN_FIELDS:
            return 100 + len(folded & _PLUGIN_FIELDS)
        return 0

    def layout_for(self, header: list[str], found: Found) -> Layout:
        # Analytics: one row per order, and a refund a row of its own repeating the order's
        # number with negative net sales.
        folded = {fold(name) for name in header}
        if any(folded >= names_ for names_ in _ANALYTICS):
            return replace(self.layout, negative_is_refund=True, grouped=False)
        return self.layout
