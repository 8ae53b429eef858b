"""A read-only table declared by its columns: each says its header, how a row reads in it, the
value it sorts by and whether it is a figure (right-aligned).

The results and channels tables are such lists of columns over rows of the services' records; a
subclass adds only what its rows say beyond their cells (a bold totals row, a muted control zone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from omniprint.gui.models import RIGHT, Index, RowsModel
from omniprint.gui.results.table import SORT_ROLE

# (header marked with QT_TRANSLATE_NOOP in the model's CONTEXT, text of a row in a currency,
# value to sort by, right-aligned)
Column = tuple[str, Callable[[Any, str], str], Callable[[Any], Any], bool]


class ColumnsModel(RowsModel):
    """Rows shown through `COLUMNS`, with money in `currency`; sorted by `SORT_ROLE`."""

    COLUMNS: Sequence[Column] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.HEADERS = tuple(column[0] for column in cls.COLUMNS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.currency = "EUR"

    def show_rows(self, rows: list, currency: str) -> None:
        """Show `rows`, their money in `currency`."""
        self.currency = currency
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        _, text, value, right = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            special = self.special_text(row, column)
            return text(row, self.currency) if special is None else special
        if role == SORT_ROLE:
            return value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT) if right else None
        if role == Qt.ItemDataRole.FontRole:
            if not self.bold(row):
                return None
            font = QFont()
            font.setBold(True)
            return font
        return self.row_data(row, role)

    def special_text(self, row: Any, column: int) -> str | None:
        """What a cell says instead of its column's text (a totals row's label), or None."""
        return None

    def bold(self, row: Any) -> bool:
        """Whether the row stands out in bold (a total)."""
        return False

    def row_data(self, row: Any, role: int) -> Any:
        """The row's answer to any other role (a colour, a tooltip)."""
        return None
