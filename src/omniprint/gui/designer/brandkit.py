"""The brand kit: the business details printed through ``{{business.*}}`` fields, and the
colours the design already uses (offered first as swatches everywhere)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
)

from omniprint.domain.design import Color
from omniprint.domain.errors import OmniPrintError
from omniprint.gui.designer.colors import describe, swatch_icon
from omniprint.services.business import BUSINESS_FIELDS, get_business, set_business
from omniprint.storage.workspace import Workspace

LABELS = {
    "name": QT_TRANSLATE_NOOP("BrandKitDialog", "Name"),
    "phone": QT_TRANSLATE_NOOP("BrandKitDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("BrandKitDialog", "E-mail"),
    "web": QT_TRANSLATE_NOOP("BrandKitDialog", "Web"),
    "address": QT_TRANSLATE_NOOP("BrandKitDialog", "Address"),
}


class BrandKitDialog(QDialog):
    def __init__(self, ws: Workspace, colors: list[Color], parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Brand kit"))
        self.resize(460, 380)
        details = QGroupBox(self.tr("Business details (printed by the business fields)"), self)
        form = QFormLayout(details)
        self.edits: dict[str, QLineEdit] = {}
        current = get_business(ws)
        for name in BUSINESS_FIELDS:
            edit = QLineEdit(current.get(name, ""))
            edit.setObjectName(f"business-{name}")
            edit.setPlaceholderText(f"{{{{business.{name}}}}}")
            form.addRow(self.tr(LABELS.get(name, name)), edit)
            self.edits[name] = edit
        swatches = QGroupBox(self.tr("Colours of this design"), self)
        grid = QGridLayout(swatches)
        for n, color in enumerate(colors[:24]):
            button = QToolButton()
            button.setIcon(swatch_icon(color, 22))
            button.setIconSize(QSize(22, 22))
            button.setAutoRaise(True)
            button.setToolTip(describe(color))
            grid.addWidget(button, n // 12, n % 12)
        if not colors:
            grid.addWidget(QLabel(self.tr("No colours yet.")), 0, 0)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(swatches)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            set_business(self.ws, **{k: e.text() for k, e in self.edits.items()})
        except OmniPrintError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
