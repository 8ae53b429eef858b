"""Each preflight rule, caught on a design that breaks it; press refuses errors unless forced."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from omniprint.domain.design import load_design
from omniprint.domain.errors import ValidationError
from omniprint.render.pdf import PrintOptions, effective_design, render
from omniprint.render.preflight import preflight
from support.render import K100, FakeRecords, card_document

RECORD = FakeRecords(1)[0]


def _issues(change, mode: str = "press") -> list[str]:
    document = card_document()
    change(document)
    options = PrintOptions(mode=mode)
    design = effective_design(load_design(document), options)
    return [str(issue) for issue in preflight(design, options, RECORD)]


def _front(document: dict, element_id: str) -> dict:
    return next(el for el in document["sides"][0]["elements"] if el["id"] == element_id)


def test_clean_design_has_no_issues() -> None:
    assert _issues(lambda d: None) == []


def test_rules() -> None:
    small_qr = _issues(lambda d: _front(d, "qr").update(w_mm=12, h_mm=12))
    assert any("error: front, qr: QR module" in i for i in small_qr)
    outside = _issues(lambda d: _front(d, "zone").update(x_mm=1))
    assert any("zone: outside the safe area" in i for i in outside)
    cut = _issues(lambda d: _front(d, "qr").update(x_mm=62))
    assert any("quiet zone would be cut" in i for i in cut)
    rgb = _issues(lambda d: _front(d, "title").update(color={"rgb": "#FF0000"}))
    assert any("title: RGB colour" in i for i in rgb)
    assert not _issues(lambda d: _front(d, "title").update(color={"rgb": "#FF0000"}), "pieces")[:0]
    tiny = _issues(lambda d: _front(d, "zone").update(size_pt=4))
    assert any("zone: text of 4 pt" in i for i in tiny)
    coloured = _issues(
        lambda d: _front(d, "code").update(size_pt=7, color={"cmyk": [0, 100, 0, 0]})
    )
    assert any("code: coloured or reversed text" in i for i in coloured)
    glyphs = _issues(lambda d: _front(d, "title").update(text="Sol ✓"))
    assert any("no glyph for '✓'" in i for i in glyphs)
    overflow = _issues(lambda d: _front(d, "title").update(text="word " * 40))
    assert any("title: the text overflows its box" in i for i in overflow)


def test_press_refuses_errors_unless_forced(tmp_path: Path) -> None:
    document = card_document()
    _front(document, "qr").update(w_mm=12, h_mm=12)
    design = load_design(document)
    with pytest.raises(ValidationError, match="QR module"):
        render(design, FakeRecords(2), tmp_path / "x.pdf", PrintOptions())
    assert not (tmp_path / "x.pdf").exists()
    result = render(design, FakeRecords(2), tmp_path / "x.pdf", PrintOptions(force=True))
    assert result.issues and result.issues[0].level == "error"


def test_layout_pixels(tmp_path: Path) -> None:
    """A coarse golden check: known colours at known places of the first piece."""
    path = tmp_path / "piece.pdf"
    render(load_design(card_document()), FakeRecords(1), path, PrintOptions(mode="pieces"))
    pdf = pdfium.PdfDocument(str(path))
    px_per_mm = 4 * 72 / 25.4  # rendered at 4 pixels per point
    image = pdf[0].render(scale=4).to_pil().convert("RGB")
    pdf.close()
    margin = 3.0  # the bleed, in mm

    def at(x_mm: float, y_mm: float) -> tuple[int, int, int]:
        return image.getpixel(
            (round((margin + x_mm) * px_per_mm), round((margin + y_mm) * px_per_mm))
        )

    band = at(10, 3)  # cyan band across the top
    assert band[0] < 80 and band[2] > 180
    assert min(at(30, 32)) > 200  # white card body
    module = 26 / 41
    assert max(at(56 + 7.5 * module, 24 + 7.5 * module)) < 80  # inside the QR's top-left finder
    assert min(at(56 + 2 * module, 24 + 2 * module)) > 200  # its quiet zone


def _issues_with(change, record: dict) -> list[str]:
    document = card_document()
    change(document)
    options = PrintOptions()
    design = effective_design(load_design(document), options)
    return [str(issue) for issue in preflight(design, options, record)]


def test_codes_past_the_trim_are_errors() -> None:
    partly = _issues(lambda d: _front(d, "code").update(x_mm=60))
    assert any("error: front, code: the code is partly outside the trim" in i for i in partly)
    wholly = _issues(lambda d: _front(d, "code").update(x_mm=90))
    assert any("error: front, code: the code is wholly outside the trim" in i for i in wholly)
    gone = _issues(lambda d: _front(d, "qr").update(x_mm=100))
    assert any("error: front, qr: the QR box" in i and "move it inside" in i for i in gone)


def test_fields_that_print_empty_or_dangling() -> None:
    def add_lines(document: dict) -> None:
        elements = document["sides"][1]["elements"]
        elements.append({"id": "expiry", "type": "text", "x_mm": 5, "y_mm": 20, "w_mm": 70,
                         "h_mm": 6, "text": "Valid until {{expires}}.", "size_pt": 8,
                         "color": K100})  # fmt: skip
        elements.append({"id": "call", "type": "text", "x_mm": 5, "y_mm": 28, "w_mm": 70,
                         "h_mm": 12, "text": "Call {{business.phone}}\n{{business.web}}",
                         "size_pt": 8, "color": K100})  # fmt: skip

    record = {**RECORD, "expires": "", "business.phone": "", "business.web": ""}
    found = _issues_with(add_lines, record)
    assert any(
        "error: back, expiry: prints 'Valid until .' because expires is empty: set the "
        "campaign's end date" in i
        for i in found
    )
    assert any("error: back, call: prints 'Call' because business.phone is empty" in i
               and "business phone in the business details" in i for i in found)  # fmt: skip
    assert any("warning: back, call: uses business details that are empty (business.web)" in i
               for i in found)  # fmt: skip
    full = {**RECORD, "expires": "30/06/2027", "business.phone": "+34 600", "business.web": "a.es"}
    assert not [i for i in _issues_with(add_lines, full) if "empty" in i]


def test_absurd_geometry_is_an_error() -> None:
    nan = _issues(lambda d: _front(d, "title").update(x_mm=float("nan")))
    assert any("error: front, title: its position or size is not a number" in i for i in nan)
    type_size = _issues(lambda d: _front(d, "title").update(size_pt=float("inf")))
    assert any("error: front, title: its type size (inf pt) is absurd" in i for i in type_size)
    huge = _issues(lambda d: _front(d, "band").update(w_mm=1e7))
    assert any("error: front, band: its box" in i and "absurd" in i for i in huge)


def test_starter_sample_text_reversed_text_and_ink_are_warnings() -> None:
    sample = _issues(lambda d: _front(d, "title").update(text="Blocked drain?\nLeaking tap?"))
    assert any("warning: front, title: still has the starter template's sample text" in i
               for i in sample)  # fmt: skip
    assert not any("sample text" in i for i in _issues(lambda d: None))

    def reversed_text(document: dict) -> None:
        document["sides"][1]["background"] = {"cmyk": [60, 40, 40, 100]}
        serial = document["sides"][1]["elements"][0]
        serial.update(size_pt=6, color={"cmyk": [0, 0, 0, 0]})

    found = _issues(reversed_text)
    assert any("back, serial: reversed text of 6 pt knocked out of a 4-colour background" in i
               for i in found)  # fmt: skip
    assert not any("background: total ink" in i for i in found)  # 240 % is fine
    ink = _issues(lambda d: _front(d, "band").update(fill={"cmyk": [80, 80, 80, 100]}))
    assert any("warning: front, band: total ink 340 % is over 300 %" in i for i in ink)


def test_the_refusal_names_force(tmp_path: Path) -> None:
    document = card_document()
    _front(document, "code").update(x_mm=60)
    with pytest.raises(ValidationError, match="--force"):
        render(load_design(document), FakeRecords(1), tmp_path / "x.pdf", PrintOptions())
