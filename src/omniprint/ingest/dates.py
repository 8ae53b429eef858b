"""Dates and times as exports and people write them, in English and Spanish.

ISO 8601 (``2026-10-03T10:12:44Z``, Shopify's ``2026-10-03 10:12:44 +0200``), numeric dates in
either day/month order with 2- or 4-digit years (``03/10/2026``, ``10/3/26``, ``3-10-2026``,
``03.10.2026``), GA4's ``20260105``, and month names (``Oct 3, 2026``, ``3 oct 2026``,
``3 de octubre de 2026``), each with an optional time (``8:15``, ``20:15:00``, ``2:30:00 PM``,
``8:15 p. m.``) and offset.

Whether ``03/10/2026`` is the 3rd of October or March 10th cannot be told from one value, so the
order is decided for a whole column (:func:`infer_date_order`) and a :class:`ColumnDateParser`
built from samples parses the rest quickly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from enum import StrEnum

from omniprint.domain.i18n import tr, tr_noop
from omniprint.ingest.cell_error import CellFormatError

__all__ = [
    "ColumnDateParser",
    "DateFormatError",
    "DateOrder",
    "infer_date_order",
    "parse_date",
    "parse_datetime",
]


class DateOrder(StrEnum):
    """Order of the parts of numeric dates in a column."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"
    AMBIGUOUS = "ambiguous"


class DateFormatError(CellFormatError):
    """A text is not a date this module understands; the message names the text.

    Callers that know the file, line and column wrap it in ``InputFileError``.
    """

    WHY = tr_noop("is not a date")


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january ene enero",
            "feb february febrero",
            "mar march marzo",
            "apr april abr abril",
            "may mayo",
            "jun june junio",
            "jul july julio",
            "aug august ago agosto",
            "sep sept september septiembre set setiembre",
            "oct october octubre",
            "nov november noviembre",
            "dec december dic diciembre",
        ),
        start=1,
    )
    for name in names.split()
}
_WEEKDAY_NAMES = (
    "mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday",
    "sun sunday lun lunes mar martes mie miercoles jue jueves vie viernes sab sabado dom domingo",
)
_WEEKDAYS = frozenset(name for names in _WEEKDAY_NAMES for name in names.split())

# Time after the date: "T" (ISO) or spaces (and a comma, as JavaScript and Excel write it); then
# hours and minutes, optional seconds and fraction, an optional am/pm in English or Spanish form
# ("PM", "pm", "p.m.", "p. m." - often with a no-break space) and an optional offset.
_TIME = r"""
    (?:(?:T|,?\s+)
        (?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<F>\d{1,9}))?)?
        (?:\s*(?P<AP>[ap])\.?\s*m\.?)?
        (?:\s*(?P<TZ>Z|UTC|GMT|[+\-\u2212]\d{2}(?::?\d{2})?))?
    )?
"""
_WEEKDAY = r"(?:(?P<wd>[^\W\d_]+)\.?,?\s+)?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(date_part + _TIME, re.IGNORECASE | re.VERBOSE))
    for kind, date_part in (
        ("iso", r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),
        ("numeric", r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
        ("compact", r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
        (
            "month_first",
            _WEEKDAY + r"(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})",
        ),
        (
            "day_first",
            _WEEKDAY + r"(?P<d>\d{1,2})(?:\s+de\s+|[\s/.-]+)(?P<mon>[^\W\d_]+)\.?"
            r"(?:\s+de\s+|,?[\s/.-]+)(?P<y>\d{4}|\d{2})",
        ),
    )
)
_NUMERIC = dict(_PATTERNS)["numeric"]
_OFFSETS: dict[str, tzinfo] = {"Z": UTC, "UTC": UTC, "GMT": UTC}


def parse_datetime(
    text: str, *, order: DateOrder | str = DateOrder.DMY, default_tz: tzinfo | None = None
) -> datetime:
    """Parse a date with optional time into a :class:`~datetime.datetime`.

    The result is timezone-aware when the text has an offset (``Z``, ``+0200``, ``-05:00``); else it
    gets ``default_tz`` as its zone when one is given, and is naive otherwise. ``order`` decides
    numeric dates such as ``03/10/2026``; with ``ymd`` or ``ambiguous`` only those that cannot be
    read two ways are accepted. Two-digit years are 2000-2069 for 00-69 and 1970-1999 for 70-99.
    Raises :class:`DateFormatError`.
    """
    return _parse(text, DateOrder(order), default_tz, _PATTERNS)[0]


def parse_date(text: str, *, order: DateOrder | str = DateOrder.DMY) -> date:
    """Parse a date (a time and offset, if any, are accepted and dropped: the date as written)."""
    return _parse(text, DateOrder(order), None, _PATTERNS)[0].date()


def infer_date_order(samples: Iterable[str], *, hint: DateOrder | str | None = None) -> DateOrder:
    """Decide the day/month order of a column's numeric dates from all of its samples.

    A first part over 12 means day-first, a second part over 12 month-first; both in one column
    raise :class:`DateFormatError`. When every numeric date could be read both ways the answer is
    ``hint`` (say ``dmy`` for a Spanish file) or ``ambiguous`` so the caller can ask the user. A
    column with no numeric dates (ISO, ``20260105``, month names) gives ``ymd``: nothing to ask.
    Texts that are not dates are ignored here; parsing reports them.
    """
    day_first: str | None = None
    month_first: str | None = None
    numeric = False
    for sample in samples:
        match = _NUMERIC.fullmatch(sample.strip())
        if match is None:
            continue
        numeric = True
        if int(match["a"]) > 12:
            day_first = day_first or sample
        elif int(match["b"]) > 12:
            month_first = month_first or sample
        if day_first and month_first:
            raise DateFormatError(
                month_first,
                tr("is month-first, but {day_first!r} in the same column is day-first").format(
                    day_first=day_first
                ),
            )
    if day_first:
        return DateOrder.DMY
    if month_first:
        return DateOrder.MDY
    if numeric:
        return DateOrder(hint) if hint else DateOrder.AMBIGUOUS
    return DateOrder.YMD


class ColumnDateParser:
    """Parses one column's dates fast: the order and the usual pattern are worked out once.

    Build it with :meth:`from_samples`; ``order`` is then ``ambiguous`` when the samples could not
    decide (and no hint was given): ask the user and build again with ``hint``.
    """

    _CACHE_SIZE = 4096

    def __init__(
        self, order: DateOrder | str = DateOrder.DMY, *, default_tz: tzinfo | None = None
    ) -> None:
        self.order = DateOrder(order)
        self.default_tz = default_tz
        self._patterns = _PATTERNS
        # Daily exports repeat the same few dates thousands of times.
        self._cache: dict[str, datetime] = {}

    @classmethod
    def from_samples(
        cls,
        samples: Iterable[str],
        *,
        hint: DateOrder | str | None = None,
        default_tz: tzinfo | None = None,
    ) -> ColumnDateParser:
        """Infer the order (see :func:`infer_date_order`) and the usual pattern from samples."""
        samples = [s for s in samples if s.strip()]
        parser = cls(infer_date_order(samples, hint=hint), default_tz=default_tz)
        for sample in samples:
            try:
                parser.parse_datetime(sample)
            except DateFormatError:
                continue
            break
        return parser

    def parse_datetime(self, text: str) -> datetime:
        """Parse one value as :func:`parse_datetime` does with this column's order and zone."""
        found = self._cache.get(text)
        if found is not None:
            return found
        value, kind = _parse(text, self.order, self.default_tz, self._patterns)
        if self._patterns[0][0] != kind:
            # Try the pattern that matched first from now on: a column keeps one format.
            self._patterns = tuple(sorted(self._patterns, key=lambda p: p[0] != kind))
        if len(self._cache) >= self._CACHE_SIZE:
            self._cache.clear()
        self._cache[text] = value
        return value

    def parse_date(self, text: str) -> date:
        """Parse one value as :func:`parse_date` does with this column's order."""
        return self.parse_datetime(text).date()


def _parse(
    text: str,
    order: DateOrder,
    default_tz: tzinfo | None,
    patterns: tuple[tuple[str, re.Pattern[str]], ...],
) -> tuple[datetime, str]:
    stripped = text.strip()
    for kind, pattern in patterns:
        match = pattern.fullmatch(stripped)
        if match is not None:
            return _build(kind, match, order, default_tz, text), kind
    raise DateFormatError(text)


def _build(
    kind: str, match: re.Match[str], order: DateOrder, default_tz: tzinfo | None, text: str
) -> datetime:
    year, month, day = _date_parts(kind, match, order, text)
    hour, minute, second, micro = _time_parts(match, text)
    zone = _offset(match["TZ"], text) if match["TZ"] else default_tz
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)
    except ValueError:
        raise DateFormatError(text, tr("is not a valid date or time")) from None


def _date_parts(kind: str, match: re.Match[str], order: DateOrder, text: str) -> tuple[int, ...]:
    if kind in ("iso", "compact"):
        return int(match["y"]), int(match["m"]), int(match["d"])
    year = _year(match["y"])
    if kind != "numeric":
        if match["wd"] and _fold(match["wd"]) not in _WEEKDAYS:
            raise DateFormatError(text)
        month = _MONTHS.get(_fold(match["mon"]))
        if month is None:
            raise DateFormatError(
                text, tr("has an unknown month name {mon!r}").format(mon=match["mon"])
            )
        return year, month, int(match["d"])
    first, second = int(match["a"]), int(match["b"])
    if order is DateOrder.DMY:
        return year, second, first
    if order is DateOrder.MDY:
        return year, first, second
    # Order unknown: only a date that reads one way (or the same both ways) can be taken.
    if first > 12 or first == second:
        return year, second, first
    if second > 12:
        return year, first, second
    raise DateFormatError(text, tr("could be day-first or month-first; the order is not known"))


def _time_parts(match: re.Match[str], text: str) -> tuple[int, int, int, int]:
    if match["H"] is None:
        return 0, 0, 0, 0
    hour = int(match["H"])
    if match["AP"]:
        if not 1 <= hour <= 12:
            raise DateFormatError(text, tr("has an hour that does not fit am/pm"))
        hour = hour % 12 + (12 if match["AP"] in "pP" else 0)
    second = int(match["S"] or 0)
    micro = int((match["F"] or "0")[:6].ljust(6, "0"))
    return hour, int(match["M"]), second, micro


def _offset(code: str, text: str) -> tzinfo:
    zone = _OFFSETS.get(code.upper())
    if zone is None:
        sign = -1 if code[0] in "-\u2212" else 1
        digits = code[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:] or 0)
        if hours > 23 or minutes > 59:
            raise DateFormatError(text, tr("has an impossible time zone offset"))
        zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
        _OFFSETS[code] = zone
    return zone


def _year(text: str) -> int:
    if len(text) == 4:
        return int(text)
    # The POSIX pivot, as strptime's %y: marketing data is recent, and 70-99 are last century.
    short = int(text)
    return 2000 + short if short < 70 else 1900 + short


def _fold(word: str) -> str:
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
