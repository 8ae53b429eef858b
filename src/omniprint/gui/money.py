"""Money as the user reads it: in the campaign's currency, with a decimal comma where the
system's locale writes one (Spain, most of Latin America)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from omniprint.domain.money import format_money


def uses_decimal_comma() -> bool:
    return QLocale().decimalPoint() == ","


def money_text(cents: int, currency: str) -> str:
    return format_money(cents, currency, decimal_comma=uses_decimal_comma())


def amount_text(cents: int) -> str:
    """An amount for an input field (no currency): `1500.50`, or `1500,50` with a decimal comma."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    point = "," if uses_decimal_comma() else "."
    return f"{sign}{whole}{point}{frac:02d}"


def unit_cost_text(cents_per_1000: int) -> str:
    """A per-piece price from cents per thousand: 4500 -> `0.045` (or `0,045`)."""
    if not cents_per_1000:
        return "0"
    text = format(Decimal(cents_per_1000) / 100_000, "f").rstrip("0").rstrip(".")
    return text.replace(".", ",") if uses_decimal_comma() else text
