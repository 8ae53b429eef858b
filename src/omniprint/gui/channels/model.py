"""A campaign's channels as a table model: one row per channel and a totals row."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from omniprint.domain import formatting as fmt
from omniprint.domain.channels import ChannelRow
from omniprint.gui.models import RIGHT, Index
from omniprint.gui.plan.piece_dialog import piece_label
from omniprint.gui.results.table import SORT_ROLE
from omniprint.services.channels import ChannelsView

KIND_NAMES = {
    "print": QT_TRANSLATE_NOOP("ChannelsTable", "print"),
    "ads": QT_TRANSLATE_NOOP("ChannelsTable", "ads"),
    "other": QT_TRANSLATE_NOOP("ChannelsTable", "other"),
    "organic": QT_TRANSLATE_NOOP("ChannelsTable", "organic"),
    "total": QT_TRANSLATE_NOOP("ChannelsTable", "Total"),
}


def roas_text(value: Decimal | None) -> str:
    if value is None:
        return "–"
    return fmt.decimal(value)


def _money_or_dash(cents: int | None, currency: str) -> str:
    return "–" if cents is None else fmt.money(cents, currency)


# (header, text of a row, value to sort by, right-aligned)
Column = tuple[str, Callable[[ChannelRow, str], str], Callable[[ChannelRow], Any], bool]


def channel_label(row: ChannelRow) -> str:
    """A printed piece named after its kind ("Leaflet") reads in the user's language."""
    if row.kind == "print":
        return piece_label(row.channel.lower().replace(" ", "-"))
    return row.channel


COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ChannelsTable", "Channel"), lambda r, c: channel_label(r),
     lambda r: r.channel, False),
    (QT_TRANSLATE_NOOP("ChannelsTable", "Kind"),
     lambda r, c: QCoreApplication.translate("ChannelsTable", KIND_NAMES.get(r.kind, r.kind)),
     lambda r: r.kind, False),
    (QT_TRANSLATE_NOOP("ChannelsTable", "Cost"), lambda r, c: fmt.money(r.cost_cents, c),
     lambda r: r.cost_cents, True),
    (QT_TRANSLATE_NOOP("ChannelsTable", "Visits"), lambda r, c: fmt.number(r.visits),
     lambda r: r.visits, True),
    (QT_TRANSLATE_NOOP("ChannelsTable", "Responses"), lambda r, c: fmt.number(r.responses),
     lambda r: r.responses, True),
    (QT_TRANSLATE_NOOP("ChannelsTable", "Revenue"), lambda r, c: fmt.money(r.revenue_cents, c),
     lambda r: r.revenue_cents, True),
    (QT_TRANSLATE_NOOP("ChannelsTable", "Cost per response"),
     lambda r, c: _money_or_dash(r.cost_per_response_cents, c),
     lambda r: r.cost_per_response_cents, True),
    (QT_TRANSLATE_NOOP("ChannelsTable", "ROAS"), lambda r, c: roas_text(r.roas),
     lambda r: None if r.roas is None else float(r.roas), True),
]  # fmt: skip


class ChannelsModel(QAbstractTableModel):
    """The channels of `services.channels.campaign_channels`, then their totals."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChannelRow] = []
        self.currency = "EUR"

    def set_view(self, view: ChannelsView | None) -> None:
        self.beginResetModel()
        self.rows = [*view.rows, view.totals] if view else []
        self.currency = view.campaign.currency if view else "EUR"
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _, text, value, right = COLUMNS[index.column()]
        total = row.kind == "total"
        if role == Qt.ItemDataRole.DisplayRole:
            if total and index.column() == 0:
                return QCoreApplication.translate("ChannelsTable", "Total")
            if total and index.column() == 1:
                return ""
            return text(row, self.currency)
        if role == SORT_ROLE:
            return value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("ChannelsTable", COLUMNS[section][0])
        return None
