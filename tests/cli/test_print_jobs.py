"""`export --jobs` and `package --jobs`: every core or one, the same pages; a bad count refused."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pypdf
import pytest

from omniprint.cli.main import main
from omniprint.services import business, codes, plan
from omniprint.storage.workspace import Workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    path = tmp_path / "ws.omniprint"
    with Workspace.open(path) as ws:
        plan.create_campaign(ws, "Spring", landing_url="https://shop.es/", end_date="2027-06-30")
        business.set_business(ws, name="Lopez", phone="+34 600 000 000", web="lopez.es",
                              email="a@lopez.es", address="Calle Mayor 1")  # fmt: skip
        plan.add_piece(ws, "spring", kind="business-card", size="85x55", name="Card")
        plan.add_zone(ws, "spring", code="28001", name="Centro", households=560)
        plan.add_drop(ws, "spring", piece="card", zone="28001")
        codes.generate_codes(ws, "spring")
    return path


def _pages(path: Path) -> list[bytes]:
    return [page.get_contents().get_data() for page in pypdf.PdfReader(path).pages]


def test_export_on_two_processes_writes_the_same_pages(ws_path: Path, tmp_path: Path,
                                                       capsys) -> None:  # fmt: skip
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    for out, jobs in ((one, "1"), (two, "2")):
        code = main(["--workspace", str(ws_path), "--json", "export", "spring", "--piece", "card",
                     "--out", str(out), "--jobs", jobs])  # fmt: skip
        assert code == 0
        data = json.loads(capsys.readouterr().out)
        assert data["pieces"] >= 500  # large enough for worker processes
        assert data["self_check"]["codes"] > 0  # the QR codes were decoded back
    assert _pages(one) == _pages(two)


def test_package_takes_jobs(ws_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "shop.zip"
    code = main(["--workspace", str(ws_path), "package", "spring", "--piece", "card",
                 "--out", str(out), "--jobs", "2"])  # fmt: skip
    assert code == 0 and any(n.endswith(".pdf") for n in zipfile.ZipFile(out).namelist())


def test_a_negative_job_count_is_refused(ws_path: Path, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--workspace", str(ws_path), "export", "spring", "--piece", "card",
              "--out", str(tmp_path / "x.pdf"), "--jobs", "-2"])  # fmt: skip
    assert stop.value.code == 2
    assert "'-2' is not a number of processes" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
