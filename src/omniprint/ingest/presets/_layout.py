"""A preset's columns declared by field name (`Layout`), and the same on one header (`Columns`).

A `Layout` names fields of its preset's ``aliases``; `Layout.columns` finds them in a file's
header and gives the indices `_records.RecordReader` reads. See CONTRIBUTING.md, "Add an import
preset".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from omniprint.ingest.presets._base import Found, fold

__all__ = ["Columns", "Layout"]


@dataclass(frozen=True, kw_only=True)
class Layout:
    """Where a preset's fields are, by field names of its ``aliases``: a plain declaration that
    :meth:`columns` resolves against a file's header. A field the header lacks is left out.

    ``key`` is the record's id; ``key_fallback`` is read when the key cell is empty (Stripe's
    unified export leaves ``id`` empty for payments that never got a charge, but always writes
    the ``PaymentIntent ID``), and is the key itself when the header has no key column.
    ``amount`` columns are summed (Square: net sales + tax), ``minus`` taken off (SumUp's tip,
    inside its "Total amount"); ``refunded`` likewise summed, taken as a positive number.
    ``codes`` columns hold codes, and so does every column whose folded name is in ``codes_in``
    (Stripe's ``coupon (metadata)``, ``promo_code (metadata)``...).

    ``status`` values in ``CANCELLED_WORDS`` or ``cancelled_words`` (a system's own words for a
    sale that did not happen, such as Stripe's ``Incomplete``) mark the record cancelled, and
    refund words with no ``refunded`` column mean a full refund; so do refund words in
    ``refund_status`` (Tiendanube's payment status, beside its order status).
    ``kind_of_row`` holds the value that says a row is a refund (``Refund``, ``Reembolso``): such a
    row becomes a record of its own with amount 0 and the money given back as ``refunded_cents``;
    ``negative_is_refund`` makes a row whose amount is below zero one too (WooCommerce Analytics
    lists a refund as the order's number with negative net sales).

    ``text`` fields are kept as they are (``currency``, postcodes, ``store``, UTM fields, the
    landing URL); ``text_fallback`` names a second field read when a text field is empty (Stripe's
    Checkout ``UTM Source``, else the shop's own ``utm_source (metadata)``), and ``clean`` turns
    the cell of a field into its value, or None (WooCommerce's ``Source: flyer`` origin).
    ``currency_sign`` is a field whose values show the currency by sign (``12,00 €``), read when no
    currency column says it. ``personal`` fields are kept only when asked.

    ``grouped`` reads a run of rows with the same key as one record (its first row); ``summed``
    adds up every row of a key, wherever it is (one row per item sold).
    """

    key: str = "key"
    key_fallback: str | None = None
    date: str = "date"
    time: str | None = None
    amount: tuple[str, ...] = ()
    minus: tuple[str, ...] = ()
    refunded: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    codes_in: frozenset[str] = frozenset()
    status: str | None = None
    refund_status: str | None = None
    cancelled_words: frozenset[str] = frozenset()
    kind_of_row: str | None = None
    negative_is_refund: bool = False
    text: tuple[str, ...] = ()
    text_fallback: Mapping[str, str] = field(default_factory=dict)
    clean: Mapping[str, Callable[[str], str | None]] = field(default_factory=dict)
    currency_sign: str | None = None
    personal: tuple[str, ...] = ()
    grouped: bool = False
    summed: bool = False

    def columns(self, header: list[str], found: Found) -> Columns:
        """The layout on ``header``, whose columns holding each field are ``found``."""
        key, fallback = found.get(self.key), found.get(self.key_fallback or "")
        if key is None:
            key, fallback = fallback, None
        if key is None or self.date not in found:
            # Not for people: a preset's `required` names its key and date, and bind says first.
            raise ValueError(f"no {self.key} or {self.date} column")

        def some(names_: tuple[str, ...]) -> list[int]:
            return [found[n] for n in names_ if n in found]

        def one(name: str | None) -> int | None:
            return found.get(name) if name else None

        folded = [fold(name) for name in header] if self.codes_in else []
        return Columns(
            key=key,
            key_fallback=fallback if fallback != key else None,
            date=found[self.date],
            time=one(self.time),
            amount=some(self.amount),
            minus=some(self.minus),
            refunded=some(self.refunded),
            codes=some(self.codes) + [i for i, n in enumerate(folded) if n in self.codes_in],
            status=one(self.status),
            refund_status=one(self.refund_status),
            cancelled_words=self.cancelled_words,
            kind_of_row=one(self.kind_of_row),
            negative_is_refund=self.negative_is_refund,
            text=[(n, found[n], self.clean.get(n)) for n in self.text if n in found],
            text_fallback=[
                (name, found[n], self.clean.get(n))
                for name, n in self.text_fallback.items()
                if n in found and found[n] != found.get(name)
            ],
            currency_sign=one(self.currency_sign),
            personal={n: found[n] for n in self.personal if n in found},
        )


@dataclass
class Columns:
    """A :class:`Layout` on one header: the index of each column (what the reader reads)."""

    key: int
    key_fallback: int | None
    date: int
    time: int | None
    amount: list[int]
    minus: list[int]
    refunded: list[int]
    codes: list[int]
    status: int | None
    refund_status: int | None
    cancelled_words: frozenset[str]
    kind_of_row: int | None
    negative_is_refund: bool
    text: list[tuple[str, int, Callable[[str], str | None] | None]]
    """(text field, column, its cleaner or None)."""
    text_fallback: list[tuple[str, int, Callable[[str], str | None] | None]]
    currency_sign: int | None
    personal: dict[str, int]

    def mapping(self, header: list[str]) -> dict[str, str]:
        """Field -> column name, for ``ReadResult.mapping``."""
        found = {"key": header[self.key], "date": header[self.date]}
        if self.time is not None:
            found["time"] = header[self.time]
        for name, indices in (("amount", self.amount), ("refunded", self.refunded)):
            if indices:
                found[name] = "+".join(header[i] for i in indices)
        if self.codes:
            found["code"] = ", ".join(header[i] for i in self.codes)
        if self.status is not None:
            found["status"] = header[self.status]
        for name, index, _clean in self.text:
            found[name] = header[index]
        for name, index, _clean in self.text_fallback:
            found.setdefault(name, header[index])
        for name, index in self.personal.items():
            found[name] = header[index]
        return found
