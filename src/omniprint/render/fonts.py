"""Fonts: the bundled TrueType files, registered with reportlab and found by family and style.

Print-ready files must embed TrueType fonts (reportlab embeds a subset of each `TTFont` it uses).
reportlab's standard Type 1 fonts are only a fallback so tests and a bare checkout still render;
preflight reports them as an error in press mode because they are not embedded.
"""

from __future__ import annotations

import functools
import io
import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

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


# -- the brand's own fonts ------------------------------------------------------------------------

# OS/2 fsType bits (OpenType spec, "OS/2 table", fsType).
FSTYPE_RESTRICTED = 0x0002  # restricted licence embedding: must not be embedded at all
FSTYPE_NO_SUBSETTING = 0x0100  # may only be embedded whole; we always subset
FSTYPE_BITMAP_ONLY = 0x0200  # only bitmaps may be embedded, not the outlines


@dataclass(frozen=True)
class FontFileInfo:
    """What a font file says about itself, once it is known to be usable."""

    family: str
    style: str
    bold: bool
    italic: bool
    fs_type: int


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    """The sfnt table directory: tag -> (offset, length)."""
    if len(data) < 12:
        return {}
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for n in range(count):
        entry = data[12 + 16 * n : 28 + 16 * n]
        if len(entry) < 16:
            break
        tag, _checksum, offset, length = struct.unpack(">4sIII", entry)
        tables[tag] = (offset, length)
    return tables


def inspect_font(data: bytes, file_name: str) -> FontFileInfo:
    """Check that a font file can be embedded in a print PDF; raise `ValidationError` saying why
    not. TrueType outlines only: reportlab embeds ``glyf`` fonts, not CFF (PostScript) ones."""
    signature = data[:4]
    if signature in (b"wOFF", b"wOF2"):
        raise ValidationError(
            tr("{file}: a web font (WOFF) cannot be printed: use the .ttf file").format(
                file=file_name
            )
        )
    if signature == b"ttcf":
        raise ValidationError(
            tr("{file}: a font collection (.ttc) holds several fonts: add one .ttf").format(
                file=file_name
            )
        )
    if signature not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
        raise ValidationError(tr("{file}: not a TrueType or OpenType font").format(file=file_name))
    tables = _tables(data)
    if b"glyf" not in tables:
        if b"CFF " in tables or b"CFF2" in tables:
            raise ValidationError(
                tr(
                    "{file}: an OpenType font with PostScript (CFF) outlines cannot be embedded"
                    " by OmniPrint: use the TrueType (.ttf) version of the font, or convert it"
                    " to TrueType outlines (e.g. with FontForge) first"
                ).format(file=file_name)
            )
        raise ValidationError(
            tr("{file}: a bitmap-only font has no outlines to print").format(file=file_name)
        )
    fs_type = 0
    if b"OS/2" in tables:
        offset, length = tables[b"OS/2"]
        if length >= 10:
            fs_type = struct.unpack(">H", data[offset + 8 : offset + 10])[0]
    if fs_type & FSTYPE_RESTRICTED:
        raise ValidationError(
            tr(
                "{file}: the font's licence forbids embedding it (restricted licence), so it"
                " cannot go in a print PDF; ask the foundry for a licence that allows embedding"
            ).format(file=file_name)
        )
    if fs_type & FSTYPE_BITMAP_ONLY:
        raise ValidationError(
            tr(
                "{file}: the font's licence allows embedding its bitmaps only, not its outlines"
            ).format(file=file_name)
        )
    if fs_type & FSTYPE_NO_SUBSETTING:
        raise ValidationError(
            tr(
                "{file}: the font's licence forbids subsetting, and print PDFs embed only the"
                " letters they use"
            ).format(file=file_name)
        )
    try:
        parsed = TTFontFile(io.BytesIO(data), validate=0)
    except Exception as exc:  # reportlab raises its own TTFError and struct errors alike
        raise ValidationError(
            tr("{file}: the font cannot be read ({exc})").format(file=file_name, exc=exc)
        ) from exc
    family, style = (
        v.decode("latin-1") if isinstance(v, bytes) else str(v)
        for v in (parsed.familyName, parsed.styleName)
    )
    words = set(style.lower().replace("-", " ").split())
    return FontFileInfo(
        family=family,
        style=style,
        bold="bold" in words,
        italic=bool(words & {"italic", "oblique"}),
        fs_type=fs_type,
    )


@dataclass(frozen=True)
class UserFace:
    """A brand font from the workspace: its family, style and the file's bytes."""

    family: str
    bold: bool
    italic: bool
    sha256: str
    data: bytes

    @property
    def font_name(self) -> str:
        """The name the face is registered under: stable for the same file."""
        return f"brand-{self.sha256[:16]}"


def register_user_face(face: UserFace) -> str:
    """Register a brand font with reportlab (once per process); returns its font name."""
    name = face.font_name
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(face.data)))
    return name


def with_user_fonts(faces: list[UserFace], base: FontBook | None = None) -> FontBook:
    """The bundled fonts plus the brand's own; a brand family of a bundled name wins."""
    base = base or load_fonts()
    if not faces:
        return base
    book = FontBook(dict(base.faces), dict(base.families), set(base.truetype))
    for face in faces:
        name = register_user_face(face)
        key = _key(face.family)
        book.families[key] = face.family
        book.faces[(key, face.bold, face.italic)] = name
        book.truetype.add(name)
    return book
