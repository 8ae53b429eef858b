"""The main window: navigation, menus and shortcuts, settings, Save a Copy, the designer page,
background tasks and the error dialog."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from omniprint.domain.errors import Cancelled, ValidationError
from omniprint.gui import crash
from omniprint.gui.app import MainWindow, choose_workspace
from omniprint.gui.design_page import designer_available
from omniprint.gui.tasks import TaskRunner
from omniprint.services.plan import list_campaigns
from omniprint.services.workspace import open_workspace
from support.gui import QT_LOG_IGNORE, plan_campaign, settings, window  # noqa: F401

pytestmark = QT_LOG_IGNORE


def test_empty_workspace_shows_the_welcome_page(window):
    assert window.pages.currentWidget() is window.welcome
    assert window.nav.topLevelItemCount() == 0
    assert "shop.omniprint" in window.windowTitle()


def test_navigation_has_plan_design_print_import_review_results(qtbot, window):
    plan_campaign(window)
    top = window.nav.topLevelItem(0)
    labels = [top.child(i).text(0) for i in range(top.childCount())]
    assert labels == ["Plan", "Design", "Print", "Import", "Review", "Results", "Channels"]
    assert not any(top.child(i).isDisabled() for i in range(top.childCount()))
    window.show_page("import")
    assert window.pages.currentWidget() is window.imports_page
    window.show_page("results")
    assert window.pages.currentWidget() is window.results_page
    window.show_page("print")
    assert window.pages.currentWidget() is window.print_page


def test_menus_use_standard_shortcuts(window):
    def shortcut(name: str) -> QKeySequence:
        for menu in window.menuBar().findChildren(type(window.recent_menu)):
            for action in menu.actions():
                if action.text().replace("&", "") == name:
                    return action.shortcut()
        raise AssertionError(name)

    assert shortcut("Open Workspace…") == QKeySequence(QKeySequence.StandardKey.Open)
    assert shortcut("Save a Copy…") == QKeySequence(QKeySequence.StandardKey.SaveAs)
    assert shortcut("Quit") == QKeySequence(QKeySequence.StandardKey.Quit)
    assert shortcut("Copy") == QKeySequence(QKeySequence.StandardKey.Copy)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_save_a_copy_and_recent_files(qtbot, window, settings, tmp_path: Path):
    plan_campaign(window)
    copy = window.save_a_copy(tmp_path / "backup.omniprint")
    assert copy is not None and copy.exists()
    with open_workspace(copy, create=False) as ws:
        from omniprint.services import plan

        assert [c.slug for c in plan.list_campaigns(ws)] == ["primavera-2027"]
    assert window.open_workspace_path(copy)
    assert window.nav.topLevelItem(0).text(0) == "Primavera 2027"
    assert settings.recent_files[:2] == [str(copy), str(tmp_path / "shop.omniprint")]
    assert choose_workspace(None, settings) == copy
    # Saving a copy over the open workspace is refused with the service's message.
    assert window.save_a_copy(copy) is None
    assert "is the open workspace" in window.message_bar.text()


def test_geometry_is_remembered(qtbot, tmp_path: Path, settings):
    ws = open_workspace(tmp_path / "a.omniprint")
    first = MainWindow(ws, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.shutdown()
    second = MainWindow(open_workspace(tmp_path / "a.omniprint"), settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    second.shutdown()


@pytest.mark.skipif(not designer_available(), reason="the designer is not there yet")
def test_design_page_embeds_the_designer(qtbot, window):
    plan_campaign(window)
    window.show_page("design")
    page = window.design_page
    assert page.designer is not None
    assert window.undo_group.activeStack() is page.undo_stack
    window.grid_action.trigger()
    assert page.grid_visible
    window.show_page("plan")
    assert window.undo_group.activeStack() is None


def test_design_page_templates(qtbot, window):
    plan_campaign(window)
    window.show_page("design")
    page = window.design_page
    assert page.template.count() > 0
    page.use_template.click()
    assert window.message_bar.kind == "success"


def test_task_runner_reports_on_the_main_thread(qtbot, tmp_path: Path):
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = TaskRunner(tmp_path / "x.omniprint", owner)
    main = QThread.currentThread()
    seen: list[tuple[bool, int]] = []

    def work(a: int, *, progress, cancel) -> int:
        assert threading.current_thread() is not threading.main_thread()
        for i in range(3):
            progress(i + 1, 3, "step")
        return a * 2

    task = runner.run("double", work, 21, with_workspace=False)
    task.progress.connect(lambda d, t, m: seen.append((QThread.currentThread() is main, d)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen and all(on_main for on_main, _ in seen) and seen[-1][1] == 3

    def fail(*, progress, cancel):
        raise ValidationError("bad input")

    task = runner.run("fail", fail, with_workspace=False)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert str(blocker.args[0]) == "bad input"

    def wait_for_cancel(*, progress, cancel):
        while True:
            cancel.check()
            QThread.msleep(5)

    task = runner.run("cancel", wait_for_cancel, with_workspace=False)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert runner.drain(5000)
    assert isinstance(Cancelled(), Exception)


def test_error_dialog_says_what_failed_and_where_the_log_is(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as exc:
        box = crash.error_box(None, RuntimeError, exc, exc.__traceback__)
    qtbot.addWidget(box)
    assert "disk on fire" in box.text()
    assert str(tmp_path / "logs" / crash.LOG_NAME) in box.informativeText()
    assert "Traceback" in box.detailedText()
    user = crash.error_box(None, ValidationError, ValidationError("budget is wrong"), None)
    qtbot.addWidget(user)
    assert user.text() == "budget is wrong"
    path = crash.setup_logging()
    assert path.parent.exists()


def test_open_the_sample_from_the_welcome_page(qtbot, window, tmp_path: Path, monkeypatch):
    """The welcome page's second button makes the sample workspace and opens it."""
    monkeypatch.setenv("OMNIPRINT_WORKSPACE", str(tmp_path / "data" / "business.omniprint"))
    (tmp_path / "data").mkdir()
    task = window.open_sample()
    assert task is not None
    qtbot.waitUntil(lambda: window.ws.path.name == "sample.omniprint", timeout=120_000)
    assert [c.slug for c in list_campaigns(window.ws)] == ["primavera-2027"]
    window.open_sample()  # made already: opened at once
    assert window.ws.path == tmp_path / "data" / "sample.omniprint"


def test_preferences_are_saved(qtbot, window, tmp_path: Path, monkeypatch):
    from omniprint.services.settings import load_settings

    monkeypatch.setenv("OMNIPRINT_CONFIG_DIR", str(tmp_path / "config"))
    dialog = window.edit_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.shop.setCurrentIndex(dialog.shop.findData("us"))
    dialog.accept()
    saved = load_settings()
    assert (saved.language, saved.shop_preset) == ("es", "us")
    # The usual shop is the one the Print page offers, now and when it is made again.
    assert window.print_page.shop.currentData() == "us"
    from omniprint.gui.print_page import PrintPage

    again = PrintPage(window.ws, window.runner)
    qtbot.addWidget(again)
    assert again.shop.currentData() == "us"


def test_thread_switching_is_quick_while_any_runner_has_work(qtbot, tmp_path: Path):
    import sys

    default = sys.getswitchinterval()
    owner = QWidget()
    qtbot.addWidget(owner)
    first, second = (TaskRunner(tmp_path / "x.omniprint", owner) for _ in range(2))
    gates = [threading.Event(), threading.Event()]

    def wait(gate: threading.Event, *, progress, cancel) -> None:
        gate.wait(10)

    a = first.run("a", wait, gates[0], with_workspace=False)
    b = second.run("b", wait, gates[1], with_workspace=False)
    assert sys.getswitchinterval() <= 0.001
    with qtbot.waitSignal(a.finished, timeout=5000):
        gates[0].set()
    assert sys.getswitchinterval() <= 0.001  # the second runner still has work
    with qtbot.waitSignal(b.finished, timeout=5000):
        gates[1].set()
    assert sys.getswitchinterval() == default
