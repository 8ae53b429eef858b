"""Amounts as tills, web shops and people write them, in English and Spanish styles."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omniprint.ingest.numbers import NumberFormatError, infer_decimal, parse_amount, to_cents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("45,00 €", "45.00"),
        ("$45.00", "45.00"),
        ("-$45.00", "-45.00"),
        ("$-45.00", "-45.00"),
        ("(45.00)", "-45.00"),
        ("(€ 45,00)", "-45.00"),
        ("€ 1.250", "1250"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1\u202f234,50 €", "1234.50"),
        ("USD 12.00", "12.00"),
        ("12.00 EUR", "12.00"),
        ("US$ 3", "3"),
        ("S/ 12.50", "12.50"),
        ("1'234.50", "1234.50"),
        ("+3", "3"),
        ("-0,5", "-0.5"),
        ("\u22123.10", "-3.10"),
        (".5", "0.5"),
        ("0,500", "0.500"),
        ("1.234.567", "1234567"),
        ("1,234,567.89", "1234567.89"),
        ("  7  ", "7"),
    ],
)
def test_parse_amount(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("1,234", None, "1234"),  # a lone mark before three digits groups thousands...
        ("1.234", None, "1234"),
        ("1,234", ",", "1.234"),  # ...unless the column says it is decimal
        ("1.234", ".", "1.234"),
        ("12,5", None, "12.5"),
        ("1234,567", None, "1234.567"),  # four digits before: cannot be a thousands group
    ],
)
def test_ambiguous_marks(text: str, decimal: str | None, expected: str) -> None:
    assert parse_amount(text, decimal=decimal) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "'' is not a number"),
        ("abc", "'abc' is not a number"),
        ("45.-", "'45.-' is not a number"),
        ("45.", "'45.' is not a number"),
        ("--3", "'--3' has more than one sign"),
        ("(-3)", "'(-3)' has more than one sign"),
        ("(3", "'(3' has an unbalanced parenthesis"),
        ("1,2,3", "'1,2,3' has misplaced thousands separators"),
        ("1 23,5", "'1 23,5' has misplaced thousands separators"),
        ("1.234,5", "'1.234,5' is not a number"),  # with decimal "." below
    ],
)
def test_errors_name_the_text(text: str, message: str) -> None:
    decimal = "." if text == "1.234,5" else None
    with pytest.raises(NumberFormatError) as info:
        parse_amount(text, decimal=decimal)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


def test_infer_decimal() -> None:
    assert infer_decimal(["12,5", "3", "1,234"]) == ","
    assert infer_decimal(["1.234,56"]) == ","
    assert infer_decimal(["1,234.56", "7"]) == "."
    assert infer_decimal(["12.5"]) == "."
    assert infer_decimal(["1.234.567"]) == ","
    assert infer_decimal(["0,500"]) == ","
    assert infer_decimal(["1", "2", "1,234"]) is None
    assert infer_decimal(["12,5", "12.5"]) is None
    assert infer_decimal(["12,5", "12,75", "12.5", "n/a"]) == ","


def test_to_cents_rounds_half_up() -> None:
    assert to_cents(Decimal("12.50")) == 1250
    assert to_cents(Decimal("0.005")) == 1
    assert to_cents(Decimal("0.004")) == 0
    assert to_cents(Decimal("-0.005")) == -1
    assert to_cents(Decimal("1250")) == 125000


# --- property: every style round-trips ---------------------------------------------------------

_AMOUNTS = st.decimals(
    min_value=Decimal("-99999999.99"),
    max_value=Decimal("99999999.99"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)


# (thousands separator, decimal mark) as US, Spanish, French-style and plain amounts are written
_STYLES = [(",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("", "."), ("", ",")]


def _format(value: Decimal, thousands: str, decimal: str) -> str:
    whole, fraction = f"{abs(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return thousands.join(groups) + decimal + fraction


@given(
    value=_AMOUNTS,
    style=st.sampled_from(
        [(",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("", "."), ("", ",")]
    ),
    currency=st.sampled_from(["", "$", "€", "USD", "EUR"]),
    before=st.booleans(),
    negative=st.sampled_from(["-{}", "({})", "sign-after-currency"]),
)
def test_formatted_amounts_round_trip(
    value: Decimal, style: tuple[str, str], currency: str, before: bool, negative: str
) -> None:
    thousands, decimal = style
    number = _format(value, thousands, decimal)
    if currency and before and negative == "sign-after-currency" and value < 0:
        text = f"{currency}-{number}"
    else:
        body = f"{currency} {number}" if before and currency else f"{number} {currency}".strip()
        if value < 0:
            body = (negative if negative != "sign-after-currency" else "-{}").format(body)
        text = body
    assert parse_amount(text, decimal=decimal) == value
    # Two decimals always tell the mark, so the column-level guess agrees.
    assert infer_decimal([text]) == decimal
    assert parse_amount(text) == value
