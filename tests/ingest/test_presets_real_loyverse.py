"""Loyverse Back Office, Reports > Receipts by item > Export, in English and in Spanish.

Layout from: Loyverse exports quoted in public repositories - the "receipts by item" header
``Date,Receipt number,Receipt type,Category,SKU,Item,Variant,Modifiers applied,Quantity,Gross
sales,Discounts,Net sales,Cost of goods,Gross profit,Taxes,POS,Store,Cashier name,Customer
name,Customer contacts,Comment,Status`` (several importers' samples and fixtures), with dates
``7/28/26 1:33 PM`` / ``01/10/2026 23:50`` and statuses ``Closed`` / ``Cancelled``; the Spanish
``Fecha,Número de recibo,Tipo de recibo,...,Artículo,Cantidad,Ventas brutas,Descuentos,Ventas
netas,...`` with ``19/9/2026 8:15 p. m.`` from a Latin American importer's test. The receipts
export (one row per receipt) is covered by tests/ingest/test_presets.py.
"""

from __future__ import annotations

from omniprint.ingest.responses import read_responses
from support import FIXTURES

REAL = FIXTURES / "real"


def read(name: str):
    return read_responses((REAL / name).read_bytes(), file=name)


def test_loyverse_receipts_by_item_are_summed_per_receipt() -> None:
    result = read("loyverse_receipts_by_item.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("loyverse", 7, 5, 0)
    assert result.date_order == "mdy"
    receipts = {r.natural_key: r for r in result.responses}
    assert list(receipts) == ["4-1037", "4-1036", "4-1030:refund", "4-1029", "4-1028"]
    first = receipts["4-1037"]  # two items: net sales and taxes of both
    assert (first.line, first.occurred_at) == (2, "2026-10-19T13:33:00")
    assert (first.amount_cents, first.codes, first.store) == (
        8100 + 648 + 405 + 32, ("FLYER-7K2M",), "Tangerine Cafe",
    )  # fmt: skip
    assert receipts["4-1030:refund"].refunded_cents == 2700
    assert receipts["4-1029"].cancelled
    assert receipts["4-1028"].amount_cents == 2500 + 200 + 300 + 24
    assert all(r.kind == "redemption" for r in result.responses)


def test_loyverse_receipts_by_item_in_spanish() -> None:
    result = read("loyverse_recibos_por_articulo_es.csv")
    assert (result.preset, result.encoding, result.delimiter) == ("loyverse", "cp1252", ";")
    assert (result.rows, result.records, result.refused) == (4, 3, 0)
    assert (result.date_order, result.decimal) == ("dmy", ",")
    receipts = {r.natural_key: r for r in result.responses}
    first = receipts["1-1001"]
    assert first.occurred_at == "2026-10-19T20:15:00"  # "8:15 p. m."
    assert first.amount_cents == 112500 + 18000 + 8550 + 1368  # "1.125,00" + "180,00" + ...
    assert (first.codes, first.store) == (("MX-4K7D-PQ2Z",), "Panadería Centro")
    assert receipts["1-1003:refund"].refunded_cents == 9918  # Reembolso
    assert receipts["1-1008"].cancelled  # Cancelado
