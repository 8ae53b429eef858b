"""The app's log file and its last line of defence: an excepthook that shows what failed."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from omniprint.domain.errors import OmniPrintError

LOG_NAME = "omniprint.log"
log = logging.getLogger("omniprint")


def tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def log_dir() -> Path:
    """The user's log folder (`OMNIPRINT_LOG_DIR` overrides it, for tests and support)."""
    override = os.environ.get("OMNIPRINT_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("OmniPrint", appauthor=False))


def setup_logging() -> Path:
    """Log to a rotating file in the log folder (five files of 1 MB); returns the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=4, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


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
    box.setText(tr("Something went wrong: {what}").format(what=f"{exc_type.__name__}: {exc}"))
    box.setInformativeText(
        tr(
            "Your work is saved in the workspace file. The details are in the log:\n{path}\n"
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
