"""WooCommerce Analytics > Orders > Download, as WooCommerce 9 writes it.

Layout from: woocommerce/woocommerce, plugins/woocommerce/src/Admin/API/Reports/Orders/
Controller.php (get_export_columns: Date, Order #, N. Revenue (formatted), Status, Customer,
Customer type, Product(s), Items sold, Coupon(s), Net Sales, Attribution; prepare_item_for_export
writes the status slug, the coupons joined with ", " and the raw net total), the browser table
client/analytics/report/orders/table.js (same columns, "Net sales", "Origin"), and
woocommerce-admin issues #2002 and #5766 (a refund is a row of its own with negative net sales).
The Spanish headers (Fecha, Pedido #, ..., Cupón(es), Ventas netas, Atribución) follow the
translation of those labels; no real Spanish file was found to confirm them.
"""

from __future__ import annotations

from omniprint.ingest.responses import read_responses
from support import FIXTURES

REAL = FIXTURES / "real"


def read(name: str):
    return read_responses((REAL / name).read_bytes(), file=name)


def test_woocommerce_analytics_orders_2026() -> None:
    result = read("woocommerce_analytics_orders_2026.csv")
    assert (result.preset, result.rows, result.records, result.refused) == (
        "woocommerce", 7, 7, 0,
    )  # fmt: skip
    assert result.mapping["amount"] == "Net Sales"
    orders = {r.natural_key: r for r in result.responses}
    assert list(orders) == ["3101", "3102", "3103", "3104", "3105", "3101:refund", "3106"]
    first = orders["3101"]
    assert (first.occurred_at, first.amount_cents, first.currency) == (
        "2026-10-19T20:15:03", 3380, "EUR",  # net sales; the currency from "€40.90"
    )  # fmt: skip
    assert (first.codes, first.utm_source) == (("oto-3k9d-7qmp",), "flyer")  # "Source: flyer"
    assert orders["3102"].codes == ("oto-8h2w-kk4r", "welcome10")
    assert orders["3102"].amount_cents == 106612 and orders["3102"].utm_source == "Flyer"
    assert orders["3103"].refunded_cents == 2231 and orders["3103"].utm_source is None  # Organic
    assert orders["3104"].cancelled and orders["3105"].cancelled  # cancelled, failed
    refund = orders["3101:refund"]  # a later partial refund: the order's number, "-8.26"
    assert (refund.amount_cents, refund.refunded_cents, refund.line) == (0, 826, 7)
    assert not orders["3106"].cancelled  # on-hold


def test_woocommerce_analytics_orders_in_spanish() -> None:
    result = read("woocommerce_analiticas_pedidos_es.csv")
    assert (result.preset, result.rows, result.records, result.refused) == (
        "woocommerce", 4, 4, 0,
    )  # fmt: skip
    orders = {r.natural_key: r for r in result.responses}
    assert list(orders) == ["5201", "5202", "5203", "5204"]
    assert (orders["5201"].amount_cents, orders["5201"].currency) == (3380, "EUR")  # "40,90 €"
    assert orders["5201"].utm_source == "flyer"  # "Fuente: flyer"
    assert orders["5202"].codes == ("OTO-8H2W-KK4R", "BIENVENIDA10")
    assert orders["5202"].utm_source is None  # "Directo"
    assert orders["5203"].refunded_cents == 2231 and orders["5204"].cancelled


def test_woocommerce_customer_order_csv_export_plugin() -> None:
    # The Customer/Order/Coupon Export plugin's default one-row-per-order format: field names as
    # headers; coupons as "id:14|code:...|amount:4.00" items joined with ";" (the format its
    # own importer and public scripts split on, e.g. the plugin's "wc_customer_order_csv_export"
    # header filter examples and order-import-export-for-woocommerce's coupon_items parser).
    result = read("woocommerce_customer_order_csv_export.csv")
    assert (result.preset, result.rows, result.records, result.refused) == (
        "woocommerce", 4, 4, 0,
    )  # fmt: skip
    orders = {r.natural_key: r for r in result.responses}
    first = orders["7001"]
    assert (first.occurred_at, first.amount_cents, first.currency) == (
        "2026-10-19T20:15:03", 4090, "EUR",
    )  # fmt: skip
    assert (first.codes, first.billing_postcode, first.shipping_postcode) == (
        ("oto-3k9d-7qmp",), "46006", "46006",
    )  # fmt: skip
    assert orders["7002"].codes == ("oto-8h2w-kk4r", "welcome10")
    assert orders["7003"].refunded_cents == 3190 and orders["7003"].codes == ()
    assert orders["7004"].cancelled
