"""A reader for exports with one record per row (or per run of rows with the same id).

Presets describe their columns - which is the id, the date, the amount parts, the codes - and
this reader does the rest: parsing, problems with line and column, cancelled and refund rows.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from omniprint.domain.i18n import tr
from omniprint.domain.responses import Response
from omniprint.ingest.presets._base import (
    CANCELLED_WORDS,
    Reader,
    currency_in,
    fold,
    postcode_of,
    split_codes,
)
from omniprint.ingest.table import Row

__all__ = ["Layout", "RecordReader", "SummingReader", "layout_mapping"]

_TEXT_FIELDS = (
    "currency", "postcode", "shipping_postcode", "store", "landing_url",
    "utm_source", "utm_medium", "utm_campaign", "utm_content",
)  # fmt: skip
_REFUND_WORDS = frozenset(
    {
        "refund",
        "refunded",
        "reembolso",
        "reembolsado",
        "reembolsada",
        "devolucion",
        "devuelto",
        "chargeback",
        "contracargo",
        "estornado",
        "estornada",
        "reembolsado total",
    }
)


@dataclass
class Layout:
    """Where a preset's fields are. Indices are columns of the header.

    ``amount`` columns are summed (Square: net sales + tax); ``refunded`` likewise, taken as a
    positive number. ``kind_of_row`` holds the column whose value says a row is a refund
    (``Refund``, ``Reembolso``): such a row becomes a record of its own with amount 0 and the
    money given back as ``refunded_cents``. ``status`` values in ``CANCELLED_WORDS`` mark the
    record cancelled, and ``refunded``-like statuses with no refund column mean a full refund.

    ``key_fallback`` is read when the key cell is empty (Stripe's unified export leaves ``id``
    empty for payments that never got a charge, but always writes the ``PaymentIntent ID``).
    ``cancelled_words`` adds a system's own words for a sale that did not happen (Stripe's
    ``Incomplete``). ``negative_is_refund`` makes a row whose amount is below zero a refund of its
    own (WooCommerce Analytics lists a refund as the order's number with negative net sales).
    ``currency_sign`` is a column whose values show the currency by sign (``12,00 €``), read when
    no currency column says it. ``clean`` turns a text field's cell into its value (or None).
    ``text_fallback`` names a second column for a text field, read when its first one is empty
    (Stripe's Checkout ``UTM Source``, else the shop's own ``utm_source (metadata)``).
    """

    key: int
    date: int
    time: int | None = None
    amount: list[int] = field(default_factory=list)
    refunded: list[int] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)
    status: int | None = None
    kind_of_row: int | None = None
    text: dict[str, int] = field(default_factory=dict)
    personal: dict[str, int] = field(default_factory=dict)
    key_fallback: int | None = None
    cancelled_words: frozenset[str] = frozenset()
    negative_is_refund: bool = False
    currency_sign: int | None = None
    clean: dict[str, Callable[[str], str | None]] = field(default_factory=dict)
    text_fallback: dict[str, int] = field(default_factory=dict)
    #: Columns taken off the amount (SumUp's tip, inside its "Total amount").
    minus: list[int] = field(default_factory=list)


class RecordReader(Reader):
    """Rows to records by a :class:`Layout`; ``grouped`` merges runs of rows with one id."""

    def __init__(
        self,
        header: list[str],
        layout: Layout,
        *,
        kind: str,
        what: str,
        grouped: bool = False,
        mapping: dict[str, str] | None = None,
    ) -> None:
        self.header = header
        self.layout = layout
        self.kind = kind
        self.what = what
        self.grouped = grouped
        self.width = len(header)
        self.mapping = mapping or {}
        self.date_columns = [layout.date]
        self.amount_columns = [*layout.amount, *layout.refunded]
        self._current: str | None = None

    def row(self, row: Row) -> None:
        values = row.values
        lay = self.layout
        key = values[lay.key].strip() if lay.key < len(values) else ""
        if not key and lay.key_fallback is not None and lay.key_fallback < len(values):
            key = values[lay.key_fallback].strip()
        if self.grouped and key and key == self._current:
            return  # another item row of the record being read
        self._current = key
        if len(values) < self.width:
            values = values + [""] * (self.width - len(values))
        elif len(values) > self.width and any(v.strip() for v in values[self.width :]):
            self._problem(
                row,
                None,
                tr("has {count} fields but the header has {width}").format(
                    count=len(values), width=self.width
                ),
            )
            return
        if not key:
            self._problem(row, lay.key, tr("the {what} number is empty").format(what=tr(self.what)))
            return
        record = self._read(row, values, key)
        if record is not None:
            self.ctx.add(record, row.values, self.what)

    def _read(self, row: Row, values: list[str], key: str) -> Response | None:
        ctx, lay = self.ctx, self.layout
        text = values[lay.date].strip()
        if lay.time is not None and values[lay.time].strip():
            text = f"{text} {values[lay.time].strip()}"
        if not text:
            self._problem(row, lay.date, tr("the date is empty"))
            return None
        try:
            occurred = ctx.dates.iso(text)
        except ValueError as exc:
            self._problem(row, lay.date, str(exc))
            return None
        amount = refunded = 0
        index = -1
        try:
            for index in lay.amount:
                amount += ctx.amounts.optional(values[index])
            for index in lay.minus:
                amount -= abs(ctx.amounts.optional(values[index]))
            for index in lay.refunded:
                refunded += ctx.amounts.optional(values[index])
        except ValueError as exc:
            self._problem(row, index, str(exc))
            return None
        refunded = abs(refunded)
        status = fold(values[lay.status]) if lay.status is not None else ""
        status = status.removeprefix("wc ")  # WooCommerce's internal "wc-cancelled"
        is_refund = lay.kind_of_row is not None and fold(values[lay.kind_of_row]) in _REFUND_WORDS
        if lay.negative_is_refund and amount < 0:
            is_refund = True
        if is_refund:
            # A refund of its own (Square refund event, Loyverse refund receipt).
            key, amount, refunded = f"{key}:refund", 0, abs(amount) or refunded
        elif status in _REFUND_WORDS and not lay.refunded:
            refunded = amount
        codes: tuple[str, ...] = ()
        for index in lay.codes:
            codes += _cell_codes(values[index])
        extra = {f: values[i].strip() for f, i in lay.text.items() if values[i].strip()}
        for name, index in lay.text_fallback.items():
            if name not in extra and values[index].strip():
                extra[name] = values[index].strip()
        for name, clean in lay.clean.items():
            if name in extra:
                value = clean(extra[name])
                if value:
                    extra[name] = value
                else:
                    del extra[name]
        if "currency" in extra:
            extra["currency"] = extra["currency"].upper()
        elif lay.currency_sign is not None and (sign := currency_in([values[lay.currency_sign]])):
            extra["currency"] = sign
        elif ctx.currency:
            extra["currency"] = ctx.currency
        for postcode in ("postcode", "shipping_postcode"):
            if postcode in extra:
                extra[postcode] = postcode_of(extra[postcode])
        personal = (
            ctx.personal((f, values[i]) for f, i in lay.personal.items())
            if ctx.keep_personal and lay.personal
            else None
        )
        return Response(
            self.kind,
            ctx.source,
            key,
            row.line,
            occurred,
            codes,
            amount if lay.amount else None,
            refunded,
            extra.get("currency"),
            status in CANCELLED_WORDS or status in lay.cancelled_words,
            extra.get("postcode"),
            extra.get("shipping_postcode"),
            extra.get("landing_url"),
            extra.get("utm_source"),
            extra.get("utm_medium"),
            extra.get("utm_campaign"),
            extra.get("utm_content"),
            extra.get("store"),
            personal=personal,
        )

    def _problem(self, row: Row, index: int | None, reason: str) -> None:
        column = self.header[index] if index is not None and index >= 0 else None
        self.ctx.problem(row.line, column, reason, row.values)


_CODE_ITEM = re.compile(r"code:([^|;]+)", re.IGNORECASE)


def _cell_codes(text: str) -> tuple[str, ...]:
    """Codes of one cell: ``A-1, B-2``, or order-export items such as
    ``code:A-1|amount:5.00;code:B-2|amount:2.00`` (WooCommerce Customer/Order/Coupon Export)."""
    if "code:" not in text and "Code:" not in text:
        return split_codes(text)
    return tuple(code for code in (m.strip() for m in _CODE_ITEM.findall(text)) if code)


class SummingReader(RecordReader):
    """Rows of items summed per record (Square item details, Loyverse receipts by item).

    The rows of one sale need not be next to each other: records are kept by key and handed
    over after the last row, in the order their first row came.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._records: dict[str, tuple[Response, list[str]]] = {}

    def row(self, row: Row) -> None:
        values = row.values
        if len(values) < self.width:
            values = values + [""] * (self.width - len(values))
        lay = self.layout
        key = values[lay.key].strip()
        if not key and lay.key_fallback is not None:
            key = values[lay.key_fallback].strip()
        if not key:
            self._problem(row, lay.key, tr("the {what} number is empty").format(what=tr(self.what)))
            return
        record = self._read(row, values, key)
        if record is None:
            return
        known = self._records.get(record.natural_key)
        if known is None:
            self._records[record.natural_key] = (record, row.values)
            return
        first = known[0]
        codes = first.codes + tuple(c for c in record.codes if c not in first.codes)
        merged = dataclasses.replace(
            first,
            amount_cents=(first.amount_cents or 0) + (record.amount_cents or 0),
            refunded_cents=first.refunded_cents + record.refunded_cents,
            codes=codes,
            cancelled=first.cancelled or record.cancelled,
        )
        self._records[record.natural_key] = (merged, known[1])

    def finish(self) -> None:
        for record, values in self._records.values():
            self.ctx.add(record, values, self.what)
        self._records.clear()


def layout_mapping(header: list[str], layout: Layout) -> dict[str, str]:
    """Field -> column name of a layout, for ``ReadResult.mapping``."""
    found = {"key": header[layout.key], "date": header[layout.date]}
    if layout.time is not None:
        found["time"] = header[layout.time]
    for name, indices in (("amount", layout.amount), ("refunded", layout.refunded)):
        if indices:
            found[name] = "+".join(header[i] for i in indices)
    if layout.codes:
        found["code"] = ", ".join(header[i] for i in layout.codes)
    if layout.status is not None:
        found["status"] = header[layout.status]
    for name, index in {**layout.text, **layout.personal}.items():
        found[name] = header[index]
    return found
