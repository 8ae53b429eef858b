"""Checks on the bundled starter templates and fonts that need no renderer.

Each template in ``src/omniprint/assets/templates`` must follow docs/design-format.md and the print
rules in PRINT.md: standard trim size for its kind, boxes inside trim + bleed, text and codes inside
the safe area, backgrounds that reach the edge running into the bleed, QR codes big enough to scan,
bundled fonts only, legible text sizes, CMYK colours within the ink limit and black text in 100 K.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from support import PACKAGE

ASSETS = PACKAGE / "assets"
TEMPLATES_DIR = ASSETS / "templates"
FONTS_DIR = ASSETS / "fonts"
TEMPLATE_FILES = sorted(TEMPLATES_DIR.glob("*.json"))

INCH = 25.4
EPS = 0.01  # mm
PT = 25.4 / 72  # mm per point

# Trim sizes (mm) a template of each kind may use, in either orientation (PRINT.md).
KIND_SIZES = {
    "business-card": [(85, 55), (3.5 * INCH, 2 * INCH), (91, 55), (90, 50)],
    "flyer": [(105, 148), (148, 210), (210, 297), (5.5 * INCH, 8.5 * INCH)],
    "leaflet": [(99, 210), (148, 210), (105, 148)],
    "door-hanger": [(100, 250), (3.5 * INCH, 8.5 * INCH)],
    "postcard": [(105, 148)],
}
REQUIRED_FILES = {
    "business-card-eu.json": "business-card",
    "business-card-us.json": "business-card",
    "flyer-a5.json": "flyer",
    "flyer-a6.json": "flyer",
    "leaflet-dl.json": "leaflet",
    "door-hanger.json": "door-hanger",
    "postcard-a6.json": "postcard",
}
FIELDS = {
    "code", "url", "serial", "zone", "zone_name", "campaign", "piece", "variant", "expires",
    "business.name", "business.phone", "business.email", "business.web", "business.address",
    "business.instagram", "business.facebook", "business.tiktok", "business.linkedin",
    "business.whatsapp", "person.name", "person.title", "person.mobile", "person.email",
}  # fmt: skip
# A long-ish record, so that text which fits here fits most real businesses.
SAMPLE = {
    "code": "K7MQX4PZ",
    "url": "https://lopezplumbing.es/r/K7MQX4PZ?utm_source=leaflet&utm_campaign=spring",
    "serial": "000123",
    "zone": "Z07 Centro",
    "zone_name": "Centro",
    "campaign": "Spring 2025",
    "piece": "leaflet",
    "variant": "A",
    "expires": "31/12/2025",
    "business.name": "Lopez Plumbing & Heating",
    "business.phone": "+34 912 345 678",
    "business.email": "info@lopezplumbing.es",
    "business.web": "www.lopezplumbing.es",
    "business.address": "Calle Mayor 12, 28013 Madrid",
    "business.instagram": "@lopezplumbing",
    "business.facebook": "facebook.com/lopezplumbing",
    "business.tiktok": "@lopezplumbing",
    "business.linkedin": "linkedin.com/in/maria-lopez",
    "business.whatsapp": "+34612345678",
    "person.name": "María López Fernández",
    "person.title": "Owner & Master Plumber",
    "person.mobile": "+34 612 345 678",
    "person.email": "maria@lopezplumbing.es",
}
TEXT_TYPES = {"text", "coupon"}
CODE_TYPES = {"text", "coupon", "qr", "barcode"}
BLACK = [0, 0, 0, 100]
WHITE_RGB = (1.0, 1.0, 1.0)
FIELD_RE = re.compile(r"\{\{\s*([a-z_.]+)\s*\}\}")

# QR symbol for a ~60-character URL at error correction M: version 4 (33 modules) + 4-module
# quiet zone on each side = 41 modules at >= 0.4 mm. Business cards: >= 20 mm (PRINT.md).
QR_MIN_MM = 41 * 0.4
QR_MIN_CARD_MM = 20.0


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def fonts_catalogue() -> dict:
    return load(FONTS_DIR / "fonts.json")


def elements(doc: dict):
    for side in doc["sides"]:
        for el in side.get("elements") or []:
            yield side, el


def box(el: dict) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm; lines may run in any direction."""
    x1, y1 = el["x_mm"], el["y_mm"]
    x2, y2 = x1 + el["w_mm"], y1 + el["h_mm"]
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def colours(value, where=""):
    """Every colour object (a dict with "cmyk" or "rgb") in a document, with where it is."""
    if isinstance(value, dict):
        if "cmyk" in value or "rgb" in value:
            yield where, value
            return
        for key, item in value.items():
            yield from colours(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from colours(item, f"{where}[{index}]")


def rgb(colour: dict | None) -> tuple[float, float, float]:
    if colour is None:
        return WHITE_RGB
    text = colour["rgb"].lstrip("#")
    return tuple(int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(colour: dict | None) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: dict | None, b: dict | None) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colour_behind(side: dict, el: dict) -> dict | None:
    """The fill under the centre of ``el``: the topmost filled rect or ellipse drawn before it,
    else the side's background (None: paper white)."""
    left, top, right, bottom = box(el)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    found = side.get("background")
    for other in side["elements"]:
        if other is el:
            break
        if other.get("hidden") or other["type"] not in {"rect", "ellipse"}:
            continue
        if other.get("fill") is None:
            continue
        ol, ot, orr, ob = box(other)
        if ol <= cx <= orr and ot <= cy <= ob:
            found = other["fill"]
    return found


@pytest.fixture(scope="module")
def font_names() -> dict[tuple[str, bool, bool], str]:
    """(family, bold, italic) -> a reportlab font registered for measuring text."""
    names = {}
    slots = {
        "regular": (False, False),
        "bold": (True, False),
        "italic": (False, True),
        "bold_italic": (True, True),
    }
    for family, styles in fonts_catalogue()["families"].items():
        for slot, file_name in styles.items():
            name = f"tpltest-{Path(file_name).stem}"
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file_name)))
            names[(family, *slots[slot])] = name
    return names


def face(names: dict, family: str, bold: bool, italic: bool) -> str:
    for want in ((bold, italic), (bold, False), (False, italic), (False, False)):
        if (family, *want) in names:
            return names[(family, *want)]
    raise AssertionError(f"no face for {family}")


def fill(text: str) -> str:
    return FIELD_RE.sub(lambda m: SAMPLE[m.group(1)], text)


def wrap(text: str, font: str, size: float, width_pt: float) -> list[str]:
    """Greedy word wrap, as reportlab's simpleSplit does; explicit newlines are kept."""
    lines = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and pdfmetrics.stringWidth(candidate, font, size) > width_pt:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


# -- fonts ---------------------------------------------------------------------------------------


def test_fonts_catalogue_files_exist_and_are_truetype():
    catalogue = fonts_catalogue()
    assert catalogue["default"] in catalogue["families"]
    assert 3 <= len(catalogue["families"]) <= 5
    total = 0
    for family, styles in catalogue["families"].items():
        assert {"regular", "bold"} <= set(styles), family
        assert set(styles) <= {"regular", "bold", "italic", "bold_italic"}, family
        for file_name in styles.values():
            path = FONTS_DIR / file_name
            assert path.is_file(), file_name
            total += path.stat().st_size
            data = path.read_bytes()
            # TrueType outlines (sfnt version 0x00010000 with a glyf table), not CFF.
            assert data[:4] == b"\x00\x01\x00\x00", f"{file_name} is not TrueType"
            assert b"glyf" in data[12 : 12 + 16 * 40], f"{file_name} has no glyf table"
    assert total < 5 * 1024 * 1024


def test_fonts_have_licences_and_readme():
    readme = (FONTS_DIR / "README.md").read_text(encoding="utf-8")
    for family, styles in fonts_catalogue()["families"].items():
        assert f"`{family}`" in readme, family
        for file_name in styles.values():
            assert file_name in readme, file_name
    licences = [p for p in FONTS_DIR.iterdir() if p.suffix == ".txt"]
    assert len(licences) >= len(fonts_catalogue()["families"])


def test_fonts_cover_spanish_and_euro(font_names):
    needed = "ñÑáéíóúÁÉÍÓÚüÜ¿¡€·–“”’"
    for name in font_names.values():
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        missing = [ch for ch in needed if ord(ch) not in cmap]
        assert not missing, f"{name} lacks {''.join(missing)}"


# -- templates -----------------------------------------------------------------------------------


def test_required_templates_exist():
    names = {p.name for p in TEMPLATE_FILES}
    for file_name, kind in REQUIRED_FILES.items():
        assert file_name in names, file_name
        assert load(TEMPLATES_DIR / file_name)["kind"] == kind
    readme = (TEMPLATES_DIR / "README.md").read_text(encoding="utf-8")
    for path in TEMPLATE_FILES:
        assert path.name in readme, f"{path.name} is not listed in templates/README.md"


@pytest.fixture(params=TEMPLATE_FILES, ids=lambda p: p.stem)
def doc(request) -> dict:
    return load(request.param)


def test_header(doc):
    assert doc["format"] == "omniprint.design"
    assert doc["version"] == 1
    assert doc["name"].strip()
    assert doc["kind"] in KIND_SIZES
    assert doc["bleed_mm"] >= 2.0
    assert doc["safe_mm"] >= 3.0
    names = [side["name"] for side in doc["sides"]]
    assert names in (["front"], ["front", "back"])


def test_trim_is_a_standard_size_for_the_kind(doc):
    w, h = doc["trim"]["width_mm"], doc["trim"]["height_mm"]
    sizes = KIND_SIZES[doc["kind"]]
    assert any({round(w, 1), round(h, 1)} == {round(a, 1), round(b, 1)} for a, b in sizes), (
        f"{w} x {h} mm is not a standard {doc['kind']} size"
    )


def test_element_ids_unique_and_well_formed(doc):
    ids = [el["id"] for _, el in elements(doc)]
    assert len(ids) == len(set(ids))
    for _, el in elements(doc):
        for key in ("x_mm", "y_mm", "w_mm", "h_mm"):
            assert isinstance(el[key], int | float), (el["id"], key)
        if el["type"] != "line":
            assert el["w_mm"] > 0 and el["h_mm"] > 0, el["id"]
        assert el["type"] in {"text", "coupon", "image", "rect", "ellipse", "line", "qr", "barcode"}


def test_boxes_inside_trim_and_bleed(doc):
    w, h, bleed = doc["trim"]["width_mm"], doc["trim"]["height_mm"], doc["bleed_mm"]
    for _, el in elements(doc):
        left, top, right, bottom = box(el)
        assert left >= -bleed - EPS and top >= -bleed - EPS, el["id"]
        assert right <= w + bleed + EPS and bottom <= h + bleed + EPS, el["id"]


def test_text_and_codes_inside_safe_area(doc):
    w, h, safe = doc["trim"]["width_mm"], doc["trim"]["height_mm"], doc["safe_mm"]
    for _, el in elements(doc):
        if el["type"] not in CODE_TYPES:
            continue
        left, top, right, bottom = box(el)
        assert left >= safe - EPS and top >= safe - EPS, f"{el['id']} is outside the safe area"
        assert right <= w - safe + EPS and bottom <= h - safe + EPS, (
            f"{el['id']} is outside the safe area"
        )


def test_backgrounds_touching_the_edge_run_into_the_bleed(doc):
    """A filled shape that reaches (or nearly reaches, < 1 mm) a trim edge must cover the bleed,
    or the cut shows a white hairline."""
    w, h, bleed = doc["trim"]["width_mm"], doc["trim"]["height_mm"], doc["bleed_mm"]
    for _, el in elements(doc):
        filled = el["type"] in {"rect", "ellipse"} and el.get("fill") is not None
        if not (filled or el["type"] == "image"):
            continue
        left, top, right, bottom = box(el)
        if left < 1.0:
            assert left <= -bleed + EPS, f"{el['id']}: left edge stops short of the bleed"
        if top < 1.0:
            assert top <= -bleed + EPS, f"{el['id']}: top edge stops short of the bleed"
        if right > w - 1.0:
            assert right >= w + bleed - EPS, f"{el['id']}: right edge stops short of the bleed"
        if bottom > h - 1.0:
            assert bottom >= h + bleed - EPS, f"{el['id']}: bottom edge stops short of the bleed"


def test_qr_codes_are_big_enough_and_scannable(doc):
    qrs = [(side, el) for side, el in elements(doc) if el["type"] == "qr"]
    assert qrs, "a template needs a QR code"
    minimum = QR_MIN_CARD_MM if doc["kind"] == "business-card" else QR_MIN_MM
    for side, el in qrs:
        assert min(el["w_mm"], el["h_mm"]) >= minimum - EPS, f"{el['id']} is too small"
        assert el.get("field", "url") == "url"
        assert el.get("ec", "M") in {"L", "M", "Q", "H"}
        dark = el.get("color") or {"cmyk": BLACK, "rgb": "#1D1D1B"}
        assert dark["cmyk"] == BLACK, f"{el['id']}: dark modules must be 100 K"
        light = el.get("background") or colour_behind(side, el)
        assert luminance(light) > 0.7, f"{el['id']} needs a light background (never reversed)"


def test_every_template_has_url_qr_and_code_coupon(doc):
    assert any(el["type"] == "qr" and el.get("field", "url") == "url" for _, el in elements(doc))
    assert any(
        el["type"] == "coupon" and "{{code}}" in el.get("text", "{{code}}")
        for _, el in elements(doc)
    )
    texts = " ".join(el.get("text", "") for _, el in elements(doc))
    for field in ("{{expires}}", "{{zone}}", "{{business.name}}", "{{business.phone}}"):
        assert field in texts, f"no {field}"
    assert "your code" in texts.lower()


def test_fields_are_known(doc):
    for _, el in elements(doc):
        for name in FIELD_RE.findall(el.get("text", "")):
            assert name in FIELDS, f"{el['id']}: unknown field {{{{{name}}}}}"
        assert "{{" not in FIELD_RE.sub("", el.get("text", "")), f"{el['id']}: broken field"


def test_fonts_are_bundled(doc):
    families = fonts_catalogue()["families"]
    for _, el in elements(doc):
        if el["type"] in TEXT_TYPES:
            styles = families.get(el["font"])
            assert styles, f"{el['id']}: font {el['font']!r} is not bundled"
            slot = {
                (False, False): "regular",
                (True, False): "bold",
                (False, True): "italic",
                (True, True): "bold_italic",
            }[(bool(el.get("bold")), bool(el.get("italic")))]
            assert slot in styles, f"{el['id']}: {el['font']} has no {slot} style"


def test_text_sizes_are_legible(doc):
    for _, el in elements(doc):
        if el["type"] not in TEXT_TYPES:
            continue
        assert el["size_pt"] >= 5, f"{el['id']} is under 5 pt"
        if el["color"]["cmyk"] != BLACK:
            assert el["size_pt"] >= 8, f"{el['id']}: coloured or reversed text under 8 pt"


def test_colours_are_cmyk_within_ink_limit(doc):
    found = list(colours(doc))
    assert found
    for where, colour in found:
        assert "cmyk" in colour and "rgb" in colour, where
        cmyk = colour["cmyk"]
        assert len(cmyk) == 4 and all(0 <= v <= 100 for v in cmyk), where
        assert sum(cmyk) <= 300, f"{where}: total ink {sum(cmyk)} % is over 300 %"
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", colour["rgb"]), where


def test_black_text_is_100_k_only(doc):
    for _, el in elements(doc):
        if el["type"] not in TEXT_TYPES | {"barcode"}:
            continue
        cmyk = el.get("color", {"cmyk": BLACK})["cmyk"]
        if cmyk[3] >= 80 or sum(cmyk) >= 250:
            assert cmyk == BLACK, f"{el['id']}: black text must be 0/0/0/100, not {cmyk}"


def test_text_contrasts_with_what_is_behind_it(doc):
    for side, el in elements(doc):
        if el["type"] in TEXT_TYPES:
            ratio = contrast(el["color"], colour_behind(side, el))
            assert ratio >= 3.0, f"{el['id']}: contrast {ratio:.1f} is too low"


def test_text_fits_its_box(doc, font_names):
    """With a long-ish sample record, wrapped text stays inside its box."""
    for _, el in elements(doc):
        if el["type"] not in TEXT_TYPES:
            continue
        font = face(font_names, el["font"], bool(el.get("bold")), bool(el.get("italic")))
        size = el["size_pt"]
        width_pt = el["w_mm"] / PT
        text = fill(el.get("text", "{{code}}"))
        lines = wrap(text, font, size, width_pt)
        for line in lines:
            assert pdfmetrics.stringWidth(line, font, size) <= width_pt + 0.5, (
                f"{el['id']}: {line!r} is wider than its box"
            )
        height_pt = len(lines) * size * el.get("line_spacing", 1.2)
        assert height_pt <= el["h_mm"] / PT + 1.0, (
            f"{el['id']}: {len(lines)} lines need {height_pt * PT:.1f} mm, box is {el['h_mm']} mm"
        )


def test_text_boxes_do_not_overlap(doc):
    """Text, codes and QR boxes on a side never overlap each other."""
    for side in doc["sides"]:
        items = [el for el in side["elements"] if el["type"] in CODE_TYPES]
        for i, a in enumerate(items):
            al, at, ar, ab = box(a)
            for b in items[i + 1 :]:
                bl, bt, br, bb = box(b)
                overlap = min(ar, br) - max(al, bl) > EPS and min(ab, bb) - max(at, bt) > EPS
                assert not overlap, f"{a['id']} overlaps {b['id']}"


def test_door_hanger_die_cut():
    hangers = [load(p) for p in TEMPLATE_FILES if load(p)["kind"] == "door-hanger"]
    assert hangers
    for doc in hangers:
        check_die_cut(doc)


def check_die_cut(doc: dict) -> None:
    assert "die-cut" in doc.get("description", "").lower()
    for side in doc["sides"]:
        cuts = [el for el in side["elements"] if el.get("name") == "die-cut"]
        assert any(el["type"] == "ellipse" for el in cuts), f"{side['name']}: no die-cut hole"
        for cut in cuts:
            assert cut.get("role") == "die-cut", f"{cut['id']}: a die-cut needs role die-cut"
            assert cut.get("fill") is None
            assert cut["stroke"]["cmyk"] == [0, 100, 0, 0]
            cl, ct, cr, cb = box(cut)
            for el in side["elements"]:
                if el["type"] not in CODE_TYPES:
                    continue
                el_l, el_t, el_r, el_b = box(el)
                clear = el_l >= cr + 3 or el_r <= cl - 3 or el_t >= cb + 3 or el_b <= ct - 3
                assert clear, f"{el['id']} is within 3 mm of the die-cut"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_design_loader_accepts_template(path):
    """When the domain model is importable, it reads every template without complaint."""
    design = pytest.importorskip("omniprint.domain.design")
    loaded = design.load_design(path.read_text(encoding="utf-8"))
    assert len(loaded.sides) == len(load(path)["sides"])


def test_every_template_describes_itself_in_spanish_too() -> None:
    from omniprint.services.designs import list_templates

    for info in list_templates():
        assert info.title_es and info.title_es != info.title, info.name
        assert info.description_es and info.description_es != info.description, info.name
        assert ("código QR" in info.description_es) == ("QR code" in info.description), info.name
