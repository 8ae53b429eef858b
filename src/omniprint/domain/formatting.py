"""Numbers, money and dates as people read them: the locale service's writing half (text only).

One place for every face (CLI, GUI, PDF report): each function writes for the active locale
(`domain.i18n.active_locale`, set by `services.i18n.use_language`) with Babel's CLDR data, so
Spain reads 1.234,50 € and 22 nov 2026, Mexico 1,234.50 and 22 nov 2026, the US $1,234.50 and
Nov 22, 2026, and Britain 22 Nov 2026, by construction. JSON, CSV and the workspace never use
these: they keep the plain decimal strings of `money.decimal_string` and ISO dates.

Rounding is half up (the way shops round), done here before Babel writes the digits.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date, format_time
from babel.numbers import (
    format_currency,
    format_decimal,
    format_percent,
    get_currency_symbol,
    get_decimal_symbol,
)

from omniprint.domain.i18n import active_locale

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
DASH = "\u2013"  # an en dash: no value (nothing spent, nothing to compare with)


def _fixed(pattern: str, places: int) -> str:
    """A CLDR number pattern (``#,##0.###``, ``#,##0 %``) with exactly `places` decimals."""
    number = re.search(r"[#,0]+(?:\.[#0]+)?", pattern)
    assert number is not None
    whole = number.group().split(".")[0]
    digits = f"{whole}.{'0' * places}" if places else whole
    return pattern[: number.start()] + digits + pattern[number.end() :]


def _half_up(value: Decimal, places: int) -> Decimal:
    exact = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    return abs(exact) if exact == 0 else exact  # never "-0"


def number(value: int) -> str:
    """A count, grouped the locale's way: 12,500 / 12.500."""
    return format_decimal(value, locale=active_locale())


def count(value: int | None) -> str:
    """A count in a table cell ("" when there is none)."""
    return "" if value is None else number(value)


def money(cents: int, currency: str) -> str:
    """An amount with its currency: €1,234.50 / 1.234,50 € / EUR1,234.50 (es_MX)."""
    return format_currency(Decimal(cents).scaleb(-2), currency, locale=active_locale())


def currency_symbol(currency: str) -> str:
    """How the locale writes a currency on its own (a column header): € / US$ / EUR."""
    return get_currency_symbol(currency, locale=active_locale())


def unit_price(cents_per_1000: int, currency: str) -> str:
    """A per-piece price from cents per thousand, with every decimal it has: 0,045 €."""
    value = Decimal(cents_per_1000).scaleb(-5).normalize()
    places = max(2, -value.as_tuple().exponent)  # type: ignore[operator]
    pattern = _fixed(active_locale().currency_formats["standard"].pattern, places)
    return format_currency(value, currency, format=pattern, locale=active_locale(),
                           currency_digits=False)  # fmt: skip


def amount(cents: int | None) -> str:
    """An amount in a table cell whose header names the currency: 1,234.50 / 1.234,50."""
    if cents is None:
        return ""
    pattern = _fixed(active_locale().decimal_formats[None].pattern, 2)
    return format_decimal(Decimal(cents).scaleb(-2), format=pattern, locale=active_locale())


def decimal(value: Decimal | float | str | None, spec: str = "g") -> str:
    """A plain decimal number with the digits `spec` gives it (unit price, ratio): 0.045 /
    0,045; "+.1f" writes +14,0."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else format(value, spec)
    exact = Decimal(text)
    digits = text.lower().split("e")[0]
    places = len(digits.split(".")[1]) if "." in digits else 0
    pattern = _fixed(active_locale().decimal_formats[None].pattern, places)
    written = format_decimal(exact, format=pattern, locale=active_locale())
    return f"+{written}" if text.startswith("+") else written


def fixed(value: Decimal | float, places: int = 1, *, sign: bool = False) -> str:
    """A decimal number rounded half up to exactly `places` decimals: 2.50 / 2,50."""
    exact = _half_up(Decimal(str(value)), places)
    pattern = _fixed(active_locale().decimal_formats[None].pattern, places)
    text = format_decimal(exact, format=pattern, locale=active_locale())
    return f"+{text}" if sign and exact > 0 else text


def percent(value: float | Decimal, places: int | None = None, *, sign: bool = False) -> str:
    """A value already in percent (87.5) as the locale writes it: 87.5% / 87,5 %. With
    `places`, rounded half up to exactly that many decimals; else with every digit it has."""
    exact = Decimal(str(value))
    if places is not None:
        exact = _half_up(exact, places)
    shown = places if places is not None else max(0, -exact.normalize().as_tuple().exponent)  # type: ignore[operator]
    pattern = _fixed(active_locale().percent_formats[None].pattern, shown)
    text = format_percent(exact.scaleb(-2), format=pattern, locale=active_locale())
    return f"+{text}" if sign and exact > 0 else text


def ratio_percent(value: float | Decimal | None, places: int = 0, *, sign: bool = False) -> str:
    """A ratio as a percentage, rounded half up: 0.355 -> "36 %" ("+36 %" with ``sign``).

    The one style for ROI, relative lift and rates in every text (CLI, Results page, PDF); an
    en dash when the ratio has no meaning (nothing spent, nothing to compare with)."""
    if value is None:
        return DASH
    return percent(Decimal(str(value)) * 100, places, sign=sign)


def size_mm(width_mm: float, height_mm: float) -> str:
    """A trim size: 99 x 210 mm / 88,9 x 50,8 mm."""
    return f"{decimal(width_mm)} x {decimal(height_mm)} mm"


def _parse_iso(value: str) -> tuple[dt.date, dt.time | None] | None:
    match = _ISO_DATE.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second = match.groups()
    try:
        day_ = dt.date(int(year), int(month), int(day))
        if hour is None:
            return day_, None
        return day_, dt.time(int(hour), int(minute), int(second or 0))
    except ValueError:
        return None


def _written(value: str | None, pattern: str, clock) -> str:
    """An ISO date (and time) written with a CLDR date `pattern`, the time by `clock` (none at
    midnight); text that is not an ISO date as it is."""
    if not value:
        return ""
    parsed = _parse_iso(value)
    if parsed is None:
        return value
    day, time = parsed
    text = format_date(day, pattern, locale=active_locale())
    return text if time is None or time == dt.time(0, 0) else f"{text} {clock(time)}"


def date(value: str | None) -> str:
    """An ISO date (or date and time) for reading in a sentence, a report or a table: "22 nov
    2026" / "Nov 22, 2026" (the month in words, which no reader takes for the day), with the
    time when there is one. Text that is not an ISO date is returned as it is."""
    return _written(value, "medium", lambda t: format_time(t, "short", locale=active_locale()))


def numeric_date_pattern() -> str:
    """The locale's short date with two-digit day and month and a four-digit year, as typed in
    an input field: dd/MM/yyyy (Spain, Mexico, Britain), MM/dd/yyyy (the US)."""
    pattern = active_locale().date_formats["short"].pattern
    pattern = re.sub(r"y+", "yyyy", pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return re.sub(r"(?<!M)M(?!M)", "MM", pattern)


def date_short(value: str | None) -> str:
    """An ISO date in the locale's numbers, as an input field shows it: 22/11/2026,
    11/22/2026; a date and time keeps its time (hh:mm; none at midnight)."""
    return _written(value, numeric_date_pattern(), lambda t: f"{t:%H:%M}")


def day_first() -> bool:
    """Whether the locale writes dates day first (22/11/2026)."""
    return numeric_date_pattern().lower().startswith("d")


def date_input(text: str) -> str:
    """What the user typed as a date, as ISO when it is in the locale's numeric order (else as
    typed, for the caller's check to name)."""
    parts = re.split(r"[/.\-]", text.strip())
    if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) != 4:
        order = re.sub(r"[^dMy]", "", numeric_date_pattern())
        fields = dict(zip(sorted(set(order), key=order.index), parts, strict=False))
        year, month, day = (int(fields.get(k, "0")) for k in "yMd")
        if year < 100:
            year += 2000
        return f"{year:04d}-{month:02d}-{day:02d}"
    return text.strip()


def decimal_symbol() -> str:
    """The locale's decimal mark: "," (Spain, Argentina) or "." (Mexico, the US)."""
    return get_decimal_symbol(active_locale())


def amount_input(cents: int) -> str:
    """An amount for an input field (no currency, no grouping): 1500.50 / 1500,50."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}{decimal_symbol()}{frac:02d}"


def unit_cost_input(cents_per_1000: int) -> str:
    """A per-piece price for an input field, from cents per thousand: 4500 -> 0.045 / 0,045."""
    if not cents_per_1000:
        return "0"
    text = format(Decimal(cents_per_1000) / 100_000, "f").rstrip("0").rstrip(".")
    return text.replace(".", decimal_symbol())
