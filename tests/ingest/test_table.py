"""Reading delimited files as small businesses have them: encodings, dialects, preambles, errors."""

from __future__ import annotations

import codecs
import csv
import io
import random

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from omniprint.domain.errors import InputFileError
from omniprint.ingest.dates import ColumnDateParser, DateOrder
from omniprint.ingest.numbers import infer_decimal, parse_amount
from omniprint.ingest.table import header_key, iter_table, normalize_header, read_table
from support import FIXTURES

# --- the sample exports --------------------------------------------------------------------------


def test_spanish_till_list_in_cp1252_with_semicolons() -> None:
    table = read_table((FIXTURES / "canjes_tienda_es.csv").read_bytes(), file="canjes.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.header == ["Fecha", "Código", "Importe", "Tienda"]
    assert table.header_line == 1
    assert [row.line for row in table.rows] == [2, 3, 4, 5]
    amounts = [row.values[2] for row in table.rows]
    decimal = infer_decimal(amounts)
    assert decimal == ","
    assert [str(parse_amount(a, decimal=decimal)) for a in amounts] == [
        "12.50",
        "8.00",
        "8.00",
        "1250.00",
    ]
    dates = ColumnDateParser.from_samples(row.values[0] for row in table.rows)
    assert dates.order is DateOrder.DMY
    assert dates.parse_date(table.rows[0].values[0]).isoformat() == "2026-10-03"


def test_ga4_header_after_comment_preamble_keeps_true_line_numbers() -> None:
    table = read_table((FIXTURES / "ga4_traffic_acquisition.csv").read_bytes())
    assert table.encoding == "utf-8"
    assert table.delimiter == ","
    assert table.header_line == 9
    assert table.header[1] == "Session manual ad content"
    assert [row.line for row in table.rows] == [10, 11, 12, 13]
    assert table.rows[0].values == ["otono-2026", "46001-a", "88", "51", "7"]


def test_shopify_export_rows_starting_with_hash_are_data() -> None:
    table = read_table((FIXTURES / "shopify_orders_export.csv").read_bytes())
    assert table.header[0] == "Name"
    assert len(table.rows) == 5
    assert table.rows[0].values[0] == "#1001"
    assert all(len(row.values) == len(table.header) for row in table.rows)
    assert "Café en grano 250 g" in table.rows[0].values


# --- encodings and dialects ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16-le"),  # Python writes little-endian with a BOM, like Excel
        ("utf-16-be-bom", "utf-16-be"),
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_are_detected(encoding: str, reported: str) -> None:
    text = "Código\tImporte\r\nAÑO-1\t12,50 €\r\n"
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    table = read_table(data)
    assert table.encoding == reported
    assert table.delimiter == "\t"
    assert table.header == ["Código", "Importe"]
    assert table.rows[0].values == ["AÑO-1", "12,50 €"]


def test_latin1_when_cp1252_cannot_decode() -> None:
    # 0x81 is undefined in Windows-1252; the file can only be Latin-1.
    table = read_table(b"a;b\n\x81x;\xe9\n")
    assert table.encoding == "latin-1"
    assert table.rows[0].values == ["\x81x", "é"]


def test_excel_sep_line_sets_the_delimiter_and_counts_as_a_line() -> None:
    table = read_table(b"sep=|\r\nA,1|B;2\r\nx,y|z;w\r\n")
    assert table.delimiter == "|"
    assert table.header == ["A,1", "B;2"]
    assert table.header_line == 2
    assert table.rows[0].line == 3


def test_blank_lines_skipped_but_line_numbers_stay_true() -> None:
    data = b'\r\n\r\nid,note\r\n1,"two\r\nlines"\r\n\r\n,,\r\n2,  \r\n,\r\n   \r\n3,x'
    table = read_table(data)
    assert table.header_line == 3
    assert [(row.line, row.values) for row in table.rows] == [
        (4, ["1", "two\r\nlines"]),
        (8, ["2", "  "]),
        (11, ["3", "x"]),
    ]


def test_cr_only_line_endings() -> None:
    table = read_table(b"a;b\r1;2\r3;4\r")
    assert [(row.line, row.values) for row in table.rows] == [(2, ["1", "2"]), (3, ["3", "4"])]


def test_rows_of_other_widths_are_returned_as_they_are() -> None:
    table = read_table(b"a,b,c\n1,2\n1,2,3,4\n")
    assert [row.values for row in table.rows] == [["1", "2"], ["1", "2", "3", "4"]]


def test_sep_line_after_bom() -> None:
    table = read_table(codecs.BOM_UTF8 + "sep=;\nFecha;Código\n03/10/2026;A\n".encode())
    assert (table.encoding, table.delimiter, table.header_line) == ("utf-8-sig", ";", 2)
    assert table.header == ["Fecha", "Código"]


def test_utf16_without_bom() -> None:
    table = read_table("a\tb\r\n1\t2\r\n".encode("utf-16-le"))
    assert table.encoding == "utf-16-le"
    assert table.rows[0].values == ["1", "2"]


def test_long_file_beyond_the_sniffing_sample() -> None:
    lines = ["id;note;amount"]
    for i in range(20_000):
        lines.append(f'{i};"multi\nline, {i}";1,50' if i == 10_000 else f"{i};n{i};1,50")
    table = read_table("\r\n".join(lines).encode("cp1252"))
    assert table.delimiter == ";"
    assert len(table.rows) == 20_000
    assert table.rows[10_000].values == ["10000", "multi\nline, 10000", "1,50"]
    assert (table.rows[10_000].line, table.rows[10_001].line) == (10_002, 10_004)
    assert table.rows[-1].line == 20_002


def test_iter_table_streams_the_same_rows() -> None:
    data = (FIXTURES / "shopify_orders_export.csv").read_bytes()
    stream = iter_table(data)
    assert stream.header == read_table(data).header
    assert [row.line for row in stream] == [2, 3, 4, 5, 6]
    with pytest.raises(RuntimeError):
        iter(stream)


def test_header_normalisation_and_key() -> None:
    assert normalize_header("Código") == normalize_header("codigo ") == "codigo"
    assert normalize_header("CODIGO_  Postal") == "codigo postal"
    assert header_key(["Fecha", " Código", "IMPORTE"]) == header_key(["fecha", "codigo", "Importe"])
    assert header_key(["a", "b"]) != header_key(["b", "a"])


# --- errors --------------------------------------------------------------------------------------


def test_empty_file() -> None:
    with pytest.raises(InputFileError) as info:
        read_table(b"", file="pos.csv")
    assert str(info.value) == "pos.csv: the file is empty"
    with pytest.raises(InputFileError, match="the file is empty"):
        read_table(codecs.BOM_UTF8)


def test_binary_file() -> None:
    rng = random.Random(7)
    png = b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000))
    with pytest.raises(InputFileError) as info:
        read_table(png, file="logo.png")
    assert str(info.value) == "logo.png: does not look like a text table (binary data)"


def test_binary_without_nul_bytes() -> None:
    junk = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50
    with pytest.raises(InputFileError, match=r"\(binary data\)$"):
        read_table(junk)


def test_only_comments_has_no_header() -> None:
    with pytest.raises(InputFileError) as info:
        read_table(b"# GA4\n# nothing\n\n", file="ga.csv")
    assert str(info.value) == "ga.csv: no header line found (only blank or comment lines)"


def test_huge_single_field_fails_fast_with_its_line() -> None:
    data = b"code,amount\r\nA,1\r\nB," + b"9" * 100_000_000 + b"\r\nC,3\r\n"
    with pytest.raises(InputFileError) as info:
        read_table(data, file="big.csv")
    assert str(info.value) == (
        "big.csv, line 3: a field is larger than 1,000,000 bytes; "
        "this is not a table of records (or a quote is never closed)"
    )


def test_huge_quoted_multiline_field() -> None:
    data = b'code,note\n1,"' + b"line\n" * 400 + b'"\n'
    with pytest.raises(
        InputFileError, match=r"^x\.csv, line 2: a field is larger than 1,000 bytes"
    ):
        read_table(data, file="x.csv", max_field_bytes=1000)
    assert read_table(data, max_field_bytes=2001).rows[0].values[1] == "line\n" * 400


def test_huge_first_line() -> None:
    with pytest.raises(InputFileError, match=r"^<input>, line 1: a field is larger than 1,000 "):
        read_table(b"x" * 200_000, max_field_bytes=1000)


def test_unterminated_quote_names_the_line_it_opened() -> None:
    data = b'id,note\n1,"ok\nfine"\n2,x,"never\nclosed\n\n3,y\n'
    with pytest.raises(InputFileError) as info:
        read_table(data, file="notes.csv")
    assert str(info.value) == (
        "notes.csv, line 4: a quoted field is never closed (its opening quote is on this line)"
    )


def test_unterminated_quote_in_header() -> None:
    with pytest.raises(InputFileError, match=r"^<input>, line 2: a quoted field is never closed"):
        read_table(b'# c\na,"b\nc,d\n')


# --- property: any table written by csv.writer reads back the same -----------------------------

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz áéíóúñÑÇ€ü-", min_size=1, max_size=12)
_CELL = st.text(alphabet="ab ,;\t|\"\r\n#éñ€ü=-'", max_size=10)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    width = draw(st.integers(min_value=2, max_value=5))
    header = draw(st.lists(_WORD.filter(lambda w: w.strip()), min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(_CELL, min_size=width, max_size=width), max_size=8))
    return header, rows


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=_tables(),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    newline=st.sampled_from(["\r\n", "\n"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_written_tables_read_back(
    table: tuple[list[str], list[list[str]]],
    delimiter: str,
    encoding: str,
    newline: str,
    quoting: int,
) -> None:
    header, rows = table
    if newline == "\n":
        # csv.writer leaves a lone CR unquoted when the line ends are LF: a real line break then.
        rows = [[cell.replace("\r", "") for cell in values] for values in rows]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerow(header)
    expected = []
    for values in rows:
        line = (
            out.getvalue().count("\n") + out.getvalue().count("\r") - out.getvalue().count("\r\n")
        )
        writer.writerow(values)
        if "".join(values).strip():  # rows of blanks are skipped, like blank lines
            expected.append((line + 1, values))
    text = out.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    if encoding == "cp1252":
        # Windows-1252 bytes that are also valid UTF-8 ("Ç€" is "ǀ") are read as UTF-8, rightly
        # (a line of them among lines that are not UTF-8 too: a UTF-8 file with a few bad lines).
        assume(not any(not line.isascii() and _utf8(line) for line in data.split(b"\n")))
    result = read_table(data)
    assert result.delimiter == delimiter
    assert result.header == [name.strip() for name in header]
    assert result.header_line == 1
    assert [(row.line, row.values) for row in result.rows] == expected


def test_csv_field_limit_of_the_process_is_left_as_it_was() -> None:
    before = csv.field_size_limit()
    read_table(b"a,b\n1,2\n", max_field_bytes=10)
    with pytest.raises(InputFileError):
        read_table(b"a,b\n1," + b"x" * 50 + b"\n", max_field_bytes=10)
    assert csv.field_size_limit() == before


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_utf8_with_a_few_windows_1252_lines_is_read_line_by_line() -> None:
    """A UTF-8 file with a line typed in Windows-1252 (issue 11/14): both read right, and said."""
    data = "fecha;tienda\n03/10/2026;Peñíscola\n".encode() + "04/10/2026;Alcañiz €\n".encode(
        "cp1252"
    )
    table = read_table(data, file="mixto.csv")
    assert [row.values[1] for row in table.rows] == ["Peñíscola", "Alcañiz €"]
    assert table.encoding == "utf-8 + windows-1252"
    stream = iter_table(data, file="mixto.csv")
    assert stream.notes == [
        "line(s) 3 were not UTF-8 and were read as Windows-1252; the rest as UTF-8"
    ]
    # Decoded a byte at a time (as a stream reads it), a UTF-8 character cut in two stays one.
    decoder = codecs.getincrementaldecoder(stream.codec)()
    text = "".join(decoder.decode(data[i : i + 1]) for i in range(len(data)))
    assert text + decoder.decode(b"", final=True) == "fecha;tienda\n03/10/2026;Peñíscola\n" + (
        "04/10/2026;Alcañiz €\n"
    )
