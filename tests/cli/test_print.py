"""The print commands from the outside: exit codes, `export --json` grid and PDF/X, the shop's own
profile, the refusal that names --force, and the progress line."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from omniprint.cli.main import main
from omniprint.render.pages import sheet_progress
from omniprint.render.profiles import PROFILES_DIR
from omniprint.services import business, codes, plan
from omniprint.storage.workspace import Workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    path = tmp_path / "ws.omniprint"
    with Workspace.open(path) as ws:
        plan.create_campaign(ws, "Spring", landing_url="https://shop.es/", end_date="2027-06-30")
        plan.create_campaign(ws, "Open", landing_url="https://shop.es/")  # no end date
        business.set_business(ws, name="Lopez", phone="+34 600 000 000", web="lopez.es",
                              email="a@lopez.es", address="Calle Mayor 1")  # fmt: skip
        for campaign in ("spring", "open"):
            plan.add_piece(ws, campaign, kind="flyer", size="A5", name="Flyer")
            plan.add_zone(ws, campaign, code="28001", name="Centro", households=9)
            plan.add_drop(ws, campaign, piece="flyer", zone="28001")
            codes.generate_codes(ws, campaign)
    return path


def _run(ws_path: Path, capsys, *args: str) -> tuple[int, dict | str, str]:
    code = main(["--workspace", str(ws_path), *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in args else out), err


def test_preflight_exits_non_zero_on_errors(ws_path: Path, capsys) -> None:
    code, data, _ = _run(ws_path, capsys, "--json", "preflight", "open", "--piece", "flyer")
    assert code != 0 and data["errors"] >= 1
    assert any(i["element"] == "expiry (expiry)" and "end date" in i["message"]
               for i in data["issues"])  # fmt: skip
    code, data, _ = _run(ws_path, capsys, "--json", "preflight", "spring", "--piece", "flyer")
    assert code == 0 and data["errors"] == 0


def test_press_export_is_refused_naming_force(ws_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "open.pdf"
    code, _, err = _run(ws_path, capsys, "export", "open", "--piece", "flyer", "--out", str(out))
    assert code != 0 and "--force" in err and "expiry" in err and not out.exists()
    code, _, _ = _run(ws_path, capsys, "export", "open", "--piece", "flyer", "--out", str(out),
                      "--force")  # fmt: skip
    assert code == 0 and out.exists()


def test_export_json_reports_grid_sheets_and_pdfx(ws_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "a5.pdf"
    code, data, _ = _run(ws_path, capsys, "--json", "export", "spring", "--piece", "flyer",
                         "--out", str(out))  # fmt: skip
    assert code == 0
    assert data["grid"] == {"sheet": "SRA3", "orientation": "portrait", "sheet_mm": [320, 450],
                            "cols": 2, "rows": 2, "per_sheet": 4, "margin_mm": 5,
                            "gutter_mm": 6}  # fmt: skip
    assert data["per_sheet"] == 4 and data["sheets"] == 3
    assert data["pdfx"] == "PDF/X-4" and data["output_condition"] == "FOGRA39"
    code, data, _ = _run(ws_path, capsys, "--json", "export", "spring", "--piece", "flyer",
                         "--out", str(out), "--shop", "us", "--pdfx", "1a",
                         "--sheet-margin", "12")  # fmt: skip
    assert data["pdfx"] == "PDF/X-1a:2001" and data["output_condition"] == "CGATS TR 006"
    assert data["grid"]["margin_mm"] == 12
    assert pypdf.PdfReader(out).pdf_header == "%PDF-1.3"
    code, data, _ = _run(ws_path, capsys, "--json", "export", "spring", "--piece", "flyer",
                         "--out", str(out), "--mode", "proof")  # fmt: skip
    assert data["grid"] is None and data["pdfx"] is None


def test_a_shops_own_profile_and_a_wrong_one(ws_path: Path, tmp_path: Path, capsys) -> None:
    own = tmp_path / "shop.icc"
    own.write_bytes((PROFILES_DIR / "ISOcoated_v2_300_bas.icc").read_bytes())
    out = tmp_path / "own.pdf"
    code, data, _ = _run(ws_path, capsys, "--json", "export", "spring", "--piece", "flyer",
                         "--out", str(out), "--output-profile", str(own))  # fmt: skip
    assert code == 0 and data["output_condition"] == "Custom"
    monitor = bytearray(own.read_bytes())
    monitor[12:20] = b"mntrRGB "
    own.write_bytes(bytes(monitor))
    code, _, err = _run(ws_path, capsys, "export", "spring", "--piece", "flyer", "--out",
                        str(tmp_path / "no.pdf"), "--output-profile", str(own))  # fmt: skip
    assert code != 0 and "shop.icc is not a CMYK output profile (it is a RGB mntr profile)" in err


def test_progress_reads_sheet_n_of_total_once() -> None:
    assert sheet_progress(683, 2130) == "sheet 683 of 2,130 (32%)"
    assert sheet_progress(2130, 2130) == "sheet 2,130 of 2,130 (100%)"
