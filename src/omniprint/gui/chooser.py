"""Choosing which piece variant of the campaign a page works on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.lengths import size_text
from omniprint.gui.settings import preferred_units
from omniprint.services import plan
from omniprint.services.workspace import Workspace


class VariantChooser(QComboBox):
    """Every piece variant of a campaign, as "Leaflet · A (99 x 210 mm)"; data: (piece, variant)."""

    chosen = Signal(object)  # (piece slug, variant label) or None

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("variant_chooser")
        self.setMinimumContentsLength(24)
        self.currentIndexChanged.connect(lambda _: self.chosen.emit(self.currentData()))

    def load(self, campaign: str | None) -> None:
        """Fill with the campaign's variants, keeping the current choice when it still exists."""
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        try:
            summary = plan.plan_summary(self.ws, campaign) if campaign else None
        except OmniPrintError:
            summary = None
        units = preferred_units()
        for piece, variants in summary.pieces if summary else []:
            for v in variants:
                size = size_text(piece.width_mm, piece.height_mm, units)
                self.addItem(f"{piece.name} · {v.label}  ({size})", (piece.slug, v.label))
        index = self.findData(keep) if keep is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self.count() else -1))
        self.blockSignals(False)
        if self.currentData() != keep:
            self.chosen.emit(self.currentData())
