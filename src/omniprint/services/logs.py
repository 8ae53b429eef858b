"""The app's log file: rotating, in the user's log folder, with no Qt (the GUI's excepthook and
"Open the Log Folder" use it; so can the CLI)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from omniprint.services.folders import user_path

LOG_NAME = "omniprint.log"
MAX_BYTES = 1_000_000
BACKUPS = 4  # five files of 1 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("omniprint")


def log_dir() -> Path:
    """The user's log folder (`OMNIPRINT_LOG_DIR` overrides it, for tests and support)."""
    return user_path("OMNIPRINT_LOG_DIR", platformdirs.user_log_dir)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log the `omniprint` loggers to a rotating file in the log folder; returns its path.

    Calling it again adds no second handler (the GUI and a test may both call it)."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        log.addHandler(handler)
    log.setLevel(level)
    return path


def stop_logging() -> None:
    """Close and remove the file handler (tests, and before the log folder is moved)."""
    for handler in list(log.handlers):
        if isinstance(handler, RotatingFileHandler):
            log.removeHandler(handler)
            handler.close()
