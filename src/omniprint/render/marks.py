"""Crop marks and the slug line, drawn outside the bleed in the registration colour.

Marks start at ``bleed + MARK_GAP`` from the trim (at least the bleed, as shops ask) so they never
show on a trimmed piece. On a press file they are in the registration colour (``/Separation
/All``), so every plate gets them and no preflight counts them as 400 % ink; on an office (RGB)
file they are black. On a press sheet the marks and the slug share the margin around the block of
pieces: marks are shortened to the room there is, and the slug sits beyond the marks on the side
with the most room, so neither touches the bleed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import mm

from omniprint.render.content import Content

MARK_GAP = 1.0 * mm
MARK_LENGTH = 4.0 * mm
MIN_MARK_LENGTH = 1.5 * mm
MARK_WIDTH = 0.25  # points: hairline that survives trimming tolerances
MARK_SPACE = MARK_GAP + MARK_LENGTH
SLUG_SIZE = 5.0  # points: small, as shops ask, yet readable on the cutting table
MIN_SLUG_SIZE = 3.5
SLUG_BAND = 2.5 * mm  # room the slug's line of text takes, with its gap


def _ink(out: Content, cmyk: bool, stroke: bool = True) -> str:
    if cmyk:
        space = out.writer.registration()
        return f"/{space} CS 1 SCN" if stroke else f"/{space} cs 1 scn"
    return "0 0 0 RG" if stroke else "0 0 0 rg"


@dataclass(frozen=True)
class Margins:
    """Room (points) from the trims' bounding box to the media's edge: left, bottom, right, top."""

    left: float
    bottom: float
    right: float
    top: float

    @classmethod
    def around(cls, box: tuple[float, float, float, float], media_w: float,
               media_h: float) -> Margins:  # fmt: skip
        x0, y0, x1, y1 = box
        return cls(x0, y0, media_w - x1, media_h - y1)


def mark_length(room: float, bleed: float, reserve: float = 0.0) -> float:
    """How long a mark can be with ``room`` from the trim to the edge (0: no mark fits)."""
    length = min(MARK_LENGTH, room - bleed - MARK_GAP - reserve)
    return length if length >= MIN_MARK_LENGTH else 0.0


def crop_marks(
    out: Content,
    xs: Iterable[float],
    ys: Iterable[float],
    box: tuple[float, float, float, float],
    bleed: float,
    *,
    cmyk: bool,
    lengths: tuple[float, float, float, float] | None = None,
) -> None:
    """Marks for every vertical cut x and horizontal cut y, outside ``box`` (the trims' bounds).

    ``lengths`` (left, bottom, right, top) shortens the marks on each side to the room there is;
    a side with 0 gets none.
    """
    x0, y0, x1, y1 = box
    start = bleed + MARK_GAP
    left, bottom, right, top = lengths or (MARK_LENGTH,) * 4
    ops = [f"q {_ink(out, cmyk)} {MARK_WIDTH} w"]
    for x in xs:
        for y_from, length, sign in ((y0 - start, bottom, -1), (y1 + start, top, 1)):
            if length > 0:
                ops.append(f"{x:.3f} {y_from:.3f} m {x:.3f} {y_from + sign * length:.3f} l")
    for y in ys:
        for x_from, length, sign in ((x0 - start, left, -1), (x1 + start, right, 1)):
            if length > 0:
                ops.append(f"{x_from:.3f} {y:.3f} m {x_from + sign * length:.3f} {y:.3f} l")
    ops.append("S Q\n")
    out.append("\n".join(ops))


TARGET_RADIUS = 2.0 * mm


def registration_targets(out: Content, box: tuple[float, float, float, float], bleed: float,
                         margins: Margins) -> int:  # fmt: skip
    """A circle with a cross at each corner of ``box`` where the margin has room, diagonal to
    the crop marks (which run along the cut lines), for the press operator to register the
    plates. Returns how many were drawn."""
    x0, y0, x1, y1 = box
    reach = bleed + MARK_GAP + TARGET_RADIUS  # centre distance from the trims, both ways
    need = reach + 1.5 * TARGET_RADIUS + 1 * mm  # the cross's arms, and a hair of paper
    corners = [
        (x0 - reach, y0 - reach, margins.left, margins.bottom),
        (x1 + reach, y0 - reach, margins.right, margins.bottom),
        (x0 - reach, y1 + reach, margins.left, margins.top),
        (x1 + reach, y1 + reach, margins.right, margins.top),
    ]
    r, k = TARGET_RADIUS, TARGET_RADIUS * 0.5523
    ops = [f"q {_ink(out, True)} {MARK_WIDTH} w"]
    drawn = 0
    for cx, cy, room_x, room_y in corners:
        if room_x < need or room_y < need:
            continue
        drawn += 1
        ops.append(
            f"{cx + r:.3f} {cy:.3f} m {cx + r:.3f} {cy + k:.3f} {cx + k:.3f} {cy + r:.3f} "
            f"{cx:.3f} {cy + r:.3f} c {cx - k:.3f} {cy + r:.3f} {cx - r:.3f} {cy + k:.3f} "
            f"{cx - r:.3f} {cy:.3f} c {cx - r:.3f} {cy - k:.3f} {cx - k:.3f} {cy - r:.3f} "
            f"{cx:.3f} {cy - r:.3f} c {cx + k:.3f} {cy - r:.3f} {cx + r:.3f} {cy - k:.3f} "
            f"{cx + r:.3f} {cy:.3f} c h"
        )
        ops.append(f"{cx - 1.5 * r:.3f} {cy:.3f} m {cx + 1.5 * r:.3f} {cy:.3f} l")
        ops.append(f"{cx:.3f} {cy - 1.5 * r:.3f} m {cx:.3f} {cy + 1.5 * r:.3f} l")
    ops.append("S Q\n")
    if drawn:
        out.append("\n".join(ops))
    return drawn


def slug_line(out: Content, text: str, x: float, y: float, font: str, *, cmyk: bool,
              size: float = SLUG_SIZE, vertical: bool = False) -> None:  # fmt: skip
    """One line of small text outside the trim (job, sheet, serial range).

    ``vertical``: read from bottom to top, its baseline along x (for a slug on the left side).
    """
    out.append(f"q {_ink(out, cmyk, stroke=False)}\n")
    if vertical:
        out.append(f"0 1 -1 0 {x:.3f} {y:.3f} cm\n")
        x, y = 0.0, 0.0
    out.text(font, size, x, y, text)
    out.append("Q\n")


@dataclass(frozen=True)
class SheetMarks:
    """Where a press sheet's marks and slug go: mark lengths per side and the slug's place."""

    lengths: tuple[float, float, float, float]
    slug_x: float
    slug_y: float
    slug_vertical: bool
    slug_room: float  # the length of text that fits along its side

    @classmethod
    def plan(cls, box: tuple[float, float, float, float], bleed: float, margins: Margins,
             *, marks: bool) -> SheetMarks:  # fmt: skip
        """Put the slug on the bottom or the left, whichever has more room beyond the marks."""
        x0, y0, x1, y1 = box
        vertical = margins.left > margins.bottom
        slug_side = margins.left if vertical else margins.bottom
        lengths = [
            mark_length(room, bleed) if marks else 0.0
            for room in (margins.left, margins.bottom, margins.right, margins.top)
        ]
        side = 0 if vertical else 1
        if marks:
            lengths[side] = mark_length(slug_side, bleed, SLUG_BAND)
        # The slug's baseline: beyond the bleed and the marks, with a gap. Turned for the left
        # side, its letters grow away from the pieces; along the bottom they grow towards them.
        used = bleed + MARK_GAP + lengths[side] + 0.6 * mm
        # It starts clear of the corner's marks, which end level with it.
        inset = 2 * mm
        if vertical:
            return cls(tuple(lengths), x0 - used, y0 + inset, True, y1 - y0 - inset)  # type: ignore[arg-type]
        offset = used + SLUG_SIZE * 0.75
        return cls(tuple(lengths), x0 + inset, y0 - offset, False, x1 - x0 - inset)  # type: ignore[arg-type]
