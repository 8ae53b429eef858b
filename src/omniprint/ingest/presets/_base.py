"""What every preset shares: finding columns, building records, where records and problems go.

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
from dataclasses import fields
from datetime import tzinfo

from omniprint.domain.i18n import tr, tr_noop
from omniprint.domain.responses import Problem, Response
from omniprint.ingest.dates import DateOrder
from omniprint.ingest.presets._cells import AmountReader, DateReader, currency_in
from omniprint.ingest.table import Row, normalize_header

__all__ = [
    "CANCELLED_WORDS",
    "AmountReader",
    "Context",
    "DateReader",
    "Found",
    "Preset",
    "Reader",
    "currency_in",
    "find",
    "fold",
    "names",
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


# The slots of `Response`, set through their descriptors by `new_response` (see there).
(
    _kind, _source, _natural_key, _line, _occurred_at, _codes, _amount_cents, _refunded_cents,
    _currency, _cancelled, _billing_postcode, _shipping_postcode, _landing_url, _utm_source,
    _utm_medium, _utm_campaign, _utm_content, _store, _sessions, _key_events, _personal, _channel,
    _order_id,
) = (getattr(Response, f.name).__set__ for f in fields(Response))  # fmt: skip
_new = object.__new__


def new_response(
    kind: str,
    source: str,
    natural_key: str,
    line: int,
    occurred_at: str,
    codes: tuple[str, ...] = (),
    amount_cents: int | None = None,
    refunded_cents: int = 0,
    currency: str | None = None,
    cancelled: bool = False,
    billing_postcode: str | None = None,
    shipping_postcode: str | None = None,
    landing_url: str | None = None,
    utm_source: str | None = None,
    utm_medium: str | None = None,
    utm_campaign: str | None = None,
    utm_content: str | None = None,
    store: str | None = None,
    sessions: int = 0,
    key_events: int = 0,
    personal: Mapping[str, str] | None = None,
    channel: str | None = None,
    order_id: str | None = None,
) -> Response:
    """A :class:`Response`, the same as ``Response(...)`` gives, three times faster: call it
    with keywords (``new_response(kind, source, key, line, when, codes, amount, store=...)``).

    A frozen dataclass sets each of its fields through ``object.__setattr__``, which costs more
    than everything else done for a row of a redemption list; setting the slots through their
    descriptors, one line each, gives the same frozen object at a third of the cost. A test
    checks that the parameters are the fields of `Response`, in order, with their defaults.
    """
    record = _new(Response)
    _kind(record, kind)
    _source(record, source)
    _natural_key(record, natural_key)
    _line(record, line)
    _occurred_at(record, occurred_at)
    _codes(record, codes)
    _amount_cents(record, amount_cents)
    _refunded_cents(record, refunded_cents)
    _currency(record, currency)
    _cancelled(record, cancelled)
    _billing_postcode(record, billing_postcode)
    _shipping_postcode(record, shipping_postcode)
    _landing_url(record, landing_url)
    _utm_source(record, utm_source)
    _utm_medium(record, utm_medium)
    _utm_campaign(record, utm_campaign)
    _utm_content(record, utm_content)
    _store(record, store)
    _sessions(record, sessions)
    _key_events(record, key_events)
    _personal(record, personal)
    _channel(record, channel)
    _order_id(record, order_id)
    return record


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


def names(text: str) -> tuple[str, ...]:
    """Aliases written as one string, already folded: ``"date|fecha"`` gives both names."""
    return tuple(text.split("|"))


class Found(dict[str, int]):
    """The columns of one header that hold a preset's fields: field -> column index, for the
    fields found (the first of a field's aliases that the header has wins)."""

    @classmethod
    def of(
        cls,
        header: list[str],
        aliases: Mapping[str, tuple[str, ...]],
        fold_name: Callable[[str], str] = fold,
    ) -> Found:
        folded = [fold_name(name) for name in header]
        found = cls()
        for fieldname, names_ in aliases.items():
            index = next((folded.index(a) for a in names_ if a in folded), None)
            if index is not None:
                found[fieldname] = index
        return found

    def cell(self, values: list[str], fieldname: str) -> str:
        """The field's cell of a row, stripped; empty when the header has no such column."""
        index = self.get(fieldname)
        return values[index].strip() if index is not None else ""


class Preset:
    """A known export layout, declared by class attributes: its name, the kind of records it
    gives, the names its columns go by (``aliases``) and those it cannot do without.

    A preset says how well a header fits (:meth:`score`) and binds to one (:meth:`bind`): the
    columns are found by their aliases, a missing required one is refused with ``missing``, and
    :meth:`reader` makes the reader. Most presets are a :class:`~._records.LayoutPreset`, which
    declares its fields as a ``Layout`` and needs no code beyond its score.
    """

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
    #: Field -> the column names (folded, see :func:`fold`) that hold it, best first.
    aliases: Mapping[str, tuple[str, ...]] = {}
    #: Fields a file must have, and what to say (``tr_noop``) when one is missing.
    required: tuple[str, ...] = ()
    missing: str = ""

    def score(self, folded: set[str]) -> int:
        """How well a header (names folded by ``normalize_header``) fits; 0 when it does not."""
        raise NotImplementedError

    def columns(self, header: list[str]) -> Found:
        """Where this preset's fields are in ``header`` (by ``aliases``)."""
        return Found.of(header, self.aliases)

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        """A reader for rows of this header; raises ``ValueError`` naming a missing column."""
        found = self.columns(header)
        if any(fieldname not in found for fieldname in self.required):
            raise ValueError(tr(self.missing))
        return self.reader(header, found)

    def reader(self, header: list[str], found: Found) -> Reader:
        """The reader for a header whose columns are ``found`` (every required one is)."""
        raise NotImplementedError
