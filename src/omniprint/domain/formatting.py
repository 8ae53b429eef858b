"""Numbers, money and dates as people read them in the active language (text output only).

Spanish groups thousands with a dot and writes decimals with a comma (1.234,50 €, 22/11/2026);
English keeps the program's plain forms (1,234.50 EUR, ISO dates, which no reader can take for
month-first or day-first). JSON, CSV and the workspace never use these: they keep the plain
decimal strings of `money.decimal_string` and ISO dates. The language is the one set by
`i18n.set_translations` (through `services.i18n.use_language`).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from omniprint.domain.i18n import language
from omniprint.domain.money import decimal_string, format_money

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?")


def _spanish() -> bool:
    return language() == "es"


def _localise(text: str) -> str:
    """'1,234.5' -> '1.234,5' for Spanish; as it is for English."""
    if not _spanish():
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def number(value: int) -> str:
    """A count in running text, grouped: 12,500 / 12.500."""
    return _localise(f"{value:,}")


def count(value: int | None) -> str:
    """A count in a table cell: plain in English (2520), grouped in Spanish (2.520)."""
    if value is None:
        return ""
    return number(value) if _spanish() else str(value)


def money(cents: int, currency: str) -> str:
    """An amount with its currency: 1,234.50 EUR / 1.234,50 €."""
    return format_money(cents, currency, decimal_comma=_spanish())


def amount(cents: int | None) -> str:
    """An amount in a table cell whose header names the currency: 1234.50 / 1.234,50."""
    if cents is None:
        return ""
    if not _spanish():
        return decimal_string(cents)
    whole, frac = divmod(abs(cents), 100)
    return _localise(f"{'-' if cents < 0 else ''}{whole:,}.{frac:02d}")


def decimal(value: Decimal | float | str | None, spec: str = "g") -> str:
    """A plain decimal number (unit price, ratio, percentage): 0.045 / 0,045."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else format(value, spec)
    return _localise(text)


def percent(value: float | Decimal) -> str:
    """A percentage: 87.5 % / 87,5 %."""
    return f"{decimal(value)} %"


def ratio_percent(value: float | Decimal | None, places: int = 0, *, sign: bool = False) -> str:
    """A ratio as a percentage, rounded half up: 0.355 -> "36 %" ("+36 %" with ``sign``).

    The one style for ROI, relative lift and rates in every text (CLI, Results page, PDF); an
    en dash when the ratio has no meaning (nothing spent, nothing to compare with)."""
    if value is None:
        return "\u2013"
    exact = (Decimal(str(value)) * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    if exact == 0:
        exact = abs(exact)  # never "-0 %"
    return f"{decimal(f'{exact:+f}' if sign and exact else f'{exact:f}')} %"


def size_mm(width_mm: float, height_mm: float) -> str:
    """A trim size: 99 x 210 mm / 88,9 x 50,8 mm."""
    return f"{decimal(width_mm)} x {decimal(height_mm)} mm"


def date(value: str | None) -> str:
    """An ISO date (or date and time) in the reader's order: 2026-11-22 / 22/11/2026.

    English keeps ISO, so 03/04 is never read month-first by one reader and day-first by
    another. Text that is not an ISO date is returned as it is.
    """
    if not value:
        return ""
    match = _ISO_DATE.match(value)
    if not match or not _spanish():
        return value
    year, month, day, time = match.groups()
    text = f"{day}/{month}/{year}"
    return f"{text} {time}" if time else text
