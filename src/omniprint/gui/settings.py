"""The app's settings, declared once with their types, kept in QSettings and upgraded by version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
MAX_RECENT = 8


class AppSettings:
    """Typed access to what the app remembers between runs: window geometry and recent files."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings("OmniPrint", "OmniPrint")
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self.store.value("settings_version", 0) or 0)
        # Version 0 had no settings: nothing to carry over yet. Later upgrades go here, in order.
        if version < SETTINGS_VERSION:
            self.store.setValue("settings_version", SETTINGS_VERSION)

    # Window ---------------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    # Workspaces -----------------------------------------------------------------------------

    @property
    def recent_files(self) -> list[str]:
        value = self.store.value("workspaces/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or [] if v]

    def add_recent(self, path: str | Path) -> None:
        text = str(Path(path))
        files = [text] + [f for f in self.recent_files if f != text]
        self.store.setValue("workspaces/recent", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.store.setValue("workspaces/recent", [])

    @property
    def last_workspace(self) -> str | None:
        files = self.recent_files
        return files[0] if files else None

    def sync(self) -> None:
        self.store.sync()
