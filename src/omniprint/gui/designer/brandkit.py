"""The brand kit: the business details printed through ``{{business.*}}`` fields (contact, phones
and social profiles included), the brand's own fonts, and the colours the design already uses
(offered first as swatches everywhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from omniprint.domain.design import Color
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.social import SOCIAL_KEYS
from omniprint.gui.designer.colors import describe, swatch_icon
from omniprint.gui.designer.fonts import use_workspace_fonts
from omniprint.services import fonts as font_service
from omniprint.services.business import BUSINESS_FIELDS, get_business, set_business
from omniprint.services.workspace import Workspace

LABELS = {
    "name": QT_TRANSLATE_NOOP("BrandKitDialog", "Name"),
    "phone": QT_TRANSLATE_NOOP("BrandKitDialog", "Phone"),
    "email": QT_TRANSLATE_NOOP("BrandKitDialog", "E-mail"),
    "web": QT_TRANSLATE_NOOP("BrandKitDialog", "Web"),
    "address": QT_TRANSLATE_NOOP("BrandKitDialog", "Address"),
    "contact": QT_TRANSLATE_NOOP("BrandKitDialog", "Contact person"),
    "title": QT_TRANSLATE_NOOP("BrandKitDialog", "Job title"),
    "mobile": QT_TRANSLATE_NOOP("BrandKitDialog", "Mobile"),
    "whatsapp": QT_TRANSLATE_NOOP("BrandKitDialog", "WhatsApp"),
    "instagram": "Instagram",
    "facebook": "Facebook",
    "linkedin": "LinkedIn",
    "tiktok": "TikTok",
    "x": "X",
    "youtube": "YouTube",
    "google": QT_TRANSLATE_NOOP("BrandKitDialog", "Google Business"),
}
PLACEHOLDERS = {
    "whatsapp": "+34 600 123 456",
    "google": "https://g.page/...",
    "linkedin": "in/ana-garcia, company/horno-sol",
}


class BrandKitDialog(QDialog):
    def __init__(self, ws: Workspace, colors: list[Color], parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.message_kind = ""  # "error" or "success": how the message under the form is shown
        self.setWindowTitle(self.tr("Brand kit"))
        self.resize(820, 560)
        details = QGroupBox(self.tr("Business details (printed by the business fields)"), self)
        social = QGroupBox(self.tr("Social profiles: @handle or the link"), self)
        forms = {False: QFormLayout(details), True: QFormLayout(social)}
        self.edits: dict[str, QLineEdit] = {}
        current = get_business(ws)
        for name in BUSINESS_FIELDS:
            edit = QLineEdit(current.get(name, ""))
            edit.setObjectName(f"business-{name}")
            default = "@handle" if name in SOCIAL_KEYS else f"{{{{business.{name}}}}}"
            edit.setPlaceholderText(PLACEHOLDERS.get(name, default))
            forms[name in SOCIAL_KEYS].addRow(self.tr(LABELS.get(name, name)), edit)
            self.edits[name] = edit
        hint = QLabel(
            self.tr(
                "A save-contact QR (vCard) carries all of these; a card shows the handles"
                " with {{business.instagram}} and the like."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6673;")
        forms[True].addRow(hint)
        top = QHBoxLayout()
        top.addWidget(details, 1)
        top.addWidget(social, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._fonts_box())
        layout.addWidget(self._swatches_box(colors))
        # What just happened: a refusal in the error colour, a font added in the success colour.
        self.error = QLabel()
        self.error.setObjectName("brandkit-message")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _fonts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Brand fonts (TrueType .ttf, embedded in every print file)"), self)
        self.font_list = QListWidget()
        self.font_list.setObjectName("brandkit-fonts")
        self.font_list.setMaximumHeight(90)
        add = QPushButton(self.tr("Add font…"))
        add.setObjectName("brandkit-add-font")
        add.clicked.connect(self._choose_font)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("brandkit-remove-font")
        self.remove_button.clicked.connect(self.remove_selected_font)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(self.font_list, 1)
        row.addLayout(buttons)
        self._refresh_fonts()
        return box

    def _swatches_box(self, colors: list[Color]) -> QGroupBox:
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
        return swatches

    def _refresh_fonts(self) -> None:
        self.font_list.clear()
        families = use_workspace_fonts(self.ws)
        for font in font_service.list_fonts(self.ws):
            item = QListWidgetItem(f"{font['family']} · {font['style']}  ({font['file_name']})")
            item.setData(256, str(font["id"]))  # Qt.UserRole
            self.font_list.addItem(item)
        if not families:
            self.font_list.addItem(
                self.tr("None yet: the bundled Lato, Roboto Condensed and Vollkorn.")
            )
        self.remove_button.setEnabled(bool(families))

    def _choose_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a font"), "", self.tr("Fonts (*.ttf *.otf)")
        )
        if path:
            self.add_font_file(path)

    def add_font_file(self, path: str | Path) -> bool:
        """Store a font file in the workspace; a refused font says why under the form."""
        try:
            font = font_service.add_font(self.ws, path)
        except OmniPrintError as exc:
            self._say(str(exc), error=True)
            return False
        self._say(
            self.tr("Added {family} {style}: choose it in any text's font list.").format(
                family=font["family"], style=font["style"]
            )
        )
        self._refresh_fonts()
        return True

    def remove_selected_font(self) -> None:
        item = self.font_list.currentItem()
        font_id = item.data(256) if item is not None else None
        if font_id:
            font_service.remove_font(self.ws, font_id)
            self._refresh_fonts()

    def save(self) -> None:
        try:
            set_business(self.ws, **{k: e.text() for k, e in self.edits.items()})
        except OmniPrintError as exc:
            self._say(str(exc), error=True)
            return
        self.accept()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_kind = "error" if error else "success"
        self.error.setStyleSheet("color: #b00020;" if error else "color: #1b6e3a;")
        self.error.setText(text)
