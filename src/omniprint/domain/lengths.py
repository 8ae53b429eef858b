"""Lengths shown in the unit the user chose (Preferences > Units): millimetres or inches.

Designs, pieces and print options are always stored in millimetres; only what a face shows and
reads back is converted, so a design made in inches and one made in millimetres are the same
document. Inches are shown to 3 decimals in editors (0.001 in is 0.025 mm) and to 2 in sizes.
"""

from __future__ import annotations

from omniprint.domain.formatting import decimal, size_mm

MM_PER_INCH = 25.4
UNITS = ("mm", "in")

# The smallest step an editor offers, and its decimals, per unit.
EDIT_DECIMALS = {"mm": 2, "in": 3}
EDIT_STEP = {"mm": 0.5, "in": 0.05}


def mm_per_unit(unit: str) -> float:
    """Millimetres in one ``unit`` ("mm" or "in"; anything else is taken as millimetres)."""
    return MM_PER_INCH if unit == "in" else 1.0


def from_mm(value_mm: float, unit: str) -> float:
    """A length in millimetres, in ``unit``."""
    return value_mm / mm_per_unit(unit)


def to_mm(value: float, unit: str) -> float:
    """A length typed in ``unit``, in millimetres (rounded to 0.01 mm, as designs keep them)."""
    return round(value * mm_per_unit(unit), 2)


def unit_suffix(unit: str) -> str:
    """The unit's symbol as written after a number: "mm" or "in"."""
    return "in" if unit == "in" else "mm"


def length_text(value_mm: float, unit: str) -> str:
    """A length for people: "3 mm" / "0.12 in" (decimal comma in Spanish)."""
    if unit == "in":
        return f"{decimal(round(from_mm(value_mm, unit), 2))} in"
    return f"{decimal(value_mm)} mm"


def size_text(width_mm: float, height_mm: float, unit: str) -> str:
    """A trim size for people: "99 x 210 mm" / "3.9 x 8.27 in"."""
    if unit == "in":
        w, h = (round(from_mm(v, unit), 2) for v in (width_mm, height_mm))
        return f"{decimal(w)} x {decimal(h)} in"
    return size_mm(width_mm, height_mm)
