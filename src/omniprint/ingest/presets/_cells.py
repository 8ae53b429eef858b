"""Fast parsers of one file's cells: amounts to cents and dates to ISO text, each value
remembered (tills repeat the same prices and days all day)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from omniprint.ingest.dates import ColumnDateParser, DateOrder
from omniprint.ingest.numbers import parse_amount, to_cents

__all__ = ["AmountReader", "DateReader", "currency_in"]

_CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "MXN": "MXN"}
_CACHE_LIMIT = 65_536
# What may stand around a plain amount and still take the fast path: "45,00 €", "$45.00".
_SIGNS = " \u00a0€$£"


class AmountReader:
    """Amounts of one file to cents, with its decimal mark decided beforehand.

    Tills repeat the same prices all day, so every value is remembered; a new plain value
    (``12.50``, ``45,00 €``) takes a path of string operations, the rest go through
    :func:`~omniprint.ingest.numbers.parse_amount`.
    """

    def __init__(self, decimal: str | None) -> None:
        self.decimal = decimal
        self._mark = decimal or "."
        self._cache: dict[str, int] = {}

    def cents(self, text: str) -> int:
        """Cents of ``text``; raises ``NumberFormatError`` (a ``ValueError``) when it is not one."""
        found = self._cache.get(text)
        if found is not None:
            return found
        negative = text[:1] == "-"
        bare = (text[1:] if negative else text).strip(_SIGNS)
        whole, mark, fraction = bare.partition(self._mark)
        if (
            whole.isdigit()
            and whole.isascii()
            and (not mark or (0 < len(fraction) <= 2 and fraction.isdigit() and fraction.isascii()))
        ):
            found = int(whole) * 100 + (int(fraction.ljust(2, "0")) if mark else 0)
            if negative:
                found = -found
        else:
            found = to_cents(parse_amount(text, decimal=self.decimal))
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = found
        return found

    def optional(self, text: str) -> int:
        """Like :meth:`cents`, but an empty cell is zero."""
        text = text.strip()
        return self.cents(text) if text else 0


def currency_in(texts: Iterable[str]) -> str | None:
    """The currency an amount column shows by sign or code (``45,00 €``), if it shows one.

    The dollar sign is left out: it is the sign of a dozen currencies.
    """
    for text in texts:
        for sign, code in _CURRENCY_SIGNS.items():
            if sign in text:
                return code
    return None


class DateReader:
    """One column's dates to ISO 8601 text; ISO-like values take Python's own C parser."""

    def __init__(self, order: DateOrder | str, *, default_tz: tzinfo | None = None) -> None:
        self._parser = ColumnDateParser(order, default_tz=default_tz)
        self._default_tz = default_tz
        self._cache: dict[str, str] = {}

    def iso(self, text: str) -> str:
        """ISO text of a date cell; raises ``DateFormatError`` (a ``ValueError``)."""
        found = self._cache.get(text)
        if found is not None:
            return found
        value = None
        if text[4:5] == "-" and text[:4].isdigit():
            # Shopify writes "2026-10-03 10:12:44 +0200": fromisoformat wants no space before
            # the offset, and then reads it some ten times faster than the general patterns.
            candidate = text.strip()
            if candidate[-6:-5] == " " and candidate[-5:-4] in "+-":
                candidate = candidate[:-6] + candidate[-5:]
            try:
                value = datetime.fromisoformat(candidate)
            except ValueError:
                value = None
            if value is not None and value.tzinfo is None and self._default_tz is not None:
                value = value.replace(tzinfo=self._default_tz)
        if value is None:
            value = self._parser.parse_datetime(text)
        found = value.isoformat()
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[text] = found
        return found
