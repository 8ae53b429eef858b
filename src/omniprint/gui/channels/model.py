"""A campaign's channels as a table model: one row per channel and a totals row."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from omniprint.domain import formatting as fmt
from omniprint.domain.channels import ChannelRow
from omniprint.gui.column_model import Column, ColumnsModel
from omniprint.gui.plan.piece_dialog import piece_label
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


class ChannelsModel(ColumnsModel):
    """The channels of `services.channels.campaign_channels`, then their totals."""

    CONTEXT = "ChannelsTable"
    COLUMNS = COLUMNS

    def set_view(self, view: ChannelsView | None) -> None:
        if view is None:
            self.show_rows([], "EUR")
        else:
            self.show_rows([*view.rows, view.totals], view.campaign.currency)

    def special_text(self, row: ChannelRow, column: int) -> str | None:
        if row.kind != "total" or column > 1:
            return None
        return QCoreApplication.translate("ChannelsTable", "Total") if column == 0 else ""

    def bold(self, row: ChannelRow) -> bool:
        return row.kind == "total"
