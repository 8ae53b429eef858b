"""Numbers an import keeps: an amount or a count too large to be real refuses its row.

A misread column (a phone number taken for an amount, an amount of ``1e30``) must not abort the
import (SQLite stores integers of at most 64 bits) nor make every report's sums overflow: the row is
refused with its line and column, like any other row that cannot be read.
"""

from __future__ import annotations

from collections.abc import Mapping

from omniprint.domain.i18n import tr
from omniprint.domain.responses import Problem
from omniprint.ingest.presets._base import Context

__all__ = ["MAX_IMPORTED_NUMBER", "TooLarge"]

#: The largest amount (in cents) or count an import keeps: ten trillion in any currency is a
#: misread column, and below it the sums reports make of up to 9,000 such records still fit in
#: SQLite's 64-bit INTEGER (a single amount of 1e30 would not even fit one).
MAX_IMPORTED_NUMBER = 10**15
# Integer fields of a record, and the mapping fields whose column they are read from.
_INTEGER_FIELDS = {
    "amount_cents": ("amount", "total", "net"),
    "refunded_cents": ("refunded",),
    "sessions": ("sessions",),
    "key_events": ("key_events", "conversions"),
}


class TooLarge:
    """Refuses the records holding a number too large to be real or to keep (an amount of 1e30, a
    count beyond 64 bits), by their line and column, instead of letting the import fail."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.columns = {
            name: next((mapping[f] for f in fields if f in mapping), None)
            for name, fields in _INTEGER_FIELDS.items()
        }

    def __call__(self, ctx: Context) -> None:
        limit = MAX_IMPORTED_NUMBER
        bad = [
            r
            for r in ctx.responses
            if abs(r.amount_cents or 0) > limit
            or abs(r.refunded_cents) > limit
            or abs(r.sessions) > limit
            or abs(r.key_events) > limit
        ]
        if not bad:
            return
        refused = {id(r) for r in bad}
        ctx.responses = [r for r in ctx.responses if id(r) not in refused]
        for r in bad:
            name = next(
                n
                for n in _INTEGER_FIELDS
                if abs(getattr(r, n) or 0) > limit  # amount_cents may be None
            )
            ctx.problems.append(
                Problem(
                    r.line,
                    self.columns[name],
                    tr(
                        "the number is too large to keep ({digits} digits): check the column "
                        "holds an amount or a count"
                    ).format(digits=len(str(abs(getattr(r, name))))),
                    "",
                )
            )
        ctx.problems.sort(key=lambda p: p.line)
