"""Adding a piece (kind, size, variant, unit cost), or a variant of an existing piece."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.parsing import parse_unit_cost
from omniprint.domain.plan import Piece, Variant
from omniprint.domain.sizes import DEFAULT_SIZE, PIECE_KINDS, STANDARD_SIZES
from omniprint.gui.forms import column, error_label, ok_cancel, show_error
from omniprint.gui.widgets import error_text
from omniprint.services import plan
from omniprint.services.workspace import Workspace

KIND_LABELS = {
    "business-card": QT_TRANSLATE_NOOP("PieceDialog", "Business card"),
    "flyer": QT_TRANSLATE_NOOP("PieceDialog", "Flyer"),
    "leaflet": QT_TRANSLATE_NOOP("PieceDialog", "Leaflet"),
    "door-hanger": QT_TRANSLATE_NOOP("PieceDialog", "Door hanger"),
    "postcard": QT_TRANSLATE_NOOP("PieceDialog", "Postcard"),
}


def piece_label(slug: str) -> str:
    """A piece named after its kind ("leaflet") reads in the user's language; others as named."""
    if slug in KIND_LABELS:
        return QCoreApplication.translate("PieceDialog", KIND_LABELS[slug])
    return slug


class PieceDialog(QDialog):
    """Add a piece, or (with ``piece``) a new variant of it, through `services.plan.add_piece`."""

    def __init__(
        self,
        ws: Workspace,
        campaign: str,
        piece: Piece | None = None,
        taken: list[str] = (),  # type: ignore[assignment]
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.campaign, self.piece = ws, campaign, piece
        self.added: tuple[Piece, Variant] | None = None
        # A size that looks like a typo is kept when OK is pressed again on the same text.
        self._size_warned: str | None = None
        self.setObjectName("piece_dialog")
        self.setWindowTitle(self.tr("Add a piece") if piece is None else self.tr("Add a variant"))
        self.setMinimumWidth(420)

        self.kind = QComboBox(objectName="kind")
        for kind in PIECE_KINDS:
            self.kind.addItem(self.tr(KIND_LABELS.get(kind, kind)), kind)
        self.name = QLineEdit(objectName="name")
        self.name.setPlaceholderText(self.tr("optional: the kind's name"))
        self.size = QComboBox(objectName="size")
        self.size.setEditable(True)
        self.size.setToolTip(self.tr("A standard size, or width x height in mm such as 99x210"))
        for name, size in STANDARD_SIZES.items():
            self.size.addItem(size.label, name)
        self.variant = QLineEdit(objectName="variant")
        self.variant.setText(_next_label(taken))
        self.variant.setMaxLength(8)
        self.unit_cost = QLineEdit(objectName="unit_cost")
        self.unit_cost.setPlaceholderText(self.tr("print price per piece, e.g. 0,045"))
        self.error = error_label("error")

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Variant"), self.variant)
        form.addRow(self.tr("Unit cost"), self.unit_cost)
        column(self, form, self.error, ok_cancel(self))
        self.kind.currentIndexChanged.connect(self._default_size)
        self._default_size()
        if piece is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(piece.kind)))
            self.name.setText(piece.name)
            self.size.setEditText(f"{piece.width_mm:g}x{piece.height_mm:g}")
            for widget in (self.kind, self.name, self.size):
                widget.setEnabled(False)

    def _default_size(self) -> None:
        wanted = DEFAULT_SIZE.get(self.kind.currentData(), "")
        index = self.size.findData(wanted)
        if index >= 0:
            self.size.setCurrentIndex(index)

    def size_text(self) -> str | None:
        """The standard size's name when one is chosen, else what was typed."""
        index = self.size.currentIndex()
        text = self.size.currentText().strip()
        if index >= 0 and text == self.size.itemText(index):
            return self.size.itemData(index)
        return text or None

    def accept(self) -> None:
        size = None if self.piece else self.size_text()
        try:
            cost = self.unit_cost.text().strip() or "0"
            self.added = plan.add_piece(
                self.ws,
                self.campaign,
                kind=self.kind.currentData(),
                size=size,
                variant=self.variant.text(),
                print_cpm_cents=parse_unit_cost(cost),
                name=self.name.text().strip() or None,
                size_confirmed=size is not None and size == self._size_warned,
            )
        except OmniPrintError as exc:
            text = error_text(exc)
            if exc.kind == plan.UNLIKELY_SIZE:
                self._size_warned = size
                text += " " + self.tr("Press OK again to keep this size.")
            show_error(self.error, text)
            return
        super().accept()


def _next_label(taken: list[str]) -> str:
    """A, or the first letter after the variants the piece has (B after A)."""
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter not in taken:
            return letter
    return ""
