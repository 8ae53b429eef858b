"""Stripe Dashboard, Payments > Export, "unified payments" layout (unified_payments.csv).

Layout from: the column list of a real unified export kept in a public repository's archive test
(``STRIPE_PAYMENT_HEADER``: id, Created date (UTC), Amount, Amount Refunded, Currency, Captured,
..., PaymentIntent ID, ..., Status, Seller Message, ..., Card Address Zip, ..., Shipping Address
Postal Code, ..., Checkout Session ID, ..., UTM Campaign, UTM Content, UTM Medium, UTM Source,
UTM Term, ..., session_id (metadata)), which also notes rows whose ``id`` is blank; amounts
such as ``"1,000.00"`` and dates ``2025-11-02 18:00:00`` from importers of the same export on
GitHub. Headers stay English whatever the Dashboard's language (not seen otherwise).
"""

from __future__ import annotations

from omniprint.ingest.responses import read_responses
from support import FIXTURES

REAL = FIXTURES / "real"


def test_stripe_unified_payments() -> None:
    name = "stripe_unified_payments.csv"
    result = read_responses((REAL / name).read_bytes(), file=name)
    assert (result.preset, result.rows, result.records, result.refused) == ("stripe", 8, 8, 0)
    pays = {r.natural_key: r for r in result.responses}
    assert list(pays) == [
        "py_3QaF0cLx2mA01", "py_3QaF0cLx2mA02", "py_3QaF0cLx2mA03", "py_3QaF0cLx2mA04",
        "py_3QaF0cLx2mA05",
        "pi_3QaF0cLx2mA06",  # no charge id: the PaymentIntent is the key
        "pi_3QaF0cLx2mA07", "py_3QaF0cLx2mA08",
    ]  # fmt: skip

    link = pays["py_3QaF0cLx2mA01"]  # a Payment Link: Checkout's own UTM columns
    assert link.occurred_at == "2026-10-19T18:15:03+00:00"
    assert (link.codes, link.amount_cents, link.currency) == (("OTO-3K9D-7QMP",), 4090, "EUR")
    assert (link.utm_source, link.utm_medium, link.utm_campaign, link.utm_content) == (
        "flyer", "print", "otono-2026", "46006-a",
    )  # fmt: skip
    assert (link.billing_postcode, link.shipping_postcode) == ("46006", None)

    shop = pays["py_3QaF0cLx2mA02"]  # the shop's own metadata when Checkout's columns are empty
    assert (shop.amount_cents, shop.codes) == (129000, ("OTO-8H2W-KK4R",))  # "1,290.00"
    assert (shop.utm_source, shop.utm_medium, shop.utm_content) == ("flyer", None, "08011-b")
    assert (shop.billing_postcode, shop.shipping_postcode) == ("08011", "08011")

    assert (pays["py_3QaF0cLx2mA03"].refunded_cents, pays["py_3QaF0cLx2mA03"].cancelled) == (
        1000, False,
    )  # fmt: skip
    refunded = pays["py_3QaF0cLx2mA04"]
    assert (refunded.amount_cents, refunded.refunded_cents, refunded.cancelled) == (
        2290,
        2290,
        False,
    )
    assert pays["py_3QaF0cLx2mA05"].cancelled  # Failed
    assert pays["pi_3QaF0cLx2mA06"].cancelled and pays["pi_3QaF0cLx2mA06"].codes == (
        "OTO-Q8PZ-11XA",
    )  # Incomplete
    assert pays["pi_3QaF0cLx2mA07"].cancelled and pays["pi_3QaF0cLx2mA07"].currency == "USD"

    gbp = pays["py_3QaF0cLx2mA08"]  # Checkout's UTM wins over the metadata's
    assert (gbp.currency, gbp.amount_cents, gbp.billing_postcode) == ("GBP", 4500, "LS1 4AP")
    assert (gbp.utm_source, gbp.utm_campaign, gbp.utm_content) == ("flyer", "autumn-26", "ls1-a")
    assert all(r.kind == "order" for r in result.responses)
