"""A reader for payment and settlement reports: one row per money movement, of many types.

PayPal, Stripe's balance report, SumUp and Mercado Pago list sales next to refunds, fees,
payouts, currency conversions and withdrawals. A preset says what each row is (``classify``):
a ``sale`` becomes a record, a ``refund`` a record of its own keyed to the sale it gives money
back for (``<sale id>:refund``, amount 0, the money in ``refunded_cents``), a ``cancelled`` sale
a record marked cancelled, and anything else is left out - counted by type, and said so.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from functools import partial

from omniprint.domain.i18n import tr
from omniprint.ingest.presets._base import Found, Reader
from omniprint.ingest.presets._records import LayoutPreset, RecordReader
from omniprint.ingest.table import Row

__all__ = ["CANCELLED", "REFUND", "SALE", "SKIP", "TypedPreset", "TypedReader"]

SALE, REFUND, CANCELLED, SKIP = "sale", "refund", "cancelled", "skip"

#: ``classify(values) -> (verdict, label)``; the label names a left-out row's type in the note.
Classifier = Callable[[list[str]], tuple[str, str]]


class TypedReader(RecordReader):
    """Rows classified by a preset; ``refund_of`` is the column naming the refunded sale and
    ``refund_id`` the refund's own id (a sale refunded in parts gives one record per part)."""

    def __init__(
        self,
        *args,
        classify: Classifier,
        refund_of: int | None = None,
        refund_id: int | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.classify = classify
        self.refund_of = refund_of
        self.refund_id = refund_id
        self.left_out: Counter[str] = Counter()
        self.notes: list[str] = []

    def row(self, row: Row) -> None:
        values = self.padded(row)
        verdict, label = self.classify(values)
        if verdict == SKIP:
            self.left_out[label or "?"] += 1
            return
        key = self.key_of(values)
        if verdict == REFUND and self.refund_of is not None and values[self.refund_of].strip():
            own = values[self.refund_id].strip() if self.refund_id is not None else key
            key = f"{values[self.refund_of].strip()}:refund"
            if own and own != values[self.refund_of].strip():
                key += f":{own}"  # one sale may be refunded in parts: each part is a record
        record = self.read(row, values, key)
        if record is None:
            return
        if verdict == REFUND:
            given_back = abs(record.amount_cents or 0) or record.refunded_cents
            if not record.natural_key.endswith(":refund") and ":refund" not in record.natural_key:
                record = dataclasses.replace(record, natural_key=f"{key}:refund")
            record = dataclasses.replace(
                record, amount_cents=0, refunded_cents=given_back, cancelled=False
            )
        elif verdict == CANCELLED:
            record = dataclasses.replace(record, cancelled=True)
        self.ctx.add(record, row.values, self.what)

    def finish(self) -> None:
        if self.left_out:
            kinds = ", ".join(f"{label}: {count}" for label, count in self.left_out.most_common())
            self.notes.append(
                tr("{count} rows are not sales or refunds ({kinds}); they were left out").format(
                    count=sum(self.left_out.values()), kinds=kinds
                )
            )


class TypedPreset(LayoutPreset):
    """A preset of a payment or settlement report: a :class:`LayoutPreset` whose rows are
    sorted by :meth:`classify`; ``refund_of`` and ``refund_id`` are the fields of the sale a
    refund gives money back for and of the refund's own id (see :class:`TypedReader`)."""

    refund_of: str | None = None
    refund_id: str | None = None

    def classify(self, found: Found, values: list[str]) -> tuple[str, str]:
        """What a row is (``SALE``, ``REFUND``, ``CANCELLED`` or ``SKIP``) and, for a row left
        out, the label it is counted under."""
        raise NotImplementedError

    def reader(self, header: list[str], found: Found) -> Reader:
        columns = self.layout_for(header, found).columns(header, found)
        return TypedReader(
            header,
            columns,
            kind=self.kind,
            what=self.what,
            classify=partial(self.classify, found),
            refund_of=found.get(self.refund_of or ""),
            refund_id=found.get(self.refund_id or ""),
        )
