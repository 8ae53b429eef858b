"""The app's log file and its last line of defence: an excepthook that shows what failed."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from omniprint.domain.errors import OmniPrintError
from omniprint.services.faults import describe_fault
from omniprint.services.logs import LOG_NAME, log_dir, setup_logging

log = logging.getLogger("omniprint")

# The log itself is the services' (no Qt in it); the dialog and the excepthook are the GUI's.
__all__ = [
    "LOG_NAME",
    "error_box",
    "excepthook",
    "install_excepthook",
    "log_dir",
    "open_log_folder",
    "setup_logging",
]


# The workspace the window shows, named in messages about faults SQLite reports without a file.
_workspace_path: Path | None = None


def set_workspace_path(path: Path | None) -> None:
    """Tell the excepthook which workspace is open (MainWindow does when it changes)."""
    global _workspace_path
    _workspace_path = path


def tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def error_box(
    parent: QWidget | None, exc_type: type[BaseException], exc: BaseException, tb: object
) -> QMessageBox:
    """The dialog for an error nobody caught: what failed, where the log is, the details."""
    box = QMessageBox(parent)
    box.setObjectName("crash_dialog")
    box.setWindowTitle(tr("OmniPrint"))
    if isinstance(exc, OmniPrintError):  # a message written for the user: show it as it is
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(str(exc))
        return box
    box.setIcon(QMessageBox.Icon.Critical)
    # What happened, to which file, what to do (the core's words, in the user's language); what
    # was saved we cannot know here, so the dialog does not promise it.
    box.setText(describe_fault(exc, _workspace_path))
    box.setInformativeText(
        tr(
            "What you did before this is in the workspace file; the action that failed may not"
            " have been completed. The details are in the log:\n{path}\n"
            "If it happens again, send that file to support."
        ).format(path=log_dir() / LOG_NAME)
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))  # type: ignore[arg-type]
    return box


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the error and show it; the app goes on running."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, OmniPrintError):
        log.warning("%s", exc)
    else:
        log.error("uncaught error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    error_box(QApplication.activeWindow(), exc_type, exc, tb).exec()


def install_excepthook() -> None:
    sys.excepthook = excepthook
