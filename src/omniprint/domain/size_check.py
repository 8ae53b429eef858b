"""Is a custom trim size likely a typo? `148x21` for `148x210` prints a strip nobody wanted.

A size is unlikely when a side is under `SMALL_SIDE_MM` and no standard size is near it (within
`NEAR` of each side, either way round): small pieces exist (labels, tickets) but are rare enough
in leaflet marketing that asking once costs less than a wrong print run.
"""

from __future__ import annotations

from omniprint.domain.errors import ValidationError
from omniprint.domain.formatting import size_mm
from omniprint.domain.i18n import tr
from omniprint.domain.sizes import STANDARD_SIZES, TrimSize

SMALL_SIDE_MM = 30.0
NEAR = 0.10  # a tenth of a side: 85x55 and 90x50 are near each other, 148x21 is near nothing


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= NEAR * max(a, b)


def near_standard(width: float, height: float) -> TrimSize | None:
    """The standard size this one is close to (either orientation), or None."""
    for size in STANDARD_SIZES.values():
        for w, h in ((size.width_mm, size.height_mm), (size.height_mm, size.width_mm)):
            if _near(width, w) and _near(height, h):
                return size
    return None


def unlikely_size(trim: TrimSize) -> bool:
    """True for a custom size with a side under 30 mm that is near no standard size."""
    if trim.name:
        return False
    if min(trim.width_mm, trim.height_mm) >= SMALL_SIDE_MM:
        return False
    return near_standard(trim.width_mm, trim.height_mm) is None


def meant_size(trim: TrimSize) -> TrimSize | None:
    """A standard size the typist probably meant: a digit dropped from a side (148x21 -> A5)."""
    for w, h in ((trim.width_mm * 10, trim.height_mm), (trim.width_mm, trim.height_mm * 10)):
        found = near_standard(w, h)
        if found is not None:
            return found
    return None


def unlikely_size_error(trim: TrimSize, *, kind: str) -> ValidationError:
    """The error for an unlikely size, naming the standard size meant when there is one."""
    size = size_mm(trim.width_mm, trim.height_mm)
    meant = meant_size(trim)
    if meant is not None:
        message = tr(
            "{size} is far from every standard size and under 30 mm on a side:"
            " did you mean {meant}?"
        ).format(size=size, meant=meant.label)
    else:
        message = tr(
            "{size} is far from every standard size and under 30 mm on a side: is it a typo?"
        ).format(size=size)
    return ValidationError(message, kind=kind, size=size, meant=meant)
