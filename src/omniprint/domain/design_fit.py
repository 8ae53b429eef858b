"""Fitting a design made for one trim size to another (a template on a piece of another size)."""

from __future__ import annotations

from dataclasses import replace

from omniprint.domain.design import Design, QrElement, Side, TextElement


def fit_to_trim(design: Design, width_mm: float, height_mm: float) -> Design:
    """The design scaled to `width_mm` x `height_mm`: boxes scale with the page, text and QR
    codes by the smaller factor so nothing grows out of its box or stops being square."""
    if abs(design.width_mm - width_mm) < 0.05 and abs(design.height_mm - height_mm) < 0.05:
        return design
    sx, sy = width_mm / design.width_mm, height_mm / design.height_mm
    small = min(sx, sy)
    sides = []
    for side in design.sides:
        elements = []
        for el in side.elements:
            changes: dict = {
                "x_mm": round(el.x_mm * sx, 2),
                "y_mm": round(el.y_mm * sy, 2),
                "w_mm": round(el.w_mm * sx, 2),
                "h_mm": round(el.h_mm * sy, 2),
            }
            if isinstance(el, TextElement):
                changes["size_pt"] = round(el.size_pt * small, 1)
            if isinstance(el, QrElement):
                # Keep the symbol square and centred where the old one was.
                size = round(min(el.w_mm, el.h_mm) * small, 2)
                cx, cy = (el.x_mm + el.w_mm / 2) * sx, (el.y_mm + el.h_mm / 2) * sy
                changes |= {
                    "x_mm": round(cx - size / 2, 2),
                    "y_mm": round(cy - size / 2, 2),
                    "w_mm": size,
                    "h_mm": size,
                }
            elements.append(replace(el, **changes))
        sides.append(Side(side.name, side.background, elements))
    return replace(design, width_mm=width_mm, height_mm=height_mm, sides=sides)
