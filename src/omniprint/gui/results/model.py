"""The campaign's results per zone and variant, as a table model for a sortable, filterable view."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from omniprint.domain import formatting as fmt
from omniprint.domain.metrics import CampaignReport, ResultRow, Tally
from omniprint.gui.column_model import Column, ColumnsModel
from omniprint.gui.models import MUTED
from omniprint.gui.plan.piece_dialog import piece_label


def _number(value: Decimal | int | None) -> float | int | None:
    return float(value) if isinstance(value, Decimal) else value


COLUMNS: list[Column] = [
    (QT_TRANSLATE_NOOP("ResultsTable", "Zone"), lambda r, c: r.zone, lambda r: r.zone, False),
    (QT_TRANSLATE_NOOP("ResultsTable", "Name"), lambda r, c: r.zone_name, lambda r: r.zone_name,
     False),
    (QT_TRANSLATE_NOOP("ResultsTable", "Piece"), lambda r, c: piece_label(r.piece),
     lambda r: piece_label(r.piece), False),
    (QT_TRANSLATE_NOOP("ResultsTable", "Variant"), lambda r, c: r.variant, lambda r: r.variant,
     False),
    (QT_TRANSLATE_NOOP("ResultsTable", "Pieces"), lambda r, c: fmt.number(r.tally.pieces),
     lambda r: r.tally.pieces, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Visits"), lambda r, c: fmt.number(r.tally.visits),
     lambda r: r.tally.visits, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "In store"),
     lambda r, c: fmt.number(r.tally.store_redemptions), lambda r: r.tally.store_redemptions, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Online"), lambda r, c: fmt.number(r.tally.online_orders),
     lambda r: r.tally.online_orders, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Responses"), lambda r, c: fmt.number(r.tally.responses),
     lambda r: r.tally.responses, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Response rate"),
     lambda r, c: fmt.ratio_percent(r.tally.response_rate, 2),
     lambda r: _number(r.tally.response_rate), True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Revenue"),
     lambda r, c: fmt.money(r.tally.revenue_cents, c), lambda r: r.tally.revenue_cents, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Cost"), lambda r, c: fmt.money(r.tally.cost_cents, c),
     lambda r: r.tally.cost_cents, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Cost per response"),
     lambda r, c: "–" if r.tally.cost_per_response_cents is None
     else fmt.money(r.tally.cost_per_response_cents, c),
     lambda r: r.tally.cost_per_response_cents, True),
    (QT_TRANSLATE_NOOP("ResultsTable", "ROI"),
     lambda r, c: fmt.ratio_percent(r.tally.roi, 0, sign=True),
     lambda r: _number(r.tally.roi), True),
    (QT_TRANSLATE_NOOP("ResultsTable", "Match-back orders"),
     lambda r, c: fmt.number(r.tally.matchback_orders), lambda r: r.tally.matchback_orders, True),
]  # fmt: skip


class ResultsModel(ColumnsModel):
    """One row per drop (piece variant x zone) and one per control zone, as the report has them."""

    CONTEXT = "ResultsTable"
    COLUMNS = COLUMNS
    ZONE, NAME, PIECE, VARIANT, PIECES, VISITS, STORE, ONLINE, RESPONSES, RATE = range(10)
    REVENUE, COST, PER_RESPONSE, ROI, MATCHBACK = range(10, 15)

    def set_report(self, report: CampaignReport | None) -> None:
        if report is None:
            self.show_rows([], "EUR")
        else:
            self.show_rows(report.rows, report.campaign.currency)

    def special_text(self, row: ResultRow, column: int) -> str | None:
        if row.control and column == self.PIECE:
            return self.tr("control zone")
        if row.zone_total and column == self.PIECE:
            return self.tr("all variants")
        return None

    def bold(self, row: ResultRow) -> bool:
        return row.zone_total

    def row_data(self, row: ResultRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.control:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and row.control:
            return self.tr("A control zone got nothing: its match-back orders show the baseline.")
        return None

    def tally_at(self, row: int) -> Tally | None:
        return self.rows[row].tally if 0 <= row < len(self.rows) else None
