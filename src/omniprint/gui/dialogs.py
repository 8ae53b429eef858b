"""Asking the user for files. One place, so tests can answer instead of a native dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_file(
    parent: QWidget | None, title: str, suggested: str | Path, filters: str
) -> Path | None:
    """A file to write, or None when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def open_file(parent: QWidget | None, title: str, folder: str | Path, filters: str) -> Path | None:
    """A file to read, or None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None
