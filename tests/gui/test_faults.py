"""The GUI's save dialogs never write over the workspace, and faults are sentences."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from omniprint.gui import crash
from omniprint.gui.app import MainWindow
from omniprint.services.workspace import open_workspace
from support.gui import QT_LOG_IGNORE, plan_campaign, settings, window  # noqa: F401

pytestmark = QT_LOG_IGNORE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answer_save_dialog(monkeypatch, path: Path) -> None:
    """The user picks `path` in the (native) save dialog."""
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_save_a_copy_onto_the_workspace_is_refused(qtbot, window, monkeypatch):
    plan_campaign(window)
    path = window.ws.path
    before = digest(path)
    answer_save_dialog(monkeypatch, path)
    assert window.save_a_copy() is None
    assert "is the open workspace" in window.message_bar.text()
    backup = path.with_name("shop.v3.bak.omniprint")
    shutil.copyfile(path, backup)
    answer_save_dialog(monkeypatch, backup)
    assert window.save_a_copy() is None
    assert "is a backup of the workspace" in window.message_bar.text()
    assert digest(path) == before


def test_export_codes_onto_the_workspace_is_refused(qtbot, window, monkeypatch):
    plan_campaign(window)
    box = window.plan_page.codes_box
    qtbot.keyClicks(box.prefix, "PRI")
    with qtbot.waitSignal(box.codes_changed, timeout=20_000):
        qtbot.mouseClick(box.generate_button, Qt.MouseButton.LeftButton)
    path = window.ws.path
    before = digest(path)
    for target in (path, Path(f"{path}-wal")):
        answer_save_dialog(monkeypatch, target)
        qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.export_button.isEnabled(), timeout=20_000)
        qtbot.waitUntil(lambda: "choose another file name" in window.message_bar.text())
    assert "SQLite keeps beside the workspace" in window.message_bar.text()
    assert digest(path) == before


def test_a_folder_is_not_opened_as_a_workspace(qtbot, window, tmp_path: Path):
    assert not window.open_workspace_path(tmp_path)
    assert "is a folder, not a workspace file" in window.message_bar.text()
    assert window.ws.path == tmp_path / "shop.omniprint"


def test_a_damaged_workspace_opens_read_only_in_the_app(qtbot, tmp_path: Path, settings):
    path = tmp_path / "shop.omniprint"
    with open_workspace(path) as ws:
        from omniprint.services import plan

        for n in range(40):
            plan.create_campaign(ws, f"Campaign {n}", landing_url="https://a.es/", notes="x" * 3000)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * (size // 4))
    before = digest(path)
    ws = open_workspace(path)
    assert ws.read_only and ws.damaged
    win = MainWindow(ws, settings)
    qtbot.addWidget(win)
    assert "opened read-only" in win.message_bar.text()
    assert win.runner.read_only
    win.shutdown()
    assert digest(path) == before


def test_the_error_dialog_promises_nothing_it_cannot_know(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    try:
        raise OSError(28, "No space left on device", str(tmp_path / "x.pdf"))
    except OSError as exc:
        box = crash.error_box(None, OSError, exc, exc.__traceback__)
    qtbot.addWidget(box)
    assert box.text().startswith("the disk is full writing " + str(tmp_path / "x.pdf"))
    assert "saved" not in box.text() + box.informativeText()
    assert "may not have been completed" in box.informativeText()
    assert "Traceback" in box.detailedText()
