"""Printing from a planned campaign: every template in every mode, checked on the real PDF against
the database (QR codes decoded back, boxes, fonts, colour, cut-and-stack order, fields filled)."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from omniprint.cli.main import main
from omniprint.domain.errors import ValidationError
from omniprint.render.pdf import PrintOptions
from omniprint.services import codes, designs, plan, printing
from omniprint.storage.workspace import Workspace
from support.printing import plan_print_run

TEMPLATES = [t.name for t in designs.list_templates()]


def _db_urls(ws: Workspace) -> dict[str, int]:
    """Each QR payload the database says was issued, with its serial."""
    job = printing.prepare_job(ws, "otono-2026", "pieza")
    return {job.records[i]["url"]: int(job.records[i]["serial"]) for i in range(len(job.records))}


def _decode(path: Path, page: int) -> list[tuple[str, float, float]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[page].render(scale=200 / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    out = []
    for hit in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = hit.position
        out.append(
            (hit.text, (p.top_left.x + p.bottom_right.x) / 2, (p.top_left.y + p.bottom_right.y) / 2)
        )
    return out


def _streams(reader: pypdf.PdfReader) -> bytes:
    data = b""
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            data += contents.get_data()
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            data += xobject.get_object().get_data()
    return data


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("mode", ["proof", "pieces", "press"])
def test_every_template_in_every_mode(ws: Workspace, tmp_path: Path, template: str, mode: str):
    info = next(t for t in designs.list_templates() if t.name == template)
    plan_print_run(ws, info.kind, f"{info.width_mm}x{info.height_mm}mm")
    designs.set_template(ws, "otono-2026", "pieza", None, template)
    out = tmp_path / f"{template}-{mode}.pdf"
    result = printing.export_pdf(
        ws, "otono-2026", "pieza", out, options=PrintOptions(mode=mode, sheet="SRA3", marks=True)
    )
    r = result.render
    reader = pypdf.PdfReader(out)
    sides = len(designs.load_template(template).sides)
    expected_pages = {"proof": 3 * sides, "pieces": 18 * sides, "press": r.sheets * sides}[mode]
    assert len(reader.pages) == r.pages == expected_pages
    # Boxes: MediaBox ⊇ BleedBox ⊇ TrimBox, trim the piece's size, bleed 3 mm.
    for page in reader.pages:
        media, bleed, trim = (page.mediabox, page.bleedbox, page.trimbox)
        assert media.left <= bleed.left <= trim.left and trim.right <= bleed.right <= media.right
        assert media.bottom <= bleed.bottom <= trim.bottom and trim.top <= bleed.top <= media.top
        if mode != "press":
            assert float(trim.width) == pytest.approx(info.width_mm / 25.4 * 72, abs=0.05)
            assert float(trim.left - bleed.left) == pytest.approx(3 / 25.4 * 72, abs=0.05)
    # Fonts: every font embedded as TrueType.
    fonts = {}
    for page in reader.pages[:2]:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts[font["/BaseFont"]] = font.get_object()
    assert fonts
    for name, font in fonts.items():
        descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0]["/FontDescriptor"]
        assert "/FontFile2" in descriptor, name
    # Colour: press and pieces are CMYK only.
    if mode != "proof":
        assert not re.search(rb"[\d.]+ [\d.]+ [\d.]+ (rg|RG)\b", _streams(reader))
        assert b"/DeviceRGB" not in out.read_bytes()
    # Every QR on the first and last page decodes to a link the database issued; in press mode
    # the serials read back follow cut-and-stack order (position p on sheet s holds p*S + s).
    issued = _db_urls(ws)
    qr_pages = [i for i in range(len(reader.pages)) if i % sides == _qr_side(template)]
    for page in (qr_pages[0], qr_pages[-1]):
        # A save-the-contact QR carries a contact card, not a link (services/test_cards reads it).
        found = [f for f in _decode(out, page) if not f[0].startswith(("BEGIN:VCARD", "MECARD:"))]
        assert found and all(text in issued for text, _, _ in found)
        if mode == "press":
            sheet = page // sides
            serials = [
                issued[t] for t, _, _ in sorted(found, key=lambda f: (round(f[2] / 40), f[1]))
            ]
            s = r.sheets
            expected = [p * s + sheet + 1 for p in range(r.per_sheet) if p * s + sheet < 18]
            if sides == 2 and _qr_side(template) == 1:
                assert sorted(serials) == sorted(expected)  # backs are mirrored
            else:
                assert serials == expected
    # Text fields filled: the zone and the coupon code are in the text of the first piece.
    text = reader.pages[_qr_side(template)].extract_text() + reader.pages[0].extract_text()
    first_code = printing.prepare_job(ws, "otono-2026", "pieza").records[0]["code"]
    assert first_code in text.replace("\n", " ")
    assert "{{" not in text


def _qr_side(template: str) -> int:
    design = designs.load_template(template)
    return next(i for i, s in enumerate(design.sides) if any(e.TYPE == "qr" for e in s.elements))


def test_a_piece_without_design_exports_with_its_kind_default(ws: Workspace, tmp_path: Path):
    plan_print_run(ws, "leaflet", None)
    out = tmp_path / "leaflet.pdf"
    result = printing.export_pdf(
        ws, "otono-2026", "pieza", out, options=PrintOptions(mode="pieces")
    )
    assert result.check and result.check.codes_checked >= 2
    assert pypdf.PdfReader(out).pages[0].trimbox.width == pytest.approx(99 / 25.4 * 72, abs=0.05)


def test_zone_filter_and_serials(ws: Workspace, tmp_path: Path):
    plan_print_run(ws, "business-card", None)
    out = tmp_path / "zone.pdf"
    result = printing.export_pdf(
        ws, "otono-2026", "pieza", out, zone="46002", options=PrintOptions(mode="pieces")
    )
    assert result.render.records == 5
    job = printing.prepare_job(ws, "otono-2026", "pieza", zone="46002")
    assert [job.records[i]["serial"] for i in range(5)] == ["14", "15", "16", "17", "18"]
    assert {job.records[i]["zone"] for i in range(5)} == {"46002"}


def test_codes_per_drop_print_one_code_on_many_pieces(ws: Workspace, tmp_path: Path):
    plan.create_campaign(ws, "Drop", landing_url="https://x.es/")
    plan.add_piece(ws, "drop", kind="flyer", name="Pieza")
    plan.add_zone(ws, "drop", code="1", name="One", households=4)
    plan.add_zone(ws, "drop", code="2", name="Two", households=3)
    plan.add_drop(ws, "drop", piece="pieza", zone="1")
    plan.add_drop(ws, "drop", piece="pieza", zone="2")
    codes.generate_codes(ws, "drop", per="drop")
    job = printing.prepare_job(ws, "drop", "pieza")
    records = [job.records[i] for i in range(len(job.records))]
    assert [r["serial"] for r in records] == ["1", "2", "3", "4", "5", "6", "7"]
    assert len({r["code"] for r in records[:4]}) == 1 and records[4]["code"] != records[0]["code"]
    assert "code=" not in records[0]["url"]


def test_proof_before_codes_uses_a_sample(ws: Workspace, tmp_path: Path):
    plan.create_campaign(ws, "Early", landing_url="https://x.es/")
    plan.add_piece(ws, "early", kind="postcard")
    out = tmp_path / "proof.pdf"
    result = printing.export_pdf(ws, "early", "postcard", out, options=PrintOptions(mode="proof"))
    assert result.sample and out.exists()
    with pytest.raises(ValidationError, match="has no codes yet: run 'omniprint codes generate"):
        printing.export_pdf(ws, "early", "postcard", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_package_and_design_round_trip(ws_path: Path, tmp_path: Path, capsys):
    def cli(*args: str) -> dict:
        assert main(["--workspace", str(ws_path), "--json", *args]) == 0
        return json.loads(capsys.readouterr().out)

    with Workspace.open(ws_path) as ws:
        plan_print_run(ws, "business-card", None, quantity=25)
    templates = cli("template", "list", "--kind", "business-card")
    assert {t["name"] for t in templates} == {
        "business-card-eu",
        "business-card-us",
        "business-card-vcard",
        "business-card-vcard-us",
    }
    cli("design", "set", "otono-2026", "--piece", "pieza", "--template", "business-card-eu")
    issues = cli("preflight", "otono-2026", "--piece", "pieza")
    assert issues["errors"] == 0
    pdf = tmp_path / "cards.pdf"
    done = cli(
        "export", "otono-2026", "--piece", "pieza", "--out", str(pdf), "--sheet", "A4", "--marks"
    )
    assert done["pieces"] == 30 and done["self_check"]["codes"] > 0 and pdf.exists()
    # A design file round trip, with an image embedded by content hash.
    image = tmp_path / "logo.png"
    Image.new("RGB", (300, 300), (200, 30, 30)).save(image)
    with Workspace.open(ws_path) as ws:
        asset = designs.add_image(ws, image)
        design = designs.get_design(ws, "otono-2026", "pieza")
    exported = tmp_path / "design.json"
    cli("design", "export", "otono-2026", "--piece", "pieza", "--out", str(exported))
    data = json.loads(exported.read_text())
    data["sides"][0]["elements"].append(
        {
            "id": "logo",
            "type": "image",
            "x_mm": 60,
            "y_mm": 5,
            "w_mm": 15,
            "h_mm": 15,
            "asset": asset,
        }
    )
    data["assets"] = {
        asset: {
            "mime": "image/png",
            "data": base64.b64encode(image.read_bytes()).decode(),
        }
    }
    exported.write_text(json.dumps(data))
    other = tmp_path / "other.omniprint"
    with Workspace.open(other) as ws:
        plan_print_run(ws, "business-card", None)
    assert (
        main(
            [
                "--workspace",
                str(other),
                "design",
                "import",
                "otono-2026",
                "--piece",
                "pieza",
                str(exported),
            ]
        )
        == 0
    )
    capsys.readouterr()
    with Workspace.open(other) as ws:
        again = designs.get_design(ws, "otono-2026", "pieza")
        assert len(again.sides[0].elements) == len(design.sides[0].elements) + 1
    # The print-shop package: press sheets with crop marks, single pieces, proof, ticket, codes.
    package = tmp_path / "shop.zip"
    out = cli("package", "otono-2026", "--piece", "pieza", "--out", str(package))
    ticket = out["ticket"]
    assert ticket["quantity"] == 30 and ticket["quantities_per_variant"] == {"A": 30}
    assert ticket["stock"] == "350 gsm silk"  # chosen by piece kind: a business card
    assert ticket["colours"] == "4/4 CMYK" and ticket["duplex"] == "turn on the long edge"
    assert ticket["output_condition"].startswith("FOGRA39: ISO Coated v2 300%")
    assert ticket["output_condition"].endswith("(PDF/X-4)")
    assert ticket["customer"] == {"name": "Tostadores Ruzafa", "phone": "963 000 111",
                                  "web": "tostadores.es"}  # fmt: skip
    assert ticket["sheets"].startswith("2 x SRA3 (320 x 450 mm, portrait), 21-up (3 x 7)")
    assert ticket["piles"][0] == {"pile": 1, "position": "row 1, column 1", "serials": "1-2",
                                  "pieces": 2}  # fmt: skip
    assert ticket["piles"][-1]["serials"] == "29-30" and len(ticket["piles"]) == 15
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == [
            "codes.csv",
            "pieces.pdf",
            "print.pdf",
            "proof.pdf",
            "ticket.json",
            "ticket.txt",
        ]
        rows = list(csv.DictReader(io.StringIO(archive.read("codes.csv").decode())))
        assert len(rows) == 30 and rows[0]["serial"] == "1"
        assert json.loads(archive.read("ticket.json"))["size"] == "85 x 55 mm"
        text = archive.read("ticket.txt").decode()
        assert "Trim size:" in text and "Piles:" in text and "pile 15 (" in text
        assert "variable_data" not in text and "_" not in text.split("Files:")[0]
        press = pypdf.PdfReader(io.BytesIO(archive.read("print.pdf")))
        content = press.pages[0].get_contents().get_data()
        assert b"/CSAll CS 1 SCN" in content  # crop marks, in the registration colour
        pieces = pypdf.PdfReader(io.BytesIO(archive.read("pieces.pdf")))
        assert len(pieces.pages) == 60
        assert pieces.trailer["/Info"]["/GTS_PDFXVersion"] == "PDF/X-4"
    # --no-marks and --pdfx 1a apply to the package too; the stock may be set.
    out = cli("package", "otono-2026", "--piece", "pieza", "--out", str(package), "--no-marks",
              "--pdfx", "1a", "--stock", "400 gsm uncoated")  # fmt: skip
    assert out["ticket"]["stock"] == "400 gsm uncoated"
    with zipfile.ZipFile(package) as archive:
        press = pypdf.PdfReader(io.BytesIO(archive.read("print.pdf")))
        assert press.pdf_header == "%PDF-1.3"
        assert b"/CSAll CS 1 SCN" not in press.pages[0].get_contents().get_data()


def test_bad_design_file_is_refused(ws: Workspace, tmp_path: Path):
    plan_print_run(ws, "flyer", None)
    bad = tmp_path / "bad.json"
    document = {"format": "omniprint.design", "version": 1, "sides": []}
    document["trim"] = {"width_mm": 99, "height_mm": 210}
    bad.write_text(json.dumps(document))
    with pytest.raises(Exception, match=r"bad\.json: design: sides must list one"):
        designs.import_design(ws, "otono-2026", "pieza", None, bad)
    bad.write_text("{not json")
    with pytest.raises(Exception, match=r"bad\.json, line 1: is not a design file"):
        designs.import_design(ws, "otono-2026", "pieza", None, bad)


def test_a_long_code_is_set_smaller_to_fit_its_box(ws: Workspace, tmp_path: Path):
    """The longest codes (6-letter prefix, 12 random characters) still print on one line."""
    plan.create_campaign(ws, "Largo", landing_url="https://x.es/")
    plan.add_piece(ws, "largo", kind="leaflet")
    plan.add_zone(ws, "largo", code="1", name="One", households=2)
    plan.add_drop(ws, "largo", piece="leaflet", zone="1")
    codes.generate_codes(ws, "largo", prefix="PRIMAV", length=12)
    issues = printing.check_job(ws, "largo", "leaflet", None, PrintOptions())
    assert not [i for i in issues if "overflows" in i.message]
    out = tmp_path / "long.pdf"
    printing.export_pdf(ws, "largo", "leaflet", out, options=PrintOptions(mode="pieces"))
    code = printing.prepare_job(ws, "largo", "leaflet").records[0]["code"]
    assert len(code) == len("PRIMAV-XXXX-XXXX-XXXX-X")
    assert code in pypdf.PdfReader(out).pages[0].extract_text()
