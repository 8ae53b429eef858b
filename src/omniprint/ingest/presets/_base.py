"""What every preset shares: finding columns, fast cell parsers, and where records and problems go.

A preset recognises a header (:meth:`Preset.score`) and binds to it (:meth:`Preset.bind`), giving
a :class:`Reader` that turns rows into :class:`~omniprint.domain.responses.Response` records. The
reader names the columns whose values decide the date order and the decimal mark, so the caller
can look at the data before the first row is parsed (see ``omniprint.ingest.responses``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, fields
from datetime import datetime, tzinfo

from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.responses import Problem, Response
from omniprint.ingest.dates import ColumnDateParser, DateOrder
from omniprint.ingest.numbers import parse_amount, to_cents
from omniprint.ingest.table import Row, normalize_header

__all__ = [
    "CANCELLED_WORDS",
    "AmountReader",
    "Context",
    "DateReader",
    "Preset",
    "Reader",
    "currency_in",
    "find",
    "fold",
    "new_response",
    "postcode_of",
    "resolve",
    "split_codes",
]

# Status words (folded by normalize_header) that mean the sale did not happen.
CANCELLED_WORDS = frozenset(
    {
        "cancelled", "canceled", "cancel", "voided", "void", "failed", "declined",
        "cancelado", "cancelada", "anulado", "anulada", "fallido", "fallida",
        "rechazado", "rechazada",
    }
)  # fmt: skip
_CURRENCY_SIGNS = {"€": "EUR", "£": "GBP", "EUR": "EUR", "USD": "USD", "GBP": "GBP", "MXN": "MXN"}
_CACHE_LIMIT = 65_536
# What may stand around a plain amount and still take the fast path: "45,00 €", "$45.00".
_SIGNS = " \u00a0€$£"


_PUNCTUATION = re.compile(r"[^a-z0-9# ]+")


def fold(name: str) -> str:
    """A column name folded for matching: ``normalize_header`` and punctuation as spaces.

    ``"Nº Ticket"`` gives ``"no ticket"``, ``"code (metadata)"`` gives ``"code metadata"`` and
    ``"Session source / medium"`` gives ``"session source medium"``; ``#`` stays (``"Order #"``).
    """
    return " ".join(_PUNCTUATION.sub(" ", normalize_header(name)).split())


def find(header: list[str], *aliases: str) -> int | None:
    """Index of the first column whose folded name is one of ``aliases`` (already folded)."""
    folded = [fold(name) for name in header]
    for alias in aliases:
        if alias in folded:
            return folded.index(alias)
    return None


def resolve(
    header: list[str],
    aliases: Mapping[str, tuple[str, ...]],
    mapping: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Which column holds which field: the user's ``mapping`` (field -> column name) when given,
    else the first column whose folded name is among the field's ``aliases``.

    Raises ``ValueError`` when a mapped column is not in the header.
    """
    if mapping is not None:
        folded = [fold(name) for name in header]
        found: dict[str, int] = {}
        for fieldname, column in mapping.items():
            if column in header:
                found[fieldname] = header.index(column)
            elif fold(column) in folded:
                found[fieldname] = folded.index(fold(column))
            else:
                raise ValueError(
                    tr("column {column!r} (for {fieldname}) is not in the header").format(
                        column=column, fieldname=fieldname
                    )
                )
        return found
    found = {}
    for fieldname, names in aliases.items():
        index = find(header, *names)
        if index is not None:
            found[fieldname] = index
    return found


_NO_POSTCODE = frozenset({"", "-", "--", "n/a", "na", "none", "null", "0"})


def postcode_of(text: str) -> str | None:
    """A postcode cell's value: an Excel-guarding ``'`` removed; None for ``-`` and the like."""
    value = text.strip().lstrip("'").strip()
    return None if value.lower() in _NO_POSTCODE else value


def split_codes(text: str) -> tuple[str, ...]:
    """Codes as written in one cell; exports list several separated by commas."""
    if "," not in text:
        text = text.strip()
        return (text,) if text else ()
    return tuple(part for part in (p.strip() for p in text.split(",")) if part)


def _response_builder() -> Callable[..., Response]:
    """A constructor of :class:`Response` taking every field positionally, three times faster.

    A frozen dataclass sets each of its 21 fields through ``object.__setattr__``, which costs
    more than everything else done for a row of a redemption list. Setting the slots through
    their descriptors, unrolled, gives the same frozen object at a third of the cost.
    """
    names = [f.name for f in fields(Response)]
    setters = {f"_set_{name}": getattr(Response, name).__set__ for name in names}
    # Trailing fields keep their defaults, so a field added at the end breaks no caller.
    defaults = {f"_d_{f.name}": f.default for f in fields(Response) if f.default is not MISSING}
    params = [f"{n}=_d_{n}" if f"_d_{n}" in defaults else n for n in names]
    source = (
        f"def new_response({', '.join(params)}):\n"
        "    record = _new(Response)\n"
        + "".join(f"    _set_{name}(record, {name})\n" for name in names)
        + "    return record\n"
    )
    namespace = {"_new": object.__new__, "Response": Response, **setters, **defaults}
    exec(source, namespace)
    return namespace["new_response"]


#: ``new_response(kind, source, natural_key, line, occurred_at, codes, amount_cents,
#: refunded_cents, currency, cancelled, billing_postcode, shipping_postcode, landing_url,
#: utm_source, utm_medium, utm_campaign, utm_content, store, sessions, key_events, personal,
#: channel, order_id)``; the fields after ``personal`` may be left out.
new_response = _response_builder()


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


class Context:
    """Where a reader puts what it read, and the settings of this read."""

    def __init__(
        self,
        *,
        source: str,
        delimiter: str,
        keep_personal: bool,
        order: DateOrder | str,
        decimal: str | None,
        default_tz: tzinfo | None = None,
    ) -> None:
        self.source = source
        self.delimiter = delimiter
        self.keep_personal = keep_personal
        self.dates = DateReader(order, default_tz=default_tz)
        self.amounts = AmountReader(decimal)
        #: The currency the amounts show by sign ("45,00 €"), for layouts without a currency column.
        self.currency: str | None = None
        self.responses: list[Response] = []
        self.problems: list[Problem] = []
        #: Tell shops apart by the order's currency (presets whose numbers restart per shop).
        self.qualify = False
        self._seen: dict[str, int] = {}

    #: What a record is called in messages ("order 1001 is also on line 7"), translated there.
    WHATS = (tr_noop("record"), tr_noop("order"), tr_noop("receipt"), tr_noop("transaction"),
             tr_noop("payment"))  # fmt: skip

    def add(self, response: Response, values: list[str], what: str = "record") -> None:
        """Keep a record, unless its natural key was already read from this file."""
        first = self._seen.setdefault(response.natural_key, response.line)
        if first != response.line:
            self.problem(
                response.line,
                None,
                tr(
                    "{what} {natural_key} is also on line {first} (an overlapping export?); "
                    "the first one was kept"
                ).format(what=tr(what), natural_key=response.natural_key, first=first),
                values,
            )
            return
        if self.qualify and response.currency:
            response = dataclasses.replace(response, source=f"{self.source}:{response.currency}")
        self.responses.append(response)

    def unique(self, key: str) -> str:
        """``key``, or ``key#2``, ``key#3``... when identical rows already took it.

        Built keys (date, code, amount, store) of two identical rows are the same; both are kept,
        and numbering them in file order gives an overlapping export the same keys again.
        """
        if key not in self._seen:
            return key
        number = 2
        while f"{key}#{number}" in self._seen:
            number += 1
        return f"{key}#{number}"

    def problem(self, line: int, column: str | None, reason: str, values: list[str]) -> None:
        """Keep a record that cannot be read, with its line, column and the row as text."""
        out = io.StringIO()
        csv.writer(out, delimiter=self.delimiter, lineterminator="").writerow(values)
        self.problems.append(Problem(line, column, reason, out.getvalue()))

    def personal(self, pairs: Iterable[tuple[str, str]]) -> Mapping[str, str] | None:
        """Names, emails and phones, only when the caller asked to keep them."""
        if not self.keep_personal:
            return None
        kept = {key: value.strip() for key, value in pairs if value.strip()}
        return kept or None


class Reader:
    """Turns the rows of one file into records; made by :meth:`Preset.bind`.

    ``mapping`` tells which column was used for which field (field -> column name);
    ``date_columns`` and ``amount_columns`` are the indices whose values decide the date order and
    the decimal mark. ``start`` is called once with the context before the first row.
    """

    mapping: dict[str, str]
    date_columns: list[int]
    amount_columns: list[int]

    def start(self, ctx: Context) -> None:
        self.ctx = ctx

    def row(self, row: Row) -> None:  # pragma: no cover - every preset overrides it
        raise NotImplementedError

    def finish(self) -> None:
        """Called after the last row: grouped presets emit the record still being built."""


class Preset:
    """A known export layout: its name, the kind of records it gives, and how to find it."""

    name: str = ""
    kind: str = "redemption"
    #: The system writes one date format everywhere (ISO, GA4's 20260105): nothing to ask.
    fixed_date_format: bool = False
    #: The decimal mark is always this one, or None when the file must tell.
    decimal: str | None = None
    #: Zone of dates that carry no offset, when the system documents one (Stripe: UTC).
    default_tz: tzinfo | None = None
    #: The ``source`` of its records when not the preset's name (two exports of one system,
    #: such as Stripe's payments and its balance report, give the same charges).
    source_name: str = ""
    #: Order numbers restart in every shop (Shopify's #1001): shops are told apart by currency
    #: unless the user names the source (and, within one currency, by the order's own id when
    #: the reader gives ``order_id``: see ``storage.responses.settle_keys``).
    per_shop: bool = False

    def score(self, folded: set[str]) -> int:
        """How well a header (names folded by ``normalize_header``) fits; 0 when it does not."""
        raise NotImplementedError

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        """A reader for rows of this header; raises ``ValueError`` naming a missing column."""
        raise NotImplementedError
