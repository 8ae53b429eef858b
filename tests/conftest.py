"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same regions on every machine: English is en_US and Spanish es_ES, whatever the runner's
# own locale says (a test that needs another region sets OMNIPRINT_LOCALE itself).
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "OMNIPRINT_LOCALE"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# Helpers in tests/support (imported as `support`) report failed asserts as tests do.
pytest.register_assert_rewrite("support")


@pytest.fixture(scope="session", autouse=True)
def _state_and_logs_in_tmp(tmp_path_factory: pytest.TempPathFactory):
    """What the app notes (clean closes), its settings and logs go to temporary folders, not the
    user's, for every test and fixture (a test may still point them elsewhere with monkeypatch)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMNIPRINT_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
        patch.setenv("OMNIPRINT_STATE_DIR", str(tmp_path_factory.mktemp("state")))
        patch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
        yield


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.omniprint"


@pytest.fixture
def ws(ws_path: Path):
    from omniprint.storage.workspace import Workspace

    workspace = Workspace.open(ws_path)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_end():
    """Qt frees clipboard data at exit after Python has let go of it, and crashes: clear it while
    the application still runs (the app does the same on quit)."""
    yield
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.clipboard().clear()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes a test's windows, let their background work finish (as the app's
    own shutdown does): closing a busy main window asks "Stop it and quit?", which would wait
    for an answer forever in a test."""
    import sys

    if "omniprint.gui.app" in sys.modules:
        from PySide6.QtWidgets import QApplication

        from omniprint.gui.app import MainWindow

        app = QApplication.instance()
        for widget in app.topLevelWidgets() if app is not None else []:
            runner = getattr(widget, "runner", None) if isinstance(widget, MainWindow) else None
            if runner is not None and runner.busy:
                runner.drain()
                app.processEvents()  # the workers' queued `finished` signals: no longer busy
    return (yield)
