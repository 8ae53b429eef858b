"""Preflight rules that look at the piece as a whole: geometry, codes past the trim, fields that
print empty or dangling, starter-template words left as they came, small reversed text and ink.

Each rule calls ``add(level, message)`` for one element; `omniprint.render.preflight` names the
element and side. A message always says what to do about it.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path

from omniprint.domain.design import (
    BarcodeElement,
    Color,
    CouponElement,
    Design,
    Element,
    EllipseElement,
    QrElement,
    RectElement,
    Side,
    TextElement,
    fields_in,
)
from omniprint.domain.i18n import tr

AddIssue = Callable[[str, str], None]
TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "assets" / "templates"
MAX_INK = 300.0  # total area coverage, percent (some shops ask 280)
REVERSED_MIN_PT = 8.0
INK_USED = 10.0  # percent: an ink below this hardly registers as a colour of its own
# Words every starter template shares and a real piece keeps: not sample text.
GENERIC_LABELS = frozenset({
    "YOUR CODE", "Opening hours", "Find us", "Offer terms", "Contact", "Stamp", "Good to know",
    "How to use your offer", "1\n2\n3", "Monday–Friday\nSaturday\nSunday",
    "Mon–Fri\nSaturday\nSunday", "Scan for the offer", "Scan to save my contact",
})  # fmt: skip
MAX_TYPE_PT = 2000.0  # 70 cm letters: anything bigger is a typo
MAX_EXTENT_MM = 5000.0  # nothing printed by OmniPrint is 5 m long: a typo or a corrupt file


@functools.lru_cache(maxsize=1)
def template_sample_texts() -> frozenset[str]:
    """The sample words of the starter templates (texts with no ``{{field}}``)."""
    texts: set[str] = set()
    for path in sorted(TEMPLATES_DIR.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for side in document.get("sides", []):
            for el in side.get("elements", []):
                text = el.get("text")
                if isinstance(text, str) and "{{" not in text and text.strip():
                    texts.add(text.strip())
    return frozenset(texts - GENERIC_LABELS)


def check_geometry(el: Element, add: AddIssue) -> bool:
    """An error for a box that is not a number, has no size or is absurdly far or big.

    Returns False when the element cannot be checked further (its numbers are meaningless).
    """
    values = (el.x_mm, el.y_mm, el.w_mm, el.h_mm, el.rotation_deg)
    if not all(math.isfinite(v) for v in values):
        add("error", tr("its position or size is not a number: set x, y, width and height again"))
        return False
    size = getattr(el, "size_pt", None)
    if size is not None and not (math.isfinite(size) and 0 < size <= MAX_TYPE_PT):
        add("error", tr("its type size ({size:g} pt) is absurd: set a real size").format(size=size))
        return False
    # A line's width and height are the vector from its start to its end: either may be
    # negative (a line drawn up or left); only a line of no length has no size.
    negative = el.TYPE != "line" and (el.w_mm < 0 or el.h_mm < 0)
    if negative or (el.w_mm == 0 and el.h_mm == 0):
        add("error", tr("it has no size: give it a width and a height, or delete it"))
        return False
    if max(abs(el.x_mm), abs(el.y_mm), el.w_mm, el.h_mm) > MAX_EXTENT_MM:
        add(
            "error",
            tr("its box ({w:g} x {h:g} mm at {x:g}, {y:g}) is absurd: check its numbers").format(
                w=el.w_mm, h=el.h_mm, x=el.x_mm, y=el.y_mm
            ),
        )
        return False
    return True


def check_code_inside_trim(design: Design, el: Element, add: AddIssue) -> None:
    """A coupon code or barcode must sit wholly inside the trim (QR codes: see preflight)."""
    if not isinstance(el, CouponElement | BarcodeElement):
        return
    x0, y0, x1, y1 = el.x_mm, el.y_mm, el.x_mm + el.w_mm, el.y_mm + el.h_mm
    w, h = design.width_mm, design.height_mm
    if x1 <= 0 or y1 <= 0 or x0 >= w or y0 >= h:
        add("error", tr("the code is wholly outside the trim: it would not print; move it in"))
    elif x0 < 0 or y0 < 0 or x1 > w or y1 > h:
        add(
            "error",
            tr(
                "the code is partly outside the trim: it would be cut; move it inside the safe area"
            ),
        )


def _field_advice(name: str) -> str:
    if name == "expires":
        return tr("set the campaign's end date, or take the words out")
    if name.startswith("business."):
        # Said the same way to both faces: the app's business details and `business set` both
        # name the detail as it is written here.
        return tr("fill in the business {detail} in the business details, or take the words out"
                  ).format(detail=name.split(".", 1)[1])  # fmt: skip
    return tr("give the records a {field} value, or take the words out").format(field=name)


def check_fields(el: TextElement, record: Mapping[str, str], add: AddIssue) -> None:
    """Fields that print nothing: an error when words are left dangling around them ("Valid
    until ." with no end date, "Call" with no phone), a warning when the line is just empty."""
    if "{{" not in el.text:
        return
    for line in el.text.split("\n"):
        names = fields_in(line)
        empty = [name for name in names if not str(record.get(name, "")).strip()]
        if not empty:
            continue
        filled = line
        for name in names:
            filled = filled.replace("{{" + name + "}}", str(record.get(name, "")))
        words = line
        for name in names:
            words = words.replace("{{" + name + "}}", "")
        shown = _around(filled.strip(), line.index("{{" + empty[0]))
        if any(ch.isalnum() for ch in words):
            add("error", tr("prints {shown!r} because {fields} is empty: {advice}").format(
                shown=shown, fields=", ".join(empty), advice=_field_advice(empty[0])))  # fmt: skip
        elif all(name.startswith("business.") for name in empty):
            add("warning", tr("uses business details that are empty ({fields}): {advice}").format(
                fields=", ".join(empty), advice=_field_advice(empty[0])))  # fmt: skip
        else:
            add("warning", tr("{fields} is empty, so a line prints blank: {advice}").format(
                fields=", ".join(empty), advice=_field_advice(empty[0])))  # fmt: skip


def _around(text: str, at: int, reach: int = 30) -> str:
    """The part of a long line around position ``at``, with ellipses where it was cut."""
    start, end = max(0, at - reach), at + reach
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def check_sample_text(el: TextElement, add: AddIssue) -> None:
    """Starter-template words left as they came ("Blocked drain?", "Alex Morgan")."""
    if isinstance(el, CouponElement) or el.text.strip() not in template_sample_texts():
        return
    add("warning", tr("still has the starter template's sample text: write your own words"))


def _ink(color: Color) -> tuple[float, ...]:
    return tuple(v * 100 for v in color.as_cmyk())


def check_ink(el: Element, colors: list[Color], add: AddIssue) -> None:
    """Total ink over `MAX_INK` (the sum of the four inks) smears and sets off in the stack."""
    for color in colors:
        if color.cmyk is None:
            continue  # an RGB colour is warned about on its own
        total = sum(color.cmyk)
        if total > MAX_INK + 0.01:
            add("warning", tr(
                "total ink {total:g} % is over {limit:g} %: use a rich black such as "
                "60/40/40/100 or lighter inks"
            ).format(total=total, limit=MAX_INK))  # fmt: skip
            return


def _contains(outer: Element, inner: Element) -> bool:
    cx, cy = inner.x_mm + inner.w_mm / 2, inner.y_mm + inner.h_mm / 2
    return (
        outer.x_mm <= cx <= outer.x_mm + outer.w_mm and outer.y_mm <= cy <= outer.y_mm + outer.h_mm
    )


def background_under(side: Side, index: int) -> Color | None:
    """The colour drawn under element ``index``: the last filled shape below it, or the side's."""
    el = side.elements[index]
    for below in reversed(side.elements[:index]):
        if isinstance(below, RectElement | EllipseElement) and not below.hidden:
            fill = getattr(below, "fill", None)
            if fill is not None and _contains(below, el):
                return fill
    return side.background


def is_small_reversed(el: TextElement, size_pt: float, under: Color | None) -> int:
    """The number of inks of the background when ``el`` is small text knocked out of a 3- or
    4-colour background (0 otherwise): any misregistration shows as a coloured fringe."""
    if under is None or size_pt >= REVERSED_MIN_PT or under.cmyk is None:
        return 0
    inks = sum(1 for v in _ink(under) if v >= INK_USED)
    if inks < 3:
        return 0
    if sum(_ink(el.color)) >= 0.5 * sum(_ink(under)):
        return 0  # darker than or as dark as the ground: not reversed
    return inks


def is_code(el: Element) -> bool:
    return isinstance(el, QrElement | CouponElement | BarcodeElement)
