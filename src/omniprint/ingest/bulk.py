"""The fast way in for large, simple redemption lists: whole rows handed to SQLite at C speed.

A till's list of a million redemptions (``date,receipt,code,amount,store``) spends most of its
import in Python, one record object per row. When a file is *simple* - read by the generic
layout, every column one of date, code, amount, store and receipt (or order), in an encoding
that keeps ASCII as it is - its rows go as they are into a staging table and SQL checks and
converts them (``storage.staging``). Whether every row is simple is only known once all are
staged: a date that is not ISO, an amount with a currency sign, a code with a space, a totals
row... and the file is read again the ordinary way, which refuses and reports rows by line and
column exactly as before. So this path changes how fast, never what is stored.

The layout is read through the presets' public API (``presets.get(name).bind(header)``), so
what the generic layout reads is decided in one place.
"""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from operator import itemgetter

from omniprint.domain import codes
from omniprint.ingest import presets
from omniprint.ingest.dates import DateOrder, infer_date_order
from omniprint.ingest.kept_text import kept_columns
from omniprint.ingest.presets._cells import currency_in
from omniprint.ingest.responses import is_totals_row
from omniprint.ingest.table import TableStream, iter_table

__all__ = [
    "BulkLayout", "NotSimple", "StagedBatch", "StagedRows", "bulk_layout", "kept_text_is_own",
    "own_text_end",
]  # fmt: skip

#: The fields a simple file's columns may hold: each read as it is, nothing personal.
_SIMPLE_FIELDS = frozenset({"date", "code", "amount", "store", "receipt", "order"})
# Codecs in which the ASCII characters the checks look for are single bytes of the same value.
_ASCII_CODECS = frozenset({"utf-8", "utf-8-sig", "cp1252", "latin-1"})
_MAX_LINE = 1 << 16  # characters: a longer line is not a simple record
#: Characters read at a time (thousands of records): one batch staged at once. Its rows take a
#: few times as much memory as Python objects, and the next piece is read meanwhile.
PIECE = 1 << 18
_LINE_END = r"(?:\r\n|\r|\n)?"
# Longest amounts read here (digits before the point): far from what 64-bit cents can hold.
_MAX_WHOLE_DIGITS = 12
_DECIMAL_WAIT = 10_000  # rows the ordinary reader looks at to learn the decimal mark
#: Worth staging: below this, the ordinary reader is as fast and there is nothing to win.
MIN_ROWS = 5_000


@dataclass(frozen=True)
class BulkLayout:
    """How a simple file's columns become records: the column index of each field (``key`` is
    the receipt or order number), and what every record of it shares."""

    stream: TableStream
    preset: str
    source: str
    kind: str
    mapping: dict[str, str]
    date: int
    code: int
    key: int
    amount: int | None
    store: int | None
    date_suffix: str
    """What the ordinary reader adds to an ISO day (``T00:00:00``)."""
    date_order: str
    """As the ordinary reader says it decided (or was told) the order of the file's days."""
    day_shape: str = "ymd"
    """``ymd``: ISO days (2026-10-05); ``dmy`` or ``mdy``: days such as 05/10/2026, in the
    order the ordinary reader decides for the file (`_decided`)."""
    decimal: str = "."
    """The amounts' decimal mark: ``.`` (12.50) or ``,`` (12,50, each amount with its cents)."""
    currency_sign: str = ""
    """What follows every amount of a file with decimal commas (`_CURRENCY_SIGN`), or nothing."""

    @property
    def currency(self) -> str | None:
        """The currency the ordinary reader gives every record (from the amounts' sign)."""
        return currency_in([self.currency_sign]) if self.currency_sign else None

    @property
    def width(self) -> int:
        return len(self.stream.header)


def bulk_layout(
    data: bytes,
    *,
    file: str,
    preset: str | None,
    mapping: Mapping[str, str] | None,
    source: str | None,
    date_order: str | None,
) -> BulkLayout | None:
    """The layout of a file that may take the fast path, or None when it must be read the
    ordinary way (any doubt is a None: the ordinary way is always right)."""
    if len(data) < MIN_ROWS * 20:
        return None
    try:
        stream = iter_table(data, file=file)
    except Exception:  # the ordinary reader raises it again, with its message
        return None
    if stream.notes or stream.codec not in _ASCII_CODECS or b'"' in data:
        return None  # quoted cells may hold delimiters and line breaks: the csv module's work
    name = _preset_name(stream.header, preset, mapping)
    if name != "generic":
        return None
    chosen = presets.get(name)
    # A zone would give each day its own offset (summer time); shops per currency need Python.
    if chosen.per_shop or chosen.decimal not in (None, ".") or chosen.default_tz is not None:
        return None
    try:
        reader = chosen.bind(stream.header, mapping)
    except ValueError:
        return None
    fields = dict(reader.mapping)
    header = stream.header
    columns = {field: header.index(column) for field, column in fields.items()}
    if (
        not set(fields) <= _SIMPLE_FIELDS
        or len(set(columns.values())) != len(header)  # a column the layout does not read
        or "date" not in fields
        or "code" not in fields
        or not ({"receipt", "order"} & set(fields))
    ):
        return None
    decided = _decided(stream, columns["date"], columns.get("amount"), date_order)
    if decided is None:
        return None
    order, shape, decimal, sign = decided
    day = datetime(2026, 1, 31).isoformat()  # as the ordinary reader writes an ISO day
    base = chosen.source_name or name
    text = f"{base}:{source.strip()}" if source and source.strip() else base
    return BulkLayout(
        stream=stream,
        preset=name,
        source=text,
        kind="order" if "order" in fields else "redemption",
        mapping=fields,
        date=columns["date"],
        code=columns["code"],
        key=columns["order"] if "order" in columns else columns["receipt"],
        amount=columns.get("amount"),
        store=columns.get("store"),
        date_suffix=day[len("2026-01-31") :],
        date_order=str(order),
        day_shape=str(shape),
        decimal=decimal,
        currency_sign=sign,
    )


# A day such as 05/10/2026 (day-first or month-first: the file says which), and an amount with
# a decimal comma and its cents, maybe followed by the euro sign (12,50 €).
_SLASH_DAY = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4}")
_COMMA_AMOUNT = re.compile(r"[0-9]{1,12},[0-9]{2}( ?€)?")
_POINT_AMOUNT = re.compile(r"[0-9]{1,12}(?:\.[0-9]{2})?")
#: Rows within which the day order and the decimal mark must be told (well within the ordinary
#: reader's wait of 10,000 rows, so that both read the file alike).
_DECIDE_WITHIN = 5_000


def _decided(
    stream: TableStream, date: int, amount: int | None, given: str | None
) -> tuple[DateOrder, DateOrder, str, str] | None:
    """The order of the file's days (as the ordinary reader reports it, and as they are
    written), the amounts' decimal mark and the sign after them, as the ordinary reader decides
    them from its first rows: the first day that can be read one way only (19/10/2026) tells the
    order (unless the user said it), the first amount the mark. None when the first rows do not
    tell, or show a shape this path does not read (any doubt)."""
    order = DateOrder(given) if given else None
    first_day = first_amount = None
    with stream.open_body() as body:
        for line in islice(body, _DECIDE_WITHIN):
            cells = line.rstrip("\r\n").split(stream.delimiter)
            if len(cells) <= max(date, amount or 0):
                continue  # a blank or short line: the line pattern says what it is
            first_day = first_day or cells[date]
            if first_amount is None and amount is not None and cells[amount]:
                first_amount = cells[amount]
            if order is None and _SLASH_DAY.fullmatch(first_day):
                verdict = infer_date_order([cells[date]])
                if verdict in (DateOrder.DMY, DateOrder.MDY):
                    order = verdict
                elif verdict is not DateOrder.AMBIGUOUS:
                    return None
            amount_told = amount is None or first_amount is not None
            if amount_told and (order is not None or not _SLASH_DAY.fullmatch(first_day)):
                break
    if first_day is None:
        return None
    if not _SLASH_DAY.fullmatch(first_day):
        shape = DateOrder.YMD  # ISO days (checked by the line pattern)
        order = order or DateOrder.YMD
    elif order in (DateOrder.DMY, DateOrder.MDY):
        shape = order
    else:
        return None
    if first_amount is None or _POINT_AMOUNT.fullmatch(first_amount):
        return order, shape, ".", ""
    comma = _COMMA_AMOUNT.fullmatch(first_amount)
    if comma is None or stream.delimiter == ",":
        return None
    return order, shape, ",", comma.group(1) or ""


def _preset_name(header: list[str], preset: str | None, mapping: Mapping[str, str] | None):
    if mapping is not None:
        return "generic" if preset in (None, "generic") else None
    if preset is not None:
        return preset if preset in presets.PRESETS else None
    return presets.detect(header)


def kept_text_is_own(data: bytes, layout: BulkLayout) -> bool:
    """True when the text kept without personal data would be the file's own text: every
    column kept as it is, and nothing a rewrite of the rows would change (quotes, an e-mail or
    a URL that would be cleaned, mixed line ends, blank lines at the end)."""
    return _own_text(data, layout.stream.header, layout.mapping)


def own_text_end(
    data: bytes, *, file: str, preset: str | None, mapping: Mapping[str, str] | None
) -> str | None:
    """For any file the ordinary reader reads: the line end to end its last line with when the
    text kept without personal data would be the file's own text (see `kept_text_is_own`), so
    that it is kept as it is instead of rewritten row by row; None when it must be rewritten
    (or when in any doubt)."""
    try:
        stream = iter_table(data, file=file)
    except Exception:  # the ordinary reader raises it again, with its message
        return None
    if stream.notes or stream.codec not in _ASCII_CODECS:
        return None
    name = _preset_name(stream.header, preset, mapping)
    if name is None or name not in presets.PRESETS:
        return None
    try:
        reader = presets.get(name).bind(stream.header, mapping)
    except ValueError:
        return None
    if hasattr(reader, "preamble") or not _own_text(data, stream.header, reader.mapping):
        return None
    if _newline(data) == b"\r" or _left_out_rows(data, stream):
        return None
    return newline_of(data)


def _left_out_rows(data: bytes, stream: TableStream) -> bool:
    """Whether the ordinary reader may leave a row out of the kept text: a line of spaces or
    empty cells only, or a totals row at the end (`read_responses` says it left it out)."""
    # Any line that starts with a space or an empty cell may be one (looked for a piece at a
    # time, see `MappedFile`).
    starts = [b"\n" + bytes([c]) for c in b" \t\f\v\xa0\xc2"]
    if any(start in data for start in [*starts, b"\n" + stream.delimiter.encode()]):
        return True
    last = bytes(data[-(1 << 16) :]).rstrip(b"\r\n").rsplit(b"\n", 1)[-1]
    values = last.decode(stream.codec, errors="replace").rstrip("\r").split(stream.delimiter)
    return (not values[0] or values[0][:1] in "TtGgSs") and is_totals_row(values)


def _own_text(data: bytes, header: list[str], mapping: Mapping[str, str]) -> bool:
    kept = kept_columns(header, mapping)
    if len(kept) != len(header) or set(kept.values()) != {"keep"}:
        return False
    if any(mark in data for mark in (b'"', b"@", b"?")):  # a piece at a time (`MappedFile`)
        return False
    newline = _newline(data)
    if newline is None or data.endswith(newline * 2):
        return False
    # Every line ends as the first one does (the kept text ends them all alike).
    if newline == b"\n":
        return b"\r" not in data
    if newline == b"\r":
        return b"\n" not in data
    pairs = data.count(b"\r\n")
    return data.count(b"\r") == pairs == data.count(b"\n")


def newline_of(data: bytes) -> str:
    """The line end of a file's first line (how the rows of its kept text end)."""
    found = _newline(data)
    return found.decode("ascii") if found else "\n"


def _newline(data: bytes) -> bytes | None:
    match = re.search(rb"\r\n|\r|\n", data[: 1 << 16])
    return match.group(0) if match else None


def line_pattern(layout: BulkLayout) -> re.Pattern[str]:
    """A record line of a simple file (see `_record`) and its line end, if any."""
    return re.compile(_record(layout) + _LINE_END)


def _record(layout: BulkLayout) -> str:
    """The pattern of a record of a simple file, one group per cell: an ISO day or one such as
    05/10/2026 (``date``; whether the day exists is checked in SQL or by `BulkRows`), a code of
    letters, digits and hyphens, an amount of digits with two decimals or none (or empty; with
    decimal commas, always two, and maybe a currency sign), a receipt number and a store with
    nothing ``str.strip`` would remove around them (none of them holds a line end). No quotes:
    a simple file has none, so the delimiter splits the line exactly as the csv module would."""
    d = re.escape(layout.stream.delimiter)
    text = rf'[^\s{d}"\x00](?:[^{d}"\r\n\x00]*[^\s{d}"\x00])?'
    day, month, year = r"(?:0[1-9]|[12][0-9]|3[01])", r"(?:0[1-9]|1[0-2])", r"(?!0000)[0-9]{4}"
    days = {"dmy": f"{day}/{month}/{year}", "mdy": f"{month}/{day}/{year}"}
    cells = {
        # [0-9], not \d: \d takes any script's digits, which SQL would not read as numbers.
        layout.date: f"({days.get(layout.day_shape, f'{year}-{month}-{day}')})",
        layout.code: r"([A-Za-z0-9-]+)",
        layout.key: f"({text})",
    }
    if layout.amount is not None:
        mark = re.escape(layout.decimal)
        cents = "?" if layout.decimal == "." else ""  # with decimal commas, always the cents
        sign = re.escape(layout.currency_sign)
        cells[layout.amount] = (
            rf"((?:[0-9]{{1,{_MAX_WHOLE_DIGITS}}}(?:{mark}[0-9][0-9]){cents}{sign})?)"
        )
    if layout.store is not None:
        cells[layout.store] = f"((?:{text})?)"
    return d.join(cells[i] for i in range(layout.width))


@dataclass(frozen=True)
class StagedBatch:
    """Records of a simple file to stage at once: ``rows`` of cells (as `line_pattern` reads
    them) and the code's key (`domain.codes.normalize`), then, when its days are such as
    05/10/2026, the ISO day, on the consecutive lines from
    ``first_line`` on, or, when ``first_line`` is None, ``(line, cell, ..., key)`` rows (a
    piece of the file with blank lines or other line ends)."""

    first_line: int | None
    rows: list[tuple]


class StagedRows:
    """The records of a simple file, in order, in batches (`StagedBatch`) of a piece of the
    file each, each record on its physical line (blank lines left out, as the ordinary reader
    does). Iterate once; then ``count`` is how many, and ``point`` whether an amount of the
    first rows shows a decimal point (how the ordinary reader learns the mark).

    A line that is not a simple record (see `line_pattern`), or a totals row, raises
    :class:`NotSimple`. A piece is read whole by one regular expression (C speed): when it
    matches every line, the lines are the records; else the piece is read line by line."""

    def __init__(self, layout: BulkLayout) -> None:
        self.layout = layout
        self.count = 0
        self.point = False
        self._line = line_pattern(layout)
        delimiter = layout.stream.delimiter
        d = re.escape(delimiter)
        # Every line of a piece at once: the same cells, each line ended by LF or CRLF.
        self._piece = re.compile(rf"(?m)^{_record(layout)}\r?\n")
        # The code of every line of a piece whose every line is a record (all normalized at
        # once: letters, digits and hyphens only, so str.translate takes its ASCII fast path,
        # which a store's "Málaga" or an amount's "€" elsewhere in the line would not allow).
        cell = rf"[^{d}\r\n]*"
        self._codes = re.compile(rf"(?m)^(?:{cell}{d}){{{layout.code}}}({cell})")
        # A line the totals check must look at: its first cell empty or a word such as Total
        # (searched for after a line end: a literal first is what `re` searches fast).
        self._maybe_totals = re.compile(rf"\n[TtGgSs{d}]")
        self._totals_start = "TtGgSs" + layout.stream.delimiter
        # Days such as 05/10/2026 as ISO days, each distinct day once (a till has a few hundred).
        self._iso_days: dict[str, str] | None = None
        if layout.day_shape in ("dmy", "mdy"):
            self._iso_days = {}

    def __iter__(self) -> Iterator[StagedBatch]:
        stream = self.layout.stream
        body = stream.open_body()
        line = stream.body_line  # the line the next piece starts on
        # Millions of short-lived tuples, none in a cycle: the cyclic collector would walk every
        # object of the process again and again while they come and go (as read_responses does).
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            for piece in self._pieces(body):
                batch, lines = self._read(piece, line)
                line += lines
                if batch.rows:
                    yield batch
        finally:
            if paused:
                gc.enable()

    @staticmethod
    def _pieces(body: io.TextIOBase) -> Iterator[str]:
        """The text in pieces of whole lines, `PIECE` characters or so each. Memory stays flat:
        a line longer than `_MAX_LINE` characters is not a simple record."""
        carry = ""
        while piece := body.read(PIECE):
            text = carry + piece
            # After the last LF, or a lone CR (not the last character: it may be half a CRLF).
            cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1
            text, carry = text[:cut], text[cut:]
            if len(carry) > _MAX_LINE:
                raise NotSimple(0)
            if text:
                yield text
        if carry:
            yield carry

    def _read(self, text: str, line: int) -> tuple[StagedBatch, int]:
        """The records of one piece starting on ``line``, and how many lines it holds."""
        ended = text if text.endswith("\n") else text + "\n"
        lines = ended.count("\n")
        rows = self._piece.findall(ended)
        if len(rows) != lines:  # a line that does not match, a blank line, a lone CR
            return self._read_lines(text, line)
        if ended[:1] in self._totals_start or self._maybe_totals.search(ended):
            for values in rows:
                if values[0][:1] in "TtGgSs" and is_totals_row(values):
                    raise NotSimple(line)
        self._counted(rows)
        keys = codes.normalize_all("\n".join(self._codes.findall(ended))).split("\n")
        if len(keys) != len(rows):
            at = self.layout.code
            keys = [codes.normalize(values[at]) for values in rows]
        added = (
            zip(keys) if self._iso_days is None else zip(keys, self._iso(rows, line), strict=True)
        )
        return StagedBatch(line, list(map(tuple.__add__, rows, added))), lines

    def _read_lines(self, text: str, line: int) -> tuple[StagedBatch, int]:
        """One piece read line by line (as the ordinary reader splits lines: LF, CRLF or CR)."""
        match = self._line.fullmatch
        rows = []
        first = line
        for found_line in io.StringIO(text, newline="").readlines():
            found = match(found_line)
            if found is None:
                if found_line in ("\n", "\r\n", "\r"):
                    line += 1
                    continue  # a blank line
                raise NotSimple(line)
            values = found.groups()
            if values[0][:1] in "TtGgSs" and is_totals_row(values):
                raise NotSimple(line)
            rows.append((line, *values, codes.normalize(values[self.layout.code])))
            line += 1
        if self._iso_days is not None:
            rows = list(map(tuple.__add__, rows, zip(self._iso([r[1:] for r in rows], first))))
        self._counted([r[1:] for r in rows])
        return StagedBatch(None, rows), line - first

    def _iso(self, rows: list[tuple], line: int) -> list[str]:
        """The ISO day of each row (of a file with days such as 05/10/2026); `NotSimple` when
        one does not exist (31/04/2026)."""
        at = self.layout.date
        known = self._iso_days
        assert known is not None
        for text in set(map(itemgetter(at), rows)).difference(known):
            first, second, year = text[:2], text[3:5], text[6:]
            iso = (
                f"{year}-{second}-{first}"
                if self.layout.day_shape == "dmy"
                else f"{year}-{first}-{second}"
            )
            try:
                date.fromisoformat(iso)
            except ValueError:
                raise NotSimple(line) from None
            known[text] = iso
        return list(map(known.__getitem__, map(itemgetter(at), rows)))

    def _counted(self, rows: list[tuple]) -> None:
        amount = self.layout.amount
        if self.count < _DECIMAL_WAIT and amount is not None and not self.point:
            wanted = rows[: _DECIMAL_WAIT - self.count]
            self.point = any("." in values[amount] for values in wanted)
        self.count += len(rows)


class NotSimple(Exception):
    """A row the fast path does not read (the file is read the ordinary way instead)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line
