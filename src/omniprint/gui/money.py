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


def count_text(n: int) -> str:
    """A whole number with the locale's thousands mark: 12,345 (or 12.345 with a decimal comma)."""
    text = f"{n:,}"
    return text.replace(",", ".") if uses_decimal_comma() else text


def day_first() -> bool:
    """Whether the locale writes dates day first (22/11/2026), as Spain and Latin America do."""
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("d")


def date_text(iso: str | None) -> str:
    """An ISO date as the user reads it: 2026-11-22, or 22/11/2026 where dates go day first."""
    if not iso:
        return ""
    if day_first() and len(iso) == 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return iso


def datetime_text(iso: str) -> str:
    """``2026-10-19T20:15:00`` as the user reads it: 19/10/2026 20:15 (no time at midnight)."""
    day, _, clock = iso[:16].partition("T")
    return f"{date_text(day)} {clock}".removesuffix(" 00:00").strip()


def date_input(text: str) -> str:
    """What the user typed as a date, as ISO when it is day/month/year (else as typed)."""
    parts = text.strip().split("/")
    if day_first() and len(parts) == 3 and all(p.isdigit() for p in parts):
        day, month, year = (int(p) for p in parts)
        return f"{year:04d}-{month:02d}-{day:02d}"
    return text.strip()
