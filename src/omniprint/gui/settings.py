"""What the window remembers between runs (its geometry, the recent workspaces), in Qt's types.

Kept in the app's one settings file (`services.settings`), not in QSettings: this class only
turns Qt's byte arrays into text and back. Earlier builds kept these two things in QSettings;
`move_from_qsettings` copies them into the settings file once, on the first start after.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from omniprint.domain.errors import OmniPrintError
from omniprint.services import settings as prefs

log = logging.getLogger("omniprint.settings")

MOVED_TO_JSON = 2
"""QSettings' ``settings_version`` once its values are in the settings file. The old values stay
in QSettings (an older OmniPrint started again still finds them) but are never read again."""


class AppSettings:
    """The window's geometry and the recent workspaces, kept in `services.settings`.

    ``legacy``: the QSettings of older versions, moved into the settings file when not done yet.
    """

    def __init__(self, legacy: QSettings | None = None) -> None:
        if legacy is not None:
            move_from_qsettings(legacy)

    @property
    def geometry(self) -> QByteArray | None:
        saved = prefs.load_settings().window_geometry
        value = QByteArray.fromBase64(saved.encode("ascii")) if saved else QByteArray()
        return None if value.isEmpty() else value

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        _save(window_geometry=_base64(value))

    @property
    def recent_files(self) -> list[str]:
        return prefs.load_settings().recent_workspaces

    def add_recent(self, path: str | Path) -> None:
        try:
            prefs.remember_workspace(path)
        except (OSError, OmniPrintError) as exc:  # a read-only config folder must not stop work
            log.warning("recent workspaces not saved: %s", exc)

    def clear_recent(self) -> None:
        _save(recent_workspaces=[])

    @property
    def last_workspace(self) -> str | None:
        files = self.recent_files
        return files[0] if files else None


def preferred_units() -> str:
    """The unit lengths are shown in (Preferences > Units): "mm" or "in"."""
    return prefs.load_settings().units


def _base64(value: QByteArray) -> str:
    return bytes(value.toBase64().data()).decode("ascii")


def _save(**changes: object) -> None:
    try:
        prefs.update_settings(**changes)
    except (OSError, OmniPrintError) as exc:
        log.warning("settings not saved: %s", exc)


def move_from_qsettings(store: QSettings) -> bool:
    """Copy what an older version kept in QSettings into the settings file, once.

    Recent workspaces already in the file come first; the geometry is taken only when the file
    has none. Returns True when the move happened now. When the file cannot be written the move
    is left for the next start, so nothing a user chose is lost.
    """
    if int(store.value("settings_version", 0) or 0) >= MOVED_TO_JSON:
        return False
    old_recent = store.value("workspaces/recent", [])
    if isinstance(old_recent, str):  # QSettings gives a lone string for a one-item list
        old_recent = [old_recent]
    old_geometry = store.value("window/geometry")
    try:
        current = prefs.load_settings()
        recent = list(current.recent_workspaces)
        recent += [str(p) for p in old_recent or [] if p and str(p) not in recent]
        changes: dict[str, object] = {}
        if recent != current.recent_workspaces:
            changes["recent_workspaces"] = recent[: prefs.MAX_RECENT]
        has_old_geometry = isinstance(old_geometry, QByteArray) and not old_geometry.isEmpty()
        if has_old_geometry and not current.window_geometry:
            changes["window_geometry"] = _base64(old_geometry)
        if changes:
            prefs.update_settings(**changes)
    except (OSError, OmniPrintError) as exc:
        log.warning("window settings not moved from QSettings yet: %s", exc)
        return False
    store.setValue("settings_version", MOVED_TO_JSON)
    store.sync()
    return True
