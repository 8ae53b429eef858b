"""The bundled fonts for the canvas: the same TrueType files the PDF embeds.

`render.fonts.load_fonts` decides which file prints for a family, bold and italic (with its
fallbacks). The canvas asks it the same question and then draws with the very file it named, so what
the shop owner sees is what the press gets, line breaks included (they are measured by the
renderer's own metrics, see `items.TextLayout`).
"""

from __future__ import annotations

import functools
import json

from PySide6.QtGui import QFont, QFontDatabase

from omniprint.render.fonts import FONTS_DIR, load_fonts


@functools.cache
def _registered() -> dict[str, str]:
    """Register every bundled TTF with Qt once: font name (file stem) -> Qt family."""
    families: dict[str, str] = {}
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if names:
            families[path.stem] = names[0]
    return families


def bundled_families() -> list[str]:
    """The families a user may choose: those of ``fonts.json``, default first."""
    index = FONTS_DIR / "fonts.json"
    if index.is_file():
        catalogue = json.loads(index.read_text(encoding="utf-8"))
        default = catalogue.get("default")
        return sorted(catalogue["families"], key=lambda fam: (fam != default, fam))
    return sorted(set(load_fonts().families.values()))


def pdf_font_name(family: str, bold: bool, italic: bool) -> str:
    """The registered (reportlab) font that prints for this face, fallbacks included."""
    return load_fonts().resolve(family, bold, italic)


def qfont(font_name: str, pixel_size: int = 100) -> QFont:
    """A QFont drawing with the TTF behind ``font_name`` (a file stem), at ``pixel_size``.

    Hinting and kerning are off so advances scale linearly and match reportlab's metrics, which
    neither hint nor kern. Not cached: a QFont must not outlive the application object.
    """
    families = _registered()
    family = families.get(font_name) or next(iter(families.values()), "")
    font = QFont(family)
    lower = font_name.lower()
    font.setBold("bold" in lower)
    font.setItalic("italic" in lower or "oblique" in lower)
    font.setPixelSize(pixel_size)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font
