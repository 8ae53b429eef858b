"""Presets declared by their columns, and the reader for exports with one record per row (or
per run of rows with the same id, or per sale summed over its items).

A :class:`LayoutPreset` declares its columns - which is the id, the date, the amount parts, the
codes - as a :class:`~._layout.Layout`, and :class:`RecordReader` does the rest: parsing, problems
with line and column, cancelled and refund rows. See CONTRIBUTING.md, "Add an import preset".
"""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar

from omniprint.domain.i18n import tr
from omniprint.domain.responses import Response
from omniprint.ingest.presets._base import (
    CANCELLED_WORDS,
    Found,
    Preset,
    Reader,
    currency_in,
    fold,
    new_response,
    postcode_of,
    split_codes,
)
from omniprint.ingest.presets._layout import Columns, Layout
from omniprint.ingest.table import Row

__all__ = ["Columns", "Layout", "LayoutPreset", "RecordReader", "SummingReader"]

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


class RecordReader(Reader):
    """Rows to records by the :class:`Columns` of a layout; ``grouped`` merges runs of rows
    with one id (the first row of the run is read)."""

    def __init__(
        self,
        header: list[str],
        columns: Columns,
        *,
        kind: str,
        what: str,
        grouped: bool = False,
    ) -> None:
        self.header = header
        self.columns = columns
        self.kind = kind
        self.what = what
        self.grouped = grouped
        self.width = len(header)
        self.mapping = columns.mapping(header)
        self.date_columns = [columns.date]
        self.amount_columns = [*columns.amount, *columns.refunded]
        self._current: str | None = None

    def key_of(self, values: list[str]) -> str:
        """The record's id in a row (padded to the header's width): its key, else the fallback."""
        cols = self.columns
        key = values[cols.key].strip()
        if not key and cols.key_fallback is not None:
            key = values[cols.key_fallback].strip()
        return key

    def padded(self, row: Row) -> list[str]:
        """The row's values, with empty cells up to the header's width."""
        values = row.values
        return values + [""] * (self.width - len(values)) if len(values) < self.width else values

    def row(self, row: Row) -> None:
        values = row.values
        cols = self.columns
        key = values[cols.key].strip() if cols.key < len(values) else ""
        if not key and cols.key_fallback is not None and cols.key_fallback < len(values):
            key = values[cols.key_fallback].strip()
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
        record = self.read(row, values, key)
        if record is not None:
            self.ctx.add(record, row.values, self.what)

    def read(self, row: Row, values: list[str], key: str) -> Response | None:
        """The record of a row (padded to the header's width) whose id is ``key``, or None when
        the row is refused (an empty id, a date or an amount that cannot be read)."""
        if not key:
            what = tr(self.what)
            self._problem(row, self.columns.key, tr("the {what} number is empty").format(what=what))
            return None
        return self._read(row, values, key)

    def _read(self, row: Row, values: list[str], key: str) -> Response | None:
        ctx, cols = self.ctx, self.columns
        text = values[cols.date].strip()
        if cols.time is not None and values[cols.time].strip():
            text = f"{text} {values[cols.time].strip()}"
        if not text:
            self._problem(row, cols.date, tr("the date is empty"))
            return None
        try:
            occurred = ctx.dates.iso(text)
        except ValueError as exc:
            self._problem(row, cols.date, str(exc))
            return None
        amount = refunded = 0
        index = -1
        try:
            for index in cols.amount:
                amount += ctx.amounts.optional(values[index])
            for index in cols.minus:
                amount -= abs(ctx.amounts.optional(values[index]))
            for index in cols.refunded:
                refunded += ctx.amounts.optional(values[index])
        except ValueError as exc:
            self._problem(row, index, str(exc))
            return None
        refunded = abs(refunded)
        status = fold(values[cols.status]) if cols.status is not None else ""
        status = status.removeprefix("wc ")  # WooCommerce's internal "wc-cancelled"
        is_refund = cols.kind_of_row is not None and fold(values[cols.kind_of_row]) in _REFUND_WORDS
        if cols.negative_is_refund and amount < 0:
            is_refund = True
        if is_refund:
            # A refund of its own (Square refund event, Loyverse refund receipt).
            key, amount, refunded = f"{key}:refund", 0, abs(amount) or refunded
        elif (status in _REFUND_WORDS and not cols.refunded) or (
            cols.refund_status is not None and fold(values[cols.refund_status]) in _REFUND_WORDS
        ):
            refunded = amount
        codes: tuple[str, ...] = ()
        for index in cols.codes:
            codes += _cell_codes(values[index])
        extra = _text(values, cols)
        if "currency" in extra:
            extra["currency"] = extra["currency"].upper()
        elif cols.currency_sign is not None and (sign := currency_in([values[cols.currency_sign]])):
            extra["currency"] = sign
        elif ctx.currency:
            extra["currency"] = ctx.currency
        for postcode in ("postcode", "shipping_postcode"):
            if postcode in extra:
                extra[postcode] = postcode_of(extra[postcode])
        personal = (
            ctx.personal((f, values[i]) for f, i in cols.personal.items())
            if ctx.keep_personal and cols.personal
            else None
        )
        get = extra.get
        return new_response(
            self.kind, ctx.source, key, row.line, occurred,
            codes=codes, amount_cents=amount if cols.amount else None, refunded_cents=refunded,
            currency=get("currency"),
            cancelled=status in CANCELLED_WORDS or status in cols.cancelled_words,
            billing_postcode=get("postcode"), shipping_postcode=get("shipping_postcode"),
            landing_url=get("landing_url"), utm_source=get("utm_source"),
            utm_medium=get("utm_medium"), utm_campaign=get("utm_campaign"),
            utm_content=get("utm_content"), store=get("store"), personal=personal,
        )  # fmt: skip

    def _problem(self, row: Row, index: int | None, reason: str) -> None:
        column = self.header[index] if index is not None and index >= 0 else None
        self.ctx.problem(row.line, column, reason, row.values)


def _text(values: list[str], cols: Columns) -> dict[str, str]:
    """The text fields of a row: each from its column, else its fallback, cleaned."""
    extra: dict[str, str] = {}
    for name, index, clean in cols.text:
        value = values[index].strip()
        if value and clean is not None:
            value = clean(value) or ""
        if value:
            extra[name] = value
    for name, index, clean in cols.text_fallback:
        if name not in extra and (value := values[index].strip()):
            value = clean(value) or "" if clean is not None else value
            if value:
                extra[name] = value
    return extra


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
        values = self.padded(row)
        record = self.read(row, values, self.key_of(values))
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


class LayoutPreset(Preset):
    """A preset declared by its ``aliases`` and its ``layout`` (what most presets are).

    ``what`` names a record in messages ("receipt 12 is also on line 7"). ``layout_for`` may
    adjust the layout to a header (a variant of the export), and ``reader`` wrap the reader.
    """

    layout: ClassVar[Layout] = Layout()
    what: ClassVar[str] = "record"
    required = ("key", "date")

    def layout_for(self, header: list[str], found: Found) -> Layout:
        """The layout for ``header``, whose columns are ``found``: ``layout`` unless a variant
        of the export needs another."""
        return self.layout

    def reader(self, header: list[str], found: Found) -> Reader:
        layout = self.layout_for(header, found)
        columns = layout.columns(header, found)
        made = SummingReader if layout.summed else RecordReader
        return made(header, columns, kind=self.kind, what=self.what, grouped=layout.grouped)
