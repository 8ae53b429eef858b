"""The design being edited, wrapped in a QObject: the single source of truth of the designer.

Everything that changes the design goes through these methods (called by undo commands only), and
every view (canvas items, properties, layers) redraws from the signals. Views never keep their own
copy of an element's state.
"""

from __future__ import annotations

import copy
import itertools
import re

from PySide6.QtCore import QObject, Signal

from omniprint.domain.design import Color, Design, Element


class DesignDocument(QObject):
    """A `Design` with change signals."""

    element_changed = Signal(str)  # an element's properties changed (its id)
    side_changed = Signal(int)  # elements of a side were added, removed or reordered
    background_changed = Signal(int)
    reset = Signal()  # the whole design was replaced (a template was applied)

    def __init__(self, design: Design, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._design = design

    @property
    def design(self) -> Design:
        return self._design

    # -- reading ------------------------------------------------------------------------------

    def find(self, element_id: str) -> tuple[int, int, Element] | None:
        """(side index, position in the side, element) of an id, or None."""
        for side_index, side in enumerate(self._design.sides):
            for position, el in enumerate(side.elements):
                if el.id == element_id:
                    return side_index, position, el
        return None

    def element(self, element_id: str) -> Element | None:
        found = self.find(element_id)
        return found[2] if found else None

    def elements(self, side: int) -> list[Element]:
        if 0 <= side < len(self._design.sides):
            return self._design.sides[side].elements
        return []

    def new_id(self, prefix: str) -> str:
        """An id not used in the document yet, such as ``text-3``."""
        used = {el.id for _, el in self._design.elements()}
        base = re.sub(r"-\d+$", "", prefix) or "element"
        for n in itertools.count(1):
            candidate = f"{base}-{n}"
            if candidate not in used:
                return candidate
        raise AssertionError("unreachable")

    def colors(self) -> list[Color]:
        """Every distinct colour the design uses (its own swatches), in order of appearance."""
        found: list[Color] = []
        for side in self._design.sides:
            candidates = [side.background]
            for el in side.elements:
                candidates += [getattr(el, n, None) for n in ("color", "fill", "stroke")]
            for color in candidates:
                if isinstance(color, Color) and color not in found:
                    found.append(color)
        return found

    # -- changing (for undo commands) ---------------------------------------------------------

    def set_properties(self, element_id: str, values: dict) -> None:
        el = self.element(element_id)
        if el is None:
            return
        for name, value in values.items():
            setattr(el, name, value)
        self.element_changed.emit(element_id)

    def insert(self, side: int, position: int, element: Element) -> None:
        self._design.sides[side].elements.insert(position, element)
        self.side_changed.emit(side)

    def remove(self, element_id: str) -> tuple[int, int, Element] | None:
        found = self.find(element_id)
        if found:
            side, position, _ = found
            del self._design.sides[side].elements[position]
            self.side_changed.emit(side)
        return found

    def move_to(self, element_id: str, position: int) -> None:
        found = self.find(element_id)
        if found is None:
            return
        side, old, el = found
        elements = self._design.sides[side].elements
        del elements[old]
        elements.insert(max(0, min(position, len(elements))), el)
        self.side_changed.emit(side)

    def set_background(self, side: int, color: Color | None) -> None:
        self._design.sides[side].background = color
        self.background_changed.emit(side)

    def replace(self, design: Design) -> None:
        self._design = design
        self.reset.emit()

    def snapshot(self) -> Design:
        """A deep copy, for saving from a consistent state."""
        return copy.deepcopy(self._design)
