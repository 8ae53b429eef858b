"""Standard trim sizes (from the print shops' guidelines in PRINT.md) and custom sizes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

INCH_MM = 25.4


@dataclass(frozen=True)
class TrimSize:
    """A finished (trimmed) size in millimetres, with the name it was chosen by, if any."""

    width_mm: float
    height_mm: float
    name: str = ""

    @property
    def label(self) -> str:
        dims = f"{_fmt(self.width_mm)} x {_fmt(self.height_mm)} mm"
        return f"{self.name} ({dims})" if self.name else dims


def _fmt(mm: float) -> str:
    return f"{mm:.1f}".rstrip("0").rstrip(".")


STANDARD_SIZES: dict[str, TrimSize] = {
    s.name: s
    for s in (
        TrimSize(85, 55, "business-card-eu"),
        TrimSize(3.5 * INCH_MM, 2 * INCH_MM, "business-card-us"),
        TrimSize(91, 55, "business-card-au"),
        TrimSize(90, 50, "business-card-es"),
        TrimSize(105, 148, "A6"),
        TrimSize(148, 210, "A5"),
        TrimSize(210, 297, "A4"),
        TrimSize(99, 210, "DL"),
        TrimSize(5.5 * INCH_MM, 8.5 * INCH_MM, "letter-half"),
        TrimSize(100, 250, "door-hanger"),
        TrimSize(3.5 * INCH_MM, 8.5 * INCH_MM, "door-hanger-us"),
    )
}

PIECE_KINDS = ("business-card", "flyer", "leaflet", "door-hanger", "postcard")

DEFAULT_SIZE = {
    "business-card": "business-card-eu",
    "flyer": "A5",
    "leaflet": "DL",
    "door-hanger": "door-hanger",
    "postcard": "A6",
}

_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×X*]\s*(\d+(?:[.,]\d+)?)\s*(mm|cm|in)?\s*$")
_UNIT_MM = {"mm": 1.0, "cm": 10.0, "in": INCH_MM, None: 1.0}


def check_kind(kind: str) -> str:
    """A piece kind from `PIECE_KINDS`; raises with the list otherwise."""
    cleaned = (kind or "").strip().lower().replace("_", "-").replace(" ", "-")
    if cleaned not in PIECE_KINDS:
        raise ValidationError(
            tr("unknown piece kind {kind!r}: use one of {piece_kinds}").format(
                kind=kind, piece_kinds=", ".join(PIECE_KINDS)
            )
        )
    return cleaned


def parse_size(text: str | None, *, kind: str) -> TrimSize:
    """A standard size by name (`A5`, `DL`, `business-card-us`, case-insensitive) or custom
    `WxH` in mm (`99x210`, `99x210mm`, `3.5x2in`); the kind's default when `text` is empty."""
    if not text:
        return STANDARD_SIZES[DEFAULT_SIZE[check_kind(kind)]]
    for name, size in STANDARD_SIZES.items():
        if name.lower() == text.strip().lower():
            return size
    match = _CUSTOM.match(text)
    if not match:
        names = ", ".join(STANDARD_SIZES)
        raise ValidationError(
            tr(
                "unknown size {text!r}: use a standard size ({names}) or WxH in mm such as 99x210"
            ).format(text=text, names=names)
        )
    factor = _UNIT_MM[match.group(3)]
    width = round(float(match.group(1).replace(",", ".")) * factor, 2)
    height = round(float(match.group(2).replace(",", ".")) * factor, 2)
    if not (20 <= width <= 1000 and 20 <= height <= 1000):
        raise ValidationError(
            tr("size {text!r} is out of range: each side must be between 20 and 1000 mm").format(
                text=text
            )
        )
    return TrimSize(width, height)
