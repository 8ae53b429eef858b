"""The user's preferences, declared once with their types, kept in a small JSON file in the user's
config folder and upgraded by version (as Picard's `config_upgrade` does).

This is the app's ONE settings store: the Preferences dialog, the window's geometry and the list
of recent workspaces all live here (the GUI's `gui.settings` only converts Qt's types and moves,
once, what an older version kept in QSettings). The CLI reads the same file. One plain file
means one place to look, back up or reset, and no platform store (the Windows registry, macOS
plists) holding half of a user's choices. `OMNIPRINT_CONFIG_DIR` moves the folder (tests,
portable installs). A file that cannot be read is set aside and the defaults are used: losing
preferences is better than not starting.
"""

from __future__ import annotations

import contextlib
import json
import locale
import logging
import os
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from omniprint.domain.errors import ValidationError
from omniprint.domain.i18n import tr
from omniprint.services.folders import user_path

FILE_NAME = "settings.json"
SETTINGS_VERSION = 2

LANGUAGES = ("", "en", "es")  # "" follows the system
UNITS = ("mm", "in")
SHOP_PRESETS = ("eu", "us", "moo")
MAX_RECENT = 8

log = logging.getLogger("omniprint.settings")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


@dataclass
class Settings:
    language: str = ""
    """Either "en" or "es", or "" for the system's language (see `system_language`)."""
    units: str = "mm"
    shop_preset: str = "eu"
    """Bleed and safe area of the usual print shop."""
    workspace: str = ""
    """The workspace opened on start; "" for the default one in the user's data folder."""
    recent_workspaces: list[str] = field(default_factory=list)
    """Workspaces opened, the last one first (at most `MAX_RECENT`)."""
    window_geometry: str = ""
    """The main window's size and place as Qt saves it, in base64; opaque outside the GUI."""

    def check(self) -> Settings:
        """Raise `ValidationError` naming the setting whose value is not allowed."""
        for name, allowed in (
            ("language", LANGUAGES),
            ("units", UNITS),
            ("shop_preset", SHOP_PRESETS),
        ):
            value = getattr(self, name)
            if value not in allowed:
                shown = ", ".join(repr(a) for a in allowed)
                raise ValidationError(
                    tr("setting {name} must be one of {allowed} (got {value!r})").format(
                        name=name, allowed=shown, value=value
                    )
                )
        if not isinstance(self.workspace, str):
            raise ValidationError(tr("setting workspace must be a file path"))
        recent = self.recent_workspaces
        if not isinstance(recent, list) or not all(isinstance(p, str) and p for p in recent):
            raise ValidationError(tr("setting recent_workspaces must be a list of file paths"))
        if not isinstance(self.window_geometry, str) or not _BASE64.fullmatch(self.window_geometry):
            raise ValidationError(tr("setting window_geometry must be base64 text"))
        return self

    @property
    def effective_language(self) -> str:
        return self.language or system_language()


# Upgrades ---------------------------------------------------------------------------------------


def _upgrade_1_to_2(data: dict) -> dict:
    """Version 1 called the shop preset "shop" and stored units as "millimetres"/"inches"."""
    if "shop" in data:
        data["shop_preset"] = data.pop("shop")
    data["units"] = {"millimetres": "mm", "inches": "in"}.get(data.get("units"), data.get("units"))
    return data


UPGRADES: list[Callable[[dict], dict]] = [_upgrade_1_to_2]
"""`UPGRADES[n - 1]` turns version n into version n + 1; add one (and bump the version) for every
change of names or meanings, never edit an old one."""


def upgrade(data: dict) -> dict:
    """Bring a stored settings dict up to `SETTINGS_VERSION` (a file from a newer app is read as
    it is: unknown keys are ignored)."""
    version = int(data.get("version", 1))
    for n in range(max(version, 1), SETTINGS_VERSION):
        data = UPGRADES[n - 1](dict(data))
    data["version"] = max(version, SETTINGS_VERSION)
    return data


# Files ------------------------------------------------------------------------------------------


def config_dir() -> Path:
    """`OMNIPRINT_CONFIG_DIR` if set, else the user's config folder for OmniPrint."""
    return user_path("OMNIPRINT_CONFIG_DIR", platformdirs.user_config_dir)


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load_settings() -> Settings:
    """The saved settings, upgraded; defaults for anything missing, unknown or not allowed."""
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s cannot be read (%s): using the defaults", path, exc)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(FILE_NAME + ".bad"))
        return Settings()
    data = upgrade(data)
    settings = Settings()
    for f in fields(Settings):
        if f.name in data:
            candidate = Settings(**{**asdict(settings), f.name: data[f.name]})
            try:
                settings = candidate.check()
            except ValidationError as exc:
                log.warning("%s: %s; the default is used", path, exc)
    return settings


def save_settings(settings: Settings) -> Path:
    """Write the settings (checked) atomically; returns the file's path."""
    settings.check()
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(FILE_NAME + ".part")
    tmp.write_text(
        json.dumps({"version": SETTINGS_VERSION, **asdict(settings)}, indent=2) + "\n",
        encoding="utf-8",
    )
    os.replace(tmp, path)
    return path


def update_settings(**changes: object) -> Settings:
    """Load, change the named settings, save; unknown names raise `ValidationError`."""
    known = {f.name for f in fields(Settings)}
    unknown = set(changes) - known
    if unknown:
        raise ValidationError(
            tr("unknown setting {name!r}: use {names}").format(
                name=sorted(unknown)[0], names=", ".join(known)
            )
        )
    settings = Settings(**{**asdict(load_settings()), **changes}).check()
    save_settings(settings)
    return settings


def remember_workspace(path: str | Path) -> list[str]:
    """Put ``path`` first in the recent workspaces (once, at most `MAX_RECENT`); returns them."""
    text = str(Path(path))
    recent = [text] + [p for p in load_settings().recent_workspaces if p != text]
    return update_settings(recent_workspaces=recent[:MAX_RECENT]).recent_workspaces


# The system's language --------------------------------------------------------------------------


def system_language(locale_name: str | None = None) -> str:
    """The app's language for a locale: "es" for Spanish (es_ES, es_MX, es_AR, es-419, Windows'
    Spanish_Spain...), else "en".

    Without an argument the locale comes from LC_ALL / LC_MESSAGES / LANG (as gettext looks for
    it), then from the platform. The GUI should pass Qt's `QLocale.system().name()`, which knows
    the desktop's language where no variable is set (Windows, macOS apps started from Finder).
    """
    if locale_name is None:
        locale_name = _locale_from_environment()
    code = locale_name.replace("-", "_").split(".")[0].split("_")[0].lower()
    return "es" if code in ("es", "spanish", "español", "espanol") else "en"


def system_locale() -> str:
    """The system's locale name ("es_MX.UTF-8", "en_GB"...; "en" when nothing tells)."""
    return _locale_from_environment()


def _locale_from_environment() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX"):
            return value.split(":")[0]
    with contextlib.suppress(ValueError, TypeError):
        found = locale.getlocale()[0]
        if found:
            return found
    return "en"
