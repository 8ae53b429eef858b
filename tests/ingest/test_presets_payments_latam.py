"""The payment tools and shops of Spain and Latin America, each read from a sample written from its
documented layout (fixtures/issue14):

* PayPal Activity download: PayPal's "Activity Download Specification" and the "Download History
  Fields" list (developer.paypal.com/api/nvp-soap/paypal-payments-standard/admin/download-history):
  Date, Time, TimeZone, Name, Type, Status, Currency, Gross, Fee, Net, ..., Transaction ID,
  Reference Txn ID, Invoice Number, Zip/Postal Code, Balance Impact; Spanish headers as a Spanish
  account downloads them.
* Stripe "Balance change from activity" itemised: report type
  ``balance_change_from_activity.itemized.3`` and its documented columns (balance_transaction_id,
  created_utc, gross, fee, net, reporting_category, source_id, charge_id, payment_metadata[...]).
* PrestaShop back-office orders export: the Orders list of the PrestaShop user guide (ID;
  Referencia; Nuevo cliente; Entrega; Cliente; Total; Pago; Estado; Fecha) plus a voucher column.
* SumUp transactions report: SumUp help centre "Sales history" (ID, date, amount, status,
  payment type, card type, description, tip, fee, payout).
* Mercado Pago settlement report: the "Campos del reporte" glossary (mercadopago.com.mx/developers
  /es/docs/reports/...), human column names with their codes in brackets.
* Tiendanube "Exportar lista de ventas": the Tiendanube help centre's order list columns (Número
  de orden, Fecha, Estado de la orden, Estado del pago, Moneda, Total, Código postal, Cupón de
  descuento, one row per product).
"""

from __future__ import annotations

import pytest

from omniprint.ingest.presets import detect
from omniprint.ingest.responses import read_responses
from omniprint.ingest.table import read_table
from support import FIXTURES

HERE = FIXTURES / "issue14"


def read(name: str, **options):
    return read_responses((HERE / name).read_bytes(), file=name, **options)


def keyed(result) -> dict:
    return {r.natural_key: r for r in result.responses}


@pytest.mark.parametrize(
    ("name", "preset"),
    [
        ("paypal_activity_us.csv", "paypal"),
        ("paypal_actividad_es.csv", "paypal"),
        ("stripe_balance_itemized.csv", "stripe-balance"),
        ("prestashop_pedidos_es.csv", "prestashop"),
        ("sumup_transactions.csv", "sumup"),
        ("mercadopago_liquidaciones.csv", "mercadopago"),
        ("tiendanube_ventas.csv", "tiendanube"),
    ],
)
def test_recognised_by_header_with_no_questions(name: str, preset: str) -> None:
    assert detect(read_table((HERE / name).read_bytes()).header) == preset
    assert read(name).preset == preset


def test_paypal_us_completed_payments_only_month_first_from_the_time_zone() -> None:
    result = read("paypal_activity_us.csv")
    assert (result.rows, result.records, result.refused, result.date_order) == (8, 4, 0, "mdy")
    found = keyed(result)
    assert list(found) == [
        "5TY12345AB678901C",
        "6KJ98765CD432109E",
        "5TY12345AB678901C:refund:8CD33333GH444444J",
        "1GH77777LM888888N",
    ]
    sale = found["5TY12345AB678901C"]
    assert (sale.occurred_at, sale.amount_cents, sale.currency) == (
        "2026-10-05T09:14:02",
        4500,
        "USD",
    )
    assert sale.billing_postcode == "94110" and sale.personal is None
    assert found["6KJ98765CD432109E"].amount_cents == 125000  # "1,250.00"
    refund = found["5TY12345AB678901C:refund:8CD33333GH444444J"]
    assert (refund.amount_cents, refund.refunded_cents) == (0, 4500)
    denied = found["1GH77777LM888888N"]
    assert denied.cancelled and denied.billing_postcode is None  # a lone "-" is no postcode
    assert any("month-first" in n and "PDT" in n for n in result.notes)
    left = next(n for n in result.notes if "left out" in n)
    assert left.startswith("4 rows") and "General Withdrawal: 1" in left and "Pending" in left


def test_paypal_spanish_day_first_comma_decimals_refund_keyed_to_its_payment() -> None:
    result = read("paypal_actividad_es.csv")
    assert (result.rows, result.records, result.date_order, result.decimal) == (4, 3, "dmy", ",")
    found = keyed(result)
    assert found["0FG23456HJ789012K"].amount_cents == 112000  # "1.120,00"
    assert found["0AB12345CD678901E"].occurred_at == "2026-10-03T10:12:44"
    assert found["0AB12345CD678901E:refund:0LM34567NP890123Q"].refunded_cents == 1000
    # --dates overrides what the account's country suggests.
    assert (
        read("paypal_actividad_es.csv", date_order="mdy")
        .responses[0]
        .occurred_at.startswith("2026-03-10")
    )


def test_stripe_balance_charges_and_refunds_share_the_payments_source() -> None:
    result = read("stripe_balance_itemized.csv")
    assert (result.rows, result.records, result.refused, result.source) == (6, 4, 0, "stripe")
    found = keyed(result)
    charge = found["ch_3Q1aa"]
    assert (charge.amount_cents, charge.currency, charge.codes) == (4990, "EUR", ("FLYER-7Q2",))
    assert (charge.utm_source, charge.utm_campaign) == ("flyer", "otono26")
    assert charge.occurred_at == "2026-10-03T09:14:02+00:00"
    # Two partial refunds of one charge: two records, 20.00 + 29.90.
    assert found["ch_3Q1aa:refund:re_3Q1cc"].refunded_cents == 2000
    assert found["ch_3Q1aa:refund:re_3Q1dd"].refunded_cents == 2990
    assert any(n.startswith("2 rows") and "payout: 1" in n for n in result.notes)


def test_prestashop_spanish_semicolons_vouchers_states() -> None:
    result = read("prestashop_pedidos_es.csv")
    assert (result.delimiter, result.rows, result.records, result.refused) == (";", 5, 5, 0)
    found = keyed(result)
    assert found["1042"].codes == ("OTONO-4F7",) and found["1042"].amount_cents == 3590
    assert found["1042"].currency == "EUR" and found["1042"].billing_postcode == "46004"
    assert found["1043"].amount_cents == 112000
    assert found["1044"].cancelled  # Cancelado
    assert found["1045"].refunded_cents == 4800  # Reembolsado
    assert found["1046"].cancelled and found["1046"].billing_postcode is None  # Error en pago, "-"
    assert found["1045"].occurred_at == "2026-10-13T12:00:00"
    assert {r.source for r in result.responses} == {"prestashop:EUR"}


def test_sumup_tips_refunds_and_failures() -> None:
    result = read("sumup_transactions.csv")
    assert (result.rows, result.records, result.refused) == (6, 6, 0)
    found = keyed(result)
    assert found["TDCQJ9T9RU"].amount_cents == 1150  # 12.50 less a 1.00 tip
    assert found["TFX2M8N4BS"].cancelled  # Failed
    assert found["TG7YV6C2DE:refund"].refunded_cents == 3000
    assert found["TH5RT1X9QW"].refunded_cents == 1500  # a sale whose status became Refunded
    assert all(r.kind == "redemption" for r in result.responses)


def test_mercadopago_settlement_codes_in_brackets() -> None:
    result = read("mercadopago_liquidaciones.csv")
    assert (result.rows, result.records, result.refused) == (6, 5, 0)
    found = keyed(result)
    sale = found["18734562001"]
    assert (sale.amount_cents, sale.currency, sale.store) == (1500000, "ARS", "SUC-PALERMO")
    assert sale.occurred_at == "2026-10-05T10:12:44-03:00"
    assert found["18734562001:refund"].refunded_cents == 500000
    assert found["18734562005:refund"].refunded_cents == 310000  # a chargeback gives money back
    assert any("WITHDRAWAL: 1" in n for n in result.notes)


def test_tiendanube_one_record_per_order_coupon_postcode_states() -> None:
    result = read("tiendanube_ventas.csv")
    assert (result.rows, result.records, result.refused, result.date_order) == (5, 4, 0, "dmy")
    found = keyed(result)
    first = found["1051"]  # two product rows
    assert (first.amount_cents, first.codes, first.billing_postcode) == (
        1770000,
        ("FLYER-7Q2",),
        "C1425",
    )
    assert found["1052"].store == "Sucursal Palermo"
    assert found["1053"].cancelled
    assert found["1054"].refunded_cents == 630000 and found["1054"].billing_postcode is None
    assert {r.source for r in result.responses} == {"tiendanube:ARS"}


def test_square_in_spanish_still_read() -> None:
    real = FIXTURES / "real" / "square_transacciones_es.csv"
    result = read_responses(real.read_bytes(), file=real.name)
    assert result.preset == "square" and result.records > 0 and result.refused == 0
