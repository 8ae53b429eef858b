"""Aligning and distributing elements: plain geometry on element boxes (rotation ignored)."""

from __future__ import annotations

from omniprint.domain.design import Element


def _box(el: Element) -> tuple[float, float, float, float]:
    """(left, top, right, bottom), for lines too (whose w or h may be negative)."""
    x1, x2 = sorted((el.x_mm, el.x_mm + el.w_mm))
    y1, y2 = sorted((el.y_mm, el.y_mm + el.h_mm))
    return x1, y1, x2, y2


def align(elements: list[Element], how: str, page: tuple[float, float]) -> dict[str, dict]:
    """Move elements so their ``how`` edge (left, hcenter, right, top, vcenter, bottom) lines up
    with the selection's; a single element aligns to the page."""
    if not elements:
        return {}
    boxes = [_box(el) for el in elements]
    if len(elements) == 1:
        left, top, right, bottom = 0.0, 0.0, page[0], page[1]
    else:
        left = min(b[0] for b in boxes)
        top = min(b[1] for b in boxes)
        right = max(b[2] for b in boxes)
        bottom = max(b[3] for b in boxes)
    changes: dict[str, dict] = {}
    for el, (x1, y1, x2, y2) in zip(elements, boxes, strict=True):
        dx = dy = 0.0
        if how == "left":
            dx = left - x1
        elif how == "hcenter":
            dx = (left + right) / 2 - (x1 + x2) / 2
        elif how == "right":
            dx = right - x2
        elif how == "top":
            dy = top - y1
        elif how == "vcenter":
            dy = (top + bottom) / 2 - (y1 + y2) / 2
        elif how == "bottom":
            dy = bottom - y2
        if dx or dy:
            changes[el.id] = {"x_mm": round(el.x_mm + dx, 2), "y_mm": round(el.y_mm + dy, 2)}
    return changes


def distribute(elements: list[Element], horizontal: bool) -> dict[str, dict]:
    """Equal gaps between three or more elements, the outermost staying where they are."""
    if len(elements) < 3:
        return {}
    axis = 0 if horizontal else 1
    ordered = sorted(elements, key=lambda el: _box(el)[axis])
    boxes = [_box(el) for el in ordered]
    start, end = boxes[0][axis], max(b[axis + 2] for b in boxes)
    total = sum(b[axis + 2] - b[axis] for b in boxes)
    gap = (end - start - total) / (len(ordered) - 1)
    changes: dict[str, dict] = {}
    position = start
    for el, box in zip(ordered, boxes, strict=True):
        shift = position - box[axis]
        if abs(shift) > 1e-6:
            prop = "x_mm" if horizontal else "y_mm"
            changes[el.id] = {prop: round(getattr(el, prop) + shift, 2)}
        position += box[axis + 2] - box[axis] + gap
    return changes
