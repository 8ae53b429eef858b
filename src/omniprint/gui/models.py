"""Table models over the services' records: zones, drops, and plain read-only lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QBrush, QColor

from omniprint.domain import formatting as fmt
from omniprint.domain.errors import OmniPrintError, ValidationError
from omniprint.domain.parsing import parse_count, parse_money_cents, parse_percent_bp
from omniprint.domain.plan import DropLine, Zone
from omniprint.gui.plan.piece_dialog import KIND_LABELS, piece_label
from omniprint.services import plan
from omniprint.services.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MUTED = QColor("#8a8f98")


class HeadedModel(QAbstractTableModel):
    """A table whose columns are its headers: as many columns, and their translated names.

    Subclasses set `HEADERS` (marked with QT_TRANSLATE_NOOP in `CONTEXT`).
    """

    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def header(self, section: int) -> str:
        """The name of column `section` as the user reads it."""
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.columnCount()
        ):
            return self.header(section)
        return None


class RowsModel(HeadedModel):
    """A read-only table over a list of rows: the list, its size and translated column headers.

    Subclasses set `HEADERS` (marked with QT_TRANSLATE_NOOP in `CONTEXT`) and implement `data`.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)


_RECORD_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


class RecordsModel(RowsModel):
    """A read-only table of rows of text (pieces, preflight issues, an import's problems)."""

    def __init__(
        self, headers: Sequence[str], right: Sequence[int] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)  # already in the user's language
        self.right = set(right)
        self.rows: list[list[Any]] = []
        self.colors: list[QColor | None] = []

    def header(self, section: int) -> str:
        return self.headers[section]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def set_rows(self, rows: Sequence[Sequence[Any]], colors: Sequence[QColor | None] = ()) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.colors = list(colors) or [None] * len(self.rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell they draw or measure: the others leave at once.
        if role not in _RECORD_ROLES or not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and self.colors[index.row()] is not None:
            return QBrush(self.colors[index.row()])
        return None


class _PlanModel(HeadedModel):
    """Shared parts of the editable plan tables: a campaign, an error and a changed signal."""

    error = QtSignal(str)
    changed = QtSignal()

    CONTEXT = "PlanTables"

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.campaign: str | None = None
        self.currency = "EUR"

    def _apply(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except OmniPrintError as exc:
            self.error.emit(str(exc))
            return False
        return True


class ZonesModel(_PlanModel):
    """A campaign's zones, edited in place. The last row is blank: typing a code there adds one."""

    CODE, NAME, HOUSEHOLDS, COVERAGE, CPM, DATE, CONTROL = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTables", "Code"),
        QT_TRANSLATE_NOOP("PlanTables", "Name"),
        QT_TRANSLATE_NOOP("PlanTables", "Households"),
        QT_TRANSLATE_NOOP("PlanTables", "Coverage %"),
        QT_TRANSLATE_NOOP("PlanTables", "Cost / 1000"),
        QT_TRANSLATE_NOOP("PlanTables", "Drop date"),
        QT_TRANSLATE_NOOP("PlanTables", "Control"),
    )

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(ws, parent)
        self.zones: list[Zone] = []

    def set_campaign(self, slug: str | None, currency: str = "EUR") -> None:
        self.campaign, self.currency = slug, currency
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.zones = plan.list_zones(self.ws, self.campaign) if self.campaign else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.campaign:
            return 0
        return len(self.zones) + 1

    def is_new_row(self, row: int) -> bool:
        return row == len(self.zones)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_new_row(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.CODE else base
        if index.column() == self.CONTROL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.CODE:  # printed in links and codes: it stays
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if self.is_new_row(index.row()):
            if col == self.CODE and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("+ type a postcode")
            if col == self.CODE and role == Qt.ItemDataRole.EditRole:
                return ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED)
            return None
        zone = self.zones[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(zone, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(zone, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == self.CONTROL:
            return Qt.CheckState.Checked if zone.is_control else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and zone.is_control:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.CONTROL:
            return self.tr("A control zone gets nothing, so the results can show the lift.")
        return None

    def _display(self, zone: Zone, col: int) -> str | None:
        if col == self.HOUSEHOLDS:
            return fmt.number(zone.households)
        if col == self.CPM:
            return fmt.money(zone.cpm_cents, self.currency)
        if col == self.CONTROL:
            return self.tr("control") if zone.is_control else ""
        return self._edit_text(zone, col)

    def _edit_text(self, zone: Zone, col: int) -> str | None:
        return (
            zone.code,
            zone.name,
            str(zone.households),
            f"{zone.coverage_bp / 100:g}",
            fmt.amount_input(zone.cpm_cents),
            fmt.date_short(zone.drop_date),
            None,
        )[col]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.campaign:
            return False
        col, row = index.column(), index.row()
        if self.is_new_row(row):
            return role == Qt.ItemDataRole.EditRole and col == self.CODE and self._add(str(value))
        zone = self.zones[row]
        if role == Qt.ItemDataRole.CheckStateRole and col == self.CONTROL:
            values = {"is_control": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole and col not in (self.CODE, self.CONTROL):
            try:
                values = self._parse(col, str(value))
            except ValidationError as exc:
                self.error.emit(str(exc))
                return False
        else:
            return False
        campaign = self.campaign

        def change() -> None:
            self.zones[row] = plan.update_zone(self.ws, campaign, zone.code, **values)

        if not self._apply(change):
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.changed.emit()
        return True

    def _parse(self, col: int, text: str) -> dict[str, object]:
        text = text.strip()
        if col == self.NAME:
            return {"name": text}
        if col == self.HOUSEHOLDS:
            return {"households": parse_count(text, what="households")}
        if col == self.COVERAGE:
            return {"coverage_bp": parse_percent_bp(text, what="coverage")}
        if col == self.CPM:
            return {"cpm_cents": parse_money_cents(text, what="cost per thousand")}
        return {"drop_date": fmt.date_input(text) or None}

    def _add(self, code: str) -> bool:
        if not code.strip():
            return False
        campaign, row = self.campaign, len(self.zones)
        added: list[Zone] = []
        if not self._apply(
            lambda: added.append(
                plan.add_zone(self.ws, campaign, code=code, name=code, households=0)
            )
        ):
            return False
        self.beginInsertRows(QModelIndex(), row, row)
        self.zones.append(added[0])
        self.endInsertRows()
        self.changed.emit()
        return True

    def zone_at(self, row: int) -> Zone | None:
        return self.zones[row] if 0 <= row < len(self.zones) else None


class DropsModel(_PlanModel):
    """What goes where: piece variant x zone, with its quantity (editable) and costs."""

    PIECE, VARIANT, ZONE, QUANTITY, PRINT, DISTRIBUTION, TOTAL = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("PlanTables", "Piece"),
        QT_TRANSLATE_NOOP("PlanTables", "Variant"),
        QT_TRANSLATE_NOOP("PlanTables", "Zone"),
        QT_TRANSLATE_NOOP("PlanTables", "Quantity"),
        QT_TRANSLATE_NOOP("PlanTables", "Print"),
        QT_TRANSLATE_NOOP("PlanTables", "Distribution"),
        QT_TRANSLATE_NOOP("PlanTables", "Total"),
    )

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(ws, parent)
        self.lines: list[DropLine] = []

    def set_lines(self, campaign: str | None, currency: str, lines: list[DropLine]) -> None:
        self.beginResetModel()
        self.campaign, self.currency, self.lines = campaign, currency, list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.QUANTITY else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            money = (line.print_cents, line.distribution_cents, line.total_cents)
            if col >= self.PRINT:
                return fmt.money(money[col - self.PRINT], self.currency)
            return (
                # A piece named after its kind reads in the user's language, as on its own table.
                piece_label(line.piece_slug) if line.piece_slug in KIND_LABELS else line.piece,
                line.variant,
                f"{line.zone_code} {line.zone_name}",
                fmt.number(line.quantity),
            )[col]
        if role == Qt.ItemDataRole.EditRole and col == self.QUANTITY:
            return str(line.quantity)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= self.QUANTITY:
            return int(RIGHT)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.QUANTITY
            or role != Qt.ItemDataRole.EditRole
            or not self.campaign
        ):
            return False
        line, row, campaign = self.lines[index.row()], index.row(), self.campaign
        try:
            quantity = parse_count(str(value), what="quantity")
        except ValidationError as exc:
            self.error.emit(str(exc))
            return False

        def change() -> None:
            self.lines[row] = plan.set_drop_quantity(
                self.ws,
                campaign,
                piece=line.piece_slug,
                zone=line.zone_code,
                variant=line.variant,
                quantity=quantity,
            )

        if not self._apply(change):
            return False
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.changed.emit()
        return True

    def line_at(self, row: int) -> DropLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None
