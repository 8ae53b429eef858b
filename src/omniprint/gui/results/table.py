"""A table view whose selection copies to a spreadsheet, and a filter box for it."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole
"""Models give the raw value (a number, an ISO date) under this role, so sorting is by value."""


def selection_as_tsv(view: QTableView) -> str:
    """The selected cells as tab-separated lines (a header line first), in the order shown."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if model is None or not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes}, key=view.horizontalHeader().visualIndex)
    chosen = {(i.row(), i.column()) for i in indexes}
    header = "\t".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns)
    lines = [header]
    for row in rows:
        cells = []
        for column in columns:
            text = model.index(row, column, QModelIndex()).data() if (row, column) in chosen else ""
            cells.append(str(text or "").replace("\t", " ").replace("\n", " "))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


class CopyTableView(QTableView):
    """Rows of records: select with the mouse, Ctrl+C pastes into a spreadsheet."""

    def __init__(self, parent: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(parent, **kwargs)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows only: measuring 100,000 rows would freeze the window.
        self.horizontalHeader().setResizeContentsPrecision(100)
        self.horizontalHeader().setStretchLastSection(True)

    def copy(self) -> None:
        """Put the selection on the clipboard as tab-separated text (Edit > Copy lands here)."""
        text = selection_as_tsv(self)
        if text:
            QGuiApplication.clipboard().setText(text)

    def event(self, event: QEvent) -> bool:
        # Take Ctrl+C before the window's Copy action does, so the table copies its rows.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)


def sorted_table(
    model: QAbstractItemModel, name: str, parent: QObject, *, sortable: bool = True
) -> tuple[QSortFilterProxyModel, CopyTableView]:
    """A table (named `name`) over `model` through a proxy that sorts by `SORT_ROLE` and filters
    on every column, ignoring case. A `sortable` one sorts by the header clicked, and shows the
    model's own order until then."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSourceModel(model)
    table = CopyTableView(objectName=name)
    table.setModel(proxy)
    if sortable:
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return proxy, table
