"""Crop marks and the slug line, drawn outside the bleed in registration colour.

Marks start at ``bleed + MARK_GAP`` from the trim (at least the bleed, as shops ask) so they never
show on a trimmed piece, and are drawn in all four inks (registration) for press, black otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.units import mm

from omniprint.render.content import Content

MARK_GAP = 1.0 * mm
MARK_LENGTH = 4.0 * mm
MARK_WIDTH = 0.25  # points: hairline that survives trimming tolerances
MARK_SPACE = MARK_GAP + MARK_LENGTH
SLUG_SIZE = 6.0  # points


def _ink(cmyk: bool, stroke: bool = True) -> str:
    if cmyk:
        return "1 1 1 1 K" if stroke else "1 1 1 1 k"
    return "0 0 0 RG" if stroke else "0 0 0 rg"


def crop_marks(
    out: Content,
    xs: Iterable[float],
    ys: Iterable[float],
    box: tuple[float, float, float, float],
    bleed: float,
    *,
    cmyk: bool,
) -> None:
    """Marks for every vertical cut x and horizontal cut y, outside ``box`` (the trims' bounds)."""
    x0, y0, x1, y1 = box
    start = bleed + MARK_GAP
    ops = [f"q {_ink(cmyk)} {MARK_WIDTH} w"]
    for x in xs:
        for y_from, y_to in ((y0 - start, y0 - start - MARK_LENGTH),
                             (y1 + start, y1 + start + MARK_LENGTH)):  # fmt: skip
            ops.append(f"{x:.3f} {y_from:.3f} m {x:.3f} {y_to:.3f} l")
    for y in ys:
        for x_from, x_to in ((x0 - start, x0 - start - MARK_LENGTH),
                             (x1 + start, x1 + start + MARK_LENGTH)):  # fmt: skip
            ops.append(f"{x_from:.3f} {y:.3f} m {x_to:.3f} {y:.3f} l")
    ops.append("S Q\n")
    out.append("\n".join(ops))


def slug_line(out: Content, text: str, x: float, y: float, font: str, *, cmyk: bool) -> None:
    """One line of small text outside the trim (job, sheet, serial range)."""
    out.append(f"q {_ink(cmyk, stroke=False)}\n")
    out.text(font, SLUG_SIZE, x, y, text)
    out.append("Q\n")
