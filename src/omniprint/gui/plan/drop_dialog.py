"""Sending a piece variant to one or more zones: the drops of the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError, ValidationError
from omniprint.domain.parsing import parse_count
from omniprint.gui.forms import column, error_label, hint_label, ok_cancel, show_error
from omniprint.gui.widgets import error_text
from omniprint.services import plan
from omniprint.services.plan import PlanSummary
from omniprint.services.workspace import Workspace


class DropDialog(QDialog):
    """Pick a piece variant and zones; each checked zone gets a drop (`services.plan.add_drop`)."""

    def __init__(self, ws: Workspace, summary: PlanSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.summary = ws, summary
        self.added = 0
        self.setObjectName("drop_dialog")
        self.setWindowTitle(self.tr("Send a piece to zones"))
        self.setMinimumWidth(440)
        self.variant = QComboBox(objectName="variant")
        for piece, variants in summary.pieces:
            for v in variants:
                self.variant.addItem(f"{piece.name} · {v.label}", (piece.slug, v.label))
        self.zones = QListWidget(objectName="zones")
        planned = {(ln.piece_slug, ln.variant, ln.zone_code) for ln in summary.totals.lines}
        self._planned = planned
        for zone in summary.zones:
            if zone.is_control:
                continue
            item = QListWidgetItem(f"{zone.code}  {zone.name}  ({fmt.number(zone.households)})")
            item.setData(Qt.ItemDataRole.UserRole, zone.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.zones.addItem(item)
        self.quantity = QLineEdit(objectName="quantity")
        self.quantity.setPlaceholderText(self.tr("households x coverage"))
        self.error = error_label("error")
        form = QFormLayout()
        form.addRow(self.tr("Piece"), self.variant)
        form.addRow(self.tr("Zones"), self.zones)
        form.addRow(self.tr("Quantity"), self.quantity)
        hint = hint_label(
            self.tr("Control zones are not listed: they get nothing."), style="color:#6b7280;"
        )
        column(self, form, hint, self.error, ok_cancel(self))

    def check_zone(self, code: str, checked: bool = True) -> None:
        for i in range(self.zones.count()):
            item = self.zones.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_zones(self) -> list[str]:
        return [
            self.zones.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.zones.count())
            if self.zones.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        choice = self.variant.currentData()
        zones = self.checked_zones()
        if choice is None or not zones:
            show_error(self.error, self.tr("Choose a piece and at least one zone."))
            return
        text = self.quantity.text().strip()
        try:
            quantity = parse_count(text, what="quantity") if text else None
        except ValidationError as exc:
            problem = error_text(exc)
            show_error(
                self.error, self.tr("{problem}, or empty for the default.").format(problem=problem)
            )
            return
        piece, variant = choice
        campaign = self.summary.campaign.slug
        for code in zones:
            try:
                plan.add_drop(
                    self.ws,
                    campaign,
                    piece=piece,
                    variant=variant,
                    zone=code,
                    quantity=quantity,
                )
            except OmniPrintError as exc:
                show_error(self.error, error_text(exc))
                return
            self.added += 1
            self.check_zone(code, False)
        super().accept()
