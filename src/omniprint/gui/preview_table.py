"""The table of a dialog that reads a CSV before importing it (zones, people): the rows as they
will be imported, or the rows refused with their line, column and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from omniprint.domain.errors import InputFileError
from omniprint.gui.models import RecordsModel

ERROR_COLOR = QColor("#b3261e")


class PreviewTable(QTableView):
    """Shows one of its models at a time: a preview the dialog fills, or `problems`."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.problems = RecordsModel(
            [self.tr("Line"), self.tr("Column"), self.tr("Why it cannot be imported")],
            right=(0,),
            parent=self,
        )

    def show_model(self, model: RecordsModel) -> None:
        """Show `model`, its columns as wide as their text and the last one the rest."""
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_problems(self, problems: Sequence[InputFileError]) -> None:
        """Show the refused rows (none: an empty list, under a message that says why)."""
        self.problems.set_rows(
            [[p.line if p.line is not None else "", p.column or "", p.reason] for p in problems],
            colors=[ERROR_COLOR] * len(problems),
        )
        self.show_model(self.problems)
