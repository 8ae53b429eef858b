"""The brand's own fonts: checked for their embedding licence, stored in the workspace, embedded
and subset in the PDF (read back with pypdf), and their glyphs drawn (ink on the rendered page)."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest

from omniprint.cli.main import main
from omniprint.domain.design import TextElement
from omniprint.domain.errors import ValidationError
from omniprint.render.pdf import PrintOptions
from omniprint.services import business, codes, designs, fonts, plan, printing
from omniprint.storage.workspace import Workspace
from support.fonts import SOURCE, make_font


def test_a_restricted_licence_is_refused(ws: Workspace):
    with pytest.raises(ValidationError, match="licence forbids embedding"):
        fonts.add_font_data(ws, make_font("Secret Sans", fs_type=0x0002), "secret.ttf")
    with pytest.raises(ValidationError, match="bitmaps only"):
        fonts.add_font_data(ws, make_font("Bits Sans", fs_type=0x0200), "bits.ttf")
    with pytest.raises(ValidationError, match="subsetting"):
        fonts.add_font_data(ws, make_font("Whole Sans", fs_type=0x0100), "whole.ttf")
    assert fonts.list_fonts(ws) == []
    # Preview & print (0x0004) and editable (0x0008) embedding are allowed.
    added = fonts.add_font_data(ws, make_font("Print Sans", fs_type=0x0004), "print.ttf")
    assert added["family"] == "Print Sans"


def test_cff_and_bitmap_only_fonts_are_refused_with_the_reason(ws: Workspace, tmp_path):
    cff = bytearray(make_font("Post Sans", drop=(b"glyf", b"loca")))
    cff[:4] = b"OTTO"
    with pytest.raises(ValidationError, match=r"PostScript \(CFF\).*TrueType"):
        fonts.add_font_data(ws, bytes(cff).replace(b"OS/2", b"CFF ", 1), "post.otf")
    with pytest.raises(ValidationError, match="bitmap-only"):
        fonts.add_font_data(ws, make_font("Dots", drop=(b"glyf", b"loca")), "dots.ttf")
    with pytest.raises(ValidationError, match="WOFF"):
        fonts.add_font_data(ws, b"wOFF" + b"\0" * 40, "web.woff")
    with pytest.raises(ValidationError, match="not a TrueType"):
        fonts.add_font_data(ws, b"%PDF-1.7 not a font", "file.ttf")


def test_font_commands(ws_path: Path, tmp_path: Path, capsys):
    path = tmp_path / "Marca Sans.ttf"
    path.write_bytes(make_font("Marca Sans"))
    bold = tmp_path / "Marca Sans Bold.ttf"
    bold.write_bytes(make_font("Marca Sans", "Bold"))

    def cli(*args: str) -> int:
        return main(["--workspace", str(ws_path), *args])

    assert cli("init") == 0
    assert cli("font", "add", str(path)) == 0
    assert cli("--json", "font", "add", str(bold)) == 0
    capsys.readouterr()
    assert cli("--json", "font", "list") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(f["family"], f["bold"]) for f in listed] == [
        ("Marca Sans", False),
        ("Marca Sans", True),
    ]
    secret = tmp_path / "secret.ttf"
    secret.write_bytes(make_font("Secret", fs_type=2))
    assert cli("font", "add", str(secret)) == 1
    assert "secret.ttf" in capsys.readouterr().err
    assert cli("font", "remove", "marca sans") == 0
    assert capsys.readouterr().out.count("Removed the font") == 2
    assert cli("--json", "font", "list") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli("font", "remove", "Nope") == 1


def test_a_brand_font_is_embedded_subset_and_drawn(ws: Workspace, tmp_path: Path):
    fonts.add_font_data(ws, make_font("Marca Serif"), "MarcaSerif.ttf")
    plan.create_campaign(ws, "Marca", landing_url="https://hornosol.es/")
    business.set_business(ws, name="Horno Sol", phone="963 123 456")
    plan.add_piece(ws, "marca", kind="business-card", name="Tarjeta")
    plan.add_zone(ws, "marca", code="46001", name="Centro", households=2)
    plan.add_drop(ws, "marca", piece="tarjeta", zone="46001")
    codes.generate_codes(ws, "marca")
    designs.set_template(ws, "marca", "tarjeta", None, "business-card-vcard")
    design = designs.get_design(ws, "marca", "tarjeta")
    name_el = next(el for _, el in design.elements() if el.id == "business-name")
    assert isinstance(name_el, TextElement)
    name_el.font, name_el.bold, name_el.size_pt = "Marca Serif", False, 14
    designs.save_design(ws, "marca", "tarjeta", None, design)
    issues = printing.check_job(ws, "marca", "tarjeta", None, PrintOptions())
    assert not [i for i in issues if i.element.startswith("business name")]  # bundled-or-brand

    out = tmp_path / "marca.pdf"
    printing.export_pdf(ws, "marca", "tarjeta", out, options=PrintOptions(mode="pieces"))
    reader = pypdf.PdfReader(out)
    found = {}
    for page in reader.pages[:1]:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            for font in (xobject.get_object()["/Resources"].get("/Font") or {}).values():
                font = font.get_object()
                found[str(font["/BaseFont"])] = font
    brand = [name for name in found if name.endswith("+MarcaSerif-Regular")]
    assert brand, sorted(found)
    descriptor = found[brand[0]]["/FontDescriptor"]
    program = descriptor["/FontFile2"].get_data()
    assert 0 < len(program) < SOURCE.stat().st_size  # embedded, and only a subset of it
    # Its glyphs are drawn: ink where the business name is (top left of the front).
    pdf = pdfium.PdfDocument(str(out))
    try:
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        image = page.render(scale=150 / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    assert "Horno Sol" in text
    px_per_mm = 150 / 25.4
    bleed = 3
    box = (
        int((name_el.x_mm + bleed) * px_per_mm),
        int((name_el.y_mm + bleed) * px_per_mm),
        int((name_el.x_mm + bleed + 40) * px_per_mm),
        int((name_el.y_mm + bleed + name_el.h_mm) * px_per_mm),
    )
    crop = image.crop(box)
    dark = sum(crop.histogram()[:160])
    assert dark > 200, dark  # the letters of "Horno Sol" in the teal brand colour


def test_an_unknown_family_still_falls_back(ws: Workspace):
    book = fonts.font_book(ws)
    assert book.resolve("Nobody Sans") == book.resolve("Lato")
