"""Imposition: how many pieces fit on a press sheet, where, and which record goes where.

Pieces are placed with their own bleed on every side (a double cut between neighbours: gutters of
2 x bleed), so each piece can carry full-bleed artwork. The grid is the one that fits the most
pieces inside the sheet's printable area (the sheet less its unprintable margin), with the sheet
(so every piece) in portrait or landscape; crop marks and the slug go in the margin around it.
Positions are numbered row by row from the top-left corner.
Cut-and-stack: with N positions and S sheets, position p on sheet s holds record p * S + s, so that
after cutting, each pile is in serial order and the piles stack in order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.units import mm

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

# Press sheets in mm (portrait); orientation is chosen per job to fit the most pieces.
SHEETS: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "SRA3": (320.0, 450.0),
    "Letter": (215.9, 279.4),
    "Tabloid": (279.4, 431.8),
}

# The edge of each sheet a digital press cannot print (its gripper edge on an offset press): the
# bleed of the outer pieces stays inside it; crop marks and the slug may reach into it.
SHEET_MARGINS: dict[str, float] = dict.fromkeys(SHEETS, 5.0)
SHEET_MARGIN_MM = 5.0  # for a sheet without its own setting


@dataclass(frozen=True)
class SheetLayout:
    """Where pieces sit on a press sheet (all lengths in points)."""

    sheet_name: str
    width: float
    height: float
    cols: int
    rows: int
    trim_w: float
    trim_h: float
    bleed: float
    margin: float = SHEET_MARGIN_MM * mm

    @property
    def orientation(self) -> str:
        return "landscape" if self.width > self.height else "portrait"

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    @property
    def pitch(self) -> tuple[float, float]:
        """Distance between the trims of neighbouring pieces (x, y)."""
        return self.trim_w + 2 * self.bleed, self.trim_h + 2 * self.bleed

    @property
    def block(self) -> tuple[float, float, float, float]:
        """The trims' bounding box (x0, y0, x1, y1), centred on the sheet."""
        px, py = self.pitch
        block_w = self.cols * px - 2 * self.bleed
        block_h = self.rows * py - 2 * self.bleed
        x0 = (self.width - block_w) / 2
        y0 = (self.height - block_h) / 2
        return x0, y0, x0 + block_w, y0 + block_h

    def slot(self, position: int, *, back: bool = False) -> tuple[float, float]:
        """Trim bottom-left (x, y) of a position; backs are mirrored left-right for duplex."""
        row, col = divmod(position, self.cols)
        if back:
            col = self.cols - 1 - col
        px, py = self.pitch
        x0, _, _, y1 = self.block
        return x0 + col * px, y1 - self.trim_h - row * py

    def back_is_turned(self, duplex: str = "long-edge") -> bool:
        """True when the sheet turns about a horizontal axis for its back (see `slot`).

        A portrait sheet turned about its long edge, or a landscape one about its short edge,
        turns about a vertical axis: the back's columns are mirrored and pieces stay upright.
        Otherwise the back page is that layout rotated half a turn.
        """
        landscape = self.width > self.height
        return landscape != (duplex == "short-edge")

    def cut_lines(self) -> tuple[list[float], list[float]]:
        """The x of every vertical cut and the y of every horizontal cut (trim edges)."""
        px, py = self.pitch
        x0, y0, _, _ = self.block
        xs = sorted({x0 + c * px + dx for c in range(self.cols) for dx in (0, self.trim_w)})
        ys = sorted({y0 + r * py + dy for r in range(self.rows) for dy in (0, self.trim_h)})
        return xs, ys


def grid_fits(sheet_w: float, sheet_h: float, margin: float, piece_w: float, piece_h: float,
              bleed: float) -> tuple[int, int]:  # fmt: skip
    """(cols, rows) of pieces with their own bleed inside the printable area (all in mm)."""
    usable_w, usable_h = sheet_w - 2 * margin, sheet_h - 2 * margin
    # A hair of tolerance: 2 x 154 mm fits in 310 mm even after float rounding.
    cols = int((usable_w + 1e-6) // (piece_w + 2 * bleed)) if usable_w > 0 else 0
    rows = int((usable_h + 1e-6) // (piece_h + 2 * bleed)) if usable_h > 0 else 0
    return cols, rows


def plan_sheet(sheet: str, trim_w_mm: float, trim_h_mm: float, bleed_mm: float,
               margin_mm: float | None = None) -> SheetLayout:  # fmt: skip
    """The layout that fits the most pieces on the sheet, in portrait or landscape.

    ``margin_mm`` is the sheet's unprintable edge (its `SHEET_MARGINS` default when None). On a
    tie the orientation with fewer rows of cuts is kept: the first found, portrait.
    """
    if sheet not in SHEETS:
        raise ValidationError(
            tr("unknown press sheet {sheet!r}: use one of {sheets}").format(
                sheet=sheet, sheets=", ".join(SHEETS)
            )
        )
    margin = SHEET_MARGINS.get(sheet, SHEET_MARGIN_MM) if margin_mm is None else margin_mm
    best: SheetLayout | None = None
    short, long = SHEETS[sheet]
    for width, height in ((short, long), (long, short)):
        cols, rows = grid_fits(width, height, margin, trim_w_mm, trim_h_mm, bleed_mm)
        layout = SheetLayout(sheet, width * mm, height * mm, cols, rows, trim_w_mm * mm,
                             trim_h_mm * mm, bleed_mm * mm, margin * mm)  # fmt: skip
        if best is None or layout.per_sheet > best.per_sheet:
            best = layout
    assert best is not None
    if best.per_sheet == 0:
        raise ValidationError(
            tr(
                "a {trim_w_mm:g} x {trim_h_mm:g} mm piece with {bleed_mm:g} mm bleed "
                "does not fit on {sheet} with its margins: choose a bigger sheet"
            ).format(trim_w_mm=trim_w_mm, trim_h_mm=trim_h_mm, bleed_mm=bleed_mm, sheet=sheet)
        )
    return best


def sheet_count(records: int, per_sheet: int) -> int:
    """How many sheets a run needs."""
    return max(1, math.ceil(records / per_sheet))


def record_at(position: int, sheet: int, sheets: int, records: int) -> int | None:
    """The record index at a position of a sheet in cut-and-stack order, or None (left blank)."""
    index = position * sheets + sheet
    return index if index < records else None
