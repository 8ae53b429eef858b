"""The text of an imported file as OmniPrint keeps it when personal data was not asked for.

Each record keeps the cells matching and review need (see ``omniprint.domain.privacy``) and has
the others blanked, written back in the file's own delimiter; a record whose blanked cells held
line breaks is followed by empty lines, so every record still starts on the line it had in the
file and ``review show`` finds it by its line. The lines above the first record (a ``sep=`` line,
GA4's date range, the header) are kept as they are: they are column names, not people.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from omniprint.domain import privacy
from omniprint.domain.responses import Problem
from omniprint.ingest.presets._base import fold
from omniprint.ingest.table import Row, record_text

__all__ = ["KeptText", "Redactor", "TextSink", "codes_only", "head_text", "kept_columns"]

TextSink = Callable[[int, int, str], None]
"""Takes the kept text in pieces of whole records: (first line, line count, text)."""

_PIECE_CHARS = 1 << 18  # about the size of the pieces the full text is kept in
_KEEP, _URL, _NOTES, _CODES = "keep", "url", "notes", "codes"
_CODE_FIELDS = frozenset({"code", "codes"})


def kept_columns(header: Sequence[str], mapping: Mapping[str, str]) -> dict[int, str]:
    """Column index -> how it is kept (``keep``; ``url``: its query cleaned; ``notes``: its UTM
    lines only; ``codes``: a free-text column read for codes, its code-like words only); columns
    left out are not in the result.

    ``mapping`` is field -> column name as a reader reports it (several columns of one field are
    joined with ``+`` or ``, ``). The columns a preset reads for a field that is not personal are
    kept; the other columns are kept when their name says they hold something matching needs
    (`privacy.column_kept_by_name`).
    """
    by_name: dict[str, str | None] = {}
    for field, value in mapping.items():
        how = _how(field)
        for name in {value, *value.split("+"), *value.split(", ")}:
            if how is None:
                by_name[name.strip()] = None  # personal wins when two fields name one column
            else:
                by_name.setdefault(name.strip(), how)
    kept: dict[int, str] = {}
    code_columns = {
        name.strip()
        for field, value in mapping.items()
        if field in _CODE_FIELDS
        for name in {value, *value.split(", ")}
    }
    for index, name in enumerate(header):
        if name.strip() in code_columns and privacy.is_free_text(fold(name)):
            how = _CODES  # a till's Comment read for codes: only the codes in it
        elif name.strip() in by_name:
            how = by_name[name.strip()]
        else:
            how = privacy.column_kept_by_name(fold(name))
        if how is not None:
            kept[index] = how
    return kept


def _how(field: str) -> str | None:
    if field in privacy.PERSONAL_FIELDS:
        return None
    if field in privacy.FREE_TEXT_FIELDS:
        return _NOTES
    if field in privacy.URL_FIELDS:
        return _URL
    return _KEEP


class Redactor:
    """Blanks the cells of the columns left out, and cleans the kept URLs and notes."""

    def __init__(self, header: Sequence[str], mapping: Mapping[str, str], delimiter: str) -> None:
        self.kept = kept_columns(header, mapping)
        self.delimiter = delimiter
        #: Codes are read from a free-text column: a record's codes are only the code-like words.
        self.free_text_codes = _CODES in self.kept.values()
        # One writer for every record (a writer per row costs more than the row's other work).
        self._out = _LastWrite()
        # The line end must be CRLF even though it is cut off: csv quotes a field holding a
        # line break only when the break is part of its line end.
        self._writer = csv.writer(self._out, delimiter=delimiter, lineterminator="\r\n")

    def cells(self, values: Sequence[str]) -> list[str]:
        """The values of one record with what is not kept blanked."""
        kept = self.kept
        out = []
        for index, value in enumerate(values):
            how = kept.get(index)
            if how is None or not value:
                out.append("")
            elif how == _KEEP:
                if "@" in value:
                    value = privacy.scrub_emails(value)
                out.append(privacy.strip_personal_query(value) if _is_url(value) else value)
            elif how == _URL:
                out.append(privacy.strip_personal_query(value))
            elif how == _CODES:
                out.append(", ".join(_codes_in(value)))
            else:
                out.append(privacy.keep_note_lines(value))
        return out

    def line(self, values: Sequence[str]) -> str:
        """One record as a line of the file's delimiter (no line end)."""
        self._writer.writerow(self.cells(values))
        return self._out.text[:-2]

    def problems(self, problems: list[Problem]) -> list[Problem]:
        """Refused rows with their text redacted like the kept text, and their reason without the
        values left out (a date that could not be read may be an address that slipped)."""
        return [self._problem(p) for p in problems]

    def _problem(self, problem: Problem) -> Problem:
        values = self._values(problem.raw) if problem.raw else []
        reason = privacy.scrub_emails(problem.reason)
        kept = self.kept
        for index, value in enumerate(values):
            value = value.strip()
            if index not in kept and len(value) >= 3 and value in reason:
                reason = reason.replace(value, privacy.LEFT_OUT)
        raw = self.line(values) if values else ""
        return Problem(problem.line, problem.column, reason, raw)

    def _values(self, raw: str) -> list[str]:
        try:
            return next(csv.reader([raw], delimiter=self.delimiter), [])
        except csv.Error:
            pass
        # A refused row's text is written without quoting line breaks (``Context.problem``): read
        # it with the breaks stood in for, then put them back.
        masked = raw.replace("\r", "\x1e").replace("\n", "\x1f")
        try:
            values = next(csv.reader([masked], delimiter=self.delimiter), [])
        except csv.Error:
            return []
        return [v.replace("\x1e", "\r").replace("\x1f", "\n") for v in values]

    def raw(self, raw: str) -> str:
        """The text of a refused row (as ``Context.problem`` writes it) redacted."""
        values = self._values(raw)
        return self.line(values) if values else ""


def _codes_in(text: str) -> list[str]:
    return [part for part in re.split(r"[\s,;|]+", text) if privacy.looks_like_code(part)]


def codes_only(codes: tuple[str, ...]) -> tuple[str, ...]:
    """Of the codes read from a free-text column, the words that look like a code."""
    return tuple(word for code in codes for word in _codes_in(code))


class _LastWrite:
    """A file for csv.writer that keeps what was written last (one record)."""

    __slots__ = ("text",)

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text = text
        return len(text)


def _is_url(value: str) -> bool:
    return "?" in value and privacy.looks_like_url(value)


class KeptText:
    """Builds the kept text while the rows are read: wrap the row iterator with :meth:`tap`."""

    def __init__(self, redactor: Redactor, head: str, body_line: int, sink: TextSink) -> None:
        self.redactor = redactor
        self.sink = sink
        # Records end as the header does (CRLF from Windows tills), so the saved text looks alike.
        self.newline = "\r\n" if head.endswith("\r\n") else "\r" if head.endswith("\r") else "\n"
        self.parts: list[str] = [head]
        self.first = 1
        self.line = body_line  # the next line to write
        self.size = len(head)

    def tap(self, rows: Iterator[Row]) -> Iterator[Row]:
        """The same rows; each one's redacted text is written before it is handed on (readers
        may change a row's values)."""
        line_of, newline = self.redactor.line, self.newline
        for row in rows:
            if row.line > self.line:
                self._add(newline * (row.line - self.line), row.line - self.line)
            text = line_of(row.values)
            self._add(text + newline, 1 + text.count("\n") + text.count("\r") - text.count("\r\n"))
            yield row

    def _add(self, text: str, lines: int) -> None:
        if self.size >= _PIECE_CHARS:
            self._flush()
        self.parts.append(text)
        self.size += len(text)
        self.line += lines

    def _flush(self) -> None:
        if self.parts:
            self.sink(self.first, self.line - self.first, "".join(self.parts))
        self.parts, self.size, self.first = [], 0, self.line

    def finish(self) -> None:
        """Hand over what is left."""
        self._flush()


def head_text(data: bytes, codec: str, header_line: int, delimiter: str) -> tuple[str, int]:
    """The file's text up to and with its header (as it is), and the first line after it."""
    size = 1 << 16
    while True:
        lines = io.StringIO(data[:size].decode(codec, errors="ignore"), newline="").readlines()
        header = record_text("".join(lines), 1, header_line, delimiter) or ""
        end = header_line - 1 + len(io.StringIO(header, newline="").readlines() or [""])
        if len(lines) > end or size >= len(data):
            return "".join(lines[:end]), end + 1
        size *= 4
