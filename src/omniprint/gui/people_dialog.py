"""The people a piece is printed for (one card per person), as `omniprint people import / list /
clear` handle them: who is on the list now, and a CSV read and checked before it replaces it.

A CSV with refused rows shows each one with its line, column and why, and cannot be imported (the
service takes all rows or none).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError, RowErrors
from omniprint.domain.i18n import ntr
from omniprint.gui import dialogs
from omniprint.gui.models import RecordsModel
from omniprint.gui.preview_table import PreviewTable
from omniprint.services import people
from omniprint.services.workspace import Workspace

ERROR_STYLE = "color:#b3261e;"
NEUTRAL_STYLE = "color:#3d4350;"


class PeopleDialog(QDialog):
    """The people of one piece: the list now, a CSV's preview, Import and Clear."""

    changed = Signal()

    def __init__(
        self, ws: Workspace, campaign: str, piece: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.campaign, self.piece = ws, campaign, piece
        self.path: Path | None = None
        self.preview: list[dict] | None = None
        self.setObjectName("people_dialog")
        self.setWindowTitle(self.tr("People on the cards"))
        self.resize(720, 460)
        self.summary = QLabel(objectName="people_summary")
        self.summary.setWordWrap(True)
        self.people = RecordsModel(
            [self.tr("Name"), self.tr("Title"), self.tr("Mobile"), self.tr("E-mail")],
            parent=self,
        )
        self.table = PreviewTable("people_table")
        self.problems = self.table.problems
        hint = QLabel(
            self.tr(
                "A CSV with the columns name, title, mobile and e-mail (or nombre, cargo, móvil,"
                " correo): one card design merged per person, the print run shared out among"
                " them. Without people, the card is the business contact's."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5f6673;")
        self.choose_button = QPushButton(self.tr("Read a CSV…"), objectName="choose_people")
        self.import_button = QPushButton(self.tr("Import"), objectName="import_people")
        self.cancel_preview = QPushButton(self.tr("Keep the list"), objectName="keep_people")
        self.clear_button = QPushButton(self.tr("Clear the list"), objectName="clear_people")
        self.choose_button.clicked.connect(self._choose)
        self.import_button.clicked.connect(self.import_preview)
        self.cancel_preview.clicked.connect(self.show_current)
        self.clear_button.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        row.addWidget(self.cancel_preview)
        row.addStretch(1)
        row.addWidget(self.clear_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.show_current()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.summary.setStyleSheet(ERROR_STYLE if error else NEUTRAL_STYLE)
        self.summary.setText(text)

    def _set_people(self, found: list[dict]) -> None:
        self.people.set_rows(
            [[p.get("name", ""), p.get("title", ""), p.get("mobile", ""), p.get("email", "")]
             for p in found]
        )  # fmt: skip
        self.table.show_model(self.people)

    def show_current(self) -> None:
        """The piece's list as stored (what `people list` shows)."""
        self.path, self.preview = None, None
        try:
            current = people.list_people(self.ws, self.campaign, self.piece)
        except OmniPrintError as exc:
            self._say(str(exc), error=True)
            current = []
        else:
            self._say(
                ntr(
                    "{n} person: one card design.",
                    "{n} people: one card design each.",
                    len(current),
                )
                if current
                else self.tr("No people: the card prints the business contact.")
            )
        self._set_people(current)
        self.import_button.setEnabled(False)
        self.cancel_preview.setVisible(False)
        self.clear_button.setEnabled(bool(current))

    def _choose(self) -> None:
        path = dialogs.open_file(
            self, self.tr("People for the cards"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path is not None:
            self.read(path)

    def read(self, path: str | Path) -> bool:
        """Read and check ``path``: its people, or its refused rows with line and column.
        Returns whether it can be imported."""
        self.path, self.preview = Path(path), None
        self.cancel_preview.setVisible(True)
        self.import_button.setEnabled(False)
        try:
            found = people.preview_people(self.path)
        except RowErrors as exc:
            self._say(
                self.tr(
                    "{file}: {count} rows cannot be imported, so nothing will be imported."
                    " Correct them in the file, save it, and read it again."
                ).format(file=self.path.name, count=len(exc.problems)),
                error=True,
            )
            self.table.show_problems(exc.problems)
            return False
        except OmniPrintError as exc:
            self._say(str(exc), error=True)
            self.table.show_problems([])
            return False
        self.preview = found
        self._say(
            ntr(
                "{file}: {n} person ready to import; it replaces the list.",
                "{file}: {n} people ready to import; they replace the list.",
                len(found),
            ).format(file=self.path.name)
        )
        self._set_people(found)
        self.import_button.setEnabled(True)
        return True

    def import_preview(self) -> bool:
        """Make the CSV read last the piece's list."""
        if self.path is None or self.preview is None:
            return False
        try:
            people.import_people(self.ws, self.campaign, self.piece, self.path)
        except OmniPrintError as exc:  # the file changed since it was read
            self.read(self.path)
            if self.preview is None:
                return False
            self._say(str(exc), error=True)
            return False
        self.show_current()
        self.changed.emit()
        return True

    def clear(self) -> None:
        """Forget the people: the card prints the business contact again."""
        try:
            people.clear_people(self.ws, self.campaign, self.piece)
        except OmniPrintError as exc:
            self._say(str(exc), error=True)
            return
        self.show_current()
        self.changed.emit()
