"""Read the delimited text files small businesses really have into rows, with no cleaning by hand.

What comes in is whatever a till, a web shop or an analytics tool exported, often re-saved by
Excel: UTF-8 with or without BOM, UTF-16 ("Unicode text"), Windows-1252; commas, semicolons, tabs
or pipes; comment preambles (GA4) and Excel's ``sep=;`` line. This module finds the encoding and
the dialect and hands back the header and the records, each with the physical line it starts on,
so that an error reported later ("line 1,204: amount is not a number") points where to look.

It does not judge the records: a row with more or fewer fields than the header is returned as it is.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from omniprint.domain.errors import InputFileError, NotATableError
from omniprint.domain.i18n import tr
from omniprint.ingest.repair import MIXED_CODEC, bad_utf8_lines, lines_text, unwrap_lines

__all__ = [
    "DELIMITERS",
    "NotATableError",
    "Row",
    "Table",
    "TableStream",
    "detect_encoding",
    "header_key",
    "iter_table",
    "normalize_header",
    "read_table",
    "record_text",
    "text_chunks",
]

#: The delimiters we sniff for, in order of preference when the evidence is equal.
DELIMITERS = (",", ";", "\t", "|")

_SAMPLE_BYTES = 64 * 1024
# A UTF-8 file with more lines than this that are not UTF-8 is not "UTF-8 with a few bad lines".
_MAX_MIXED_LINES = 1000
_MAX_SNIFF_RECORDS = 50

# Bytes that Windows-1252 leaves undefined: their presence means the file is Latin-1 (or not text).
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
# C0 controls that never appear in a text table (tab, LF, CR, FF and the DOS end-of-file mark can).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 26)) + b"\x7f"

# GA4 and Universal Analytics start with lines such as "# ----" and "# Start date: 20261001". A data
# row may also start with "#" (Shopify's order names "#1001"), so only "#" followed by a space, a
# dash, another "#", "=" or the end of the line counts as a comment.
_COMMENT_RE = re.compile(r"#(?:[\s#=-]|$)")
_SEP_RE = re.compile(r"sep=(.)\s*$", re.IGNORECASE)


@dataclass(slots=True)
class Row:
    """One record: the 1-based physical line of the file where it starts, and its raw fields."""

    line: int
    values: list[str]


@dataclass(slots=True)
class Table:
    """A whole table read into memory (see :func:`iter_table` to stream large files)."""

    file: str
    encoding: str
    delimiter: str
    header: list[str]
    header_line: int
    rows: list[Row] = field(default_factory=list)


class TableStream:
    """A table whose records are read lazily; iterate it once to get :class:`Row` objects.

    The attributes are known as soon as it is made: ``file``, ``encoding`` (``codec``: the
    Python codec that decodes it), ``delimiter``,
    ``header`` (names stripped of spaces) and ``header_line`` (1-based physical line).
    """

    def __init__(
        self,
        data: bytes,
        *,
        file: str,
        encoding: str,
        codec: str,
        delimiter: str,
        header: list[str],
        header_line: int,
        body_start_line: int,
        max_field_bytes: int,
        notes: list[str] | None = None,
    ) -> None:
        self.file = file
        #: What was repaired before reading, in words for the user (``omniprint.ingest.repair``).
        self.notes: list[str] = notes or []
        self.encoding = encoding
        self.codec = codec
        self.delimiter = delimiter
        self.header = header
        self.header_line = header_line
        self._data = data
        self._codec = codec
        self._body_start_line = body_start_line
        self._max_field = max_field_bytes
        self._used = False

    def text(self) -> str:
        """The whole text of the table's file as read (after repairs), for layouts read whole."""
        return self._data.decode(self._codec, errors="replace")

    def head_text(self, size: int = 8192) -> str:
        """The first characters of the file as read, to recognise a preamble."""
        return codecs.getincrementaldecoder(self._codec)("replace").decode(self._data[:size])

    @property
    def body_line(self) -> int:
        """The physical line the records start on (after the header)."""
        return self._body_start_line

    @property
    def max_field_bytes(self) -> int:
        return self._max_field

    def open_body(self) -> io.TextIOWrapper:
        """The file's text from :attr:`body_line` on, for a reader that parses it itself (as
        the records are read: ``newline=""``, so quoted line breaks stay in their field)."""
        text = io.TextIOWrapper(binary_stream(self._data), encoding=self._codec, newline="")
        # Skip what came before the first record (BOM is eaten by the codec, then sep=, preamble,
        # header); those lines were already looked at by the sniffer.
        for _ in range(self._body_start_line - 1):
            text.readline()
        return text

    def __iter__(self) -> Iterator[Row]:
        if self._used:
            raise RuntimeError("a TableStream can be iterated only once")
        self._used = True
        return self._rows()

    def _rows(self) -> Iterator[Row]:
        text = self.open_body()
        eof = [False]
        lines = _physical_lines(
            text, self._max_field, eof, self.file, self._body_start_line, self.delimiter
        )
        reader = csv.reader(lines, delimiter=self.delimiter, quotechar='"', doublequote=True)
        offset = self._body_start_line - 1
        limit = self._max_field
        set_limit = csv.field_size_limit
        previous_limit = set_limit()
        start = offset + 1
        while True:
            # The csv field limit is process-wide; set it for every record so that another reader
            # running with a different limit cannot loosen or tighten ours.
            set_limit(limit)
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self._csv_error(exc, start) from None
            finally:
                set_limit(previous_limit)
            if eof[0] and values:
                # csv only asks for a line past the end when a quoted field is still open.
                opened = _open_quote_line(self._data, self._codec, start, self.delimiter)
                raise _unclosed_quote(self.file, opened)
            next_start = offset + reader.line_num + 1
            if values and (values[0].strip() or "".join(values).strip()):
                yield Row(start, values)
            start = next_start

    def _csv_error(self, exc: csv.Error, line: int) -> InputFileError:
        if "field limit" in str(exc):
            return _too_large(self.file, line, self._max_field)
        return InputFileError(
            self.file, tr("cannot be read as a table ({exc})").format(exc=exc), line=line
        )


def read_table(data: bytes, *, file: str = "<input>", max_field_bytes: int = 1_000_000) -> Table:
    """Read a whole delimited text file, detecting its encoding, delimiter and header.

    Blank lines (and lines with only empty fields) are skipped; each row keeps the physical line it
    starts on. Raises :class:`InputFileError` for an empty or binary file, a file without a header,
    a field larger than ``max_field_bytes`` (counted in decoded characters) or an unclosed quote.
    """
    stream = iter_table(data, file=file, max_field_bytes=max_field_bytes)
    # A million rows are millions of new container objects, none in a cycle; the cyclic collector
    # would walk them again and again while they pile up, halving the speed. Pause it meanwhile.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        rows = list(stream)
    finally:
        if paused:
            gc.enable()
    return Table(
        file=stream.file,
        encoding=stream.encoding,
        delimiter=stream.delimiter,
        header=stream.header,
        header_line=stream.header_line,
        rows=rows,
    )


def iter_table(
    data: bytes, *, file: str = "<input>", max_field_bytes: int = 1_000_000
) -> TableStream:
    """Like :func:`read_table`, but the records are read lazily while iterating the result.

    Encoding, delimiter and header errors are raised here; record errors while iterating.
    """
    if max_field_bytes < 1:
        raise ValueError("max_field_bytes must be positive")
    encoding, codec = detect_encoding(data, file=file)
    notes: list[str] = []
    if codec == MIXED_CODEC:
        bad = bad_utf8_lines(data) or []
        notes.append(
            tr("line(s) {lines} were not UTF-8 and were read as Windows-1252; the rest as UTF-8")
            .format(lines=lines_text(bad))
        )  # fmt: skip
    stream = _open_table(data, file, encoding, codec, max_field_bytes, notes)
    if len(stream.header) == 1 and any(d in stream.header[0] for d in DELIMITERS):
        # One column whose name holds delimiters: every line was put into one quoted cell.
        text = data.decode(codec, errors="replace")
        unwrapped = unwrap_lines(text)
        if unwrapped is not None:
            notes.append(tr("each line was wrapped in quotes (a spreadsheet re-save); unwrapped"))
            return _open_table(
                unwrapped.encode("utf-8"), file, encoding, "utf-8", max_field_bytes, notes
            )
    return stream


def _open_table(
    data: bytes, file: str, encoding: str, codec: str, max_field_bytes: int, notes: list[str]
) -> TableStream:
    size = _SAMPLE_BYTES
    while True:
        truncated = len(data) > size
        lines = _sample_lines(_decode_sample(data, codec, size), truncated=truncated)
        delimiter, first = _forced_delimiter(lines)
        index = _skip_chart_table(lines, _skip_preamble(lines, first))
        if index < len(lines) or not truncated:
            break
        # The sample ended inside the first line after the preamble: look further, but not forever.
        if size > 4 * max_field_bytes:
            raise _too_large(file, index + 1, max_field_bytes)
        size *= 8
    if index >= len(lines):
        raise InputFileError(file, tr("no header line found (only blank or comment lines)"))
    body = lines[index:]
    # Sniffing parses the whole sample; a long line there must not trip csv's process-wide limit.
    previous_limit = csv.field_size_limit(max(size * 2, max_field_bytes))
    try:
        if delimiter is None:
            delimiter = _sniff_delimiter(body, truncated=truncated)
        header_values, header_span = _parse_header(body, delimiter, file, index + 1)
    finally:
        csv.field_size_limit(previous_limit)
    if header_span < 0:
        raise _unclosed_quote(file, _open_quote_line(data, codec, index + 1, delimiter))
    header = [name.replace("\ufeff", "").strip() for name in header_values]
    while len(header) > 1 and not header[-1]:
        header.pop()  # empty columns a spreadsheet added at the right: not part of the table
    if not any(header):
        raise InputFileError(file, tr("the header line has no column names"), line=index + 1)
    return TableStream(
        data,
        file=file,
        encoding=encoding,
        codec=codec,
        delimiter=delimiter,
        header=header,
        header_line=index + 1,
        body_start_line=index + 1 + header_span,
        max_field_bytes=max_field_bytes,
        notes=notes,
    )


def detect_encoding(data: bytes, *, file: str = "<input>") -> tuple[str, str]:
    """Return ``(name to report, codec to decode with)`` for a file's bytes.

    BOMs decide first (UTF-8, UTF-16 LE/BE); then strict UTF-8, Windows-1252 and Latin-1 in that
    order. Raises :class:`InputFileError` for an empty file or one that looks binary.
    """
    if not data:
        raise InputFileError(file, tr("the file is empty"))
    if data.startswith(codecs.BOM_UTF8):
        if len(data) == 3:
            raise InputFileError(file, tr("the file is empty"))
        _reject_binary(data, file)
        if not _is_utf8(data):
            raise InputFileError(
                file, tr("is marked as UTF-8 but is not valid UTF-8; save it again")
            )
        return "utf-8-sig", "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if len(data) == 2:
            raise InputFileError(file, tr("the file is empty"))
        name = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        _check_decodes(data, "utf-16", file)
        return name, "utf-16"
    bomless = _bomless_utf16(data)
    if bomless is not None:
        _check_decodes(data, bomless, file)
        return bomless, bomless
    _reject_binary(data, file)
    if data.isascii() or _is_utf8(data):
        return "utf-8", "utf-8"
    if bad_utf8_lines(data, limit=_MAX_MIXED_LINES) is not None:
        return "utf-8 + windows-1252", MIXED_CODEC
    if not any(byte in data for byte in _CP1252_UNDEFINED):
        return "cp1252", "cp1252"
    return "latin-1", "latin-1"


def normalize_header(name: str) -> str:
    """Fold a column name for matching: lower case, no accents, runs of spaces/underscores as one.

    ``"Código"``, ``"codigo"`` and ``"CODIGO "`` all give ``"codigo"``.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("_", " ").split())


def header_key(header: list[str]) -> str:
    """A stable signature of a header, so a user's column mapping is kept for files of its shape."""
    return "|".join(normalize_header(name) for name in header)


def binary_stream(data: bytes) -> io.BufferedReader:
    """A file object reading ``data`` (bytes, or a file mapped into memory) without copying it:
    ``io.BytesIO`` would make a second copy of a mapped file in memory."""
    return io.BufferedReader(_ViewReader(data), 1 << 16)


class _ViewReader(io.RawIOBase):
    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        start = self._pos
        piece = self._data[start : start + len(buffer)]
        count = len(piece)
        buffer[:count] = piece
        self._pos = start + count
        return count


# --- encoding ------------------------------------------------------------------------------------


#: Files people pick by mistake, by their first bytes: what they are and what to do instead.
_NOT_TABLES = (
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0", "xls"),
)


def _not_a_table(data: bytes, file: str) -> None:
    kind = next((k for magic, k in _NOT_TABLES if data.startswith(magic)), None)
    if kind is None:
        return
    reason = {
        "pdf": tr(
            "is a PDF document, not a table: a PDF report cannot be imported. Download the "
            "same report as CSV (most tools offer “Export” or “Download” as CSV next to PDF)"
        ),
        "zip": tr(
            "is an Excel workbook (.xlsx) or a ZIP archive, not a text table: open it and save "
            "it as CSV (“CSV UTF-8”), or unzip it and import the CSV files inside"
        ),
        "xls": tr(
            "is an old Excel workbook (.xls), not a text table: open it and save it as CSV "
            "(“CSV UTF-8”)"
        ),
    }[kind]
    raise NotATableError(file, reason)


def _reject_binary(data: bytes, file: str) -> None:
    _not_a_table(data, file)
    # NUL never appears in a text table outside UTF-16; images, zips and PDFs are full of them.
    if b"\x00" in data:
        raise InputFileError(file, tr("does not look like a text table (binary data)"))
    head = data[:_SAMPLE_BYTES]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls * 20 > len(head):
        raise InputFileError(file, tr("does not look like a text table (binary data)"))


def _bomless_utf16(data: bytes) -> str | None:
    # Some tools write UTF-16 without a BOM; ASCII text then has a NUL in every other byte.
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) * 10 >= len(odd) * 9 and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) * 10 >= len(even) * 9 and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _check_decodes(data: bytes, codec: str, file: str) -> None:
    try:
        _decode_all(data, codec)
    except UnicodeDecodeError:
        raise InputFileError(file, tr("does not look like a text table (binary data)")) from None


def _is_utf8(data: bytes) -> bool:
    try:
        _decode_all(data, "utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_all(data: bytes, codec: str) -> None:
    # Validate in slices so a large file is not copied into one huge string just to be checked.
    decoder = codecs.getincrementaldecoder(codec)("strict")
    step = 1 << 20
    with memoryview(data) as view:
        for start in range(0, len(data), step):
            decoder.decode(view[start : start + step], final=False)
    decoder.decode(b"", final=True)


def _decode_sample(data: bytes, codec: str, size: int) -> str:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    return decoder.decode(data[:size], final=len(data) <= size)


# --- preamble, dialect, header -------------------------------------------------------------------


def _sample_lines(sample: str, *, truncated: bool) -> list[str]:
    lines = io.StringIO(sample, newline="").readlines()
    if lines and lines[-1][-1:] not in ("\r", "\n") and truncated:
        # The last line was cut by the sample size; sniffing on half a line would mislead.
        lines.pop()
    return lines


def _forced_delimiter(lines: list[str]) -> tuple[str | None, int]:
    """Excel's ``sep=;`` first line names the delimiter and is not part of the table."""
    if lines:
        match = _SEP_RE.match(lines[0].lstrip("\ufeff"))
        if match:
            return match.group(1), 1
    return None, 0


def _is_blank(line: str) -> bool:
    # Excel saves empty rows above a table as ";;;" - they are as blank as an empty line.
    return not line.strip(" \t\r\n,;|\ufeff\xa0")


def _skip_preamble(lines: list[str], index: int) -> int:
    while index < len(lines):
        line = lines[index].lstrip("\ufeff")
        # Excel quotes a comment line that holds the delimiter: "# Account: Shop, S.L.",,,
        if not (_is_blank(line) or _COMMENT_RE.match(line.removeprefix('"'))):
            break
        index += 1
    return index


# GA4 report downloads may put the chart's series first ("Nth day,Direct,Organic Search,...",
# Spanish "N.º de día") and the report's table after a blank line: the table is what is wanted.
_CHART_HEADER = re.compile(
    r"\s*(nth (minute|hour|day|week|month)|n\.?\s*º de (minuto|hora|día|dia|semana|mes)"
    r"|(minuto|hora|día|dia|semana|mes|day|week|month)\s+n)\s*[,;\t]",
    re.IGNORECASE,
)


def _skip_chart_table(lines: list[str], index: int) -> int:
    if index < len(lines) and _CHART_HEADER.match(lines[index].lstrip("\ufeff")):
        for j in range(index + 1, len(lines)):
            if _is_blank(lines[j]):
                later = _skip_preamble(lines, j)
                return later if later < len(lines) else index
    return index


def _sniff_delimiter(lines: list[str], *, truncated: bool) -> str:
    """Pick the delimiter whose parse of the first records gives the most consistent field counts.

    A candidate must split the header into at least two fields; among those, the share of records
    with as many fields as the header decides, then the number of columns, then the order of
    :data:`DELIMITERS`. Records that a strict parse rejects (a quote in the middle of a field, which
    is what quoted fields look like with the wrong delimiter) count as inconsistent.
    """
    best: tuple[float, int, int] | None = None
    chosen = ","
    for rank, delimiter in enumerate(DELIMITERS):
        records = _sniff_records(lines, delimiter)
        if truncated and len(records) > 2:
            records.pop()  # the last record may be cut short by the sample size
        if not records or records[0] is None or len(records[0]) < 2:
            continue
        width = len(records[0])
        rest = [r for r in records[1:] if r is None or any(v.strip() for v in r)]
        consistent = sum(1 for r in rest if r is not None and len(r) == width)
        share = consistent / len(rest) if rest else 1.0
        score = (share, width, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _sniff_records(lines: list[str], delimiter: str) -> list[list[str] | None]:
    """The first records of the sample; None for a record that a strict parse rejects."""
    records: list[list[str] | None] = []
    # csv resets its state at each record, so after an error the same reader reads on.
    reader = csv.reader(iter(lines), delimiter=delimiter, strict=True)
    while len(records) < _MAX_SNIFF_RECORDS:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            records.append(None)
            continue
        if record or records:
            records.append(record)
    return records


def _parse_header(lines: list[str], delimiter: str, file: str, line: int) -> tuple[list[str], int]:
    """Return the header fields and how many physical lines they take (quoted newlines).

    The span is -1 when the header's quote is never closed within the sample.
    """
    eof = [False]

    def feed() -> Iterator[str]:
        yield from lines
        eof[0] = True

    reader = csv.reader(feed(), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        header = []
    if not header:
        raise InputFileError(file, tr("no header line found"), line=line)
    return header, -1 if eof[0] else reader.line_num


# --- the text of a file, kept to show a record as it was ---------------------------------------

_TEXT_PIECE_BYTES = 256 * 1024


def text_chunks(
    data: bytes, codec: str, size: int = _TEXT_PIECE_BYTES
) -> Iterator[tuple[int, int, str]]:
    """A file's text in pieces of whole lines: ``(first line, line count, text)``.

    Lines are counted as the record stream counts them (LF, CRLF or a lone CR end a line), so the
    line of a :class:`Row` finds its piece. Undecodable bytes (there are none in a file that was
    read) become U+FFFD.
    """
    decoder = codecs.getincrementaldecoder(codec)("replace")
    view = memoryview(data)
    line, pending = 1, ""
    for start in range(0, len(data), size):
        pending += decoder.decode(view[start : start + size], final=start + size >= len(data))
        cut = pending.rfind("\n") + 1
        if not cut:  # lone CRs only; the last character may be the first half of a CRLF
            cut = pending.rfind("\r", 0, len(pending) - 1) + 1
        if cut:
            piece, pending = pending[:cut], pending[cut:]
            count = _line_count(piece)
            yield line, count, piece
            line += count
    if pending:
        yield line, _line_count(pending), pending


def _line_count(text: str) -> int:
    ends = text.count("\n") + text.count("\r") - text.count("\r\n")
    return ends if text.endswith(("\n", "\r")) else ends + 1


def record_text(text: str, first_line: int, line: int, delimiter: str) -> str | None:
    """The record starting on ``line`` as the file has it (all its lines when a quoted field
    holds line breaks), from ``text`` that starts on ``first_line``; None when it is not there."""
    lines = io.StringIO(text, newline="").readlines()
    index = line - first_line
    if not 0 <= index < len(lines):
        return None
    reader = csv.reader(iter(lines[index:]), delimiter=delimiter, quotechar='"', doublequote=True)
    try:
        next(reader)
    except (StopIteration, csv.Error):
        return lines[index].rstrip("\r\n")
    return "".join(lines[index : index + reader.line_num]).rstrip("\r\n")


# --- the record stream ---------------------------------------------------------------------------


def _physical_lines(
    text: io.TextIOWrapper,
    limit: int,
    eof: list[bool],
    file: str,
    first_line: int,
    delimiter: str,
) -> Iterator[str]:
    """Yield the file's lines for csv, refusing a giant field before it is read into memory.

    Lines are read at most ``limit + 2`` characters at a time. An ordinary line arrives whole; a
    longer one is read in pieces, and a stretch of more than ``limit`` characters with no delimiter
    or quote in it - a field too large, whether quoted or not - stops the read at once. Sets
    ``eof[0]`` when csv asks for a line past the end.
    """
    piece = limit + 2
    readline = text.readline
    stops = '"' + delimiter + "\r\n"
    line_no = first_line - 1
    pending = ""
    while True:
        line = pending or readline(piece)
        pending = ""
        if not line:
            eof[0] = True
            return
        line_no += 1
        if len(line) < piece or line[-1] == "\n":
            yield line
            continue
        parts = [line]
        run = _field_run(line, stops, limit, 0, file, line_no)
        while True:
            last = parts[-1]
            if last[-1] == "\r":
                # A CR that ended a piece: either a CR line ending or the first half of CRLF.
                following = readline(piece)
                if following == "\n":
                    parts.append(following)
                else:
                    pending = following
                break
            if last[-1] == "\n" or len(last) < piece:
                break
            following = readline(piece)
            if not following:
                break
            parts.append(following)
            run = _field_run(following, stops, limit, run, file, line_no)
        yield "".join(parts)


def _field_run(piece: str, stops: str, limit: int, run: int, file: str, line: int) -> int:
    """Carry the length of the field-like stretch at the end of ``piece``; fail if it is too long.

    ``stops`` are the characters that end such a stretch (quote, delimiter, CR, LF). A piece is at
    most ``limit + 2`` characters, so only the stretches that touch its ends can be too long: the
    first continues the run carried in, the last is carried out.
    """
    head = min((i for i in map(piece.find, stops) if i >= 0), default=len(piece))
    if run + head > limit:
        raise _too_large(file, line, limit)
    if head == len(piece):
        return run + len(piece)
    return len(piece) - 1 - max(map(piece.rfind, stops))


def _too_large(file: str, line: int, limit: int) -> InputFileError:
    return InputFileError(
        file,
        tr(
            "a field is larger than {limit:,} bytes; this is not a table of records "
            "(or a quote is never closed)"
        ).format(limit=limit),
        line=line,
    )


def _unclosed_quote(file: str, line: int) -> InputFileError:
    return InputFileError(
        file, tr("a quoted field is never closed (its opening quote is on this line)"), line=line
    )


def _open_quote_line(data: bytes, codec: str, start: int, delimiter: str) -> int:
    """Find the line where the last record's unclosed quoted field opens (error path only).

    Walks the record as csv does: a quote opens a quoted field only at the start of a field.
    """
    text = io.TextIOWrapper(binary_stream(data), encoding=codec, newline="")
    for _ in range(start - 1):
        text.readline()
    line = opened = start
    state = "start"  # start of a field, "plain" field, "quoted" field, "quote" seen in quoted
    previous = ""
    for chunk in iter(lambda: text.read(1 << 16), ""):
        for ch in chunk:
            ends_field = ch == delimiter or ch in "\r\n"
            if state == "quoted":
                if ch == '"':
                    state = "quote"
            elif state == "quote":
                state = "quoted" if ch == '"' else "start" if ends_field else "plain"
            elif ends_field:
                state = "start"
            elif state == "start" and ch == '"':
                state, opened = "quoted", line
            else:
                state = "plain"
            if ch == "\r" or (ch == "\n" and previous != "\r"):
                line += 1
            previous = ch
    return opened
