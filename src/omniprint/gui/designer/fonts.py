"""The bundled fonts for the canvas: the same TrueType files the PDF embeds.

`render.fonts.load_fonts` decides which file prints for a family, bold and italic (with its
fallbacks); `use_workspace_fonts` adds the brand's own fonts from the workspace, registered with Qt
from the very bytes the PDF embeds (`QFontDatabase.addApplicationFontFromData`). The canvas asks
the same question and then draws with the very file it named, so what the shop owner sees is
what the press gets, line breaks included (they are measured by the renderer's own metrics, see
`items.TextLayout`).
"""

from __future__ import annotations

import functools
import json

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase

from omniprint.services import fonts as font_service
from omniprint.services.drawing import FONTS_DIR, FontBook, load_fonts
from omniprint.services.workspace import Workspace

# The workspace's font book and its brand faces (font name -> Qt family), set by
# `use_workspace_fonts`; the bundled fonts alone until then.
_book: FontBook | None = None
_brand_qt: dict[str, str] = {}
_brand_families: list[str] = []
_brand_style: dict[str, tuple[bool, bool]] = {}  # font name -> (bold, italic)


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


def use_workspace_fonts(ws: Workspace) -> list[str]:
    """Make the workspace's brand fonts available to the canvas (Qt) and to its measuring
    (reportlab); returns their families. Call again after fonts are added or removed."""
    global _book, _brand_families
    faces = font_service.user_faces(ws)
    _book = font_service.font_book(ws)
    for face in faces:
        _brand_style[face.font_name] = (face.bold, face.italic)
        if face.font_name in _brand_qt:
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(face.data))
        names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if names:
            _brand_qt[face.font_name] = names[0]
    _brand_families = sorted({f.family for f in faces}, key=str.casefold)
    return list(_brand_families)


def bundled_families() -> list[str]:
    """The families a user may choose: those of ``fonts.json``, default first, then the brand's."""
    index = FONTS_DIR / "fonts.json"
    if index.is_file():
        catalogue = json.loads(index.read_text(encoding="utf-8"))
        default = catalogue.get("default")
        found = sorted(catalogue["families"], key=lambda fam: (fam != default, fam))
    else:
        found = sorted(set(load_fonts().families.values()))
    return found + [f for f in _brand_families if f not in found]


def pdf_font_name(family: str, bold: bool, italic: bool) -> str:
    """The registered (reportlab) font that prints for this face, fallbacks included."""
    return (_book or load_fonts()).resolve(family, bold, italic)


def qfont(font_name: str, pixel_size: int = 100) -> QFont:
    """A QFont drawing with the TTF behind ``font_name`` (a file stem), at ``pixel_size``.

    Hinting and kerning are off so advances scale linearly and match reportlab's metrics, which
    neither hint nor kern. Not cached: a QFont must not outlive the application object.
    """
    families = {**_registered(), **_brand_qt}
    family = families.get(font_name) or next(iter(families.values()), "")
    font = QFont(family)
    lower = font_name.lower()
    bold, italic = _brand_style.get(
        font_name, ("bold" in lower, "italic" in lower or "oblique" in lower)
    )
    font.setBold(bold)
    font.setItalic(italic)
    font.setPixelSize(pixel_size)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font
