"""Square Dashboard exports: Transactions (one row per sale) and Item Details (one per item).

Transactions: ``Date,Time,Time Zone,Gross Sales,Discounts,Service Charges,Net Sales,Gift Card
Sales,Tax,Tip,Partial Refunds,Total Collected,Source,...,Transaction ID,Payment ID,...,Event
Type,Location,...,Customer Name,...,Discount Name,Transaction Status``. Item Details:
``Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,
Discounts,Net Sales,Tax,Transaction ID,Payment ID,...,Event Type,Location,...``.

Amounts are written ``$45.00`` and ``-$5.00``. Records are till ``redemption``s keyed by
``Transaction ID``; ``amount_cents`` is net sales (after discounts) plus service charges plus tax,
without tips - for Item Details summed over the transaction's items. ``Partial Refunds`` are
``refunded_cents``; a ``Refund`` event is a record of its own (``<id>:refund``, amount 0).
``Discount Name`` gives the codes (several are comma-separated); ``Location`` is the store. Dates
are local time of the ``Time Zone`` column, kept naive; their order is decided from the file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Preset, Reader, find
from omniprint.ingest.presets._records import Layout, RecordReader, layout_mapping
from omniprint.ingest.table import Row

_COMMON = {"date", "time", "time zone", "transaction id", "net sales"}


def _layout(header: list[str], amount_names: tuple[str, ...]) -> Layout:
    key = find(header, "transaction id")
    date = find(header, "date")
    if key is None or date is None:
        raise ValueError(tr("no Transaction ID or Date column"))
    amount = [i for name in amount_names if (i := find(header, name)) is not None]
    refunded = find(header, "partial refunds")
    text = {
        f: i
        for f, name in (("store", "location"), ("currency", "currency"))
        if (i := find(header, name)) is not None
    }
    return Layout(
        key=key,
        date=date,
        time=find(header, "time"),
        amount=amount,
        refunded=[refunded] if refunded is not None else [],
        codes=[
            i for n in ("discount name", "discounts applied") if (i := find(header, n)) is not None
        ],
        status=find(header, "transaction status"),
        kind_of_row=find(header, "event type"),
        text=text,
        personal={"name": i} if (i := find(header, "customer name")) is not None else {},
    )


class SquareTransactionsPreset(Preset):
    name = "square"
    kind = "redemption"

    def score(self, folded: set[str]) -> int:
        if folded >= _COMMON and "total collected" in folded:
            return 100 + len(folded & {"gross sales", "discount name", "partial refunds"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        layout = _layout(header, ("net sales", "service charges", "tax"))
        return RecordReader(
            header,
            layout,
            kind="redemption",
            what="transaction",
            mapping=layout_mapping(header, layout),
        )


class SquareItemsPreset(Preset):
    name = "square-items"
    kind = "redemption"

    def score(self, folded: set[str]) -> int:
        if folded >= _COMMON and {"item", "qty"} <= folded:
            return 100 + len(folded & {"category", "sku", "price point name"})
        return 0

    def bind(self, header: list[str], mapping: Mapping[str, str] | None = None) -> Reader:
        layout = _layout(header, ("net sales", "tax"))
        return SquareItemsReader(
            header,
            layout,
            kind="redemption",
            what="transaction",
            mapping=layout_mapping(header, layout),
        )


class SquareItemsReader(RecordReader):
    """Item rows summed per transaction; they need not be next to each other."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._records: dict[str, tuple] = {}

    def row(self, row: Row) -> None:
        values = row.values
        if len(values) < self.width:
            values = values + [""] * (self.width - len(values))
        key = values[self.layout.key].strip()
        if not key:
            self._problem(row, self.layout.key, tr("the transaction number is empty"))
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
        )
        self._records[record.natural_key] = (merged, known[1])

    def finish(self) -> None:
        for record, values in self._records.values():
            self.ctx.add(record, values, self.what)
