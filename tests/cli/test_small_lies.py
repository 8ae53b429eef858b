"""What the CLI says is what it did: a typo'd size is caught, a clash names what clashed, and a
report written to a file says so without printing the whole table again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from omniprint.cli.main import main


def _run(ws: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def campaign(ws_path: Path, capsys) -> Path:
    assert _run(ws_path, capsys, "init")[0] == 0
    code, _, err = _run(
        ws_path, capsys, "campaign", "create", "Otoño", "--landing-url", "https://x.es/o"
    )
    assert code == 0, err
    return ws_path


def _pieces(ws: Path, capsys) -> list[str]:
    return [p["name"] for p in json.loads(_run(ws, capsys, "--json", "piece", "list", "otono")[1])]


def test_a_size_that_looks_like_a_typo_asks_for_yes(campaign: Path, capsys) -> None:
    code, out, err = _run(campaign, capsys, "piece", "add", "otono", "--kind", "flyer",
                          "--size", "148x21")  # fmt: skip
    assert code == 1 and out == ""
    assert "148 x 21 mm is far from every standard size" in err
    assert "did you mean A5 (148 x 210 mm)?" in err and "--yes" in err
    assert _pieces(campaign, capsys) == []  # nothing was added
    code, out, err = _run(campaign, capsys, "--lang", "es", "piece", "add", "otono", "--kind",
                          "flyer", "--size", "20x25")  # fmt: skip
    assert code == 1 and "--yes" in err and "tamaño estándar" in err
    code, out, _ = _run(campaign, capsys, "piece", "add", "otono", "--kind", "flyer",
                        "--size", "148x21", "--yes")  # fmt: skip
    assert code == 0 and "148 x 21 mm" in out
    # Standard sizes and ordinary custom ones never ask.
    for name, size in (("card", "85x55"), ("big", "200x200"), ("a5", "A5")):
        code, _, err = _run(campaign, capsys, "piece", "add", "otono", "--kind", "flyer",
                            "--size", size, "--name", name)  # fmt: skip
        assert code == 0, err


def test_a_drop_that_exists_names_the_variant_and_zone(campaign: Path, capsys) -> None:
    for args in (
        ("piece", "add", "otono", "--kind", "leaflet", "--variant", "B"),
        ("zone", "add", "otono", "--code", "46001", "--name", "Centro", "--households", "10"),
        ("drop", "add", "otono", "--piece", "leaflet", "--zone", "46001"),
    ):
        assert _run(campaign, capsys, *args)[0] == 0
    code, _, err = _run(campaign, capsys, "drop", "add", "otono", "--piece", "leaflet",
                        "--zone", "46001")  # fmt: skip
    assert code == 1
    assert "Leaflet B already goes to zone 46001 Centro" in err


def test_report_to_a_file_says_where_without_the_table(campaign: Path, capsys, tmp_path) -> None:
    out_file = tmp_path / "x.pdf"
    code, out, err = _run(campaign, capsys, "report", "otono", "--out", str(out_file))
    assert code == 0, err
    assert out.strip() == f"Wrote {out_file}"
    assert len(PdfReader(out_file).pages) >= 1
    code, out, _ = _run(campaign, capsys, "report", "otono")
    assert code == 0 and "Wrote" not in out and len(out.splitlines()) > 3  # the table
