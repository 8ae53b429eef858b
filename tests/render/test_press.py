"""Press details on the real PDF: die-cut layer and spot colour, OutputIntent, duplex backs,
bleed growth, spaces in text, self-check page sampling."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp

from omniprint.domain.design import LineElement, load_design
from omniprint.domain.errors import ValidationError
from omniprint.render.pdf import PrintOptions, effective_design, render
from omniprint.render.selfcheck import sample_pages
from support import PACKAGE
from support.render import K100, BusinessRecords, FakeRecords, card_design, card_document

TEMPLATES = PACKAGE / "assets" / "templates"


def _template(name: str):
    return load_design((TEMPLATES / name).read_text(encoding="utf-8"))


def test_door_hanger_die_cut_is_a_spot_colour_layer(tmp_path: Path) -> None:
    path = tmp_path / "hanger.pdf"
    render(_template("door-hanger.json"), BusinessRecords(4), path,
           PrintOptions(mode="press", invariant=True))  # fmt: skip
    reader = pypdf.PdfReader(path)
    layers = reader.trailer["/Root"]["/OCProperties"]
    names = [ocg.get_object()["/Name"] for ocg in layers["/OCGs"]]
    assert names == ["Die cut"]
    resources = reader.pages[0]["/Resources"]
    space = resources["/ColorSpace"]["/CSDieCut"]
    assert space[0] == "/Separation" and space[1] == "/DieCut" and space[2] == "/DeviceCMYK"
    assert list(space[3]["/C1"]) == [0, 1, 0, 0]
    assert bool(resources["/ExtGState"]["/GSop"]["/OP"])
    forms = [x.get_object().get_data() for x in resources["/XObject"].values()]
    cuts = [data for data in forms if b"/OC /OC1 BDC" in data]
    assert len(cuts) == 2  # one static run per side holds the hole and the slit
    for data in cuts:
        inside = data.split(b"BDC", 1)[1].split(b"EMC", 1)[0]
        assert b"/CSDieCut CS 1 SCN" in inside and b"/GSop gs" in inside and b"S Q" in inside
        assert b"0 1 0 0 K" not in data  # no longer drawn as a magenta artwork stroke


def test_lines_may_be_vertical_or_horizontal_but_not_empty() -> None:
    document = card_document()
    line = {"id": "v", "type": "line", "x_mm": 40, "y_mm": 5, "w_mm": 0, "h_mm": 40}
    document["sides"][0]["elements"].append(line)
    assert isinstance(load_design(document).sides[0].elements[-1], LineElement)
    line.update(h_mm=0)
    with pytest.raises(ValidationError, match="needs a length"):
        load_design(document)
    line.update(type="rect", w_mm=0, h_mm=4)
    with pytest.raises(ValidationError, match="greater than 0"):
        load_design(document)
    line.update(type="text", w_mm=4, role="die-cut")
    with pytest.raises(ValidationError, match="role"):
        load_design(document)


def _both_sides_qr(width: float, height: float) -> dict:
    size = 40.0
    qr = {"type": "qr", "x_mm": (width - size) / 2, "y_mm": (height - size) / 2,
          "w_mm": size, "h_mm": size}  # fmt: skip
    return {
        "format": "omniprint.design", "version": 1, "name": "duplex", "kind": "leaflet",
        "trim": {"width_mm": width, "height_mm": height},
        "sides": [
            {"name": "front", "elements": [{**qr, "id": "f", "field": "url"}]},
            {"name": "back", "elements": [{**qr, "id": "b", "field": "code"}]},
        ],
    }  # fmt: skip


def _codes(pdf: pdfium.PdfDocument, page: int) -> dict[str, tuple[float, float, int]]:
    image = pdf[page].render(scale=100 / 72, grayscale=True).to_pil()
    found = {}
    for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = code.position
        cx = (p.top_left.x + p.bottom_right.x) / 2
        cy = (p.top_left.y + p.bottom_right.y) / 2
        found[code.text[-5:]] = (cx / image.width, cy / image.height, code.orientation % 360)
    return found


@pytest.mark.parametrize(("width", "height", "turned"), [(105, 148, True), (85, 55, False)])
def test_backs_sit_behind_their_fronts(tmp_path: Path, width: float, height: float,
                                       turned: bool) -> None:  # fmt: skip
    """Turned over about the long edge, each back lands behind its own front, upright when the
    piece is turned like a page (a landscape sheet turns top over bottom)."""
    path = tmp_path / "duplex.pdf"
    result = render(load_design(_both_sides_qr(width, height)), FakeRecords(4), path,
                    PrintOptions(invariant=True))  # fmt: skip
    assert result.layout is not None
    assert (result.layout.width > result.layout.height) == turned
    pdf = pdfium.PdfDocument(str(path))
    fronts, backs = _codes(pdf, 0), _codes(pdf, 1)
    pdf.close()
    assert sorted(fronts) == sorted(backs) and len(fronts) == 4
    for serial, (x, y, _) in fronts.items():
        bx, by, turn = backs[serial]
        if turned:  # the sheet turns about its horizontal axis: rows swap, pieces turn over
            assert (bx, by) == pytest.approx((x, 1 - y), abs=0.02)
        else:  # about its vertical axis: columns swap, pieces stay upright
            assert (bx, by) == pytest.approx((1 - x, y), abs=0.02)
        expected_turn = 180 if turned else 0
        assert abs((turn - expected_turn + 180) % 360 - 180) <= 3


def test_sample_pages_are_pages_with_codes(tmp_path: Path) -> None:
    document = card_document()
    front, back = document["sides"]
    back["elements"].append(next(el for el in front["elements"] if el["type"] == "qr"))
    front["elements"] = [el for el in front["elements"] if el["type"] != "qr"]
    result = render(load_design(document), FakeRecords(60), tmp_path / "p.pdf",
                    PrintOptions(mode="pieces"))  # fmt: skip
    pages = sample_pages(result)
    assert result.code_sides == (1,)
    assert pages and all(page % 2 == 1 for page in pages)
    assert pages[0] == 1 and pages[-1] == result.pages - 1
    assert sample_pages(10) == [0, 2, 4, 7, 9]


def test_edge_fills_grow_into_the_shop_bleed() -> None:
    design = card_design()  # the band runs from -3 mm; the US shop bleeds 1/8 in
    grown = effective_design(design, PrintOptions(shop="us"))
    band = next(el for el in grown.sides[0].elements if el.id == "band")
    assert band.x_mm == pytest.approx(-3.175) and band.y_mm == pytest.approx(-3.175)
    assert band.x_mm + band.w_mm == pytest.approx(85 + 3.175)
    assert band.y_mm + band.h_mm == pytest.approx(9.0)  # its bottom edge is inside the piece
    title = next(el for el in grown.sides[0].elements if el.id == "title")
    assert title.x_mm == 5  # text never moves


def test_runs_of_spaces_are_kept(tmp_path: Path) -> None:
    document = card_document()
    title = document["sides"][0]["elements"][1]
    title.update(text="10  %  OFF", color=K100)
    path = tmp_path / "spaces.pdf"
    render(load_design(document), FakeRecords(1), path, PrintOptions(mode="pieces"))
    assert "10  %  OFF" in pypdf.PdfReader(path).pages[0].extract_text()


def test_template_renders_in_every_mode(tmp_path: Path) -> None:
    design = _template("business-card-eu.json")
    for mode in ("proof", "pieces", "press"):
        result = render(design, BusinessRecords(5), tmp_path / f"{mode}.pdf",
                        PrintOptions(mode=mode))  # fmt: skip
        assert result.code_sides == (1,)
        text = pypdf.PdfReader(result.path).pages[0].extract_text()
        assert "Lopez Plumbing" in text


def test_json_of_template_is_unchanged_by_round_trip() -> None:
    raw = json.loads((TEMPLATES / "door-hanger.json").read_text(encoding="utf-8"))
    design = load_design(raw)
    assert sum(el.role == "die-cut" for _, el in design.elements()) == 4
