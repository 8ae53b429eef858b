"""Edit > Preferences: the typed settings of `services.settings`, in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError
from omniprint.gui.forms import column, error_label, ok_cancel
from omniprint.services import settings as prefs


class PreferencesDialog(QDialog):
    """Language, units, the usual print shop and the workspace opened on start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")
        current = prefs.load_settings()
        self.language = QComboBox(objectName="pref_language")
        for label, code in ((self.tr("As the system"), ""), ("English", "en"), ("Español", "es")):
            self.language.addItem(label, code)
        self.units = QComboBox(objectName="pref_units")
        self.units.addItem(self.tr("Millimetres"), "mm")
        self.units.addItem(self.tr("Inches"), "in")
        self.shop = QComboBox(objectName="pref_shop")
        self.shop.addItem(self.tr("Europe: 3 mm bleed"), "eu")
        self.shop.addItem(self.tr("United States: 1/8 in bleed"), "us")
        self.shop.addItem(self.tr("MOO: 2 mm bleed"), "moo")
        self.workspace = QLineEdit(current.workspace, objectName="pref_workspace")
        self.workspace.setPlaceholderText(self.tr("the last one used"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.workspace, 1)
        row.addWidget(browse)
        for combo, value in (
            (self.language, current.language),
            (self.units, current.units),
            (self.shop, current.shop_preset),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Units"), self.units)
        form.addRow(self.tr("Usual print shop"), self.shop)
        form.addRow(self.tr("Workspace on start"), row)
        note = QLabel(self.tr("A new language is used from the next start of OmniPrint."))
        note.setWordWrap(True)
        self.error = error_label("pref_error", style="color:#b42318;")
        column(self, form, note, self.error, ok_cancel(self))
        self.setMinimumWidth(480)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Workspace on start"), self.workspace.text(),
            self.tr("OmniPrint workspaces (*.omniprint)"),
        )  # fmt: skip
        if path:
            self.workspace.setText(path)

    def accept(self) -> None:
        try:
            prefs.update_settings(
                language=self.language.currentData(),
                units=self.units.currentData(),
                shop_preset=self.shop.currentData(),
                workspace=self.workspace.text().strip(),
            )
        except OmniPrintError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
