"""How the CLI prints: plain tables for people, JSON for scripts."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any, TextIO

from omniprint.domain import formatting
from omniprint.domain.i18n import tr
from omniprint.domain.money import decimal_string
from omniprint.domain.plan import Campaign, Zone


@dataclass
class Output:
    """What a command produced: `data` for `--json`, `lines` for people, and the exit code
    (non-zero when the answer is "no", e.g. a code that is not valid, so scripts can test it)."""

    data: Any
    lines: list[str] = field(default_factory=list)
    exit_code: int = 0  # non-zero: the command ran and printed, but found what must fail it

    def emit(self, as_json: bool, stream: TextIO | None = None) -> None:
        stream = stream or sys.stdout
        if as_json:
            json.dump(self.data, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            for line in self.lines:
                stream.write(terminal_text(line) + "\n")


# CLDR keeps a number and its unit together with no-break spaces (1.234,50\u00a0€, 8:15\u202fPM),
# which a window or a PDF needs; a terminal never wraps inside a word, and a script's grep for
# "1.234,50 €" must find it: the CLI writes plain spaces there. A no-break space in a user's own
# text (a column called "Send\u00a0Date") is left as it is.
_NUMBER_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f]|[\u00a0\u202f](?=[\d-])")


def terminal_text(text: str) -> str:
    """Text for a terminal or a script: the no-break spaces beside numbers as plain ones."""
    return _NUMBER_SPACE.sub(" ", text)


def table(headers: list[str], rows: list[list[object]], right: set[int] | None = None) -> list[str]:
    """A fixed-width text table; columns listed in `right` are right-aligned (numbers).

    Headers are translated here: mark each where it is written as `tr_noop("name", "column")`.
    The prefix keeps a column's name apart from the same word in a message (the catalogues are
    looked up by source text alone: "households" is "el número de hogares" in the core's
    messages, "hogares" over a column); it is dropped when there is no translation."""
    right = right or set()
    cells = [[column(c) for c in headers]] + [
        [("" if c is None else str(c)) for c in r] for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        return "  ".join(parts).rstrip()

    return [fmt(cells[0]), fmt(["-" * w for w in widths]), *(fmt(r) for r in cells[1:])]


def column(header: str) -> str:
    """A table header in the active language (marked with the context "column")."""
    return tr(header, "column") if header else ""


def money(cents: int, currency: str) -> str:
    """An amount for people, in the active language: 1,234.50 EUR / 1.234,50 €."""
    return formatting.money(cents, currency)


def campaign_json(c: Campaign) -> dict:
    return {
        "slug": c.slug,
        "name": c.name,
        "landing_url": c.landing_url,
        "start_date": c.start_date,
        "end_date": c.end_date,
        "budget": decimal_string(c.budget_cents),
        "currency": c.currency,
        "redirect_base": c.redirect_base,
        "attribution_days": c.attribution_days,
        "notes": c.notes,
    }


def zone_json(z: Zone, currency: str) -> dict:
    return {
        "code": z.code,
        "name": z.name,
        "households": z.households,
        "coverage": z.coverage_bp / 100,
        "cpm": decimal_string(z.cpm_cents),
        "currency": currency,
        "drop_date": z.drop_date,
        "control": z.is_control,
    }


def console_progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty() and total:
        sys.stderr.write(
            f"\r{message}: {formatting.number(done)} / {formatting.number(total)}"
            f" ({formatting.percent(done * 100 // total)})"
        )
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
