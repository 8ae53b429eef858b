"""The desktop app's entry point and main window (a first, minimal window: campaigns and plans)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from omniprint import __version__
from omniprint.domain.errors import OmniPrintError
from omniprint.domain.money import format_money
from omniprint.services import plan
from omniprint.services.workspace import open_workspace
from omniprint.storage.workspace import Workspace


class MainWindow(QMainWindow):
    """Campaigns on the left, the selected campaign's plan on the right."""

    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(f"OmniPrint - {ws.path.name}")
        self.resize(1000, 640)
        self.campaigns = QListWidget()
        self.campaigns.setObjectName("campaigns")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setObjectName("plan")
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(QLabel(self.tr("Campaigns")))
        layout.addWidget(self.campaigns)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setSizes([280, 720])
        self.setCentralWidget(splitter)
        self.campaigns.currentItemChanged.connect(self._show_campaign)
        self.statusBar().showMessage(self.tr("Workspace: %s") % ws.path)
        self.refresh()

    def refresh(self) -> None:
        self.campaigns.clear()
        for campaign in plan.list_campaigns(self.ws):
            item = QListWidgetItem(campaign.name)
            item.setData(Qt.ItemDataRole.UserRole, campaign.slug)
            self.campaigns.addItem(item)
        if self.campaigns.count():
            self.campaigns.setCurrentRow(0)
        else:
            self.details.setPlainText(
                self.tr(
                    "No campaigns yet.\n\nCreate one from the command line:\n"
                    "  omniprint campaign create NAME --landing-url URL"
                )
            )

    def _show_campaign(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        try:
            summary = plan.plan_summary(self.ws, item.data(Qt.ItemDataRole.UserRole))
        except OmniPrintError as exc:
            QMessageBox.warning(self, self.tr("OmniPrint"), str(exc))
            return
        c, t = summary.campaign, summary.totals
        lines = [c.name, c.landing_url, ""]
        for line in t.lines:
            lines.append(
                f"{line.piece} {line.variant} -> {line.zone_code} ({line.zone_name}):"
                f" {line.quantity:,} pieces, {format_money(line.total_cents, c.currency)}"
            )
        lines += [
            "",
            f"{self.tr('Pieces')}: {t.pieces:,}",
            f"{self.tr('Total')}: {format_money(t.total_cents, c.currency)}"
            f" / {self.tr('budget')} {format_money(t.budget_cents, c.currency)}",
        ]
        self.details.setPlainText("\n".join(lines))


def run_app(workspace: str | None = None) -> int:
    """Start the desktop app on `workspace` (the default workspace when None)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OmniPrint")
    app.setApplicationVersion(__version__)
    try:
        ws = open_workspace(workspace)
    except OmniPrintError as exc:
        QMessageBox.critical(None, "OmniPrint", str(exc))
        return 1
    window = MainWindow(ws)
    window.show()
    try:
        return app.exec()
    finally:
        ws.close()
