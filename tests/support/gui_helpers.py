"""Helpers for designer tests: a planned workspace and mouse work on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from omniprint.services import business, codes, plan
from omniprint.storage.workspace import Workspace

CAMPAIGN, PIECE = "otono-2026", "pieza"


def plan_workspace(ws: Workspace, kind: str = "flyer", size: str | None = "A6") -> None:
    """A campaign with one piece, two zones and codes (as support/printing.py plans it)."""
    plan.create_campaign(
        ws, "Otoño 2026", landing_url="https://tostadores.es/otono", end_date="2026-12-31"
    )
    business.set_business(ws, name="Tostadores Ruzafa", phone="963 000 111", web="tostadores.es")
    plan.add_piece(ws, CAMPAIGN, kind=kind, size=size, name="Pieza")
    plan.add_zone(ws, CAMPAIGN, code="46001", name="Ciutat Vella", households=8)
    plan.add_drop(ws, CAMPAIGN, piece=PIECE, zone="46001")
    codes.generate_codes(ws, CAMPAIGN, prefix="OTO")


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def drag(qtbot, view, start: QPointF, end: QPointF, modifier=Qt.KeyboardModifier.NoModifier):
    """Press at ``start``, move in steps, release at ``end`` (scene points in mm)."""
    viewport = view.viewport()
    a, b = view_point(view, start), view_point(view, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for step in range(1, 6):
        p = a + (b - a) * (step / 5)
        qtbot.mouseMove(viewport, p)
        # QTest's mouseMove sends no buttons; send a real move event with the button held.
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        event = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(p),
            QPointF(viewport.mapToGlobal(p)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            modifier,
        )
        QApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


# Layout checks ---------------------------------------------------------------------------------
# What a user sees as "broken": two widgets drawn over each other, or a text cut short (an
# ellipsis, or letters past the edge) although the window is a size a screen has. These helpers
# walk a widget tree and name each such widget, so a test can assert the list is empty.

TOLERANCE = 2  # pixels: borders and frames may touch


def _visible(widget, root) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _name(widget) -> str:
    text = ""
    for attr in ("text", "title", "placeholderText"):
        getter = getattr(widget, attr, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value
                break
    label = widget.objectName() or type(widget).__name__
    return f"{label}({text[:40]!r})" if text else label


def _managed_apart(parent) -> bool:
    """Containers whose children overlap by design (stacked pages, scroll area parts)."""
    from PySide6.QtWidgets import QAbstractScrollArea, QStackedWidget

    return isinstance(parent, QStackedWidget | QAbstractScrollArea)


def overlapping_widgets(root) -> list[str]:
    """Pairs of visible sibling widgets whose rectangles overlap (each pair once)."""
    from PySide6.QtWidgets import QWidget

    found = []
    parents = [root, *root.findChildren(QWidget)]
    for parent in parents:
        if not _visible(parent, root) and parent is not root:
            continue
        if _managed_apart(parent):
            continue
        kids = [
            w for w in parent.children()
            if isinstance(w, QWidget) and not w.isWindow() and _visible(w, root)
        ]  # fmt: skip
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > TOLERANCE and overlap.height() > TOLERANCE:
                    found.append(f"{_name(a)} overlaps {_name(b)}")
    return found


def _cut(width: int, needed: int) -> bool:
    return width + TOLERANCE < needed


def cut_texts(root) -> list[str]:
    """Visible texts that do not fit their widget: labels, buttons, placeholders, table and tree
    headers, combo boxes. A label that wraps is cut when its text needs more height than it has."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QWidget,
    )

    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _visible(w, root):
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + TOLERANCE:
                    found.append(
                        f"{_name(w)} needs {w.heightForWidth(w.width())} px high, has {w.height()}"
                    )
            elif _cut(w.width(), w.minimumSizeHint().width()):
                found.append(
                    f"{_name(w)} needs {w.minimumSizeHint().width()} px wide, has {w.width()}"
                )
        elif isinstance(w, QAbstractButton) and w.text():
            if _cut(w.width(), w.sizeHint().width()):
                found.append(f"{_name(w)} needs {w.sizeHint().width()} px wide, has {w.width()}")
        elif isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            needed = w.fontMetrics().horizontalAdvance(w.placeholderText()) + 12
            if _cut(w.width(), needed):
                found.append(f"{_name(w)} placeholder needs {needed} px, has {w.width()}")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            needed = _combo_width(w)
            if _cut(w.width(), needed):
                found.append(f"{_name(w)} needs {needed} px wide, has {w.width()}")
        elif isinstance(w, QAbstractItemView):
            header = getattr(w, "horizontalHeader", None)
            if callable(header):
                found += _cut_sections(w, header())
                found += _cut_cells(w)
            elif w.horizontalScrollBar().isVisible():  # a list whose lines run off its edge
                found.append(f"{_name(w)} scrolls sideways")
    return found


def _cut_sections(view, header) -> list[str]:
    from PySide6.QtCore import Qt

    model = view.model()
    if model is None or not header.isVisible():
        return []
    found = []
    # Columns wider than the view hide the last ones behind a scroll bar.
    if header.length() > view.viewport().width() + TOLERANCE:
        found.append(
            f"{_name(view)} columns need {header.length()} px, view has {view.viewport().width()}"
        )
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = header.fontMetrics().horizontalAdvance(str(text)) + 6
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += 14
        has = header.sectionSize(section)
        if _cut(has, needed):
            found.append(f"{_name(view)} column {text!r} needs {needed} px, has {has}")
    return found


def layout_problems(root, allow: tuple[str, ...] = ()) -> list[str]:
    """Every overlap and every cut text under `root`, but those that start with one of the
    `allow` names (a known trade-off, such as a wide table that scrolls on a small screen)."""
    found = overlapping_widgets(root) + cut_texts(root)
    return [p for p in found if not p.startswith(allow)]


def _combo_width(combo) -> int:
    """The width the style needs to show the combo box's current text whole."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        text.setWidth(text.width() + combo.iconSize().width() + 4)
    return (
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    )


def _wraps_whole(view, index, text: str, width: int) -> bool:
    """Whether ``text``, wrapped at the column's width, fits the height of its row (the view's
    own size hint for the row wraps each cell at its column's width)."""
    return view.rowHeight(index.row()) >= view.sizeHintForRow(index.row())


def _cut_cells(view, rows: int = 50) -> list[str]:
    """Cells of a table whose text is elided ("460…"): narrower than the delegate asks for."""
    from PySide6.QtCore import Qt

    model = view.model()
    if model is None:
        return []
    grid = 1 if view.showGrid() else 0
    found = []
    for col in range(model.columnCount()):
        if view.isColumnHidden(col):
            continue
        has = view.columnWidth(col)
        for row in range(min(rows, model.rowCount())):
            if view.columnSpan(row, col) > 1:
                continue
            index = model.index(row, col)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not text or not isinstance(text, str):
                continue
            needed = view.sizeHintForIndex(index).width() + grid
            if has < needed and view.wordWrap() and _wraps_whole(view, index, text, has):
                continue  # the text wraps onto more lines, and the row is tall enough for them
            if has < needed:
                found.append(f"{_name(view)} cell {text!r} needs {needed} px, has {has}")
                break  # one cut cell names the column
    return found
