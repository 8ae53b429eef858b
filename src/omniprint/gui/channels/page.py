"""The Channels page: every channel of a campaign side by side (printed pieces, ad platforms,
organic and direct traffic, costs added by hand), a bar chart of cost per response, the paths
that cross channels, and which imported ad campaigns count for the campaign.

Everything shown comes from `services.channels` and `services.journeys`: the page computes
nothing of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from omniprint.domain import formatting as fmt
from omniprint.domain.channels import Journey
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import ntr
from omniprint.gui.channels.costs import CostsDialog
from omniprint.gui.channels.model import ChannelsModel, channel_label
from omniprint.gui.forms import hint_label
from omniprint.gui.results.table import sorted_table
from omniprint.gui.tasks import CampaignLoading, Task, TaskRunner
from omniprint.gui.work_page import WorkPage, page_title
from omniprint.services import channels, journeys
from omniprint.services.channels import AdCampaign, ChannelsView
from omniprint.services.workspace import Workspace

BLUE = "#1f6feb"


@dataclass
class ChannelsData:
    """What the page shows, read on a worker in one go."""

    view: ChannelsView
    journeys: list[Journey]
    ads: list[AdCampaign]


def load_channels(ws: Workspace, campaign: str) -> ChannelsData:
    """The channels, the paths and the ad campaigns of ``campaign`` (run on a worker)."""
    view = channels.campaign_channels(ws, campaign)
    return ChannelsData(
        view,
        journeys.journeys(ws, campaign, refresh=False),
        channels.ad_campaigns(ws, campaign),
    )


class CostChart(QChartView):
    """One bar per channel that had responses: what a response cost there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channels_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.values: list[tuple[str, float]] = []
        self.show_view(None)

    def show_view(self, view: ChannelsView | None) -> None:
        chart = QChart()
        chart.setTitle(self.tr("Cost per response by channel"))
        font = chart.titleFont()
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        rows = [r for r in (view.rows if view else []) if r.cost_per_response_cents is not None]
        self.values = [(channel_label(r), r.cost_per_response_cents / 100) for r in reversed(rows)]
        if self.values:
            bars = QBarSet(view.campaign.currency if view else "")
            bars.setColor(QColor(BLUE))
            for _, value in self.values:
                bars.append(value)
            series = QHorizontalBarSeries()
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            chart.addSeries(series)
            names = QBarCategoryAxis()
            names.append([name for name, _ in self.values])
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(names)
            axis = QValueAxis()
            axis.setRange(0, max(v for _, v in self.values) * 1.15 or 1.0)
            axis.setTitleText(fmt.currency_symbol(view.campaign.currency) if view else "")
            axis.setLabelFormat("%.0f")
            axis.applyNiceNumbers()
            chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class ChannelsPage(CampaignLoading, WorkPage):
    """What `omniprint channels` and `omniprint journeys` show, for the chosen campaign."""

    loaded = Signal(object)  # ChannelsData

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ws, runner, "channels_page", parent)
        self.data: ChannelsData | None = None
        self.loading: Task | None = None
        self._again = False

        title = page_title(self.tr("Channels"))
        self.status = hint_label(name="channels_status")
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refresh_channels")
        self.refresh_button.clicked.connect(self.refresh)
        self.costs_button = QPushButton(self.tr("Costs…"), objectName="channel_costs")
        self.costs_button.setToolTip(
            self.tr("Costs with no export: radio, posters, a stand at a fair")
        )
        self.costs_button.setEnabled(False)
        self.costs_button.clicked.connect(self.open_costs)
        self.costs_dialog: CostsDialog | None = None
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.status, 1)
        top.addWidget(self.costs_button)
        top.addWidget(self.refresh_button)

        self.model = ChannelsModel(self)
        self.proxy, self.table = sorted_table(self.model, "channels_table", self, sortable=False)
        self.chart = CostChart()
        self.notes = QLabel(objectName="channels_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#3d4350;")
        self.paths = QLabel(objectName="channels_paths")
        self.paths.setWordWrap(True)
        self.paths.setTextFormat(Qt.TextFormat.RichText)

        ads_heading = QLabel(self.tr("Ad campaigns counted for this campaign"))
        ads_heading.setStyleSheet("font-weight:600;")
        self.ads = QListWidget(objectName="channels_ads")
        self.ads.setToolTip(
            self.tr(
                "Tick an ad campaign to count its spend here. Ad campaigns named like the"
                " campaign's slug count by themselves."
            )
        )
        self.ads.itemChanged.connect(self._ad_toggled)

        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 2)
        box.addWidget(self.notes)
        box.addWidget(self.chart, 2)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(ads_heading)
        side.addWidget(self.ads, 1)
        side.addWidget(self.paths)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def open_costs(self) -> CostsDialog | None:
        """The Costs dialog of the chosen campaign; the table follows each change."""
        if not self.campaign:
            return None
        if self.costs_dialog is not None:
            self.costs_dialog.close()
        names = [r.channel for r in self.data.view.rows] if self.data else []
        try:
            dialog = CostsDialog(self.ws, self.campaign, names, self)
        except OmniPrintError as exc:
            self.message.emit("error", str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _result, d=dialog: self._costs_closed(d))
        self.costs_dialog = dialog
        dialog.show()
        return dialog

    def _costs_closed(self, dialog: CostsDialog) -> None:
        if self.costs_dialog is dialog:
            self.costs_dialog = None

    # Loading ---------------------------------------------------------------------------------

    def set_campaign(self, slug: str | None) -> None:
        self.campaign = slug
        self.costs_button.setEnabled(slug is not None)
        if self.costs_dialog is not None:
            self.costs_dialog.close()
        self.show_data(None)
        self.refresh()

    def refresh(self) -> Task | None:
        """Compute the channels in the background; `loaded` follows."""
        busy, title = self.tr("Adding up the channels…"), self.tr("Reading the channels")
        return self._start_load(busy, title, load_channels)

    def _show_loaded(self, data: ChannelsData) -> None:
        self.show_data(data)
        self.loaded.emit(data)

    def _load_state_changed(self) -> None:
        self.refresh_button.setEnabled(self.campaign is not None and self.loading is None)

    def show_data(self, data: ChannelsData | None) -> None:
        self.data = data
        view = data.view if data else None
        self.model.set_view(view)
        self.table.resizeColumnsToContents()
        self.chart.show_view(view)
        self.notes.setText("\n".join(view.notes) if view else "")
        self._show_paths(data.journeys if data else [], view)
        self._show_ads(data.ads if data else [])
        if view is None:
            self.status.setText("")
            return
        t, cur = view.totals, view.campaign.currency
        sentence = ntr(
            "{name}: {cost} spent on {n} channel, {responses}",
            "{name}: {cost} spent on {n} channels, {responses}",
            len(view.rows),
        )
        self.status.setText(
            sentence.format(
                name=view.campaign.name,
                cost=fmt.money(t.cost_cents, cur),
                responses=ntr("{n} response", "{n} responses", t.responses),
            )
        )

    def _show_paths(self, found: list[Journey], view: ChannelsView | None) -> None:
        if not found or view is None:
            self.paths.setText("")
            return
        items = "".join(
            f"<li>{escape(j.shown)}: {fmt.number(j.orders)} · "
            f"{fmt.money(j.revenue_cents, view.campaign.currency)}</li>"
            for j in found[:5]
        )
        heading = self.tr("Paths that cross channels")
        self.paths.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")

    def _show_ads(self, ads: list[AdCampaign]) -> None:
        self.ads.blockSignals(True)
        self.ads.clear()
        for ad in ads:
            item = QListWidgetItem(f"{ad.platform} · {ad.name}")
            item.setData(Qt.ItemDataRole.UserRole, ad.name)
            if ad.automatic and not ad.linked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setText(item.text() + " " + self.tr("(same name: counted)"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ad.linked else Qt.CheckState.Unchecked)
            self.ads.addItem(item)
        self.ads.blockSignals(False)

    def _ad_toggled(self, item: QListWidgetItem) -> None:
        if not self.campaign:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        unlink = item.checkState() != Qt.CheckState.Checked
        task = self.runner.run(
            self.tr("Linking ad campaigns"),
            channels.link_ads,
            self.campaign,
            [name],
            unlink=unlink,
            reports=False,
        )
        task.failed.connect(self._failed)
        task.succeeded.connect(lambda _changed: self.refresh())
