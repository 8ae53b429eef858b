"""Undo commands: the only code that changes the design document.

A drag is one command; nudges with the arrow keys and edits of one property merge into one while
the user keeps going (`mergeWith` on a shared key).
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from omniprint.domain.design import Color, Design, Element
from omniprint.gui.designer.document import DesignDocument

_MERGE_ID = 0x0D51


class SetProperties(QUndoCommand):
    """Set properties of one or more elements: ``{element id: {property: value}}``.

    Commands with the same ``merge_key`` merge (e.g. ``"nudge"``, ``"text:title"``).
    """

    def __init__(
        self,
        doc: DesignDocument,
        changes: dict[str, dict],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.new = {i: dict(v) for i, v in changes.items() if doc.element(i) is not None}
        self.old = {
            i: {name: copy.deepcopy(getattr(doc.element(i), name)) for name in values}
            for i, values in self.new.items()
        }
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetProperties) or other.merge_key != self.merge_key:
            return False
        if {i: set(v) for i, v in other.new.items()} != {i: set(v) for i, v in self.new.items()}:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        for element_id, values in self.new.items():
            self.doc.set_properties(element_id, copy.deepcopy(values))

    def undo(self) -> None:
        for element_id, values in self.old.items():
            self.doc.set_properties(element_id, copy.deepcopy(values))


class AddElements(QUndoCommand):
    """Add elements on top of a side (or at ``position``)."""

    def __init__(
        self,
        doc: DesignDocument,
        side: int,
        elements: list[Element],
        text: str,
        position: int | None = None,
    ) -> None:
        super().__init__(text)
        self.doc, self.side, self.elements = doc, side, elements
        self.position = position

    def redo(self) -> None:
        start = len(self.doc.elements(self.side)) if self.position is None else self.position
        for offset, el in enumerate(self.elements):
            self.doc.insert(self.side, start + offset, el)

    def undo(self) -> None:
        for el in self.elements:
            self.doc.remove(el.id)


class RemoveElements(QUndoCommand):
    def __init__(self, doc: DesignDocument, ids: list[str], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        found = [doc.find(i) for i in ids]
        # Remember (side, position, element) in document order, so undo restores the z-order.
        self.removed = sorted((f for f in found if f), key=lambda f: (f[0], f[1]))

    def redo(self) -> None:
        for _, _, el in reversed(self.removed):
            self.doc.remove(el.id)

    def undo(self) -> None:
        for side, position, el in self.removed:
            self.doc.insert(side, position, el)


class Reorder(QUndoCommand):
    """Move one element to another place in its side's z-order."""

    def __init__(self, doc: DesignDocument, element_id: str, position: int, text: str) -> None:
        super().__init__(text)
        found = doc.find(element_id)
        self.doc, self.element_id = doc, element_id
        self.old = found[1] if found else position
        self.new = position

    def redo(self) -> None:
        self.doc.move_to(self.element_id, self.new)

    def undo(self) -> None:
        self.doc.move_to(self.element_id, self.old)


class SetBackground(QUndoCommand):
    def __init__(self, doc: DesignDocument, side: int, color: Color | None, text: str) -> None:
        super().__init__(text)
        self.doc, self.side, self.new = doc, side, color
        self.old = doc.design.sides[side].background
        self.merge_key = f"background:{side}"

    def id(self) -> int:
        return _MERGE_ID + 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetBackground) or other.side != self.side:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.set_background(self.side, self.new)

    def undo(self) -> None:
        self.doc.set_background(self.side, self.old)


class ReplaceDesign(QUndoCommand):
    """Swap the whole design (apply a template); undo brings the old one back."""

    def __init__(self, doc: DesignDocument, design: Design, text: str) -> None:
        super().__init__(text)
        self.doc, self.new, self.old = doc, design, doc.design

    def redo(self) -> None:
        self.doc.replace(self.new)

    def undo(self) -> None:
        self.doc.replace(self.old)
