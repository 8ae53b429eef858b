"""Importing zones from a CSV file: a preview first, with every refused row and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError, RowErrors
from omniprint.domain.i18n import ntr
from omniprint.gui.models import RecordsModel
from omniprint.gui.preview_table import PreviewTable
from omniprint.services import zones
from omniprint.services.workspace import Workspace
from omniprint.services.zones import ZoneImport


class ZoneImportDialog(QDialog):
    """Shows what `services.zones.preview_zones` reads from the file; Import is enabled only when
    every row can be taken (the service imports all rows or none)."""

    def __init__(
        self,
        ws: Workspace,
        campaign: str,
        currency: str,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.campaign, self.currency, self.path = ws, campaign, currency, path
        self.imported: ZoneImport | None = None
        self.setObjectName("zone_import_dialog")
        self.setWindowTitle(self.tr("Import zones from {name}").format(name=path.name))
        self.resize(760, 440)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.model = RecordsModel(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Households"),
                self.tr("Coverage %"),
                self.tr("Cost / 1000"),
                self.tr("Drop date"),
                self.tr("Control"),
            ],
            right=(2, 3, 4),
            parent=self,
        )
        self.table = PreviewTable("preview")
        self.problems = self.table.problems
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("Import"), objectName="import")
        self.import_button.setDefault(True)
        self.reload_button = QPushButton(self.tr("Read the file again"), objectName="reload")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.load)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        try:
            preview = zones.preview_zones(self.ws, self.campaign, self.path)
        except RowErrors as exc:
            self._show_problems(exc)
            return
        except OmniPrintError as exc:
            self.summary.setText(str(exc))
            self.summary.setStyleSheet("color:#b3261e;")
            self.table.show_problems([])
            self.import_button.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        self.summary.setText(
            ntr(
                "{n} zone ready to import ({how}).",
                "{n} zones ready to import ({how}).",
                preview.imported,
            ).format(how=preview.describe)
        )
        self.model.set_rows(
            [
                [
                    z["code"],
                    z["name"],
                    fmt.number(z["households"]),
                    f"{z['coverage_bp'] / 100:g}",
                    fmt.money(z["cpm_cents"], self.currency),
                    fmt.date_short(z["drop_date"]),
                    self.tr("control") if z["is_control"] else "",
                ]
                for z in preview.zones
            ]
        )
        self.table.show_model(self.model)
        self.import_button.setEnabled(preview.imported > 0)

    def _show_problems(self, exc: RowErrors) -> None:
        self.summary.setStyleSheet("color:#b3261e;")
        count = len(exc.problems)
        text = (
            self.tr(
                "1 row cannot be imported, so nothing will be imported."
                " Correct it in the file, save it, and read it again."
            )
            if count == 1
            else self.tr(
                "{count} rows cannot be imported, so nothing will be imported."
                " Correct them in the file, save it, and read it again."
            ).format(count=count)
        )
        self.summary.setText(text)
        self.table.show_problems(exc.problems)
        self.import_button.setEnabled(False)

    def accept(self) -> None:
        try:
            self.imported = zones.import_zones(self.ws, self.campaign, self.path)
        except RowErrors as exc:
            self._show_problems(exc)
            return
        except OmniPrintError as exc:
            self.summary.setText(str(exc))
            return
        super().accept()
