"""Fonts: the bundled TrueType files, registered with reportlab and found by family and style.

Print-ready files must embed TrueType fonts (reportlab embeds a subset of each `TTFont` it uses).
reportlab's standard Type 1 fonts are only a fallback so tests and a bare checkout still render;
preflight reports them as an error in press mode because they are not embedded.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parent.parent / "assets" / "fonts"

# Words of a style name that still make the face the family's plain, bold or italic face;
# any other word ("ExtraLight", "Condensed") makes it a family of its own.
_PLAIN_STYLE_WORDS = {"regular", "book", "roman", "normal", "bold", "italic", "oblique"}

_STANDARD = {
    (False, False): "Helvetica",
    (True, False): "Helvetica-Bold",
    (False, True): "Helvetica-Oblique",
    (True, True): "Helvetica-BoldOblique",
}


def _key(family: str) -> str:
    """Family names compare without case, spaces or hyphens ("DejaVu Sans" == "dejavusans")."""
    return "".join(ch for ch in family.lower() if ch.isalnum())


@dataclass
class FontBook:
    """The fonts available to the renderer: (family, bold, italic) -> registered font name."""

    faces: dict[tuple[str, bool, bool], str] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)  # key -> family as written in the file
    truetype: set[str] = field(default_factory=set)

    def resolve(self, family: str, bold: bool = False, italic: bool = False) -> str:
        """The registered font name for a face; else the nearest style, then a default family."""
        key = _key(family)
        if key not in self.families:
            key = next(iter(self.families), "")
        for want in ((bold, italic), (bold, False), (False, italic), (False, False)):
            name = self.faces.get((key, *want))
            if name:
                return name
        return _STANDARD[(bold, italic)]

    def has_family(self, family: str) -> bool:
        """True when the family is bundled (not replaced by a fallback)."""
        return _key(family) in self.families

    def is_embedded(self, font_name: str) -> bool:
        """True for TrueType faces, which reportlab embeds in the PDF."""
        return font_name in self.truetype

    def missing_glyphs(self, font_name: str, text: str) -> str:
        """The characters of ``text`` the font has no glyph for (whitespace ignored)."""
        font = pdfmetrics.getFont(font_name)
        face = getattr(font, "face", None)
        cmap = getattr(face, "charToGlyph", None)
        if cmap is None:
            # Standard fonts: only Latin-1 is encoded.
            return "".join(sorted({ch for ch in text if ord(ch) > 255 and not ch.isspace()}))
        return "".join(sorted({ch for ch in text if ord(ch) not in cmap and not ch.isspace()}))


def _style(style_name: str) -> tuple[bool, bool] | None:
    words = set(style_name.lower().replace("-", " ").split())
    if not words <= _PLAIN_STYLE_WORDS:
        return None
    return ("bold" in words, bool(words & {"italic", "oblique"}))


_SLOTS = {
    "regular": (False, False),
    "bold": (True, False),
    "italic": (False, True),
    "bold_italic": (True, True),
}


def _register(book: FontBook, path: Path) -> TTFont | None:
    try:
        font = TTFont(path.stem, str(path))
    except Exception:  # a broken file must not stop the others from loading
        return None
    pdfmetrics.registerFont(font)
    book.truetype.add(path.stem)
    return font


def _add_face(book: FontBook, family: str, style: tuple[bool, bool], name: str) -> None:
    key = _key(family)
    book.families.setdefault(key, family)
    book.faces.setdefault((key, *style), name)


@functools.cache
def load_fonts(directory: Path | None = None) -> FontBook:
    """Register the fonts in ``directory`` (default: the bundled fonts), once per process.

    ``fonts.json`` there names the families and their files; without it every ``*.ttf`` is read
    and grouped by the family and style names inside the file.
    """
    directory = directory or FONTS_DIR
    book = FontBook()
    index = directory / "fonts.json"
    if index.is_file():
        catalogue = json.loads(index.read_text(encoding="utf-8"))
        # The default family first: `resolve` falls back to the first family.
        order = sorted(catalogue["families"], key=lambda fam: fam != catalogue.get("default"))
        for family in order:
            for slot, file_name in catalogue["families"][family].items():
                if slot in _SLOTS and _register(book, directory / file_name):
                    _add_face(book, family, _SLOTS[slot], Path(file_name).stem)
        return book
    for path in sorted(directory.rglob("*.ttf")) if directory.is_dir() else []:
        font = _register(book, path)
        if font is None:
            continue
        family, style_name = (
            v.decode("latin-1") if isinstance(v, bytes) else v
            for v in (font.face.familyName, font.face.styleName)
        )
        style = _style(style_name)
        if style is None:
            family, style = f"{family} {style_name}", (False, False)
        _add_face(book, family, style, path.stem)
    return book
