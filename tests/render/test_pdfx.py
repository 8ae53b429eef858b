"""PDF/X-4 and X-1a, read back from the file: XMP, Info, the OutputIntent and its embedded profile,
versions, the registration colour, no transparency or layers in X-1a; Ghostscript when present."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdf
import pytest

from omniprint.domain.design import load_design
from omniprint.domain.errors import ValidationError
from omniprint.render.pdf import PrintOptions, render
from omniprint.render.profiles import PRESETS, PROFILES_DIR
from support import PACKAGE
from support.render import BusinessRecords, FakeRecords, card_design

TEMPLATES = PACKAGE / "assets" / "templates"
NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "pdfxid": "http://www.npes.org/pdfx/ns/id/",
}


def _hanger(path: Path, **options) -> pypdf.PdfReader:
    design = load_design((TEMPLATES / "door-hanger.json").read_text(encoding="utf-8"))
    render(design, BusinessRecords(5), path, PrintOptions(mode="press", force=True, **options))
    return pypdf.PdfReader(path)


def _xmp(reader: pypdf.PdfReader) -> ET.Element:
    stream = reader.trailer["/Root"]["/Metadata"].get_object()
    assert stream["/Type"] == "/Metadata" and stream["/Subtype"] == "/XML"
    root = ET.fromstring(stream.get_data())  # well-formed XML or this raises
    return root.find(".//rdf:Description", NS)


def _intent(reader: pypdf.PdfReader) -> pypdf.generic.DictionaryObject:
    intents = reader.trailer["/Root"]["/OutputIntents"]
    assert len(intents) == 1
    return intents[0].get_object()


def _pdf_date_as_xmp(value: str) -> str:
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\+00'00'", value)
    assert m, value
    y, mo, d, h, mi, s = m.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}+00:00"


def test_press_file_is_pdfx4_with_xmp_matching_info(tmp_path: Path) -> None:
    reader = _hanger(tmp_path / "x4.pdf", job_name="Spring & summer <drop>")
    assert reader.pdf_header == "%PDF-1.6"
    desc = _xmp(reader)
    assert desc.findtext("pdfxid:GTS_PDFXVersion", namespaces=NS) == "PDF/X-4"
    title = desc.find("dc:title/rdf:Alt/rdf:li", NS).text
    info = reader.trailer["/Info"]
    assert title == info["/Title"] == "Spring & summer <drop>"
    created = desc.findtext("xmp:CreateDate", namespaces=NS)
    assert created == _pdf_date_as_xmp(info["/CreationDate"])
    assert desc.findtext("xmp:ModifyDate", namespaces=NS) == _pdf_date_as_xmp(info["/ModDate"])
    assert desc.findtext("xmp:MetadataDate", namespaces=NS) == created
    assert desc.findtext("pdf:Trapped", namespaces=NS) == "False" and info["/Trapped"] == "/False"
    assert desc.findtext("pdf:Producer", namespaces=NS) == info["/Producer"]
    assert desc.findtext("xmp:CreatorTool", namespaces=NS) == info["/Creator"]
    assert desc.findtext("xmpMM:DocumentID", namespaces=NS).startswith("uuid:")
    assert desc.findtext("xmpMM:VersionID", namespaces=NS) == "1"
    assert desc.findtext("xmpMM:RenditionClass", namespaces=NS) == "default"
    assert info["/GTS_PDFXVersion"] == "PDF/X-4"
    # Layers with a named default configuration, and no /AS.
    oc = reader.trailer["/Root"]["/OCProperties"]
    assert oc["/D"]["/Name"] and "/AS" not in oc["/D"]


def test_intent_embeds_the_presets_cmyk_output_profile(tmp_path: Path) -> None:
    for shop in ("eu", "us"):
        intent = _intent(_hanger(tmp_path / f"{shop}.pdf", shop=shop))
        assert intent["/S"] == "/GTS_PDFX"
        assert intent["/RegistryName"] == "http://www.color.org"
        assert intent["/Info"] and intent["/OutputCondition"]
        profile = intent["/DestOutputProfile"].get_object()
        assert profile["/N"] == 4
        data = profile.get_data()
        assert data[36:40] == b"acsp" and data[12:16] == b"prtr" and data[16:20] == b"CMYK"
        assert data == (PROFILES_DIR / PRESETS[shop][0]).read_bytes()
        if shop == "eu":
            assert intent["/OutputConditionIdentifier"] == "FOGRA39"
        else:  # GRACoL, never FOGRA39
            assert intent["/OutputConditionIdentifier"] == "CGATS TR 006"
            assert "FOGRA" not in str(intent["/OutputCondition"]) + str(intent["/Info"])


def test_bundled_profiles_are_small_licensed_cmyk_output_profiles() -> None:
    for file, _, _ in PRESETS.values():
        path = PROFILES_DIR / file
        data = path.read_bytes()
        assert data[12:16] == b"prtr" and data[16:20] == b"CMYK"
        assert len(data) < 2_000_000
        licence = (PROFILES_DIR / f"{path.stem}-LICENSE.txt").read_text(encoding="utf-8")
        assert "zlib" in licence.lower()


def test_pdfx1a_is_pdf13_with_info_keys_and_no_layers_or_transparency(tmp_path: Path) -> None:
    path = tmp_path / "x1a.pdf"
    reader = _hanger(path, pdfx="1a")
    assert reader.pdf_header == "%PDF-1.3"
    info = reader.trailer["/Info"]
    assert info["/GTS_PDFXVersion"] == "PDF/X-1:2001"
    assert info["/GTS_PDFXConformance"] == "PDF/X-1a:2001"
    root = reader.trailer["/Root"]
    assert "/OCProperties" not in root
    profile = _intent(reader)["/DestOutputProfile"].get_object().get_data()
    assert profile[12:16] == b"prtr"
    raw = path.read_bytes()
    assert b"/OCG" not in raw and b"BDC" not in raw and b"/SMask" not in raw
    assert not re.search(rb"/(CA|ca) 0", raw) and b"/BM " not in raw
    # The die cut is still its own spot colour plate, outside any layer.
    resources = reader.pages[0]["/Resources"]
    assert resources["/ColorSpace"]["/CSDieCut"][1] == "/DieCut"
    forms = [x.get_object().get_data() for x in resources["/XObject"].values()]
    assert any(b"/CSDieCut CS 1 SCN" in data for data in forms)


def test_marks_and_slug_are_in_the_registration_colour(tmp_path: Path) -> None:
    path = tmp_path / "marks.pdf"
    render(card_design(), FakeRecords(30), path, PrintOptions(invariant=True))
    reader = pypdf.PdfReader(path)
    space = reader.pages[0]["/Resources"]["/ColorSpace"]["/CSAll"]
    assert space[0] == "/Separation" and space[1] == "/All" and space[2] == "/DeviceCMYK"
    content = reader.pages[0].get_contents().get_data()
    assert b"/CSAll CS 1 SCN" in content  # crop marks
    assert b"/CSAll cs 1 scn" in content  # slug text
    assert b"1 1 1 1 K" not in content and b"1 1 1 1 k" not in content  # never 4 x 100 %


def test_no_marks_when_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    render(card_design(), FakeRecords(3), path, PrintOptions(marks=False, invariant=True))
    content = pypdf.PdfReader(path).pages[0].get_contents().get_data()
    assert b"/CSAll CS 1 SCN" not in content and b"/CSAll cs 1 scn" in content  # slug only


def test_proof_and_office_files_are_not_pdfx(tmp_path: Path) -> None:
    for options in (PrintOptions(mode="proof"), PrintOptions(mode="pieces", color="rgb")):
        path = tmp_path / f"{options.mode}.pdf"
        render(card_design(), FakeRecords(1), path, options)
        reader = pypdf.PdfReader(path)
        assert "/OutputIntents" not in reader.trailer["/Root"]
        assert "/GTS_PDFXVersion" not in reader.trailer["/Info"]


def test_pieces_file_is_pdfx_too(tmp_path: Path) -> None:
    path = tmp_path / "pieces.pdf"
    render(card_design(), FakeRecords(2), path, PrintOptions(mode="pieces", invariant=True))
    reader = pypdf.PdfReader(path)
    assert _xmp(reader).findtext("pdfxid:GTS_PDFXVersion", namespaces=NS) == "PDF/X-4"
    assert _intent(reader)["/OutputConditionIdentifier"] == "FOGRA39"


def test_a_shops_own_profile_is_embedded_and_a_wrong_one_refused(tmp_path: Path) -> None:
    own = tmp_path / "shop.icc"
    own.write_bytes((PROFILES_DIR / "GRACoL2006_TR006_omniprint.icc").read_bytes())
    intent = _intent(_hanger(tmp_path / "own.pdf", output_profile=str(own)))
    assert intent["/OutputConditionIdentifier"] == "Custom"
    assert intent["/Info"].startswith("GRACoL 2006")
    assert intent["/DestOutputProfile"].get_object().get_data() == own.read_bytes()
    rgb = bytearray(own.read_bytes())
    rgb[12:20] = b"mntrRGB "
    own.write_bytes(bytes(rgb))
    with pytest.raises(ValidationError, match="not a CMYK output profile"):
        render(card_design(), FakeRecords(1), tmp_path / "x.pdf",
               PrintOptions(output_profile=str(own)))  # fmt: skip
    own.write_bytes(b"not a profile at all")
    with pytest.raises(ValidationError, match="not an ICC colour profile"):
        render(card_design(), FakeRecords(1), tmp_path / "x.pdf",
               PrintOptions(output_profile=str(own)))  # fmt: skip
    with pytest.raises(ValidationError, match="pdfx"):
        PrintOptions(pdfx="3").validate()
    v4 = bytearray((PROFILES_DIR / "GRACoL2006_TR006_omniprint.icc").read_bytes())
    v4[8] = 4
    own.write_bytes(bytes(v4))
    PrintOptions(output_profile=str(own)).validate()  # X-4 takes a version 4 profile
    with pytest.raises(ValidationError, match="PDF/X-1a needs version 2"):
        PrintOptions(output_profile=str(own), pdfx="1a").validate()


@pytest.mark.skipif(shutil.which("gs") is None, reason="Ghostscript is not installed")
@pytest.mark.parametrize(("mode", "pdfx"), [("press", "4"), ("press", "1a"), ("pieces", "4"),
                                            ("pieces", "1a"), ("proof", "4")])  # fmt: skip
def test_ghostscript_renders_each_mode_without_warnings(tmp_path: Path, mode: str,
                                                        pdfx: str) -> None:  # fmt: skip
    path = tmp_path / f"{mode}-{pdfx}.pdf"
    design = load_design((TEMPLATES / "door-hanger.json").read_text(encoding="utf-8"))
    render(design, BusinessRecords(3), path, PrintOptions(mode=mode, pdfx=pdfx, force=True))
    png = tmp_path / "page-%d.png"
    done = subprocess.run(
        ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", "-r30",
         f"-sOutputFile={png}", str(path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stdout.strip() == "" and done.stderr.strip() == ""
    assert (tmp_path / "page-1.png").stat().st_size > 1000  # it drew something


@pytest.mark.parametrize("template", ["flyer-a5.json", "business-card-eu.json", "flyer-a6.json"])
def test_slug_is_small_and_outside_the_bleed(tmp_path: Path, template: str) -> None:
    path = tmp_path / "slug.pdf"
    design = load_design((TEMPLATES / template).read_text(encoding="utf-8"))
    render(design, BusinessRecords(30), path, PrintOptions(force=True, job_name="SLUGJOB"))
    page = pypdf.PdfReader(path).pages[0]
    found = []

    def visit(text, cm, tm, font, size) -> None:
        if "SLUGJOB" in text:
            a, b, c, d, e, f = cm
            x, y = tm[4], tm[5]
            found.append((a * x + c * y + e, b * x + d * y + f, size * max(abs(a), abs(b))))

    page.extract_text(visitor_text=visit)
    assert found
    x, y, size = found[0]
    bleed = [float(v) for v in page.bleedbox]
    media = [float(v) for v in page.mediabox]
    outside = x < bleed[0] or y < bleed[1] or x > bleed[2] or y > bleed[3]
    assert outside and media[0] < x < media[2] and media[1] < y < media[3]
    assert size <= 5


def test_registration_targets_only_where_the_margin_has_room(tmp_path: Path) -> None:
    cards = tmp_path / "cards.pdf"  # 3 x 7 cards leave 26 mm left and right, 14 mm top and bottom
    render(card_design(), FakeRecords(21), cards, PrintOptions(invariant=True))
    content = pypdf.PdfReader(cards).pages[0].get_contents().get_data()
    targets = re.findall(rb"\d c h", content)
    assert len(targets) == 4  # one circle per corner, in the registration colour
    plain = tmp_path / "plain.pdf"
    render(card_design(), FakeRecords(21), plain, PrintOptions(invariant=True, marks=False))
    assert not re.findall(rb"\d c h", pypdf.PdfReader(plain).pages[0].get_contents().get_data())
    a5 = load_design((TEMPLATES / "flyer-a5.json").read_text(encoding="utf-8"))
    tight = tmp_path / "a5.pdf"  # 2 x 2 A5 leave 6 mm at the sides: no room for targets
    render(a5, BusinessRecords(4), tight, PrintOptions(invariant=True, force=True))
    assert not re.findall(rb"\d c h", pypdf.PdfReader(tight).pages[0].get_contents().get_data())
