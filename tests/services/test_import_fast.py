"""The fast way in for large simple files stores exactly what the ordinary reader stores.

Each file is imported twice into copies of one workspace, once with the fast path and once
without (``import_fast.ENABLED``), and everything an import leaves is compared: the records
(with their import, line and every column), the import's row, its refused rows, its kept text
and the attribution. Files with one row the fast path does not read (a day that does not
exist, a date in another format, a totals row, quotes, records known already) are read the
ordinary way, with its messages.
"""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import pytest

from omniprint.domain.errors import Cancelled, InputFileError
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken
from omniprint.ingest import bulk
from omniprint.ingest.bulk import MIN_ROWS
from omniprint.services import codes, import_fast, imports, plan
from omniprint.services.printing import prepare_job
from omniprint.storage import responses as store
from omniprint.storage.workspace import Workspace

ROWS = MIN_ROWS + 1_000


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("fast") / "base.omniprint"
    with Workspace.open(path) as ws:
        plan.create_campaign(
            ws, "Bench", landing_url="https://example.es/", start_date="2026-01-01"
        )
        plan.add_piece(ws, "bench", kind="leaflet")
        plan.add_zone(ws, "bench", code="28001", name="Centro", households=300)
        plan.add_drop(ws, "bench", piece="leaflet", zone="28001")
        codes.generate_codes(ws, "bench", prefix="BN")
        job = prepare_job(ws, "bench", "leaflet")
        issued = [job.records[i]["code"] for i in range(len(job.records))]
    return path, issued


def _rows(issued: list[str], delimiter: str = ",", order: bool = False) -> list[str]:
    """Records as tills write them: codes in any case, some typed wrong or unknown, amounts
    with and without decimals or empty, stores with accents or none, repeated codes."""
    lines = []
    for i in range(ROWS):
        code = issued[i % len(issued)]
        if i % 7 == 0:
            code = code.lower()
        elif i % 11 == 0:
            code = code.replace("-", "")
        elif i % 13 == 0:
            code = "OLI-" + code[-4:]  # O, L and I read as 0, 1 and 1
        amount = ("12", "1.50", "", "0.05", "007")[i % 5]
        store = ("Centro", "", "Málaga Norte", "Store 7")[i % 4]
        day = f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
        if i % 97 == 0:
            day = "2026-02-28" if i % 2 else "2024-02-29"
        key = f"{'P' if order else 'T'}{i}"
        lines.append(delimiter.join((day, key, code, amount, store)))
    return lines


def _write(path: Path, header: str, lines: list[str], newline: str = "\n", end: bool = True):
    text = newline.join([header, *lines]) + (newline if end else "")
    path.write_bytes(text.encode("utf-8"))
    return path


def _import_both(base: tuple[Path, list[str]], tmp_path: Path, file: Path, **options):
    """Import ``file`` with and without the fast path; returns both workspaces' contents."""
    found = []
    for enabled in (True, False):
        path = tmp_path / f"ws-{enabled}.omniprint"
        shutil.copy(base[0], path)
        import_fast.ENABLED = enabled
        try:
            with Workspace.open(path) as ws:
                result = imports.import_file(ws, file, **options)
                found.append((_contents(ws), _summary(result)))
        finally:
            import_fast.ENABLED = True
    return found


def _summary(result: imports.ImportResult) -> dict:
    fields = ("preset", "encoding", "delimiter", "date_order", "decimal", "mapping", "rows",
              "added", "known", "notes", "source", "unmatched", "personal_left_out")  # fmt: skip
    reconciled = result.reconciled.counts if result.reconciled else None
    refused = [(p.line, p.column, p.reason, p.raw) for p in result.refused]
    return {f: getattr(result, f) for f in fields} | {"reconciled": reconciled, "refused": refused}


def _contents(ws: Workspace) -> dict:
    text = b"".join(
        zlib.decompress(r[0])
        for r in ws.query("SELECT text FROM import_text ORDER BY import_id, first_line")
    )
    return {
        "responses": [tuple(r) for r in ws.query("SELECT * FROM response ORDER BY id")],
        "codes": [tuple(r) for r in ws.query("SELECT * FROM response_code ORDER BY 1, 2")],
        "imports": [
            tuple(r)
            for r in ws.query(
                "SELECT id, file_name, sha256, preset, encoding, delimiter, header_key,"
                " date_order, rows, added, known, refused, personal_left_out FROM import_file"
            )
        ],
        "refused": [tuple(r) for r in ws.query("SELECT * FROM refused_row ORDER BY id")],
        "text": text.decode("utf-8"),
        # How the text is cut into pieces may differ; the lines they hold may not.
        "lines": ws.one("SELECT SUM(lines) FROM import_text")[0],
        "attribution": [tuple(r) for r in ws.query("SELECT * FROM attribution ORDER BY id")],
    }


def _fast_reads(
    base: tuple[Path, list[str]], tmp_path: Path, file: Path, rows: int = ROWS, **options
) -> bool:
    """Whether the fast path takes the file (called as the import calls it)."""
    path = tmp_path / "probe.omniprint"
    shutil.copy(base[0], path)
    with Workspace.open(path) as ws, ws.transaction():
        import_id = store.insert_import(ws, {"file_name": file.name, "sha256": "x"})
        found = import_fast.import_simple(
            ws,
            file.read_bytes(),
            file=str(file),
            sha256="x",
            import_id=import_id,
            preset=options.get("preset"),
            mapping=options.get("mapping"),
            source=options.get("source"),
            keep_personal=options.get("keep_personal", False),
            date_order=options.get("date_order"),
            progress=lambda *_: None,
            cancel=NEVER_CANCELLED,
        )
    return found is not None and found.added == rows


SIMPLE = [
    ("comma, LF", ",", "\n", True, {}),
    ("semicolon, CRLF, no last line end", ";", "\r\n", False, {}),
    ("kept as it is", ",", "\r\n", False, {"keep_personal": True}),
    ("named shop", ",", "\n", True, {"source": "Tienda 2"}),
]


@pytest.mark.parametrize(("name", "delimiter", "newline", "end", "options"), SIMPLE)
def test_a_simple_file_is_stored_as_the_ordinary_reader_stores_it(
    base, tmp_path, name, delimiter, newline, end, options
):
    header = delimiter.join(("date", "receipt", "code", "amount", "store"))
    lines = _rows(base[1], delimiter)
    lines.insert(100, "")  # a blank line: left out, the lines after it keep their numbers
    file = _write(tmp_path / "simple.csv", header, lines, newline, end)
    assert _fast_reads(base, tmp_path, file, **options)
    fast, ordinary = _import_both(base, tmp_path, file, **options)
    assert fast == ordinary
    contents, summary = fast
    assert summary["added"] == ROWS and summary["refused"] == []
    assert contents["responses"][0][4] == "T0" and contents["responses"][-1][5] == ROWS + 2


@pytest.mark.parametrize(
    ("name", "newline", "end", "options"),
    [
        ("LF", "\n", True, {}),
        ("CRLF, no last line end", "\r\n", False, {}),
        ("lone CR", "\r", True, {}),
        ("LF and a lone CR, kept as it is", "\n", True, {"keep_personal": True}),
    ],
)
def test_a_file_read_in_small_pieces_is_stored_the_same(
    base, tmp_path, monkeypatch, name, newline, end, options
):
    """Pieces end anywhere: between the two characters of a CRLF, on blank lines, on a line
    the piece's pattern does not read (a lone CR ending it), and each is read at once or line by
    line; the records, their lines and everything else are what the ordinary reader stores."""
    lines = _rows(base[1])
    for at in (7, 300, 301, 2_000):
        lines.insert(at, "")
    if options:  # two records on lines ended by a lone CR (a line end for the csv module too)
        lines[500:502] = [lines[500] + "\r" + lines[501]]
    file = _write(tmp_path / "pieces.csv", "date,receipt,code,amount,store", lines, newline, end)
    monkeypatch.setattr(bulk, "PIECE", 997)  # a prime: pieces end at every place in a line
    assert _fast_reads(base, tmp_path, file, **options)
    fast, ordinary = _import_both(base, tmp_path, file, **options)
    assert fast == ordinary
    assert fast[1]["added"] == ROWS


def test_orders_and_a_spanish_header_too(base, tmp_path):
    header = "fecha,pedido,cupon,importe,tienda"
    file = _write(tmp_path / "pedidos.csv", header, _rows(base[1], order=True))
    assert _fast_reads(base, tmp_path, file)
    fast, ordinary = _import_both(base, tmp_path, file)
    assert fast == ordinary
    assert {r[2] for r in fast[0]["responses"]} == {"order"}


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("a day that does not exist", lambda lines: lines.__setitem__(-3, "2026-02-30,X1,A,1,B")),
        ("another date format", lambda lines: lines.__setitem__(5, "05/01/2026,X1,A,1,B")),
        ("an amount with its sign", lambda lines: lines.__setitem__(9, "2026-01-05,X1,A,1 €,B")),
        ("a code with a space", lambda lines: lines.__setitem__(9, "2026-01-05,X1,A B,1,B")),
        ("a store with a space after", lambda lines: lines.__setitem__(9, "2026-01-05,X,A,1,B ")),
        ("a short row", lambda lines: lines.__setitem__(9, "2026-01-05,X1,A")),
        ("an empty code", lambda lines: lines.__setitem__(9, "2026-01-05,X1,,1,B")),
        ("a totals row at the end", lambda lines: lines.append("Total,,,12345.00,")),
        ("a quoted cell", lambda lines: lines.__setitem__(9, '2026-01-05,X1,A,1,"B, C"')),
        ("the same receipt twice", lambda lines: lines.__setitem__(9, lines[8])),
        ("an e-mail in a cell", lambda lines: lines.__setitem__(9, "2026-01-05,X1,A,1,a@b.es")),
    ],
)
def test_a_file_with_a_row_the_fast_path_does_not_read_is_read_the_ordinary_way(
    base, tmp_path, name, change
):
    lines = _rows(base[1])
    change(lines)
    file = _write(tmp_path / "mixed.csv", "date,receipt,code,amount,store", lines)
    assert not _fast_reads(base, tmp_path, file)
    fast, ordinary = _import_both(base, tmp_path, file)
    assert fast == ordinary


def test_records_known_from_an_earlier_import_are_said_whose(base, tmp_path):
    lines = _rows(base[1])
    first = _write(tmp_path / "first.csv", "date,receipt,code,amount,store", lines[:10])
    second = _write(tmp_path / "second.csv", "date,receipt,code,amount,store", lines)
    path = tmp_path / "known.omniprint"
    shutil.copy(base[0], path)
    with Workspace.open(path) as ws:
        imports.import_file(ws, first)
        result = imports.import_file(ws, second)
    assert (result.added, result.known) == (ROWS - 10, 10)
    assert any("first.csv" in note for note in result.notes)


def test_the_same_file_twice_adds_nothing_and_a_cancel_leaves_nothing(base, tmp_path):
    file = _write(tmp_path / "simple.csv", "date,receipt,code,amount,store", _rows(base[1]))
    path = tmp_path / "twice.omniprint"
    shutil.copy(base[0], path)
    token = CancelToken()
    with Workspace.open(path) as ws:
        with pytest.raises(Cancelled):  # cancelled once the records are written
            imports.import_file(ws, file, cancel=token, progress=lambda *_: token.cancel())
        assert ws.one("SELECT COUNT(*) FROM response")[0] == 0
        assert ws.one("SELECT COUNT(*) FROM import_file")[0] == 0
        assert imports.import_file(ws, file).added == ROWS
        again = imports.import_file(ws, file)
        assert again.already_imported and again.added == 0
        assert ws.one("SELECT COUNT(*) FROM response")[0] == ROWS


def test_a_smaller_file_into_a_larger_workspace_keeps_the_key_and_says_whose(base, tmp_path):
    """A file with fewer records than the workspace holds is written with the records' unique
    key in place (not dropped and built again): a record it already has sends the file the
    ordinary way, which says whose it is; a file of new records alone takes the fast path."""
    lines = _rows(base[1])
    first = _write(tmp_path / "first.csv", "date,receipt,code,amount,store", lines)
    fresh = [line.replace(",T", ",N", 1) for line in lines[: ROWS - 500]]
    known = _write(tmp_path / "known.csv", "date,receipt,code,amount,store", [*fresh, lines[3]])
    new = _write(tmp_path / "new.csv", "date,receipt,code,amount,store", fresh)
    path = tmp_path / "larger.omniprint"
    shutil.copy(base[0], path)
    with Workspace.open(path) as ws:
        statements: list[str] = []
        ws.conn.set_trace_callback(statements.append)
        assert imports.import_file(ws, first).added == ROWS  # into an empty workspace: dropped
        assert any(s.startswith("DROP INDEX response_key") for s in statements)
        statements.clear()
        result = imports.import_file(ws, known)
        assert not any(s.startswith("DROP INDEX response_key") for s in statements)
        ws.conn.set_trace_callback(None)
        assert (result.added, result.known) == (ROWS - 500, 1)
        assert any("first.csv" in note for note in result.notes)
        removed = imports.list_imports(ws)[-1].id
        imports.remove_import(ws, removed)
        assert ws.one("SELECT COUNT(*) FROM response")[0] == ROWS
    shutil.copy(path, tmp_path / "probe-base.omniprint")
    assert _fast_reads((tmp_path / "probe-base.omniprint", base[1]), tmp_path, new, ROWS - 500)


def _spanish(issued: list[str], n: int = 300) -> list[str]:
    return [f"{i % 28 + 1:02d}/10/2026;T{i};{issued[i]};{i % 9},50 €;Málaga" for i in range(n)]


OWN_TEXT = [
    ("a Spanish till: nothing personal, kept as it is", "Fecha;Ticket;Cupón;Importe;Tienda", {}),
    ("a customer's name: rewritten without it", "Fecha;Ticket;Cupón;Importe;Cliente", {}),
    ("blank lines at the end", "Fecha;Ticket;Cupón;Importe;Tienda", {"tail": "\r\n\r\n"}),
    ("a row with an e-mail", "Fecha;Ticket;Cupón;Importe;Tienda", {"mail": True}),
    ("a sep= line first", "sep=;\r\nFecha;Ticket;Cupón;Importe;Tienda", {}),
    ("a byte order mark", "\ufeffFecha;Ticket;Cupón;Importe;Tienda", {"codec": "utf-8"}),
    ("a totals row at the end", "Fecha;Ticket;Cupón;Importe;Tienda", {"totals": True}),
    ("a row of empty cells", "Fecha;Ticket;Cupón;Importe;Tienda", {"row": ";;;;"}),
    ("a row of spaces", "Fecha;Ticket;Cupón;Importe;Tienda", {"row": "   "}),
    ("a short row", "Fecha;Ticket;Cupón;Importe;Tienda", {"row": "05/10/2026;T9999;X"}),
    ("a row of no-break spaces", "Fecha;Ticket;Cupón;Importe;Tienda", {"row": "\xa0;\xa0"}),
]


@pytest.mark.parametrize(("name", "header", "how"), OWN_TEXT)
def test_the_ordinary_reader_keeps_a_file_as_it_is_only_when_a_rewrite_would_change_nothing(
    base, tmp_path, monkeypatch, name, header, how
):
    """A file the ordinary reader reads (too small or not simple for the fast path) is kept as
    its own text when leaving out personal data would change nothing, and everything stored is
    what rewriting it row by row stores."""
    lines = _spanish(base[1])
    if how.get("mail"):
        lines[7] = lines[7].replace("Málaga", "ana@example.es")
    if how.get("totals"):
        lines.append("Total;;;1234,50 €;")
    if how.get("row"):
        lines.insert(20, how["row"])
    text = "\r\n".join([header, *lines]) + how.get("tail", "\r\n")
    file = tmp_path / "ventas.csv"
    file.write_bytes(text.encode(how.get("codec", "cp1252")))
    found = []
    for shortcut in (True, False):
        path = tmp_path / f"ws-{shortcut}.omniprint"
        shutil.copy(base[0], path)
        with monkeypatch.context() as m:
            if not shortcut:
                m.setattr(imports, "own_text_end", lambda *a, **k: None)
            with Workspace.open(path) as ws:
                result = imports.import_file(ws, file)
                found.append((_contents(ws), _summary(result)))
    assert found[0] == found[1]
    assert found[0][1]["added"] >= len(lines) - 2
    kept = found[0][0]["text"]
    assert ("Cliente" in header) == ("Málaga" not in kept)


def _local(lines: list[str], order: str, comma: bool, sign: str = "", delimiter: str = ";"):
    """The records of `_rows` as a till writes them in Spain or the Americas: days such as
    05/10/2026 (``order``: dmy or mdy), amounts with decimal commas and their cents (``comma``),
    maybe followed by a currency ``sign`` (the layout of the shared fixture
    ``canjes_tienda_es.csv``, as its README describes it, with a receipt column)."""
    out = []
    for line in lines:
        day, key, code, amount, store = line.split(",")
        year, month, dom = day.split("-")
        day = f"{dom}/{month}/{year}" if order == "dmy" else f"{month}/{dom}/{year}"
        if comma and amount:
            whole, _, cents = amount.partition(".")
            amount = f"{whole},{cents or '00'}{sign}"
        out.append(delimiter.join((day, key, code, amount, store)))
    return out


LOCAL = [
    ("Spain: day first, decimal commas, euro sign", "dmy", True, " €", {}),
    ("euro sign with no space", "dmy", True, "€", {}),
    ("Mexico: month first, decimal commas", "mdy", True, "", {}),
    ("the UK: day first, decimal points, commas between cells", "dmy", False, "", {}),
    ("the order given", "dmy", True, " €", {"date_order": "dmy"}),
]


@pytest.mark.parametrize(("name", "order", "comma", "sign", "options"), LOCAL)
def test_a_local_till_export_is_stored_as_the_ordinary_reader_stores_it(
    base, tmp_path, name, order, comma, sign, options
):
    """Days such as 05/10/2026 in the order the file tells (its first day over the 12th),
    amounts such as 12,50 € (the euro becomes the records' currency): the fast path reads them
    and stores what the ordinary reader stores."""
    delimiter = ";" if comma else ","
    lines = _local(_rows(base[1], delimiter=","), order, comma, sign, delimiter)
    header = delimiter.join(("Fecha", "Ticket", "Cupón", "Importe", "Tienda"))
    file = tmp_path / "caja.csv"
    file.write_bytes(("\r\n".join([header, *lines]) + "\r\n").encode("cp1252"))
    assert _fast_reads(base, tmp_path, file, **options)
    fast, ordinary = _import_both(base, tmp_path, file, **options)
    assert fast == ordinary
    contents, summary = fast
    assert summary["added"] == ROWS and summary["date_order"] == order
    assert summary["decimal"] == ("," if comma else ".")
    first = contents["responses"][0]
    assert first[6] == "2024-02-29T00:00:00" and first[9] == 1200  # 29/02/2024 (or 02/29), 12
    assert first[13] == ('{"currency": "EUR"}' if "€" in sign else None)


@pytest.mark.parametrize(
    ("name", "change"),
    [
        (
            "a day that does not exist",
            lambda lines: lines.__setitem__(-3, "30/02/2026;X1;A;1,00;B"),
        ),
        ("the other order later on", lambda lines: lines.__setitem__(-3, "05/13/2026;X1;A;1,00;B")),
        (
            "an amount without its sign",
            lambda lines: lines.__setitem__(9, "05/01/2026;X1;A;1,00;B"),
        ),
        ("an amount without cents", lambda lines: lines.__setitem__(9, "05/01/2026;X1;A;1 €;B")),
        ("thousands", lambda lines: lines.__setitem__(9, "05/01/2026;X1;A;1.234,00 €;B")),
    ],
)
def test_a_local_export_with_a_row_the_fast_path_does_not_read_is_read_the_ordinary_way(
    base, tmp_path, name, change
):
    lines = _local(_rows(base[1], delimiter=","), "dmy", True, " €")
    change(lines)
    file = tmp_path / "caja.csv"
    text = "\r\n".join(["Fecha;Ticket;Cupón;Importe;Tienda", *lines]) + "\r\n"
    file.write_bytes(text.encode("cp1252"))
    assert not _fast_reads(base, tmp_path, file)
    fast, ordinary = _import_both(base, tmp_path, file)
    assert fast == ordinary


def test_days_that_could_be_either_wait_for_the_user_to_say_which(base, tmp_path):
    """Every day could be day-first or month-first: the fast path leaves the file to the
    ordinary reader, which asks (--dates); told, both store the same."""
    lines = [f"05{line[2:]}" for line in _local(_rows(base[1], delimiter=","), "dmy", True)]
    file = tmp_path / "caja.csv"
    text = "\r\n".join(["Fecha;Ticket;Cupón;Importe;Tienda", *lines]) + "\r\n"
    file.write_bytes(text.encode("cp1252"))
    assert not _fast_reads(base, tmp_path, file)
    path = tmp_path / "either.omniprint"
    shutil.copy(base[0], path)
    with Workspace.open(path) as ws, pytest.raises(InputFileError, match="--dates"):
        imports.import_file(ws, file)
    assert _fast_reads(base, tmp_path, file, date_order="mdy")
    fast, ordinary = _import_both(base, tmp_path, file, date_order="mdy")
    assert fast == ordinary
    assert fast[0]["responses"][0][6] == "2024-05-02T00:00:00"


def test_a_local_export_read_in_small_pieces_is_stored_the_same(base, tmp_path, monkeypatch):
    """Days such as 05/10/2026 on pieces read line by line (blank lines, pieces ending
    anywhere) are the same ISO days as on pieces read at once."""
    lines = _local(_rows(base[1], delimiter=","), "dmy", True, " €")
    for at in (7, 300, 2_000):
        lines.insert(at, "")
    file = tmp_path / "caja.csv"
    text = "\r\n".join(["Fecha;Ticket;Cupón;Importe;Tienda", *lines]) + "\r\n"
    file.write_bytes(text.encode("cp1252"))
    monkeypatch.setattr(bulk, "PIECE", 997)
    assert _fast_reads(base, tmp_path, file)
    fast, ordinary = _import_both(base, tmp_path, file)
    assert fast == ordinary
