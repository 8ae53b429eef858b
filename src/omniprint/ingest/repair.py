"""Undo what a spreadsheet or a careless tool did to a file before it is read as a table.

Two repairs happen on the bytes, before the table is sniffed, and both keep every physical line
where it was, so that a line reported later is still the line of the file the user has:

* **A few lines that are not UTF-8** in a file that otherwise is (a row typed into the export by
  hand in Excel on Windows, two files joined): those lines are read as Windows-1252 and the rest
  as UTF-8, and the lines are named ("lines 5, 9 were not UTF-8; read as Windows-1252"). Reading
  the whole file as Windows-1252 instead would turn every ``é`` of the good lines into ``Ã©``.
* **Every line wrapped in quotes**: a re-save that put each record into one quoted cell
  (a line reads ``"Name,Email,""Total"",Zip"``). The header then has one column whose name
  holds delimiters; each line is unwrapped (the doubled quotes inside become single again)
  and read as it was meant.

What was done is said in sentences for the user (``TableStream.notes``).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator

from omniprint.domain.i18n import tr

__all__ = ["MIXED_CODEC", "bad_utf8_lines", "lines_text", "unwrap_lines"]

#: A codec that reads UTF-8 and falls back to Windows-1252 for the bytes that are not UTF-8.
MIXED_CODEC = "omniprint-utf8-cp1252"
_ERRORS = "omniprint-cp1252"
_SHOWN = 8  # line numbers named in a note before "and N more"


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    # Bytes Windows-1252 leaves undefined (0x81, 0x8D...) are read as Latin-1: never an error.
    text = "".join(
        bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1") for b in bad
    )
    return text, exc.end


codecs.register_error(_ERRORS, _cp1252_fallback)


class _MixedIncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, data, errors, final):
        return codecs.utf_8_decode(data, _ERRORS, final)


def _mixed_decode(data, errors="strict"):
    return codecs.utf_8_decode(bytes(data), _ERRORS, True)


def _search(name: str) -> codecs.CodecInfo | None:
    if name.replace("-", "_") != MIXED_CODEC.replace("-", "_"):
        return None
    utf8 = codecs.lookup("utf-8")
    return codecs.CodecInfo(
        name=MIXED_CODEC,
        encode=utf8.encode,
        decode=_mixed_decode,
        incrementalencoder=utf8.incrementalencoder,
        incrementaldecoder=_MixedIncrementalDecoder,
        streamreader=utf8.streamreader,
        streamwriter=utf8.streamwriter,
    )


codecs.register(_search)


def bad_utf8_lines(data: bytes, limit: int = 10_000) -> list[int] | None:
    """The 1-based lines holding bytes that are not UTF-8, when the file is otherwise UTF-8.

    None when no line with characters beyond ASCII is valid UTF-8 (it is a Windows-1252 file,
    not a UTF-8 one with a few bad lines), or when more than ``limit`` lines are bad.
    """
    bad: list[int] = []
    utf8_seen = False
    for number, line in enumerate(_lines(data), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
            if len(bad) > limit:
                return None
            continue
        utf8_seen = True
    return bad if bad and utf8_seen else None


def _lines(data: bytes) -> Iterator[bytes]:
    # One line at a time: splitting a large file at once would hold all its lines in memory.
    start = 0
    while True:
        end = data.find(b"\n", start)
        if end < 0:
            yield data[start:]
            return
        yield data[start:end]
        start = end + 1


def lines_text(lines: list[int]) -> str:
    """``5, 9, 12`` or ``5, 9, ... and 40 more``."""
    shown = ", ".join(str(n) for n in lines[:_SHOWN])
    if len(lines) > _SHOWN:
        shown += tr(" and {count} more").format(count=len(lines) - _SHOWN)
    return shown


def unwrap_lines(text: str, delimiters: str = ",;\t|") -> str | None:
    """The text with each record's outer quotes taken off, when every record is one quoted
    field holding delimiters (a spreadsheet re-save); None when the text is not like that.

    Blank lines and ``#`` comment lines are kept as they are; lines are kept where they were.
    """
    lines = io.StringIO(text, newline="").readlines()
    out: list[str] = []
    wrapped = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        bare = line.strip("\r\n")
        if not bare.strip() or bare.lstrip("\ufeff").startswith("#") or bare.startswith("sep="):
            out.append(line)
            index += 1
            continue
        if not bare.lstrip("\ufeff").startswith('"'):
            return None
        # Excel pads a re-saved line with empty cells after the quoted one: "…",,,
        first = line.rstrip("\r\n").rstrip(",;\t| ") + line[len(line.rstrip("\r\n")) :]
        reader = csv.reader(
            _from(first, lines, index + 1), delimiter="\x00", quotechar='"', strict=True
        )
        try:
            fields = next(reader)
        except (csv.Error, StopIteration):
            return None
        span = reader.line_num
        if len(fields) != 1:
            return None
        inner = fields[0].lstrip("\ufeff")
        if not any(d in inner for d in delimiters) and wrapped == 0:
            return None
        ending = lines[index + span - 1][len(lines[index + span - 1].rstrip("\r\n")) :]
        out.append(inner + ending)
        wrapped += 1
        index += span
    return "".join(out) if wrapped >= 2 else None


def _from(first: str, lines: list[str], start: int) -> Iterator[str]:
    # Lazily: a record takes one line or a few; copying the rest of the file each time would not.
    yield first
    for i in range(start, len(lines)):
        yield lines[i]
