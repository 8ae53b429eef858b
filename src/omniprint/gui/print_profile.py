"""The Print page's output-profile choice: the shop preset's profile, or the shop's own file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omniprint.domain.errors import OmniPrintError
from omniprint.gui import dialogs
from omniprint.services import printing


class ProfileChooser(QWidget):
    """Which CMYK output profile a press file embeds; a file that is not one is refused."""

    changed = Signal()
    message = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.shop = "eu"
        self.label = QLabel(objectName="profile_label")
        self.choose_button = QPushButton(self.tr("Shop's profile…"), objectName="choose_profile")
        self.choose_button.setToolTip(
            self.tr("Use the CMYK output profile (.icc) your print shop sent you")
        )
        self.clear_button = QPushButton(self.tr("Use the preset's"), objectName="clear_profile")
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.clear_button.clicked.connect(lambda: self.set_path(None))
        self._show()

    def set_shop(self, shop: str) -> None:
        """The shop preset whose profile is used when the shop sent none."""
        self.shop = shop
        self._show()

    def choose(self, *, path: Path | None = None) -> None:
        """Ask for the shop's own .icc file (``path``: skip the dialog)."""
        if path is None:
            path = dialogs.open_file(
                self, self.tr("The print shop's output profile"), Path.home(),
                self.tr("ICC profiles (*.icc *.icm)"),
            )  # fmt: skip
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path | None) -> None:
        if path is not None:
            try:
                printing.describe_output_profile(path)
            except OmniPrintError as exc:
                self.message.emit("error", str(exc))
                return
        self.path = path
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if self.path is None:
            self.label.setText(printing.preset_profile_name(self.shop))
        else:
            self.label.setText(
                self.tr("{name} ({file})").format(
                    name=printing.describe_output_profile(self.path), file=self.path.name
                )
            )
        self.clear_button.setEnabled(self.path is not None)
