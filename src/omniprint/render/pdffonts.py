"""Fonts in the streaming PDF writer: text encoding per font subset, font objects at the end.

TrueType faces are subset with reportlab's own machinery: `TTFont.splitString` assigns each
character a code in a subset of at most 256 glyphs (state kept per document, keyed by the writer),
and at the end each subset becomes a simple TrueType font with its own font program
(``makeSubset``), widths and ToUnicode map, so text stays searchable. Which glyphs a subset holds is
only known when the last page is written, which is why page resources name fonts written last.

Standard Type 1 fonts (the fallback when no TrueType face is bundled) are referenced, not embedded;
preflight reports that as an error in press mode.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, makeToUnicodeCMap

if TYPE_CHECKING:
    from omniprint.render.pdfwriter import PdfWriter

# PDF literal strings: these bytes must be escaped ("\r" would be read as a line end).
_ESCAPES = str.maketrans({"\\": "\\\\", "(": "\\(", ")": "\\)", "\r": "\\r"})


def pdf_string(raw: str) -> str:
    """A PDF literal string for text whose characters are byte codes (latin-1 code points)."""
    return f"({raw.translate(_ESCAPES)})"


class FontUse:
    """One font used by a document: its resource name prefix and how its text is encoded."""

    def __init__(self, writer: PdfWriter, name: str, prefix: str) -> None:
        self.writer = writer
        self.name = name
        self.prefix = prefix
        self.font = pdfmetrics.getFont(name)
        self.truetype = bool(getattr(self.font, "_dynamicFont", False))
        face = self.font.face
        if self.truetype:
            # Advance widths per code point in 1/1000 em: summing them in Python beats
            # reportlab's pure-Python stringWidth when the C accelerator is not installed.
            self._widths: dict[int, float] = face.charWidths
            self._default_width = face.defaultWidth
        else:
            self._widths = {}
            self._default_width = 0
        # text -> encoded operators; small texts repeat a lot (labels, zones, prefixes).
        self._cache: dict[str, str] = {}

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size`` points."""
        if not self.truetype:
            return pdfmetrics.stringWidth(text, self.name, size)
        get = self._widths.get
        default = self._default_width
        return sum(get(ord(ch), default) for ch in text) * size / 1000

    def show(self, text: str, size: float) -> str:
        """Operators selecting the font and showing ``text`` (inside BT/ET, position set)."""
        key = f"{size}\x00{text}"
        ops = self._cache.get(key)
        if ops is None:
            ops = "".join(f"/{res} {size:g} Tf {pdf_string(raw)} Tj " for res, raw in
                          self._chunks(text))  # fmt: skip
            if len(self._cache) < 20_000:  # bounded: codes are unique and never repeat
                self._cache[key] = ops
        return ops

    def _chunks(self, text: str) -> list[tuple[str, str]]:
        if not self.truetype:
            return [(self.prefix, text.encode("cp1252", "replace").decode("latin-1"))]
        # splitString keeps its subset assignments per document, keyed by the writer.
        return [(f"{self.prefix}s{subset}", raw.decode("latin-1"))
                for subset, raw in self.font.splitString(text, self.writer)]  # fmt: skip

    def resource_names(self) -> list[str]:
        """Every font resource name this font uses so far."""
        if not self.truetype:
            return [self.prefix]
        state = self.font.state.get(self.writer)
        subsets = state.subsets if state is not None else []
        return [f"{self.prefix}s{n}" for n in range(len(subsets))]

    def write_objects(self, reserve: Callable[[], int]) -> dict[str, int]:
        """Write the font objects; returns resource name -> object id."""
        w = self.writer
        if not self.truetype:
            oid = reserve()
            w.write_object(oid, f"<< /Type /Font /Subtype /Type1 /BaseFont /{self.name} "
                                "/Encoding /WinAnsiEncoding >>")  # fmt: skip
            return {self.prefix: oid}
        font, face = self.font, self.font.face
        state = font.state.get(w)
        if state is None:
            return {}
        state.frozen = 1
        ids: dict[str, int] = {}
        for n, subset in enumerate(state.subsets):
            base = (SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("latin-1")
            program = face.makeSubset(subset)
            file_id, cmap_id, desc_id, font_id = (reserve() for _ in range(4))
            w.write_stream(file_id, program, f"/Length1 {len(program)}")
            w.write_stream(cmap_id, makeToUnicodeCMap(base, subset).encode("latin-1"))
            flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
            bbox = " ".join(str(v) for v in face.bbox)
            w.write_object(desc_id, (
                f"<< /Type /FontDescriptor /FontName /{base} /Flags {flags} /FontBBox [{bbox}] "
                f"/ItalicAngle {face.italicAngle} /Ascent {face.ascent} /Descent {face.descent} "
                f"/CapHeight {face.capHeight} /StemV {face.stemV} "
                f"/MissingWidth {face.defaultWidth} /FontFile2 {file_id} 0 R >>"))  # fmt: skip
            widths = " ".join(f"{face.getCharWidth(code):g}" for code in subset)
            w.write_object(font_id, (
                f"<< /Type /Font /Subtype /TrueType /BaseFont /{base} /FirstChar 0 "
                f"/LastChar {len(subset) - 1} /Widths [{widths}] /FontDescriptor {desc_id} 0 R "
                f"/ToUnicode {cmap_id} 0 R >>"))  # fmt: skip
            ids[f"{self.prefix}s{n}"] = font_id
        del font.state[w]
        return ids
