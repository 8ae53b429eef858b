"""A reader for exports with one record per row (or per run of rows with the same id).

Presets describe their columns - which is the id, the date, the amount parts, the codes - and
this reader does the rest: parsing, problems with line and column, cancelled and refund rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from omniprint.domain.i18n import tr
from omniprint.domain.responses import Response
from omniprint.ingest.presets._base import CANCELLED_WORDS, Reader, fold, split_codes
from omniprint.ingest.table import Row

__all__ = ["Layout", "RecordReader"]

_TEXT_FIELDS = (
    "currency", "postcode", "shipping_postcode", "store", "landing_url",
    "utm_source", "utm_medium", "utm_campaign", "utm_content",
)  # fmt: skip
_REFUND_WORDS = frozenset({"refund", "refunded", "reembolso", "reembolsado", "devolucion"})


@dataclass
class Layout:
    """Where a preset's fields are. Indices are columns of the header.

    ``amount`` columns are summed (Square: net sales + tax); ``refunded`` likewise, taken as a
    positive number. ``kind_of_row`` holds the column whose value says a row is a refund
    (``Refund``, ``Reembolso``): such a row becomes a record of its own with amount 0 and the
    money given back as ``refunded_cents``. ``status`` values in ``CANCELLED_WORDS`` mark the
    record cancelled, and ``refunded``-like statuses with no refund column mean a full refund.
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
            for index in lay.refunded:
                refunded += ctx.amounts.optional(values[index])
        except ValueError as exc:
            self._problem(row, index, str(exc))
            return None
        refunded = abs(refunded)
        status = fold(values[lay.status]) if lay.status is not None else ""
        status = status.removeprefix("wc ")  # WooCommerce's internal "wc-cancelled"
        is_refund = lay.kind_of_row is not None and fold(values[lay.kind_of_row]) in _REFUND_WORDS
        if is_refund:
            # A refund of its own (Square refund event, Loyverse refund receipt).
            key, amount, refunded = f"{key}:refund", 0, abs(amount) or refunded
        elif status in _REFUND_WORDS and not lay.refunded:
            refunded = amount
        codes: tuple[str, ...] = ()
        for index in lay.codes:
            codes += split_codes(values[index])
        extra = {f: values[i].strip() for f, i in lay.text.items() if values[i].strip()}
        if "currency" in extra:
            extra["currency"] = extra["currency"].upper()
        elif ctx.currency:
            extra["currency"] = ctx.currency
        for postcode in ("postcode", "shipping_postcode"):
            if postcode in extra:
                extra[postcode] = extra[postcode].lstrip("'")
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
            status in CANCELLED_WORDS,
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
