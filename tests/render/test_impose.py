"""Imposition: the grid the exporter chooses is the best one, found again by brute force, for every
standard size on every sheet; the golden table pins the figures a print shop would check."""

from __future__ import annotations

import itertools

import pytest
from reportlab.lib.units import mm

from omniprint.domain.errors import ValidationError
from omniprint.domain.sizes import STANDARD_SIZES
from omniprint.render.impose import SHEETS, plan_sheet

BLEED = 3.0
MARGIN = 5.0

# The grid for each standard size on each sheet: columns x rows as the sheet is printed, "L" for
# a landscape sheet, "-" where the piece does not fit; 3 mm bleed around each piece, 5 mm margin.
GOLDEN_TABLE = """
size              A4      A3      SRA3    Letter  Tabloid
A4                -       1x1     2x1L    -       1x1
A5                1x1     2x1L    2x2     1x1     2x1L
A6                2x1L    2x2     3x2L    2x1L    2x2
DL                1x1     3x1L    2x2     1x1     4x1L
business-card-au  2x4     4x4L    3x7     2x4     4x4L
business-card-es  2x5     4x5L    3x7     2x4     4x4L
business-card-eu  3x3L    3x6     3x7     2x4     4x4L
business-card-us  2x5     3x7     3x7     2x4     4x4L
door-hanger       1x1     3x1L    4x1L    1x1     3x1L
door-hanger-us    2x1     4x1L    4x1L    2x1     4x1L
letter-half       1x1     2x1L    3x1L    1x1     2x1L
"""
_header, *_rows = GOLDEN_TABLE.split("\n")[1:-1]
GOLDEN = {
    row.split()[0]: dict(zip(_header.split()[1:], row.split()[1:], strict=True)) for row in _rows
}


def brute_force(sheet: str, w: float, h: float, bleed: float, margin: float) -> int:
    """The most pieces of one orientation, each with its bleed, inside the printable area: every
    grid of either piece orientation is tried on the portrait sheet."""
    sheet_w, sheet_h = SHEETS[sheet]
    best = 0
    for (pw, ph), cols, rows in itertools.product(((w, h), (h, w)), range(40), range(40)):
        fits_w = cols * (pw + 2 * bleed) <= sheet_w - 2 * margin + 1e-6
        fits_h = rows * (ph + 2 * bleed) <= sheet_h - 2 * margin + 1e-6
        if fits_w and fits_h:
            best = max(best, cols * rows)
    return best


def _count(sheet: str, w: float, h: float, bleed: float = BLEED, margin: float = MARGIN) -> int:
    try:
        return plan_sheet(sheet, w, h, bleed, margin).per_sheet
    except ValidationError:
        return 0


def _grid(sheet: str, w: float, h: float) -> str:
    try:
        layout = plan_sheet(sheet, w, h, BLEED, MARGIN)
    except ValidationError:
        return "-"
    return f"{layout.cols}x{layout.rows}" + ("L" if layout.orientation == "landscape" else "")


@pytest.mark.parametrize("size", sorted(STANDARD_SIZES))
def test_exporter_reaches_the_brute_force_best_and_the_golden_table(size: str) -> None:
    trim = STANDARD_SIZES[size]
    for sheet in SHEETS:
        best = brute_force(sheet, trim.width_mm, trim.height_mm, BLEED, MARGIN)
        assert _count(sheet, trim.width_mm, trim.height_mm) == best, sheet
        assert _grid(sheet, trim.width_mm, trim.height_mm) == GOLDEN[size][sheet], sheet


def test_what_print_shops_expect_on_sra3() -> None:
    assert _count("SRA3", 148, 210) == 4  # A5
    assert _count("SRA3", 99, 210) == 4  # DL
    assert _count("SRA3", 85, 55) >= 21  # EU business cards


@pytest.mark.parametrize(("bleed", "margin"), [(0, 0), (2, 3), (3.175, 5), (5, 12)])
def test_other_bleeds_and_margins_match_brute_force(bleed: float, margin: float) -> None:
    for trim, sheet in itertools.product(STANDARD_SIZES.values(), SHEETS):
        best = brute_force(sheet, trim.width_mm, trim.height_mm, bleed, margin)
        assert _count(sheet, trim.width_mm, trim.height_mm, bleed, margin) == best


def test_pieces_and_their_bleed_stay_inside_the_printable_area_without_overlap() -> None:
    layout = plan_sheet("SRA3", 85, 55, BLEED, MARGIN)
    b, margin = BLEED * mm, MARGIN * mm
    boxes = []
    for position in range(layout.per_sheet):
        x, y = layout.slot(position)
        box = (x - b, y - b, x + layout.trim_w + b, y + layout.trim_h + b)
        assert box[0] >= margin - 0.01 and box[1] >= margin - 0.01
        assert box[2] <= layout.width - margin + 0.01 and box[3] <= layout.height - margin + 0.01
        boxes.append(box)
    for a, c in itertools.combinations(boxes, 2):
        overlap_w = min(a[2], c[2]) - max(a[0], c[0])
        overlap_h = min(a[3], c[3]) - max(a[1], c[1])
        assert overlap_w <= 0.01 or overlap_h <= 0.01


def test_a_piece_too_big_for_the_sheet_is_refused() -> None:
    with pytest.raises(ValidationError, match="does not fit on A4"):
        plan_sheet("A4", 210, 297, BLEED)
