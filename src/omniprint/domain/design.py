"""The design document: what is printed on each side of a piece, in millimetres.

The format is described in ``docs/design-format.md``; this module is its single reader and writer.
`load_design` validates a JSON document (or the dict parsed from one) and names the element and the
property at fault, so the designer and the CLI can show the message as it is. `dump_design` writes
the same format back, so a load/dump round trip is lossless.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

FORMAT = "omniprint.design"
VERSION = 1

FIELDS: tuple[str, ...] = (
    "code",
    "url",
    "serial",
    "zone",
    "zone_name",
    "campaign",
    "piece",
    "variant",
    "expires",
    "business.name",
    "business.phone",
    "business.email",
    "business.web",
    "business.address",
    # Added with the connected business card: the person, phones and social profiles.
    "business.contact",
    "business.title",
    "business.mobile",
    "business.whatsapp",
    "business.instagram",
    "business.facebook",
    "business.linkedin",
    "business.tiktok",
    "business.x",
    "business.youtube",
    "business.google",
    "business.instagram_url",
    "business.facebook_url",
    "business.linkedin_url",
    "business.tiktok_url",
    "business.x_url",
    "business.youtube_url",
    "business.google_url",
    "business.whatsapp_url",
    # The person on a per-person card (the business's contact when the piece has no people).
    "person.name",
    "person.title",
    "person.mobile",
    "person.email",
)

_FIELD_RE = re.compile(r"\{\{\s*([a-z_.]+)\s*\}\}")
_HEX_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Color:
    """A colour: CMYK in percent for press, ``rgb`` (``#RRGGBB``) for screens and office."""

    cmyk: tuple[float, float, float, float] | None = None
    rgb: str | None = None

    @property
    def is_rgb_only(self) -> bool:
        """True when the colour has no CMYK value (a preflight warning in press mode)."""
        return self.cmyk is None

    def as_cmyk(self) -> tuple[float, float, float, float]:
        """CMYK as fractions 0-1; an RGB-only colour is converted naively (no colour management)."""
        if self.cmyk is not None:
            c, m, y, k = self.cmyk
            return (c / 100, m / 100, y / 100, k / 100)
        r, g, b = self.as_rgb()
        k = 1 - max(r, g, b)
        if k >= 1:
            return (0.0, 0.0, 0.0, 1.0)
        return ((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k)

    def as_rgb(self) -> tuple[float, float, float]:
        """RGB as fractions 0-1, from ``rgb`` or else converted naively from CMYK."""
        if self.rgb is not None:
            return tuple(int(self.rgb[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]
        c, m, y, k = (v / 100 for v in self.cmyk or (0, 0, 0, 100))
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))


BLACK = Color(cmyk=(0, 0, 0, 100), rgb="#000000")
WHITE = Color(cmyk=(0, 0, 0, 0), rgb="#FFFFFF")


@dataclass(kw_only=True)
class Element:
    """What every element has: an id, its box in mm (trim top-left origin) and flags."""

    TYPE: ClassVar[str] = ""
    id: str
    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float
    rotation_deg: float = 0.0
    locked: bool = False
    hidden: bool = False
    name: str = ""
    role: str = ""  # "" (artwork) or "die-cut" (a cutting line on its own layer, not printed)

    @property
    def label(self) -> str:
        """How preflight and error messages name the element."""
        return f"{self.name} ({self.id})" if self.name else self.id


@dataclass(kw_only=True)
class TextElement(Element):
    """Text that wraps inside its box; may hold ``{{field}}`` placeholders."""

    TYPE: ClassVar[str] = "text"
    text: str = ""
    font: str = "Lato"
    bold: bool = False
    italic: bool = False
    size_pt: float = 10.0
    color: Color = BLACK
    align: str = "left"
    valign: str = "top"
    line_spacing: float = 1.2


@dataclass(kw_only=True)
class CouponElement(TextElement):
    """A text element bound to the record's coupon code."""

    TYPE: ClassVar[str] = "coupon"
    text: str = "{{code}}"


@dataclass(kw_only=True)
class ImageElement(Element):
    TYPE: ClassVar[str] = "image"
    asset: str = ""
    fit: str = "contain"


@dataclass(kw_only=True)
class RectElement(Element):
    TYPE: ClassVar[str] = "rect"
    fill: Color | None = None
    stroke: Color | None = None
    stroke_pt: float = 0.5
    radius_mm: float = 0.0


@dataclass(kw_only=True)
class EllipseElement(Element):
    TYPE: ClassVar[str] = "ellipse"
    fill: Color | None = None
    stroke: Color | None = None
    stroke_pt: float = 0.5


@dataclass(kw_only=True)
class LineElement(Element):
    TYPE: ClassVar[str] = "line"
    stroke: Color | None = BLACK
    stroke_pt: float = 0.5


@dataclass(kw_only=True)
class QrElement(Element):
    """A QR symbol plus its 4-module quiet zone, square, centred in its box."""

    TYPE: ClassVar[str] = "qr"
    field: str = "url"
    ec: str = "M"
    # What the symbol carries: "link" (the record's `field`, the tracked link by default),
    # "vcard" or "mecard" (the person's contact card, see `domain.vcard`) or "text" (`text`
    # with its fields filled).
    payload: str = "link"
    text: str = ""
    color: Color = BLACK
    background: Color | None = None


@dataclass(kw_only=True)
class BarcodeElement(Element):
    TYPE: ClassVar[str] = "barcode"
    symbology: str = "code128"
    field: str = "code"
    color: Color = BLACK
    show_text: bool = True
    font_size_pt: float = 8.0


ELEMENT_TYPES: dict[str, type[Element]] = {
    cls.TYPE: cls
    for cls in (
        TextElement,
        CouponElement,
        ImageElement,
        RectElement,
        EllipseElement,
        LineElement,
        QrElement,
        BarcodeElement,
    )
}

_CHOICES: dict[str, tuple[str, ...]] = {
    "align": ("left", "center", "right"),
    "valign": ("top", "middle", "bottom"),
    "fit": ("contain", "cover", "stretch"),
    "ec": ("L", "M", "Q", "H"),
    "symbology": ("code128", "ean13"),
    "field": FIELDS,
    "role": ("", "die-cut"),
    "payload": ("link", "vcard", "mecard", "text"),
}
DIE_CUT = "die-cut"
# Elements that can be a cutting line: drawn as a stroke, never filled.
_SHAPES_FOR_ROLES = ("rect", "ellipse", "line")


@dataclass
class Side:
    name: str
    background: Color | None = None
    elements: list[Element] = field(default_factory=list)


@dataclass
class Design:
    """One piece's design: trim size, bleed, safe margin and one or two sides."""

    name: str
    kind: str
    width_mm: float
    height_mm: float
    bleed_mm: float = 3.0
    safe_mm: float = 3.0
    sides: list[Side] = field(default_factory=list)

    def elements(self) -> list[tuple[Side, Element]]:
        """Every element with its side, in drawing order."""
        return [(side, el) for side in self.sides for el in side.elements]


def fields_in(text: str) -> list[str]:
    """The field names a text uses, in order."""
    return _FIELD_RE.findall(text)


def fill_fields(text: str, record: Mapping[str, str]) -> str:
    """Replace each ``{{name}}`` by the record's value (empty when the record lacks it)."""
    if "{{" not in text:
        return text
    return _FIELD_RE.sub(lambda m: str(record.get(m.group(1), "")), text)


def is_die_cut(element: Element) -> bool:
    """True for a cutting line: drawn on the die-cut layer in its spot colour, not as artwork."""
    return element.role == DIE_CUT


def is_variable(element: Element) -> bool:
    """True when the element changes per record, so it cannot be drawn once as a shared form."""
    if isinstance(element, QrElement | BarcodeElement | CouponElement):
        return True
    return isinstance(element, TextElement) and bool(fields_in(element.text))


# -- reading ------------------------------------------------------------------------------------


def _color(value: Any, where: str, *, nullable: bool) -> Color | None:
    if value is None:
        if nullable:
            return None
        raise ValidationError(tr("{where}: a colour is required here").format(where=where))
    if not isinstance(value, Mapping) or not ({"cmyk", "rgb"} & value.keys()):
        raise ValidationError(
            tr('{where}: a colour is {{"cmyk": [c, m, y, k], "rgb": "#RRGGBB"}}').format(
                where=where
            )
        )
    cmyk = value.get("cmyk")
    rgb = value.get("rgb")
    if cmyk is not None:
        ok = isinstance(cmyk, list | tuple) and len(cmyk) == 4
        if not ok or not all(_is_number(v) and 0 <= v <= 100 for v in cmyk):
            raise ValidationError(
                tr("{where}: cmyk must be four numbers from 0 to 100").format(where=where)
            )
        cmyk = tuple(float(v) for v in cmyk)
    if rgb is not None and not (isinstance(rgb, str) and _HEX_RE.match(rgb)):
        raise ValidationError(
            tr("{where}: rgb must look like #RRGGBB, not {rgb!r}").format(where=where, rgb=rgb)
        )
    return Color(cmyk=cmyk, rgb=rgb.upper() if rgb else None)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _convert(name: str, default: Any, value: Any, where: str) -> Any:
    """Check one property against the type of its default value."""
    if isinstance(default, Color) or name in ("fill", "stroke", "background", "color"):
        return _color(value, where, nullable=name in ("fill", "stroke", "background"))
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValidationError(tr("{where}: must be true or false").format(where=where))
        return value
    if isinstance(default, float):
        if not _is_number(value):
            raise ValidationError(
                tr("{where}: must be a number, not {value!r}").format(where=where, value=value)
            )
        return float(value)
    if not isinstance(value, str):
        raise ValidationError(
            tr("{where}: must be text, not {value!r}").format(where=where, value=value)
        )
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ValidationError(
            tr("{where}: {value!r} is not one of {choices}").format(
                where=where, value=value, choices=", ".join(_CHOICES[name])
            )
        )
    return value


def _element(data: Any, where: str) -> Element:
    if not isinstance(data, Mapping):
        raise ValidationError(tr("{where}: an element must be an object").format(where=where))
    el_id = data.get("id")
    if not isinstance(el_id, str) or not el_id:
        raise ValidationError(tr("{where}: every element needs an id").format(where=where))
    where = f"element {el_id!r}"
    cls = ELEMENT_TYPES.get(data.get("type", ""))
    if cls is None:
        raise ValidationError(
            tr("{where}: type {kind!r} is not one of {kinds}").format(
                where=where, kind=data.get("type"), kinds=", ".join(ELEMENT_TYPES)
            )
        )
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {"id": el_id}
    for key, value in data.items():
        if key in ("id", "type"):
            continue
        if key not in known:
            raise ValidationError(
                tr("{where}: unknown property {key!r} for a {kind} element").format(
                    where=where, key=key, kind=cls.TYPE
                )
            )
        default = known[key].default
        values[key] = _convert(
            key, 0.0 if key.endswith("_mm") else default, value, f"{where}.{key}"
        )
    for key in ("x_mm", "y_mm", "w_mm", "h_mm"):
        if key not in values:
            raise ValidationError(tr("{where}: {key} is required").format(where=where, key=key))
    element = cls(**values)
    _check_element(element, where)
    return element


def _check_element(el: Element, where: str) -> None:
    if isinstance(el, LineElement):
        # A line runs from (x, y) to (x + w, y + h): w = 0 is vertical, h = 0 horizontal.
        if el.w_mm == 0 and el.h_mm == 0:
            raise ValidationError(
                tr("{where}: a line needs a length (w_mm or h_mm not 0)").format(where=where)
            )
    elif el.w_mm <= 0 or el.h_mm <= 0:
        raise ValidationError(
            tr("{where}: w_mm and h_mm must be greater than 0").format(where=where)
        )
    if el.role and el.TYPE not in _SHAPES_FOR_ROLES:
        raise ValidationError(
            tr("{where}.role: only a rect, ellipse or line can be a {role!r}").format(
                where=where, role=el.role
            )
        )
    if isinstance(el, QrElement):
        if el.payload == "text" and not el.text.strip():
            raise ValidationError(
                tr('{where}.text: a QR with payload "text" needs a text').format(where=where)
            )
        for name in fields_in(el.text):
            if name not in FIELDS:
                raise ValidationError(
                    tr("{where}.text: unknown field {{{{{name}}}}}").format(where=where, name=name)
                )
    if isinstance(el, TextElement):
        if el.size_pt <= 0:
            raise ValidationError(tr("{where}.size_pt: must be greater than 0").format(where=where))
        for name in fields_in(el.text):
            if name not in FIELDS:
                raise ValidationError(
                    tr("{where}.text: unknown field {{{{{name}}}}}").format(where=where, name=name)
                )
    if isinstance(el, ImageElement) and not el.asset:
        raise ValidationError(tr("{where}.asset: an image needs an asset").format(where=where))


Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
# version -> function turning a document of that version into one of the next version.
UPGRADES: dict[int, Upgrade] = {}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older document up to `VERSION`, one step at a time."""
    version = data.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise ValidationError(
            tr(
                "design version {version!r} is newer than this OmniPrint understands ({VERSION})"
            ).format(version=version, VERSION=VERSION)
        )
    while version < VERSION:
        data = UPGRADES[version](data)
        version = data["version"]
    return data


def load_design(data: Mapping[str, Any] | str) -> Design:
    """Read and validate a design document (a dict or JSON text); raise `ValidationError`."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise ValidationError(tr("design: not valid JSON ({exc})").format(exc=exc)) from exc
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise ValidationError(tr('design: "format" must be "{FORMAT}"').format(FORMAT=FORMAT))
    data = upgrade(dict(data))
    trim = data.get("trim")
    if not isinstance(trim, Mapping):
        raise ValidationError(tr('design: "trim" with width_mm and height_mm is required'))
    width = _convert("width_mm", 0.0, trim.get("width_mm"), "trim.width_mm")
    height = _convert("height_mm", 0.0, trim.get("height_mm"), "trim.height_mm")
    if width <= 0 or height <= 0:
        raise ValidationError(tr("design: trim width and height must be greater than 0"))
    design = Design(
        name=_convert("name", "", data.get("name", ""), "name"),
        kind=_convert("kind", "", data.get("kind", ""), "kind"),
        width_mm=width,
        height_mm=height,
        bleed_mm=_convert("bleed_mm", 0.0, data.get("bleed_mm", 3.0), "bleed_mm"),
        safe_mm=_convert("safe_mm", 0.0, data.get("safe_mm", 3.0), "safe_mm"),
    )
    sides = data.get("sides")
    if not isinstance(sides, list) or not 1 <= len(sides) <= 2:
        raise ValidationError(tr("design: sides must list one (front) or two (front, back) sides"))
    seen: set[str] = set()
    for index, raw in enumerate(sides):
        expected = ("front", "back")[index]
        if not isinstance(raw, Mapping) or raw.get("name") != expected:
            raise ValidationError(
                tr("design: side {number} must be named {expected!r}").format(
                    number=index + 1, expected=expected
                )
            )
        side = Side(name=expected)
        side.background = _color(raw.get("background"), f"{expected}.background", nullable=True)
        for number, el_data in enumerate(raw.get("elements") or []):
            el = _element(el_data, f"{expected} element {number + 1}")
            if el.id in seen:
                raise ValidationError(tr("element {id!r}: the id is used twice").format(id=el.id))
            seen.add(el.id)
            side.elements.append(el)
        design.sides.append(side)
    return design


# -- writing ------------------------------------------------------------------------------------


def _dump_color(color: Color | None) -> dict[str, Any] | None:
    if color is None:
        return None
    out: dict[str, Any] = {}
    if color.cmyk is not None:
        out["cmyk"] = [int(v) if float(v).is_integer() else v for v in color.cmyk]
    if color.rgb is not None:
        out["rgb"] = color.rgb
    return out


def _dump_element(el: Element) -> dict[str, Any]:
    out: dict[str, Any] = {"id": el.id, "type": el.TYPE}
    for f in fields(el):
        if f.name == "id":
            continue
        value = getattr(el, f.name)
        out[f.name] = _dump_color(value) if isinstance(value, Color) or value is None else value
    return out


def dump_design(design: Design) -> dict[str, Any]:
    """The design as a JSON-ready dict in the current format version."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": design.name,
        "kind": design.kind,
        "trim": {"width_mm": design.width_mm, "height_mm": design.height_mm},
        "bleed_mm": design.bleed_mm,
        "safe_mm": design.safe_mm,
        "sides": [
            {
                "name": side.name,
                "background": _dump_color(side.background),
                "elements": [_dump_element(el) for el in side.elements],
            }
            for side in design.sides
        ],
    }
