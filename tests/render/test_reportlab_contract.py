"""The reportlab internals OmniPrint's streaming PDF writer relies on, one test per private API.

reportlab's public API builds a whole document in memory; `render/pdfwriter.py` streams pages
instead and borrows reportlab's TrueType machinery (subsetting, metrics, ToUnicode maps) through
names reportlab does not document. pyproject.toml pins reportlab to the minor version these tests
passed on. To move the pin: install the new version, run this file, and adapt the file named in
any failure before widening the pin. A failure names the API and the module that uses it.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
import weakref
from collections.abc import Iterator

import pytest
import reportlab
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts

from omniprint.render.fonts import load_fonts

FONT = "Lato-Regular"  # a bundled TrueType face (assets/fonts)


@contextlib.contextmanager
def relied_on(api: str, used_by: str) -> Iterator[None]:
    """Turn any error in the block into a failure that says which API changed and who uses it."""
    try:
        yield
    except Exception as exc:
        pytest.fail(
            f"reportlab {reportlab.Version}: {api} no longer behaves as {used_by} relies on "
            f"({type(exc).__name__}: {exc}). Adapt {used_by} before moving the reportlab pin "
            "in pyproject.toml.",
            pytrace=False,
        )


class Doc:
    """Stands for the `PdfWriter` that keys a font's per-document state (weakly referenced)."""


@pytest.fixture(scope="module")
def font() -> ttfonts.TTFont:
    load_fonts()
    return pdfmetrics.getFont(FONT)


def test_a_changed_api_fails_naming_it_and_its_user() -> None:
    with (
        pytest.raises(pytest.fail.Exception, match=r"TTFont\.x .*render/x\.py"),
        relied_on("TTFont.x", "render/x.py"),
    ):
        raise AttributeError("x")


def test_the_pinned_version_is_the_tested_one() -> None:
    # Bump together with pyproject.toml's pin once this file passes on the new version.
    assert reportlab.Version.startswith("5.1.")


# render/pdffonts.py ----------------------------------------------------------------------------


def test_dynamic_font_flag_tells_truetype_from_type1(font) -> None:
    with relied_on("TTFont._dynamicFont", "render/pdffonts.py (FontUse.truetype)"):
        assert font._dynamicFont == 1
        assert not getattr(pdfmetrics.getFont("Helvetica"), "_dynamicFont", False)


def test_char_widths_sum_to_string_width(font) -> None:
    with relied_on("TTFontFace.charWidths / defaultWidth", "render/pdffonts.py (FontUse.width)"):
        face = font.face
        assert isinstance(face.charWidths, dict)
        assert all(isinstance(k, int) for k in list(face.charWidths)[:50])
        assert isinstance(face.defaultWidth, int | float)
        text = "Panadería Sol – 12,50 €"
        ours = sum(face.charWidths.get(ord(c), face.defaultWidth) for c in text) * 10 / 1000
        assert ours == pytest.approx(pdfmetrics.stringWidth(text, FONT, 10))


def test_split_string_gives_subset_codes_per_document(font) -> None:
    with relied_on("TTFont.splitString(text, doc)", "render/pdffonts.py (FontUse._chunks)"):
        assert list(inspect.signature(font.splitString).parameters)[:2] == ["text", "doc"]
        doc = Doc()
        # ASCII keeps its own codes (readable operators); new glyphs get 1, 2... in order.
        assert font.splitString("Hola ñ", doc) == [(0, b"Hola \x01")]
        assert font.splitString("ñé", doc) == [(0, b"\x01\x02")]
        assert font.splitString("é", Doc()) == [(0, b"\x01")]  # another document starts afresh


def test_state_is_kept_per_document_weakly(font) -> None:
    with relied_on(
        "TTFont.state / State.subsets, assignments, nextCode",
        "render/pdffonts.py (resource_names, write_objects) and render/parallel.py (_snapshot)",
    ):
        doc = Doc()
        assert font.state.get(doc) is None
        font.splitString("Añ", doc)
        state = font.state.get(doc)
        assert isinstance(font.state, weakref.WeakKeyDictionary)
        assert state.subsets[0][ord("A")] == ord("A") and state.subsets[0][1] == ord("ñ")
        assert state.assignments[ord("ñ")] == 1 and state.nextCode == 2
        assert all(isinstance(s, list) for s in state.subsets)
        del font.state[doc]
        assert font.state.get(doc) is None


def test_a_frozen_state_refuses_new_glyphs_with_pdf_error(font) -> None:
    with relied_on(
        "State.frozen and pdfdoc.PDFError from splitString",
        "render/pdffonts.py (write_objects) and render/parallel.py (_DeferringContent.shown)",
    ):
        doc = Doc()
        font.splitString("ñ", doc)
        font.state[doc].frozen = 1
        assert font.splitString("ñA", doc) == [(0, b"\x01A")]  # known glyphs still encode
        with pytest.raises(pdfdoc.PDFError):
            font.splitString("€", doc)


def test_subset_names_are_six_capitals(font) -> None:
    with relied_on("ttfonts.SUBSETN(n)", "render/pdffonts.py (write_objects: BaseFont names)"):
        names = [ttfonts.SUBSETN(n) for n in range(12)]
        assert names[0] == b"AAAAAA" and len(set(names)) == 12
        assert all(re.fullmatch(rb"[A-Z]{6}", n) for n in names)


def test_make_subset_writes_a_truetype_program_of_the_subset(font) -> None:
    with relied_on(
        "TTFontFace.makeSubset(subset)", "render/pdffonts.py (write_objects: FontFile2)"
    ):
        doc = Doc()
        font.splitString("Aé€", doc)
        subset = font.state[doc].subsets[0]
        program = font.face.makeSubset(subset)
        assert isinstance(program, bytes) and program[:4] == b"\x00\x01\x00\x00"
        assert len(program) < len(font.face._ttf_data) / 4  # the letters used, not the font
        read = ttfonts.TTFontFile(io.BytesIO(program), validate=0)
        glyphs = {read.charToGlyph.get(code) for code in (1, 2, ord("A"))}
        assert None not in glyphs and 0 not in glyphs and len(glyphs) == 3


def test_to_unicode_cmap_maps_each_code(font) -> None:
    with relied_on("ttfonts.makeToUnicodeCMap(name, subset)", "render/pdffonts.py (ToUnicode)"):
        cmap = ttfonts.makeToUnicodeCMap("AAAAAA+Lato", [0, 65, 241])
        assert isinstance(cmap, str) and cmap.encode("latin-1")
        assert "<00> <02>" in cmap  # the code space: one byte, as many codes as the subset
        assert "<01> <0041>" in cmap and "<02> <00F1>" in cmap
        assert "/CMapName /AAAAAA+Lato def" in cmap


def test_font_flags_are_the_pdf_spec_values() -> None:
    with relied_on("ttfonts.FF_SYMBOLIC / FF_NONSYMBOLIC", "render/pdffonts.py (/Flags)"):
        assert ttfonts.FF_SYMBOLIC == 1 << 2 and ttfonts.FF_NONSYMBOLIC == 1 << 5


def test_face_metrics_for_the_font_descriptor(font) -> None:
    with relied_on(
        "TTFontFace name, subfontNameX, flags, bbox, italicAngle, ascent, descent, capHeight, "
        "stemV, getCharWidth",
        "render/pdffonts.py (write_objects: FontDescriptor, Widths)",
    ):
        face = font.face
        assert face.name == b"Lato-Regular" and face.subfontNameX == b""
        assert isinstance(face.flags, int) and face.flags & ttfonts.FF_SYMBOLIC
        assert len(face.bbox) == 4 and all(isinstance(v, int | float) for v in face.bbox)
        for value in (face.italicAngle, face.ascent, face.descent, face.capHeight, face.stemV):
            assert isinstance(value, int | float)
        assert face.ascent > 0 > face.descent
        assert face.getCharWidth(ord("A")) == face.charWidths[ord("A")]
        assert face.getCharWidth(0x10FFFF) == face.defaultWidth


# render/parallel.py ----------------------------------------------------------------------------


def test_a_state_built_by_hand_encodes_as_reportlabs_own(font) -> None:
    with relied_on(
        "TTFont.State(asciiReadable, font) and TTFont._asciiReadable",
        "render/parallel.py (_drawer: a worker's frozen copy of the font codes)",
    ):
        params = list(inspect.signature(ttfonts.TTFont.State.__init__).parameters)
        assert params[1:3] == ["asciiReadable", "ttf"]
        made = Doc()
        font.splitString("ñé", made)
        source = font.state[made]
        copy = ttfonts.TTFont.State(font._asciiReadable, font)
        copy.assignments = dict(source.assignments)
        copy.subsets = [list(s) for s in source.subsets]
        copy.nextCode = source.nextCode
        copy.frozen = 1
        worker = Doc()
        font.state[worker] = copy
        assert font.splitString("é ñA", worker) == font.splitString("é ñA", made)


def test_ttf_data_is_the_whole_file_and_registers_again(font) -> None:
    with relied_on("TTFontFace._ttf_data", "render/parallel.py (_snapshot: a brand font sent)"):
        data = font.face._ttf_data
        assert isinstance(data, bytes) and data[:4] == b"\x00\x01\x00\x00"
        again = ttfonts.TTFont("ContractCopy", io.BytesIO(data))
        assert again.face.name == font.face.name
        assert again.face.charWidths == font.face.charWidths


# render/fonts.py -------------------------------------------------------------------------------


def test_ttf_file_reads_names_and_refuses_garbage(font) -> None:
    with relied_on(
        "ttfonts.TTFontFile(file, validate=0).familyName / styleName",
        "render/fonts.py (read_font_info, load_fonts)",
    ):
        parsed = ttfonts.TTFontFile(io.BytesIO(font.face._ttf_data), validate=0)
        assert (parsed.familyName, parsed.styleName) == (b"Lato", b"Regular")
        assert (font.face.familyName, font.face.styleName) == (b"Lato", b"Regular")
        with pytest.raises(Exception):  # noqa: B017 (TTFError or struct.error: any is caught)
            ttfonts.TTFontFile(io.BytesIO(b"not a font" * 20), validate=0)


def test_char_to_glyph_lists_the_faces_characters(font) -> None:
    with relied_on("TTFontFace.charToGlyph", "render/fonts.py (FontBook.missing_glyphs)"):
        assert ord("ñ") in font.face.charToGlyph and 0x4E2D not in font.face.charToGlyph
        assert getattr(pdfmetrics.getFont("Helvetica").face, "charToGlyph", None) is None
