"""Each preset reads its real export layout: exact records, sums, codes, dates and problems."""

from __future__ import annotations

import pytest

from omniprint.ingest.presets import PRESETS, detect
from omniprint.ingest.responses import read_responses
from omniprint.ingest.table import read_table
from support import FIXTURES


def read(name: str, **kwargs):
    return read_responses((FIXTURES / name).read_bytes(), file=name, **kwargs)


def by_key(result):
    return {r.natural_key: r for r in result.responses}


@pytest.mark.parametrize(
    ("fixture", "preset"),
    [
        ("shopify_orders_export.csv", "shopify"),
        ("woocommerce_analytics_orders.csv", "woocommerce"),
        ("woocommerce_order_export_es.csv", "woocommerce"),
        ("square_transactions.csv", "square"),
        ("square_item_details.csv", "square-items"),
        ("stripe_payments.csv", "stripe"),
        ("ga4_traffic_acquisition.csv", "ga4"),
        ("loyverse_receipts_en.csv", "loyverse"),
        ("loyverse_recibos_es.csv", "loyverse"),
        ("canjes_tienda_es.csv", "generic"),
        ("cupones_excel_unicode.txt", "generic"),
        ("redemptions_uk.csv", "generic"),
    ],
)
def test_each_sample_is_recognised_by_its_header(fixture: str, preset: str) -> None:
    header = read_table((FIXTURES / fixture).read_bytes(), file=fixture).header
    assert detect(header) == preset


def test_headers_that_fit_nothing_are_not_recognised() -> None:
    assert detect(["Nombre", "Apellidos", "Teléfono"]) is None
    assert detect(["Date", "Amount"]) is None  # no code column: not even a generic list


def test_header_matching_ignores_case_accents_and_punctuation() -> None:
    assert detect(["FECHA", "Codigo", "importe (€)", "Tienda"]) == "generic"
    assert detect(["fecha", "número de recibo", "TIPO DE RECIBO", "Total recaudado"]) == "loyverse"


def test_every_preset_is_registered() -> None:
    assert set(PRESETS) == {
        "shopify", "woocommerce", "square", "square-items", "stripe", "ga4", "loyverse", "generic",
        "paypal", "stripe-balance", "prestashop", "sumup", "mercadopago", "tiendanube",
    }  # fmt: skip


def test_shopify_orders_one_record_per_order() -> None:
    result = read("shopify_orders_export.csv")
    assert result.preset == "shopify" and result.rows == 5 and result.problems == []
    orders = by_key(result)
    assert list(orders) == ["#1001", "#1002", "#1003", "#1004"]
    first = orders["#1001"]
    assert first.line == 2 and first.kind == "order"  # its second line item (line 3) is folded in
    assert first.occurred_at == "2026-10-03T10:12:40+02:00"
    assert first.codes == ("OTO-3K9D-7QMP-X",)
    assert (first.amount_cents, first.currency) == (3190, "EUR")
    assert (first.billing_postcode, first.shipping_postcode) == ("46001", "46001")
    assert orders["#1002"].codes == ()
    assert orders["#1003"].cancelled and orders["#1003"].codes == ("oto-8h2w-kk4r-7",)
    assert orders["#1004"].refunded_cents == 900 and not orders["#1004"].cancelled
    assert sum(r.amount_cents for r in result.responses) == 3190 + 1800 + 900 + 4500
    assert all(r.personal is None for r in result.responses)


def test_shopify_several_codes_utm_notes_and_a_broken_order() -> None:
    header = (FIXTURES / "shopify_orders_export.csv").read_text(encoding="utf-8").splitlines()[0]
    cols = header.split(",")

    def line(**cells: str) -> str:
        return ",".join(cells.get(c.replace(" ", "_"), "") for c in cols)

    text = "\n".join(
        [
            header,
            line(Name="#2001", Created_at="2026-10-03 10:00:00 -0500", Total="10.00",
                 Discount_Code="\"A-1, B-2\"", Billing_Zip="'02134",
                 Note_Attributes='"utm_source: flyer\nutm_content: 02134-a"'),
            line(Name="#2002", Lineitem_quantity="1"),  # an order whose first row lost its fields
            line(Name="#2002", Lineitem_quantity="2"),
            line(Name="#2003", Created_at="2026-13-03 10:00:00 +0000", Total="5.00"),
            line(Name="#2001", Created_at="2026-10-03 10:00:00 -0500", Total="10.00"),
        ]
    )  # fmt: skip
    result = read_responses(text.encode(), file="s.csv")
    (order,) = result.responses
    assert order.codes == ("A-1", "B-2")
    assert order.occurred_at == "2026-10-03T10:00:00-05:00"
    assert order.billing_postcode == "02134"
    assert (order.utm_source, order.utm_content) == ("flyer", "02134-a")
    assert [(p.line, p.column) for p in result.problems] == [
        (4, "Created at"), (6, "Created at"), (7, None),
    ]  # fmt: skip
    assert "also on line 2" in result.problems[2].reason


def test_woocommerce_analytics_export() -> None:
    result = read("woocommerce_analytics_orders.csv")
    orders = by_key(result)
    assert list(orders) == ["2041", "2042", "2043", "2044"]
    assert orders["2041"].occurred_at == "2026-10-02T09:14:03"
    assert orders["2042"].amount_cents == 123450  # "1,234.50"
    assert orders["2043"].codes == ("OTO-W1KD-99ZQ-3", "WELCOME10")
    assert orders["2043"].refunded_cents == 4500  # status Refunded and no refund column
    assert orders["2044"].cancelled
    assert result.mapping["amount"] == "Net Sales"


def test_woocommerce_plugin_export_in_spanish_with_product_rows() -> None:
    result = read("woocommerce_order_export_es.csv")
    assert (result.encoding, result.delimiter, result.decimal) == ("utf-8-sig", ";", ",")
    assert result.date_order == "dmy" and result.rows == 5 and result.problems == []
    orders = by_key(result)
    assert list(orders) == ["5001", "5002", "5003", "5004"]
    first = orders["5001"]
    assert first.amount_cents == 123450 and first.line == 2  # "1.234,50", two product rows
    assert first.occurred_at == "2026-10-03T10:15:00"
    assert (first.utm_source, first.utm_medium, first.utm_campaign, first.utm_content) == (
        "flyer", "print", "otono-2026", "46001-a",
    )  # fmt: skip
    assert first.landing_url.startswith("https://tostadores.example/?utm_source=flyer")
    assert orders["5002"].billing_postcode == "08012"  # leading zero kept
    assert orders["5003"].refunded_cents == 4500 and orders["5003"].shipping_postcode == "46010"
    assert orders["5004"].cancelled  # wc-cancelled
    assert all(r.currency == "EUR" for r in result.responses)


def test_square_transactions() -> None:
    result = read("square_transactions.csv")
    assert result.date_order == "mdy"
    sales = by_key(result)
    assert list(sales) == ["TX-A1", "TX-A2", "TX-A3", "TX-A1:refund", "TX-A4"]
    assert sales["TX-A1"].amount_cents == 4500 + 399  # net sales + tax, tip left out
    assert sales["TX-A1"].codes == ("FLYER-A7KD",) and sales["TX-A1"].store == "Main St"
    assert sales["TX-A1"].occurred_at == "2026-10-13T13:05:12"
    assert sales["TX-A3"].amount_cents == 108000 + 9585
    assert sales["TX-A3"].refunded_cents == 10000
    assert sales["TX-A3"].codes == ("FLYER-B2QX", "Loyalty 10%")
    refund = sales["TX-A1:refund"]
    assert (refund.amount_cents, refund.refunded_cents, refund.line) == (0, 4500, 5)
    assert sales["TX-A4"].cancelled  # Failed


def test_square_item_details_are_summed_per_transaction() -> None:
    result = read("square_item_details.csv")
    sales = by_key(result)
    assert list(sales) == ["TX-B1", "TX-B2", "TX-B3:refund"]
    assert sales["TX-B1"].amount_cents == 990 + 89 + 360 + 32
    assert sales["TX-B1"].codes == ("FLYER-Q8PZ",) and sales["TX-B1"].line == 2
    assert sales["TX-B3:refund"].refunded_cents == 436


def test_stripe_payments_with_metadata_columns() -> None:
    result = read("stripe_payments.csv")
    pays = by_key(result)
    assert list(pays) == ["ch_3Q1aAA", "ch_3Q1aAB", "ch_3Q1aAC", "ch_3Q1aAD"]
    first = pays["ch_3Q1aAA"]
    assert first.occurred_at == "2026-10-05T08:03:00+00:00"
    assert (first.codes, first.currency, first.billing_postcode) == (
        ("LEEDS-7K2M-QX",), "GBP", "LS1 4AP",
    )  # fmt: skip
    assert (first.utm_source, first.utm_campaign, first.utm_content) == (
        "flyer", "autumn-26", "ls1-a",
    )  # fmt: skip
    assert pays["ch_3Q1aAB"].refunded_cents == 2050 and pays["ch_3Q1aAB"].amount_cents == 12050
    assert pays["ch_3Q1aAC"].cancelled
    assert pays["ch_3Q1aAD"].refunded_cents == 1800 and pays["ch_3Q1aAD"].codes == ()


def test_ga4_traffic_acquisition() -> None:
    result = read("ga4_traffic_acquisition.csv")
    visits = result.responses
    assert [v.kind for v in visits] == ["visit"] * 4
    assert [(v.utm_campaign, v.utm_content, v.sessions, v.key_events) for v in visits] == [
        ("otono-2026", "46001-a", 88, 7),
        ("otono-2026", "46004-b", 63, 4),
        ("(direct)", None, 1204, 40),
        ("(organic)", None, 540, 13),
    ]
    assert visits[0].occurred_at == "2026-10-01T00:00:00"  # the report's start date
    assert visits[0].line == 10
    assert len({v.natural_key for v in visits}) == 4


def test_ga4_with_date_revenue_source_medium_and_a_totals_row() -> None:
    text = (
        "# Start date: 20260101\n# End date: 20260131\n\n"
        "Date,Session source / medium,Session manual ad content,Sessions,Key events,Total revenue\n"
        ",,,300,12,450.5\n"
        "20260105,flyer / print,28001-a,120,5,210.00\n"
        "20260106,google / organic,(not set),180,7,240.50\n"
    )
    result = read_responses(text.encode(), file="ga4.csv")
    first, second = result.responses
    assert (first.occurred_at, first.utm_source, first.utm_medium) == (
        "2026-01-05T00:00:00", "flyer", "print",
    )  # fmt: skip
    assert (first.utm_content, first.amount_cents, first.sessions) == ("28001-a", 21000, 120)
    assert second.utm_content is None and second.amount_cents == 24050


def test_loyverse_receipts_in_english() -> None:
    result = read("loyverse_receipts_en.csv")
    assert result.date_order == "mdy"
    receipts = by_key(result)
    assert list(receipts) == ["4-1037", "4-1036", "4-1030:refund", "4-1029"]
    assert receipts["4-1037"].occurred_at == "2026-10-13T13:33:00"
    assert receipts["4-1037"].amount_cents == 8748 and receipts["4-1037"].store == "Tangerine Cafe"
    assert receipts["4-1030:refund"].refunded_cents == 2700
    assert receipts["4-1029"].cancelled
    assert all(r.kind == "redemption" and r.codes == () for r in result.responses)


def test_loyverse_receipts_in_spanish_with_bad_rows() -> None:
    result = read("loyverse_recibos_es.csv")
    assert (result.encoding, result.delimiter, result.decimal, result.date_order) == (
        "cp1252", ";", ",", "dmy",
    )  # fmt: skip
    receipts = by_key(result)
    assert list(receipts) == ["1-1001", "1-1002", "1-1003:refund", "1-1008"]
    assert receipts["1-1001"].occurred_at == "2026-09-19T20:15:00"  # "8:15 p. m."
    assert receipts["1-1001"].amount_cents == 130500  # "1.305,00"
    assert receipts["1-1001"].store == "Panadería Centro"
    assert receipts["1-1003:refund"].refunded_cents == 9918
    assert receipts["1-1008"].cancelled  # Cancelado
    assert [(p.line, p.column) for p in result.problems] == [
        (5, "Fecha"),  # 31 September
        (6, "Total recaudado"),  # "cuarenta"
        (7, "Número de recibo"),  # empty
        (8, None),  # receipt 1-1002 again
    ]
    assert "not a valid date" in result.problems[0].reason
    assert result.problems[1].raw.startswith("21/9/2026 12:10 p. m.;1-1005;Venta;")
    assert len(result.responses) + len(result.problems) == result.rows
