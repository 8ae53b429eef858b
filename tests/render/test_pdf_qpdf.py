"""Every kind of PDF OmniPrint writes passes `qpdf --check` with no warning.

The print files come from a home-made streaming writer (`render/pdfwriter.py`), so nothing but
our own code vouches for their cross-reference table, object offsets, stream lengths and font
programs; qpdf reads all of them. Skipped when qpdf is not installed (it is not a dependency).
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from omniprint.domain.design import load_design
from omniprint.render.pdf import PrintOptions, render
from omniprint.services import business, codes, demo, designs, plan, printing, report
from omniprint.storage.workspace import Workspace
from support import PACKAGE
from support.render import BusinessRecords, FakeRecords, card_design

TEMPLATES = PACKAGE / "assets" / "templates"
QPDF = shutil.which("qpdf")

pytestmark = pytest.mark.skipif(QPDF is None, reason="qpdf is not installed")


def qpdf_check(path: Path) -> None:
    """qpdf finds no error and no warning in the file (it exits 3 on warnings, 2 on errors)."""
    done = subprocess.run(
        [QPDF, "--check", str(path)], capture_output=True, text=True, timeout=120, check=False
    )  # type: ignore[list-item]
    said = done.stdout + done.stderr
    assert done.returncode == 0, f"{path.name}: qpdf exit {done.returncode}\n{said}"
    assert "warning" not in said.lower(), f"{path.name}:\n{said}"
    assert "No syntax or stream encoding errors found" in said, said


def test_qpdf_check_can_fail(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    render(card_design(), FakeRecords(2), path, PrintOptions(mode="pieces", invariant=True))
    data = path.read_bytes()
    path.write_bytes(data.replace(b"/Length ", b"/Length 9", 1))  # one stream length lies
    with pytest.raises(AssertionError, match=r"broken\.pdf"):
        qpdf_check(path)


@pytest.mark.parametrize(
    ("template", "mode", "pdfx", "color"),
    [
        ("door-hanger", "press", "4", "cmyk"),  # imposed on a press sheet, marks and slug
        ("door-hanger", "press", "1a", "cmyk"),
        ("leaflet-dl", "pieces", "4", "cmyk"),
        ("flyer-a5", "pieces", "1a", "cmyk"),
        ("business-card-vcard", "press", "4", "cmyk"),  # cards: two QR codes, vCard, 20-up
        ("business-card-eu", "proof", "4", "cmyk"),
        ("postcard-a6", "pieces", "4", "rgb"),  # office printing: RGB, no PDF/X
    ],
)
def test_print_files_pass_qpdf(tmp_path: Path, template: str, mode: str, pdfx: str,
                               color: str) -> None:  # fmt: skip
    design = load_design((TEMPLATES / f"{template}.json").read_text(encoding="utf-8"))
    path = tmp_path / f"{template}-{mode}.pdf"
    options = PrintOptions(mode=mode, pdfx=pdfx, color=color, force=True)
    render(design, BusinessRecords(6), path, options)
    qpdf_check(path)


class ManyGlyphRecords(FakeRecords):
    """Zones spelled with 300 different letters: the font needs two subsets of 256 codes."""

    LETTERS = "".join(chr(c) for c in range(0x100, 0x250))

    def __getitem__(self, index: int):  # type: ignore[override]
        record = dict(super().__getitem__(index))
        record["zone"] = self.LETTERS[index * 12 : index * 12 + 12]
        return record


def test_font_subsets_beyond_256_glyphs_pass_qpdf(tmp_path: Path) -> None:
    path = tmp_path / "glyphs.pdf"
    render(card_design(), ManyGlyphRecords(30), path, PrintOptions(mode="pieces", invariant=True))
    assert path.read_bytes().count(b"/FontFile2") >= 3  # two subsets of the text's face at least
    qpdf_check(path)


def test_the_results_report_passes_qpdf(tmp_path: Path) -> None:
    ws_path = demo.create_demo(tmp_path / "demo.omniprint")
    with Workspace.open(ws_path) as ws:
        rep = report.campaign_report(ws, demo.SLUG)
        for language in ("en", "es"):
            out = tmp_path / f"report-{language}.pdf"
            report.write_pdf(ws, rep, out, language=language)
            qpdf_check(out)


def test_the_shop_package_pdfs_pass_qpdf(ws: Workspace, tmp_path: Path) -> None:
    plan.create_campaign(
        ws, "Tarjetas", landing_url="https://hornosol.es/hola", end_date="2027-06-30"
    )
    business.set_business(ws, name="Horno Sol, S.L.", phone="963 123 456", web="hornosol.es")
    plan.add_piece(ws, "tarjetas", kind="business-card", name="Tarjeta")
    plan.add_zone(ws, "tarjetas", code="46006", name="Russafa", households=5)
    plan.add_drop(ws, "tarjetas", piece="tarjeta", zone="46006")
    codes.generate_codes(ws, "tarjetas", prefix="TAR")
    designs.set_template(ws, "tarjetas", "tarjeta", None, "business-card-vcard")
    out = tmp_path / "package.zip"
    printing.write_shop_package(ws, "tarjetas", "tarjeta", out)
    with zipfile.ZipFile(out) as archive:
        names = sorted(n for n in archive.namelist() if n.endswith(".pdf"))
        assert names == ["pieces.pdf", "print.pdf", "proof.pdf"]
        for name in names:
            (tmp_path / name).write_bytes(archive.read(name))
            qpdf_check(tmp_path / name)
