"""GA4 downloads as they are: one file, many small tables.

A Reports snapshot "Download file" holds one table per card of the page (users by country, views
by page title, sessions by channel group...), each after its own ``# Start date`` / ``# Fecha de
inicio`` preamble and a blank line; Traffic acquisition puts the chart's series (``Nth day``,
``Día N``) before its table; Excel re-saves pad every line with commas and add empty rows.

Every table is read. Those with Sessions and a dimension OmniPrint uses (session source / medium,
campaign, manual ad content, landing page, channel group) become ``visit`` records; the others
are left out with a sentence saying which and why. A file with no source / medium and no campaign
says which report and dimension to download, in the user's language; a file with no usable table
is refused with that list, never read as 0 rows.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from omniprint.domain.errors import InputFileError
from omniprint.domain.i18n import tr
from omniprint.ingest.dates import DateOrder
from omniprint.ingest.numbers import infer_decimal
from omniprint.ingest.presets._base import Context, fold
from omniprint.ingest.presets.ga4 import _CHART, CAMPAIGN_DIMENSIONS, Ga4Preset, _find
from omniprint.ingest.table import Row

__all__ = [
    "Ga4File",
    "Ga4Table",
    "download_advice",
    "looks_like_ga4",
    "read_ga4_tables",
    "split_tables",
]

_PREAMBLE_MARKS = ("start date", "fecha de inicio", "account", "cuenta", "property", "propiedad")


@dataclass
class Ga4Table:
    """One table of a download: the comment lines above it, its header and its rows."""

    preamble: list[str]
    header: list[str]
    header_line: int
    rows: list[Row] = field(default_factory=list)


@dataclass
class Ga4File:
    """What the tables of a download gave: the tables read, and those left out with why."""

    used: list[tuple[Ga4Table, dict[str, str]]] = field(default_factory=list)
    left_out: list[tuple[Ga4Table, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: int = 0


def looks_like_ga4(text: str) -> bool:
    """A download starts with ``# ----`` and ``# Start date:`` lines (or their Spanish)."""
    for line in text.splitlines()[:30]:
        if line.startswith("#") and any(m in fold(line) for m in _PREAMBLE_MARKS):
            return True
    return False


def split_tables(text: str, delimiter: str) -> list[Ga4Table]:
    """The tables of a download: each starts after comment or blank lines and ends at the next
    blank line (an Excel re-save's ``,,,,`` lines count as blank)."""
    tables: list[Ga4Table] = []
    preamble: list[str] = []
    current: Ga4Table | None = None
    lines = io.StringIO(text, newline="").readlines()
    for number, line in enumerate(lines, 1):
        bare = line.strip().lstrip("\ufeff")
        if not bare.strip(" ,;\t|\xa0"):
            current = None
            continue
        if bare.startswith('"#'):  # Excel quotes a comment line that holds its delimiter
            bare = next(csv.reader([bare], delimiter=delimiter))[0]
        if bare.startswith("#"):
            if current is not None:
                current = None
                preamble = []
            preamble.append(bare.rstrip(",;\t| "))
            continue
        values = next(csv.reader([bare], delimiter=delimiter))
        while len(values) > 1 and not values[-1].strip():
            values.pop()
        if current is None:
            header = [v.replace("\ufeff", "").strip() for v in values]
            current = Ga4Table(list(preamble), header, number)
            tables.append(current)
            preamble = []
            continue
        current.rows.append(Row(number, values))
    return tables


def read_ga4_tables(
    text: str, delimiter: str, file: str, ctx_args: dict
) -> tuple[Context, Ga4File]:
    """Read every table of a GA4 download into one context of ``visit`` records."""
    tables = split_tables(text, delimiter)
    preset = Ga4Preset()
    found = Ga4File()
    period: list[str] = []
    readers = []
    samples: list[str] = []
    for table in tables:
        if table.preamble:
            period = table.preamble  # the report's range, also for the tables after it
        reason = _why_left_out(table)
        if reason is not None:
            found.left_out.append((table, reason))
            continue
        reader = preset.bind(table.header)
        reader.preamble(period)
        readers.append((table, reader))
        for row in table.rows[:200]:
            for index in reader.amount_columns:
                if index < len(row.values) and row.values[index].strip():
                    samples.append(row.values[index].strip())
    ctx = Context(order=DateOrder.YMD, decimal=infer_decimal(samples), **ctx_args)
    for table, reader in readers:
        reader.start(ctx)
        before = len(ctx.responses)
        for row in table.rows:
            reader.row(row)
        found.rows += len(table.rows)
        found.used.append((table, reader.mapping))
        if len(ctx.responses) == before and not table.rows:
            found.notes.append(
                tr("the table at line {line} ({columns}) has no rows").format(
                    line=table.header_line, columns=_columns(table)
                )
            )
    for table, reason in found.left_out:
        found.notes.append(
            tr("the table at line {line} ({columns}) was left out: {reason}").format(
                line=table.header_line, columns=_columns(table), reason=reason
            )
        )
    campaign = any(any(f in CAMPAIGN_DIMENSIONS for f in mapping) for _, mapping in found.used)
    if not found.used:
        raise InputFileError(file, _nothing_usable(found))
    if not ctx.responses and not ctx.problems:
        # Tables of the right kind, but only totals or empty rows: never "0 rows" in silence.
        raise InputFileError(
            file,
            tr("its GA4 tables ({tables}) hold no visits, only totals or empty rows. ").format(
                tables="; ".join(_columns(t) for t, _ in found.used)
            )
            + download_advice(),
        )
    if not campaign:
        found.notes.append(tr("visits were kept by channel only. ") + download_advice())
    return ctx, found


def _columns(table: Ga4Table) -> str:
    return ", ".join(name for name in table.header if name)


def _why_left_out(table: Ga4Table) -> str | None:
    first = fold(table.header[0]) if table.header else ""
    if _CHART.match(first):
        return tr("it is the series of a chart (the same visits by day)")
    if _find(table.header, "sessions") is None:
        return tr("it has no Sessions column")
    dims = [f for f in (*CAMPAIGN_DIMENSIONS, "channel") if _find(table.header, f) is not None]
    if not dims:
        return tr("its dimension ({name}) is not one OmniPrint uses").format(name=table.header[0])
    return None


def download_advice() -> str:
    """Which GA4 report and dimension to download for campaign results (translated)."""
    return tr(
        "For results by campaign, download in GA4 Reports > Acquisition > Traffic acquisition, "
        "change the table's dimension to “Session source / medium” (or “Session campaign”), "
        "then Share > Download file > CSV"
    )


def _nothing_usable(found: Ga4File) -> str:
    reasons = "; ".join(
        tr("line {line} ({columns}): {reason}").format(
            line=t.header_line, columns=_columns(t), reason=r
        )
        for t, r in found.left_out
    )
    return (
        tr("no table of this GA4 download has Sessions by a dimension OmniPrint uses ({tables}).")
        .format(tables=reasons or tr("no tables"))
        + " "
        + download_advice()
    )  # fmt: skip
