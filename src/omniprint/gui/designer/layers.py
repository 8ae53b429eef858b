"""The layers list of the side shown: top element first, with visibility, lock and name."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.design import Element
from omniprint.gui.designer.commands import Reorder, SetProperties
from omniprint.gui.designer.document import DesignDocument
from omniprint.gui.designer.element_names import shown_name
from omniprint.gui.designer.palette import palette_icon

VISIBLE, LOCKED, NAME = range(3)
TYPE_LABELS = {
    "text": QT_TRANSLATE_NOOP("Designer", "Text"),
    "coupon": QT_TRANSLATE_NOOP("Designer", "Coupon code"),
    "image": QT_TRANSLATE_NOOP("Designer", "Image"),
    "rect": QT_TRANSLATE_NOOP("Designer", "Box"),
    "ellipse": QT_TRANSLATE_NOOP("Designer", "Ellipse"),
    "line": QT_TRANSLATE_NOOP("Designer", "Line"),
    "qr": QT_TRANSLATE_NOOP("Designer", "QR code"),
    "barcode": QT_TRANSLATE_NOOP("Designer", "Barcode"),
}


def type_label(kind: str) -> str:
    """An element type as the user reads it, in the user's language."""
    return QCoreApplication.translate("Designer", TYPE_LABELS.get(kind, kind))


def element_title(el: Element) -> str:
    """How an element is named in lists: its name, else its type and id."""
    return shown_name(el.name) if el.name else f"{type_label(el.TYPE)} ({el.id})"


class LayersModel(QAbstractTableModel):
    """Rows are the elements of one side, top of the z-order first; edits become undo commands."""

    def __init__(self, doc: DesignDocument, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        self.side = 0
        self._rows: list[Element] = []
        doc.side_changed.connect(self._side_changed)
        doc.reset.connect(self._reload)
        doc.element_changed.connect(self._element_changed)
        self._reload()

    def set_side(self, side: int) -> None:
        self.side = side
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = list(reversed(self.doc.elements(self.side)))
        self.endResetModel()

    def _side_changed(self, side: int) -> None:
        if side == self.side:
            self._reload()

    def _element_changed(self, element_id: str) -> None:
        row = self.row_of(element_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, NAME))

    def row_of(self, element_id: str) -> int:
        return next((r for r, el in enumerate(self._rows) if el.id == element_id), -1)

    def element_at(self, row: int) -> Element | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Show"), self.tr("Lock"), self.tr("Name"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Shown and printed"),
                self.tr("Locked: cannot be selected on the canvas or moved"),
                self.tr("Double-click to rename"),
            )[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (VISIBLE, LOCKED):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        el = self.element_at(index.row()) if index.isValid() else None
        if el is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == VISIBLE:
            return Qt.CheckState.Unchecked if el.hidden else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.CheckStateRole and column == LOCKED:
            return Qt.CheckState.Checked if el.locked else Qt.CheckState.Unchecked
        if column == NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return element_title(el)
            if role == Qt.ItemDataRole.EditRole:
                return el.name
            if role == Qt.ItemDataRole.DecorationRole:
                return palette_icon(el.TYPE)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{type_label(el.TYPE)} · id {el.id}"
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        el = self.element_at(index.row()) if index.isValid() else None
        if el is None:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in (VISIBLE, LOCKED):
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if column == VISIBLE:
                name, new, text = (
                    "hidden",
                    not checked,
                    self.tr("Show") if checked else self.tr("Hide"),
                )
            else:
                name, new, text = (
                    "locked",
                    checked,
                    self.tr("Lock") if checked else self.tr("Unlock"),
                )
        elif role == Qt.ItemDataRole.EditRole and column == NAME:
            name, new, text = "name", " ".join(str(value).split()), self.tr("Rename")
        else:
            return False
        if getattr(el, name) != new:
            self.undo.push(SetProperties(self.doc, {el.id: {name: new}}, text))
        return True


class LayersPanel(QWidget):
    """The layers list with buttons to bring forward, send backward and delete."""

    selection_changed = Signal(list)  # element ids chosen in the list
    delete_requested = Signal()

    def __init__(self, doc: DesignDocument, undo: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        self.model = LayersModel(doc, undo, self)
        self.view = QTableView(self)
        self.view.setObjectName("layers")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setIconSize(QSize(18, 18))
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(VISIBLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOCKED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._syncing = False

        style = self.style()
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.up = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Bring forward"),
            lambda: self.move_selected(+1),
        )
        self.down = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Send backward"),
            lambda: self.move_selected(-1),
        )
        self.remove = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
            self.tr("Delete"),
            self.delete_requested.emit,
        )
        for b in (self.up, self.down):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def _button(self, icon, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def set_side(self, side: int) -> None:
        self.model.set_side(side)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [el.id for el in (self.model.element_at(r) for r in rows) if el]

    def show_selection(self, ids: list[str]) -> None:
        """Highlight the rows of the canvas selection (without echoing it back)."""
        self._syncing = True
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for element_id in ids:
            row = self.model.row_of(element_id)
            if row >= 0:
                selection.select(self.model.index(row, NAME), flags)
        self._syncing = False

    def _selected(self, *args) -> None:
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    def move_selected(self, step: int) -> None:
        """Bring the selected element forward (+1) or backward (-1) in the z-order."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        found = self.doc.find(ids[0])
        if found is None:
            return
        _, position, _ = found
        target = position + step
        if 0 <= target < len(self.doc.elements(self.model.side)):
            text = self.tr("Bring forward") if step > 0 else self.tr("Send backward")
            self.undo.push(Reorder(self.doc, ids[0], target, text))
            self.show_selection(ids)
