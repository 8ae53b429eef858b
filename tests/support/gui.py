"""Fixtures for the GUI tests: a main window on a fresh workspace, a planned campaign, and files
dropped on the window for the import wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from omniprint.gui.app import MainWindow
from omniprint.gui.imports.wizard import ImportWizard
from omniprint.gui.settings import AppSettings
from omniprint.services import business, plan
from omniprint.services.workspace import open_workspace

# The offscreen platform says it cannot resize windows to their hints: not a problem of the app.
QT_LOG_IGNORE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def settings(tmp_path: Path, monkeypatch) -> AppSettings:
    """The window's settings in this test's own settings file (moved from an empty QSettings)."""
    monkeypatch.setenv("OMNIPRINT_CONFIG_DIR", str(tmp_path / "config"))
    legacy = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(legacy=legacy)


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: AppSettings, monkeypatch):
    """The main window on an empty workspace; its background work is drained after the test."""
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    ws = open_workspace(tmp_path / "shop.omniprint")
    win = MainWindow(ws, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


def plan_campaign(win: MainWindow, *, households: int = 40, budget: int = 0) -> str:
    """A planned campaign (through the services) with a piece, two zones and two drops."""
    ws = win.ws
    plan.create_campaign(
        ws, "Primavera 2027", landing_url="https://panaderia.es/oferta", budget_cents=budget,
        end_date="2027-05-31",
    )  # fmt: skip
    business.set_business(ws, name="Panadería Sol", phone="963 000 111", web="panaderia.es")
    plan.add_piece(ws, "primavera-2027", kind="flyer", size="A6", print_cpm_cents=4500)
    plan.add_zone(ws, "primavera-2027", code="46001", name="Centro", households=households)
    plan.add_zone(ws, "primavera-2027", code="46002", name="Ruzafa", households=7, cpm_cents=3500)
    plan.add_drop(ws, "primavera-2027", piece="flyer", zone="46001")
    plan.add_drop(ws, "primavera-2027", piece="flyer", zone="46002")
    win.refresh_campaigns(select="primavera-2027")
    return "primavera-2027"


def drop_files(window, paths: list[Path]) -> ImportWizard:
    """Drag files over the main window and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(window.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    assert window.import_wizard is not None
    return window.import_wizard


def wait_read(qtbot, wizard: ImportWizard, timeout: int = 30_000) -> None:
    """Wait until the wizard has read every dropped file."""
    qtbot.waitUntil(
        lambda: wizard.task is None and all(e.state != "reading" for e in wizard.entries),
        timeout=timeout,
    )
