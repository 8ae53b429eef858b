"""The Costs dialog of the Channels page: costs with no export (radio, posters, a stand at a fair)
added to, listed for and removed from a campaign, as `omniprint cost add/list/remove` do.

Every change goes through `services.channels`; a refused value is shown next to its field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError
from omniprint.gui.models import RecordsModel
from omniprint.gui.widgets import DateField
from omniprint.services import channels
from omniprint.services.plan import find_campaign
from omniprint.services.workspace import Workspace

ERROR_STYLE = "color:#b3261e;"
# Which field a service's message is about, by the words it uses, in English or Spanish (first
# match wins); anything else goes under the form.
FIELD_WORDS = (
    ("end", ("end date", "fecha de fin")),
    ("start", ("is not a date", "no es una fecha")),
    ("amount", ("amount", "importe", "cost", "coste")),
    ("channel", ("channel", "canal")),
)


class CostsDialog(QDialog):
    """Add, see and remove the costs typed by hand for one campaign; `changed` after each change."""

    changed = Signal()

    def __init__(
        self,
        ws: Workspace,
        campaign: str,
        channel_names: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.campaign = ws, campaign
        self.currency = find_campaign(ws, campaign).currency
        self.setObjectName("costs_dialog")
        self.setWindowTitle(self.tr("Costs with no export"))
        self.setMinimumWidth(620)

        self.model = RecordsModel(
            [
                self.tr("Id"),
                self.tr("Channel"),
                self.tr("Amount"),
                self.tr("Starts"),
                self.tr("Ends"),
                self.tr("Note"),
            ],
            right=(0, 2),
            parent=self,
        )
        self.table = QTableView(objectName="costs_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("No costs added yet."), objectName="costs_empty")
        self.empty.setStyleSheet("color:#5f6673;")
        self.remove_button = QPushButton(self.tr("Remove the selected cost"), objectName="remove")
        self.remove_button.clicked.connect(self.remove_selected)

        self.channel = QComboBox(objectName="channel")
        self.channel.setEditable(True)
        # Channels a user adds by hand most often, offered after the campaign's own channels.
        suggested = (self.tr("Radio"), self.tr("Posters"), self.tr("Fair stand"))
        known = list(channel_names or [])
        names = [*known, *(name for name in suggested if name not in known)]
        self.channel.addItems(names)
        self.channel.setCurrentText("")
        self.channel.lineEdit().setPlaceholderText(self.tr("Radio, a piece, google / cpc…"))
        self.amount = QLineEdit(objectName="amount")
        self.amount.setPlaceholderText(self.tr("for example 200 or 199,90"))
        self.start = DateField(objectName="start")
        self.end = DateField(objectName="end")
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("optional"))
        self.add_button = QPushButton(self.tr("Add cost"), objectName="add")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)

        add_box = QGroupBox(self.tr("Add a cost"))
        form = QFormLayout(add_box)
        self.errors: dict[str, QLabel] = {}
        for key, label, widget in (
            ("channel", self.tr("Channel"), self.channel),
            (
                "amount",
                self.tr("Amount ({currency})").format(currency=fmt.currency_symbol(self.currency)),
                self.amount,
            ),
            ("start", self.tr("Starts"), self.start),
            ("end", self.tr("Ends"), self.end),
            ("note", self.tr("Note"), self.note),
        ):
            form.addRow(label, widget)
            error = QLabel(objectName=f"{key}_error")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[key] = error
        self.general_error = QLabel(objectName="general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        form.addRow("", self.general_error)
        form.addRow("", self.add_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(add_box)
        layout.addWidget(close)
        self.load()

    def load(self) -> None:
        """Show the campaign's costs as `cost list` lists them."""
        self.costs = channels.list_costs(self.ws, self.campaign)
        self.model.set_rows(
            [
                [
                    c["id"],
                    c["channel"],
                    fmt.money(c["amount_cents"], self.currency),
                    fmt.date_short(c["start_date"]) if c["start_date"] else "",
                    fmt.date_short(c["end_date"]) if c["end_date"] else "",
                    c["note"] or "",
                ]
                for c in self.costs
            ]
        )
        self.table.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        self.empty.setVisible(not self.costs)
        self.remove_button.setEnabled(bool(self.costs))

    def show_error(self, message: str) -> None:
        """Put a refusal next to the field it is about (or under the form)."""
        lowered = message.lower()
        for key, words in FIELD_WORDS:
            if any(word in lowered for word in words):
                self.field_error(key, message)
                return
        self.clear_errors()
        self.general_error.setText(message)
        self.general_error.show()

    def field_error(self, key: str, message: str) -> None:
        """Show ``message`` under the field ``key`` only."""
        self.clear_errors()
        self.errors[key].setText(message)
        self.errors[key].show()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
            label.clear()

    def error_text(self) -> str:
        """Every error shown now (for tests and screen readers)."""
        labels = (*self.errors.values(), self.general_error)
        return "\n".join(lb.text() for lb in labels if not lb.isHidden())

    def add(self) -> int | None:
        """Add the cost in the form; returns its id, or None when a field was refused."""
        channel = self.channel.currentText().strip()
        if not channel:
            self.field_error("channel", self.tr("Name the channel this cost is for."))
            self.channel.setFocus()
            return None
        amount = self.amount.text().strip()
        if not amount:
            self.field_error("amount", self.tr("Type the amount."))
            self.amount.setFocus()
            return None
        try:
            cost_id = channels.add_cost(
                self.ws,
                self.campaign,
                channel,
                amount,
                start=self.start.iso(),
                end=self.end.iso(),
                note=self.note.text().strip(),
            )
        except OmniPrintError as exc:
            self.show_error(str(exc))
            return None
        self.clear_errors()
        self.amount.clear()
        self.note.clear()
        self.load()
        self.changed.emit()
        return cost_id

    def remove_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_error(self.tr("Choose the cost to remove in the list."))
            return False
        cost_id = int(self.costs[rows[0].row()]["id"])
        try:
            channels.remove_cost(self.ws, self.campaign, cost_id)
        except OmniPrintError as exc:
            self.show_error(str(exc))
            return False
        self.clear_errors()
        self.load()
        self.changed.emit()
        return True

    def select_cost(self, cost_id: int) -> None:
        """Select the row of cost ``cost_id`` (so Remove takes it)."""
        for row, cost in enumerate(self.costs):
            if int(cost["id"]) == cost_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
