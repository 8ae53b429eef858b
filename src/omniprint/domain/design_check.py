"""Checks a design document must pass before it is read (``design import``, the designer's
Import): numbers that are numbers, sizes a printer could print, and no deeper nesting than the
format has. `omniprint.domain.design.load_design` then checks each element's properties.

Kept apart from ``design.py`` (the format's reader and writer) so the reader stays about the
format; these are the limits against hostile or broken files.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr

__all__ = ["MAX_DEPTH", "MAX_SIZE_MM", "check_design_data"]

#: Ten metres: larger than any piece a print shop makes (a billboard sheet is 3 m).
MAX_SIZE_MM = 10_000.0
_MAX_SIZE_PT = MAX_SIZE_MM / 25.4 * 72
#: The deepest the format nests: document > sides > side > elements > element > colour > cmyk >
#: number (and document > assets > image > data).
MAX_DEPTH = 8


def check_design_data(data: Any) -> None:
    """Raise ValidationError naming the element and property of the first value that is NaN or
    infinite, a size beyond `MAX_SIZE_MM`, or nested deeper than `MAX_DEPTH`."""
    # Walked with a stack, not recursion: a hostile file may nest ten thousand levels.
    stack: list[tuple[Any, str, int, str]] = [(data, "design", 1, "")]
    while stack:
        value, where, depth, key = stack.pop()
        if depth > MAX_DEPTH:
            raise ValidationError(
                tr("{where}: nested deeper than a design document can be").format(where=where)
            )
        if isinstance(value, Mapping):
            for child_key, child in value.items():
                stack.append(
                    (child, _child(where, value, str(child_key)), depth + 1, str(child_key))
                )
        elif isinstance(value, list):
            for index, child in enumerate(value):
                stack.append((child, _item(where, key, index, child), depth + 1, key))
        elif isinstance(value, float) and not math.isfinite(value):
            raise ValidationError(
                tr("{where}: {value} is not a number a design can use").format(
                    where=where, value=value
                )
            )
        elif isinstance(value, int | float) and not isinstance(value, bool):
            _check_size(value, where, key)


def _check_size(value: float, where: str, key: str) -> None:
    if key.endswith("_mm") and abs(value) > MAX_SIZE_MM:
        raise ValidationError(
            tr("{where}: {value} mm is more than {limit} m").format(
                where=where, value=value, limit=int(MAX_SIZE_MM / 1000)
            )
        )
    if key.endswith("_pt") and abs(value) > _MAX_SIZE_PT:
        raise ValidationError(
            tr("{where}: {value} pt is more than {limit} m").format(
                where=where, value=value, limit=int(MAX_SIZE_MM / 1000)
            )
        )


def _child(where: str, parent: Mapping, key: str) -> str:
    return f"{where}.{key}" if where != "design" else key


def _item(where: str, key: str, index: int, child: Any) -> str:
    """How a list item is named in a message: an element by its id, a side by its name."""
    if key == "elements":
        side = where.removesuffix(".elements")
        el_id = child.get("id") if isinstance(child, Mapping) else None
        if isinstance(el_id, str) and el_id:
            return f"element {el_id!r}"
        return tr("{side} element {number}").format(side=side, number=index + 1)
    if key == "sides" and isinstance(child, Mapping) and isinstance(child.get("name"), str):
        return str(child["name"])
    return f"{where}[{index}]"
