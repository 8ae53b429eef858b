"""Square Dashboard exports: Transactions and Item Details, as sellers download them in 2026.

Layout from: the 55-column Transactions header and the 35-column Item Details header quoted
verbatim in public repositories (aditya2kx/jarvis ``skills/square_api/export.py``, "verbatim
dashboard export order"; zoetankersley/sunrise_social_club ``data/raw/items-2026-07-18-...csv``, a
real Item Details export: ``2026-07-18``, ``12:59:30``, ``Eastern Time (US & Canada)``, ``$8.00``,
``1.0``, no Discount Name column), and an Excel re-save of an older export
(rwslippey/square_transaction_parser ``square_example.csv``: ``"$1,149.00 "``, ``($33.62)``).
The Spanish-language Transactions header (``Fecha, Hora, Zona horaria, ..., Ventas netas, ...,
ID de transacción``, ``1.250,00 €``) follows Square's Spanish report terms; no real file was
found to confirm the exact column names.
"""

from __future__ import annotations

from omniprint.ingest.responses import read_responses
from support import FIXTURES

REAL = FIXTURES / "real"


def read(name: str):
    return read_responses((REAL / name).read_bytes(), file=name)


def test_square_transactions_2026() -> None:
    result = read("square_transactions_2026.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("square", 6, 6, 0)
    assert result.date_order == "ymd"
    sales = {r.natural_key: r for r in result.responses}
    first = sales["4S5oaeKrPyyWWst4wAvuQJ3qn6PZY"]
    assert first.occurred_at == "2026-10-19T13:05:12"  # local time of the Time Zone column
    assert (first.amount_cents, first.codes, first.store) == (
        4500 + 399,
        ("FLYER-A7KD",),
        "Mission St",
    )
    assert (first.currency, first.cancelled) == (None, False)  # "$" names no one currency
    big = sales["On8JVRNfDLBO7hxgd7iDioqmDzJZY"]
    assert (big.amount_cents, big.refunded_cents) == (108000 + 9585, 10000)
    assert big.codes == ("FLYER-B2QX", "Loyalty 10%")
    refund = sales["4S5oaeKrPyyWWst4wAvuQJ3qn6PZY:refund"]
    assert (refund.amount_cents, refund.refunded_cents, refund.line) == (0, 4899, 5)
    assert sales["S1424Uqzz7LhfRxkiF0kEgATxzUZY"].cancelled  # Transaction Status: Failed
    assert sales["eFjvDsqrtxRtOBPtLjvhLFm3JFbZY"].amount_cents == 540 + 46  # tip left out


def test_square_item_details_2026_sums_items() -> None:
    result = read("square_item_details_2026.csv")
    assert (result.preset, result.rows, result.records, result.refused) == (
        "square-items", 7, 4, 0,
    )  # fmt: skip
    sales = {r.natural_key: r for r in result.responses}
    assert list(sales) == [
        "4S5oaeKrPyyWWst4wAvuQJ3qn6PZY", "gSrCa7LyN01iIhIdeCtxqg9fx9ZZY",
        "S1424Uqzz7LhfRxkiF0kEgATxzUZY", "4S5oaeKrPyyWWst4wAvuQJ3qn6PZY:refund",
    ]  # fmt: skip
    two = sales["4S5oaeKrPyyWWst4wAvuQJ3qn6PZY"]
    assert (two.line, two.occurred_at, two.amount_cents) == (2, "2026-10-18T12:59:30", 2 * 862)
    three = sales["S1424Uqzz7LhfRxkiF0kEgATxzUZY"]
    assert three.amount_cents == 720 + 56 + 360 + 27 + 540 + 41 and three.codes == ()
    assert sales["4S5oaeKrPyyWWst4wAvuQJ3qn6PZY:refund"].refunded_cents == 862
    assert {r.store for r in result.responses} == {"Sunrise Social Club LLC"}


def test_square_transactions_saved_again_by_excel_us() -> None:
    result = read("square_transactions_excel_us.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("square", 4, 4, 0)
    assert (result.date_order, result.decimal) == ("mdy", ".")
    sales = {r.natural_key: r for r in result.responses}
    assert sales["TXA1"].occurred_at == "2026-10-13T13:05:12"  # "10/13/26", "1:05:12 PM"
    assert sales["TXA3"].occurred_at == "2026-10-14T10:00:00"
    assert (sales["TXA3"].amount_cents, sales["TXA3"].refunded_cents) == (117585, 10000)
    assert sales["TXA1:refund"].refunded_cents == 4899  # "($45.00)" + "($3.99)"


def test_square_transactions_in_spanish() -> None:
    result = read("square_transacciones_es.csv")
    assert (result.preset, result.rows, result.records, result.refused) == ("square", 4, 4, 0)
    assert (result.date_order, result.decimal) == ("dmy", ",")
    sales = {r.natural_key: r for r in result.responses}
    first = sales["zXk1ES001"]
    assert (first.occurred_at, first.amount_cents, first.currency) == (
        "2026-10-19T20:15:03", 1260 + 126, "EUR",
    )  # fmt: skip
    assert (first.codes, first.store) == (("OTO-3K9D-7QMP",), "Tienda Ruzafa")
    big = sales["zXk1ES002"]
    assert (big.amount_cents, big.refunded_cents) == (112500 + 11250, 10000)  # "1.125,00 €"
    assert sales["zXk1ES003"].occurred_at == "2026-10-20T09:05:00"  # "9:05:00"
    refund = sales["zXk1ES001:refund"]  # Tipo de evento: Reembolso
    assert (refund.amount_cents, refund.refunded_cents, refund.line) == (0, 1386, 5)
