"""Import faults: a number too large for the workspace refuses its row, not the import; several
files go in together or not at all, and each file's outcome is shown either way."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from omniprint.cli.main import main

GOOD = "Fecha;Código;Importe;Tienda\n14/10/2026;OTO-3K9D-7QMP-X;12,00 €;Ruzafa\n"
HUGE = "1" + "0" * 30


def run(ws: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return code, out, err


def counts(ws: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(ws)
    found = tuple(
        conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("import_file", "response", "import_text")
    )
    conn.close()
    return found  # type: ignore[return-value]


@pytest.fixture
def ws(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "shop.omniprint"
    assert run(path, capsys, "init")[0] == 0
    return path


def test_a_number_too_large_refuses_its_row_not_the_import(
    ws: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "canjes.csv"
    path.write_text(
        "Fecha;Código;Importe;Tienda;Ticket\n"
        f"14/10/2026;OTO-3K9D-7QMP-X;{HUGE},00;Ruzafa;1\n"
        "15/10/2026;OTO-3K9D-7QMP-X;12,00;Ruzafa;99999999999999999999999999\n"
        f"16/10/2026;OTO-3K9D-7QMP-X;-{HUGE};Ruzafa;3\n"
    )
    code, out, err = run(ws, capsys, "import", str(path))
    assert code == 0, err
    assert "3 rows: 1 added, 0 already known, 2 refused" in out
    assert "refused line 2, column Importe: the number is too large to keep" in out
    assert "refused line 4, column Importe: the number is too large to keep" in out
    conn = sqlite3.connect(ws)
    assert conn.execute("SELECT natural_key, amount_cents FROM response").fetchall() == [
        ("99999999999999999999999999", 1200)
    ]
    refused = conn.execute("SELECT line, column_name FROM refused_row ORDER BY line").fetchall()
    conn.close()
    assert refused == [(2, "Importe"), (4, "Importe")]


def test_ga4_sessions_beyond_64_bits_are_refused(ws: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "ga4.csv"
    path.write_text(
        "Date,Session source,Session medium,Session campaign,Sessions,Key events\n"
        f"20261014,flyer,print,otono-2026,{HUGE},1\n"
        "20261015,flyer,print,otono-2026,12,1\n"
    )
    code, out, err = run(ws, capsys, "--json", "import", str(path), "--preset", "ga4")
    assert code == 0, err
    result = json.loads(out)
    assert result["added"] == 1
    assert [(p["line"], p["column"]) for p in result["refused"]] == [(2, "Sessions")]


def test_several_files_all_go_in_together(ws: Path, tmp_path: Path, capsys) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(GOOD)
    second.write_text(GOOD.replace("14/10", "15/10"))
    code, out, err = run(ws, capsys, "--json", "import", str(first), str(second))
    assert code == 0, err
    data = json.loads(out)
    assert [(d["file"], d["imported"], d["added"]) for d in data] == [
        (str(first), True, 1),
        (str(second), True, 1),
    ]
    assert counts(ws)[:2] == (2, 2)


def test_one_unreadable_file_imports_none_and_shows_each_outcome(
    ws: Path, tmp_path: Path, capsys
) -> None:
    good, pdf, missing, late = (tmp_path / n for n in ("good.csv", "bad.pdf", "no.csv", "z.csv"))
    good.write_text(GOOD)
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01\x02 binary")
    late.write_text(GOOD.replace("14/10", "16/10"))
    files = [str(good), str(pdf), str(missing), str(late)]
    code, out, err = run(ws, capsys, "import", *files)
    assert code == 1
    assert "2 of 4 files could not be read: nothing was imported" in err
    lines = out.splitlines()
    assert lines[0].startswith(f"{good}: generic")
    assert "readable, but not imported: another file could not be read" in out
    assert f"{pdf}: is a PDF document, not a table" in out
    assert f"{missing}: no such file (not imported)" in out
    assert any(line.startswith(f"{late}: generic") for line in lines)  # checked after the bad
    assert counts(ws) == (0, 0, 0)
    code, out, err = run(ws, capsys, "--json", "import", *files)
    assert code == 1 and "nothing was imported" in err
    data = json.loads(out)
    assert [(d["file"], d["imported"]) for d in data] == [(f, False) for f in files]
    assert data[0]["added"] == 1 and data[0]["error"] is None
    assert "no such file" in data[2]["error"]
    assert counts(ws) == (0, 0, 0)
    # Without the bad files, the same command imports them all.
    assert run(ws, capsys, "import", str(good), str(late))[0] == 0
    assert counts(ws)[:2] == (2, 2)


def test_a_file_that_fails_half_way_rolls_back_the_files_before_it(
    ws: Path, tmp_path: Path, capsys
) -> None:
    good, broken = tmp_path / "good.csv", tmp_path / "broken.csv"
    good.write_text(GOOD)
    # Dates that could be day-first or month-first: known only once every row was read.
    broken.write_text("Fecha;Código;Importe\n01/02/2026;OTO-3K9D-7QMP-X;1,00\n")
    code, out, err = run(ws, capsys, "import", str(good), str(broken))
    assert code == 1 and "1 of 2 files could not be read" in err
    assert f"{broken}, column Fecha: every date in this column could be" in out
    assert counts(ws) == (0, 0, 0)


def test_one_bad_file_alone_still_says_why(ws: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run(ws, capsys, "import", str(tmp_path / "none.csv"))
    assert code == 1 and out == ""
    assert "none.csv: no such file" in err


def test_amounts_whose_sum_would_overflow_are_refused_and_reports_still_add_up(
    ws: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "canjes.csv"
    # Each fits in 64 bits, but is no real sale (fifty trillion), and a thousand of them would
    # overflow the sums of every report.
    big = "50000000000000"
    rows = "".join(f"{d}/10/2026;OTO-3K9D-7QMP-X;{big};Ruzafa\n" for d in range(14, 24))
    path.write_text("Fecha;Código;Importe;Tienda\n" + rows + "24/10/2026;OTO-3K9D-7QMP-X;5;R\n")
    code, out, err = run(ws, capsys, "--json", "import", str(path))
    assert code == 0, err
    result = json.loads(out)
    assert result["added"] == 1 and len(result["refused"]) == 10
    assert run(ws, capsys, "reconcile")[0] == 0
