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

# size -> sheet -> pieces per sheet, with 3 mm bleed around each piece and a 5 mm sheet margin.
GOLDEN = {
    "business-card-eu": {"A4": 9, "A3": 18, "SRA3": 21, "Letter": 8, "Tabloid": 16},
    "business-card-us": {"A4": 10, "A3": 21, "SRA3": 21, "Letter": 8, "Tabloid": 16},
    "business-card-au": {"A4": 8, "A3": 16, "SRA3": 21, "Letter": 8, "Tabloid": 16},
    "business-card-es": {"A4": 10, "A3": 20, "SRA3": 21, "Letter": 8, "Tabloid": 16},
    "A6": {"A4": 2, "A3": 4, "SRA3": 6, "Letter": 2, "Tabloid": 4},
    "A5": {"A4": 1, "A3": 2, "SRA3": 4, "Letter": 1, "Tabloid": 2},
    "A4": {"A4": 0, "A3": 1, "SRA3": 2, "Letter": 0, "Tabloid": 1},
    "DL": {"A4": 1, "A3": 3, "SRA3": 4, "Letter": 1, "Tabloid": 4},
    "letter-half": {"A4": 1, "A3": 2, "SRA3": 3, "Letter": 1, "Tabloid": 2},
    "door-hanger": {"A4": 1, "A3": 3, "SRA3": 4, "Letter": 1, "Tabloid": 3},
    "door-hanger-us": {"A4": 2, "A3": 4, "SRA3": 4, "Letter": 2, "Tabloid": 4},
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


@pytest.mark.parametrize("size", sorted(STANDARD_SIZES))
def test_exporter_reaches_the_brute_force_best_and_the_golden_table(size: str) -> None:
    trim = STANDARD_SIZES[size]
    for sheet in SHEETS:
        best = brute_force(sheet, trim.width_mm, trim.height_mm, BLEED, MARGIN)
        assert _count(sheet, trim.width_mm, trim.height_mm) == best == GOLDEN[size][sheet], sheet


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
