"""Ad spend reports: recognise a Google Ads or Meta Ads Manager download and read its rows.

These files are not records of what came back (orders, redemptions, visits) but of what a
channel cost, so they are read apart from the presets of ``omniprint.ingest.presets``:
:func:`read_spend` looks at the first lines and returns None when the file is neither, so the
caller can go on to the usual presets.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from omniprint.domain.channels import AdSpend
from omniprint.domain.errors import InputFileError
from omniprint.domain.i18n import tr
from omniprint.domain.responses import Problem
from omniprint.ingest.numbers import infer_decimal, parse_amount, to_cents
from omniprint.ingest.presets._base import fold
from omniprint.ingest.table import detect_encoding

__all__ = ["SPEND_PRESETS", "SpendRead", "read_spend"]

#: The names ``--preset`` takes for ad spend reports.
SPEND_PRESETS = ("google-ads", "meta-ads")

_EMPTY = {"", "--", "-", "—"}


@dataclass
class SpendRead:
    """What an ad report gave: its layout, how it was read, its rows and the rows refused."""

    preset: str
    encoding: str
    delimiter: str
    decimal: str | None
    mapping: dict[str, str]
    rows: int = 0
    spend: list[AdSpend] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    period: tuple[str, str] = ("", "")


@dataclass
class Table:
    """A file's text split into rows: the lines above the header, the header and its line."""

    encoding: str
    delimiter: str
    preamble: list[str]
    header: list[str]
    header_line: int
    rows: list[tuple[int, list[str]]]


def decode(data: bytes, file: str) -> tuple[str, str]:
    """(text, encoding name) of a file; Google Ads saves "Excel CSV" as UTF-16 with tabs."""
    name, codec = detect_encoding(data, file=file)
    return data.decode(codec), name


def split_table(text: str, encoding: str, header_at: int) -> Table:
    """The table whose header is the ``header_at``-th line (0-based) of ``text``."""
    lines = text.splitlines()
    head = lines[header_at] if header_at < len(lines) else ""
    delimiter = max(("\t", ",", ";"), key=head.count)
    body = "\n".join(lines[header_at:])
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    header: list[str] = []
    for values in reader:
        line = header_at + reader.line_num
        if not header:
            header = [v.strip().lstrip("\ufeff") for v in values]
            continue
        if any(v.strip() for v in values):
            rows.append((line, values))
    return Table(encoding, delimiter, lines[:header_at], header, header_at + 1, rows)


def column(header: list[str], *aliases: str, prefix: bool = False) -> int | None:
    """Index of the first column whose folded name is one of ``aliases`` (or starts with one,
    with ``prefix``: ``Amount spent (EUR)``)."""
    folded = [fold(name) for name in header]
    for alias in aliases:
        for index, name in enumerate(folded):
            if name == alias or (prefix and name.startswith(alias + " ")):
                return index
    return None


def cell(values: list[str], index: int | None) -> str:
    """A cell's text, stripped; empty for a missing column and for Google's ``--``."""
    if index is None or index >= len(values):
        return ""
    text = values[index].strip()
    return "" if text in _EMPTY else text


def decimal_of(rows: list[tuple[int, list[str]]], index: int | None) -> str | None:
    """The decimal mark of a column of amounts, voted by its values."""
    if index is None:
        return None
    return infer_decimal(cell(values, index) for _, values in rows)


_TOTAL = re.compile(r"^(total|totales|totals)\s*(:|$)|^(results from|resultados de) \d+ ", re.I)


def is_total(text: str) -> bool:
    """True for a totals row's label: ``Total: Account``, ``Total: cuenta``, ``Total``, Meta's
    ``Results from 2 campaigns``. A campaign called ``Total renovation`` is not one."""
    return bool(_TOTAL.match(text.strip()))


def cents(text: str, decimal: str | None) -> int:
    """An amount to cents (``1,356.20``, ``1.356,20``, ``245``); empty is zero."""
    return to_cents(parse_amount(text, decimal=decimal)) if text else 0


def count(text: str, decimal: str | None) -> int | None:
    """A count such as ``1,356,884`` (or ``1.356.884``, or Google's decimal conversions
    ``12.50``) as a whole number; None when empty."""
    if not text:
        return None
    return int(parse_amount(text.replace("%", ""), decimal=decimal))


def utm_campaign(*urls: str) -> str | None:
    """The ``utm_campaign`` of the first link or URL parameters that carry one."""
    for url in urls:
        if "utm_campaign" not in url:
            continue
        query = urlsplit(url).query if "?" in url or "://" in url else url
        found = parse_qs(query.lstrip("?{}")).get("utm_campaign")
        if found and found[0].strip():
            return found[0].strip()
    return None


def start_read(
    preset: str,
    table: Table,
    where: dict[str, int | None],
    cost: str,
    period: tuple[str, str] = ("", ""),
) -> SpendRead:
    """The (still empty) result of reading `table`: its columns are `where` (field -> index),
    its amounts are read with the decimal mark the `cost` column's values vote for."""
    return SpendRead(
        preset,
        table.encoding,
        table.delimiter,
        decimal_of(table.rows, where[cost]),
        {f: table.header[i] for f, i in where.items() if i is not None},
        period=period,
    )


def url_columns(header: list[str], names: tuple[str, ...]) -> list[int]:
    """The columns among `names` that hold links or URL parameters (read for utm_campaign)."""
    return [i for i in (column(header, name) for name in names) if i is not None]


def add_row(
    result: SpendRead,
    table: Table,
    line: int,
    values: list[str],
    *,
    platform: str,
    campaign: str,
    period: tuple[str, str],
    currency: str | None,
    where: dict[str, int | None],
    fields: tuple[str, str, str, str],
    urls: list[int],
) -> None:
    """Add one row of a report to `result`: the spend of `campaign` over `period`, whose cost,
    impressions, clicks and results are in the columns of `where` named by `fields` (the report's
    own words: Google's conversions, Meta's results). A number that cannot be read makes the row
    a problem instead."""
    cost_field, *count_fields = fields
    try:
        cost = cents(cell(values, where[cost_field]), result.decimal)
        impressions, clicks, results = (
            count(cell(values, where[f]), result.decimal) for f in count_fields
        )
    except ValueError as exc:
        result.problems.append(problem(table, line, None, str(exc), values))
        return
    result.spend.append(
        AdSpend(
            platform,
            campaign,
            cost,
            *period,
            ad_set=cell(values, where["ad_set"]),
            currency=currency,
            impressions=impressions,
            clicks=clicks,
            results=results,
            utm_campaign=utm_campaign(*(cell(values, i) for i in urls)),
            line=line,
        )
    )


def problem(table: Table, line: int, index: int | None, reason: str, values: list[str]) -> Problem:
    """A row that cannot be read, with the name of the column at fault when one is."""
    name = table.header[index] if index is not None else None
    return Problem(line, name, reason, table.delimiter.join(values))


def _head(data: bytes) -> list[str]:
    """The first lines of a file, decoded well enough to recognise a header."""
    sample = data[:8192]
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = sample.decode("utf-16", errors="ignore")
    elif sample[:64].count(b"\x00") > 16:
        text = sample.decode("utf-16-le", errors="ignore")
    else:
        text = sample.decode("utf-8", errors="replace")
    return text.lstrip("\ufeff").splitlines()[:4]


def read_spend(data: bytes, file: str, preset: str | None = None) -> SpendRead | None:
    """Read an ad report, or None when the file is not one (and no spend preset was forced).

    Raises :class:`InputFileError` when ``preset`` forces a layout the file does not have.
    """
    from omniprint.ingest.presets import google_ads, meta_ads

    if preset is not None and preset not in SPEND_PRESETS:
        return None
    if data[:2] == b"\x1f\x8b":
        return None  # a compressed access log, not a report
    if preset is None and not any(m.looks_like(_head(data)) for m in (google_ads, meta_ads)):
        return None  # most files: a look at the first lines is enough
    try:
        text, encoding = decode(data, file)
    except InputFileError:
        if preset is None:
            return None
        raise
    for module in (google_ads, meta_ads):
        if preset not in (None, module.NAME):
            continue
        found = module.read(text, encoding, file)
        if found is not None:
            return found
    if preset is not None:
        raise InputFileError(
            file,
            tr("is not a {preset} report: its header was not recognised").format(preset=preset),
        )
    return None
