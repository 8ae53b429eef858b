"""Shopify admin, Orders > Export, as written in 2026: every column, in the order Shopify uses.

Layout from: the Shopify Help Center "Exporting orders" (help.shopify.com/.../exporting-orders:
headers are English in every admin language, extra line items on rows of their own), and the
full 79-column header as pasted in public code (e.g. the ``ParseType::Transaction`` header string
ending "Payment ID,Payment Terms Name,Next Payment Due At,Payment References", and the
ShopifyImporter spec in a Rails repository: continuation rows carry only Name, Email and the
line item). Values: dates ``2026-10-19 20:15:03 +0200``, zips guarded by Excel's ``'``,
several codes in one ``Discount Code`` cell, ``voided`` / ``Cancelled at``.
"""

from __future__ import annotations

from omniprint.ingest.responses import read_responses
from support import FIXTURES

REAL = FIXTURES / "real"


def read(name: str):
    return read_responses((REAL / name).read_bytes(), file=name)


def test_shopify_orders_export_2026() -> None:
    result = read("shopify_orders_export_2026.csv")
    assert (result.preset, result.encoding, result.delimiter) == ("shopify", "utf-8", ",")
    assert (result.rows, result.records, result.refused) == (9, 7, 0)
    orders = {r.natural_key: r for r in result.responses}
    assert list(orders) == ["#1041", "#1042", "#1043", "#1044", "#1045", "#1046", "#1047"]

    first = orders["#1041"]  # two line items; note attributes over five physical lines
    assert (first.line, first.occurred_at) == (2, "2026-10-19T20:15:03+02:00")
    assert (first.codes, first.amount_cents, first.currency) == (("OTO-3K9D-7QMP",), 4090, "EUR")
    assert (first.billing_postcode, first.shipping_postcode) == ("46006", "46006")
    assert (first.utm_source, first.utm_medium, first.utm_campaign, first.utm_content) == (
        "flyer", "print", "otono-2026", "46006-a",
    )  # fmt: skip

    big = orders["#1042"]
    assert (big.line, big.codes) == (7, ("OTO-8H2W-KK4R", "WELCOME10"))
    assert (big.amount_cents, big.billing_postcode, big.shipping_postcode) == (
        129000,
        "08011",
        "08011",
    )

    partial = orders["#1043"]
    assert (partial.amount_cents, partial.refunded_cents, partial.cancelled) == (3190, 1000, False)
    assert (partial.billing_postcode, partial.shipping_postcode) == ("46023", "46007")

    assert orders["#1044"].cancelled and orders["#1044"].codes == ("OTO-ZZ81-4MNA",)
    refunded = orders["#1045"]
    assert (refunded.refunded_cents, refunded.currency, refunded.codes) == (4500, "GBP", ())
    assert refunded.occurred_at == "2026-10-25T16:09:51+01:00"

    pos = orders["#1046"]  # a POS sale: the till's location is the store
    assert (pos.store, pos.amount_cents, pos.line) == ("Tienda Ruzafa", 1250, 11)

    us = orders["#1047"]
    assert (us.occurred_at, us.billing_postcode, us.currency) == (
        "2026-10-27T09:05:33-04:00", "02134", "USD",
    )  # fmt: skip
    assert not us.cancelled and us.refunded_cents == 0
    assert all(r.kind == "order" and r.personal is None for r in result.responses)
