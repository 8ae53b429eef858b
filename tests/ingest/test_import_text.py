"""The text of imported files is kept: every record can be shown as the row it came from, and the
original can be saved again. Large files are read and written in a stream."""

from __future__ import annotations

import codecs
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omniprint.domain.errors import Cancelled, NotFoundError
from omniprint.domain.tasks import CancelToken
from omniprint.ingest.responses import read_responses
from omniprint.ingest.table import iter_table, record_text, text_chunks
from omniprint.services import imports, review
from omniprint.storage.workspace import Workspace
from support import FIXTURES
from support.reconcile import shopify_file, till_file, two_variant_campaign


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("codec", ["utf-8-sig", "cp1252", "utf-16"])
def test_text_pieces_count_lines_as_the_record_stream_does(newline: str, codec: str) -> None:
    rows = [f"{i};Señal {i};{i},50 €" for i in range(3000)]
    data = ("Fecha;Código;Importe" + newline + newline.join(rows) + newline).encode(codec)
    pieces = list(text_chunks(data, codec, size=4096))
    assert len(pieces) > 10
    assert "".join(text for _, _, text in pieces) == codecs.decode(data, codec)
    line = 1
    for first, count, text in pieces:
        assert first == line and count == len(text.splitlines())
        line += count
    stream = iter_table(data, file="t.csv")
    wanted = {row.line: row.values for row in stream}
    wanted[1] = ["Fecha", "Código", "Importe"]
    for first, _, text in pieces:
        assert record_text(text, first, first, ";").split(";") == wanted[first]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet='ab\r\n;"é', max_size=12), min_size=1, max_size=60),
    st.integers(min_value=1, max_value=64),
)
def test_text_pieces_join_to_the_file_whatever_the_cut(cells: list[str], size: int) -> None:
    text = "\n".join(cells)
    data = text.encode("utf-8")
    pieces = list(text_chunks(data, "utf-8", size=size))
    assert "".join(t for _, _, t in pieces) == text
    assert sum(c for _, c, _ in pieces) == len(text.splitlines())
    for (_, _, t), (_, _, rest) in itertools.pairwise(pieces):
        assert not (t.endswith("\r") and rest.startswith("\n"))  # a CRLF is never cut


def test_a_record_with_line_breaks_is_shown_whole() -> None:
    text = 'a,b,c\n1,"two\nlines",3\n4,5,6\n'
    assert record_text(text, 1, 2, ",") == '1,"two\nlines",3'
    assert record_text(text, 1, 4, ",") == "4,5,6"
    assert record_text(text, 1, 9, ",") is None


def test_imported_records_show_the_row_they_came_from(ws: Workspace, tmp_path: Path) -> None:
    issued = two_variant_campaign(ws)
    till = till_file(tmp_path / "canjes.csv", issued[0], issued[1])
    shop = shopify_file(tmp_path / "orders.csv", issued[0], issued[1], issued[398])
    # With personal data kept the text is the file's own (see test_privacy.py for without).
    imports.import_file(ws, till, keep_personal=True)
    imports.import_file(ws, shop, keep_personal=True)
    till_lines = till.read_bytes().decode("cp1252").splitlines()
    shop_lines = shop.read_text(encoding="utf-8").splitlines()
    for rid, line, source in ws.query("SELECT id, line, source FROM response ORDER BY id"):
        raw = imports.source_row(ws, rid)
        if source.startswith("shopify"):  # "shopify:EUR": the shop's currency tells shops apart
            # An order is its first line item's row (the Name column starts it).
            assert raw.startswith("#10") and raw.splitlines()[0] == shop_lines[line - 1]
        else:
            assert raw == till_lines[line - 1]
    with pytest.raises(NotFoundError):
        imports.source_row(ws, 10_000)
    # The original comes back as it was (as UTF-8), and a removed import takes its text along.
    till_id = imports.list_imports(ws)[0].id
    again = imports.save_original(ws, till_id, tmp_path / "again.csv")
    assert again.read_bytes().decode("utf-8") == till.read_bytes().decode("cp1252")
    imports.remove_import(ws, till_id)
    assert ws.one("SELECT COUNT(*) FROM import_text WHERE import_id = ?", (till_id,))[0] == 0


def _many(path: Path, issued: list[str], rows: int) -> Path:
    lines = ["Fecha;Código;Importe;Tienda"]
    for i in range(rows):
        amount = "doce" if i % 5000 == 7 else f"{i % 50},50 €"
        lines.append(f"{i % 28 + 1:02d}/10/2026;{issued[i % len(issued)]};{amount};Ruzafa {i}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def test_a_sink_gets_every_record_once_in_file_order(ws: Workspace, tmp_path: Path) -> None:
    data = _many(tmp_path / "t.csv", two_variant_campaign(ws), 25_000).read_bytes()
    whole = read_responses(data, file="t.csv")
    taken: list = []
    refused: list = []
    batches: list[int] = []

    def sink(responses, problems):
        batches.append(len(responses))
        taken.extend(responses)
        refused.extend(problems)

    streamed = read_responses(data, file="t.csv", sink=sink)
    assert taken == whole.responses and refused == whole.problems
    assert streamed.responses == [] and streamed.problems == []
    assert (streamed.records, streamed.refused) == (len(whole.responses), len(whole.problems))
    assert len(refused) == 5 and len(batches) == 3  # every 10,000 rows, and the rest


def test_a_large_import_counts_and_shows_its_rows(ws: Workspace, tmp_path: Path) -> None:
    path = _many(tmp_path / "t.csv", two_variant_campaign(ws), 25_000)
    result = imports.import_file(ws, path)
    assert (result.rows, result.added, len(result.refused)) == (25_000, 24_995, 5)
    record = imports.list_imports(ws)[0]
    assert (record.rows, record.added, record.refused) == (25_000, 24_995, 5)
    assert record.preset == "generic"
    lines = path.read_bytes().decode("cp1252").split("\r\n")
    rid, line = ws.one("SELECT id, line FROM response ORDER BY line DESC LIMIT 1")
    assert imports.source_row(ws, rid) == lines[line - 1]
    assert ws.one("SELECT COUNT(*) FROM import_text")[0] > 1
    again = imports.import_file(ws, path)
    assert again.already_imported and again.added == 0 and len(again.refused) == 5


def test_a_cancelled_import_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    path = _many(tmp_path / "t.csv", two_variant_campaign(ws), 25_000)
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if done >= 20_000:
            token.cancel()

    tables = ("response", "import_file", "import_text", "refused_row")
    before = [ws.one(f"SELECT COUNT(*) FROM {t}")[0] for t in tables]
    with pytest.raises(Cancelled):
        imports.import_file(ws, path, progress=progress, cancel=token)
    assert [ws.one(f"SELECT COUNT(*) FROM {t}")[0] for t in tables] == before
    assert imports.import_file(ws, path).added == 24_995


def test_fixture_files_round_trip(ws: Workspace, tmp_path: Path) -> None:
    path = FIXTURES / "ga4_traffic_acquisition.csv"
    imports.import_file(ws, path)
    out = imports.save_original(ws, imports.list_imports(ws)[0].id, tmp_path / "ga4.csv")
    assert out.read_bytes().decode("utf-8") == path.read_bytes().decode("utf-8-sig")


def test_cli_saves_the_original(ws: Workspace, tmp_path: Path, capsys) -> None:
    import json

    from omniprint.cli.main import main

    path = FIXTURES / "canjes_tienda_es.csv"
    imports.import_file(ws, path)
    out = tmp_path / "original.csv"
    args = ["--workspace", str(ws.path), "--json", "imports", "original"]
    assert main([*args, "1", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "id": 1,
        "file": str(out),
        "personal_left_out": True,
    }
    assert out.read_bytes().decode("utf-8") == path.read_bytes().decode("cp1252")
    assert main([*args, "7", "--out", str(tmp_path / "no.csv")]) == 1
    assert "no import with id 7" in capsys.readouterr().err
    assert not (tmp_path / "no.csv").exists()


def test_cli_review_show_gives_the_row(ws: Workspace, tmp_path: Path, capsys) -> None:
    import json

    from omniprint.cli.main import main

    issued = two_variant_campaign(ws)
    till = till_file(tmp_path / "canjes.csv", issued[0], issued[1])
    imports.import_file(ws, till)
    corrected = next(i for i in review.review_list(ws) if i.rule == "corrected")
    args = ["--workspace", str(ws.path), "review", "show", str(corrected.response_id)]
    assert main([*args, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    line = till.read_bytes().decode("cp1252").splitlines()[corrected.line - 1]
    assert data["raw"] == line and data["rule"] == "corrected" and data["typed"] in line
    assert main(args) == 0
    shown = capsys.readouterr().out
    assert f"canjes.csv:{corrected.line}" in shown and line in shown
    assert main([*args[:-1], "99999"]) == 1
    assert "no imported record with id 99999" in capsys.readouterr().err


def test_the_preview_keeps_the_first_refused_rows_and_counts_them_all(
    ws: Workspace, tmp_path: Path
) -> None:
    from omniprint.gui.imports.inspect import SAMPLE_PROBLEMS, SAMPLE_RECORDS, inspect_file

    lines = ["Fecha;Código;Importe"] + [f"ayer;OTO-{i};1,00" for i in range(25_000)]
    lines += [f"19/10/2026;OTO-{i};1,00" for i in range(300)]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = inspect_file(ws, path)
    assert preview.ok, preview.error
    assert (preview.rows, preview.records, preview.refused) == (25_300, 300, 25_000)
    assert len(preview.problems) == SAMPLE_PROBLEMS and len(preview.sample) == SAMPLE_RECORDS
    assert preview.problems[0].line == 2 and preview.sample[0].line == 25_002
