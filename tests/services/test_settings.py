"""Settings (typed, versioned, upgraded) and the log file: both kept out of the real home."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from omniprint.domain.errors import ValidationError
from omniprint.services import logs, settings
from omniprint.services.settings import Settings


@pytest.fixture(autouse=True)
def config(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("OMNIPRINT_CONFIG_DIR", str(folder))
    return folder


def test_defaults_without_a_file(config: Path) -> None:
    assert settings.load_settings() == Settings()
    assert settings.settings_path() == config / "settings.json"
    assert not config.exists()  # reading writes nothing


def test_round_trip(config: Path) -> None:
    settings.save_settings(Settings(language="es", units="in", shop_preset="moo", workspace="/x"))
    data = json.loads((config / "settings.json").read_text(encoding="utf-8"))
    assert data["version"] == settings.SETTINGS_VERSION
    assert settings.load_settings() == Settings("es", "in", "moo", "/x")
    assert settings.update_settings(units="mm").units == "mm"
    assert settings.load_settings().language == "es"


def test_values_are_checked() -> None:
    with pytest.raises(ValidationError, match="units"):
        settings.save_settings(Settings(units="cm"))
    with pytest.raises(ValidationError, match="unknown setting"):
        settings.update_settings(colour="blue")


def test_version_1_is_upgraded(config: Path) -> None:
    config.mkdir()
    old = {"version": 1, "language": "es", "units": "inches", "shop": "us"}
    (config / "settings.json").write_text(json.dumps(old), encoding="utf-8")
    assert settings.load_settings() == Settings(language="es", units="in", shop_preset="us")


def test_upgrades_chain_one_version_at_a_time() -> None:
    assert len(settings.UPGRADES) == settings.SETTINGS_VERSION - 1
    assert settings.upgrade({"version": settings.SETTINGS_VERSION, "units": "mm"})["units"] == "mm"
    newer = settings.upgrade({"version": 99, "units": "mm", "future": 1})
    assert newer["version"] == 99 and newer["future"] == 1


def test_a_bad_file_gives_defaults_and_is_set_aside(config: Path, caplog) -> None:
    config.mkdir()
    (config / "settings.json").write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="omniprint.settings"):
        assert settings.load_settings() == Settings()
    assert (config / "settings.json.bad").exists() and "cannot be read" in caplog.text


def test_a_bad_value_falls_back_to_its_default(config: Path, caplog) -> None:
    config.mkdir()
    data = {"version": 2, "language": "fr", "units": "in"}
    (config / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="omniprint.settings"):
        assert settings.load_settings() == Settings(language="", units="in")


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("es_ES.UTF-8", "es"),
        ("es_MX", "es"),
        ("es_AR.utf8", "es"),
        ("es-419", "es"),
        ("Spanish_Mexico.1252", "es"),  # Windows' long names
        ("en_US.UTF-8", "en"),
        ("ca_ES.UTF-8", "en"),
        ("fr_FR", "en"),
        ("", "en"),
    ],
)
def test_system_language(name: str, language: str) -> None:
    assert settings.system_language(name) == language


def test_system_language_from_environment(monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert settings.system_language() == "es"
    assert Settings().effective_language == "es"
    assert Settings(language="en").effective_language == "en"
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert settings.system_language() == "en"


def test_log_file_rotates_in_the_log_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    logs.stop_logging()  # a handler another test left would point elsewhere
    try:
        path = logs.setup_logging()
        assert logs.setup_logging() == path == tmp_path / "logs" / "omniprint.log"
        assert len(logs.log.handlers) == 1
        logging.getLogger("omniprint.test").info("hello")
        assert "hello" in path.read_text(encoding="utf-8")
    finally:
        logs.stop_logging()
    assert not logs.log.handlers


def test_recent_workspaces_and_geometry_are_kept_with_the_preferences(config: Path) -> None:
    for name in ["a", "b", "a", *"cdefghij"]:
        settings.remember_workspace(f"/w/{name}.omniprint")
    recent = settings.load_settings().recent_workspaces
    assert recent[:3] == ["/w/j.omniprint", "/w/i.omniprint", "/w/h.omniprint"]
    assert len(recent) == settings.MAX_RECENT and len(set(recent)) == len(recent)
    settings.update_settings(window_geometry="AdnQywADAAA=", units="in")
    data = json.loads((config / "settings.json").read_text(encoding="utf-8"))
    assert data["recent_workspaces"] == recent and data["window_geometry"] == "AdnQywADAAA="
    assert data["units"] == "in"  # one file holds them all


def test_bad_recent_or_geometry_values_fall_back(config: Path, caplog) -> None:
    with pytest.raises(ValidationError, match="recent_workspaces"):
        settings.update_settings(recent_workspaces="/one/path")
    with pytest.raises(ValidationError, match="window_geometry"):
        settings.update_settings(window_geometry="not base64!")
    config.mkdir()
    data = {"version": 2, "units": "in", "recent_workspaces": [3], "window_geometry": "%%"}
    (config / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="omniprint.settings"):
        assert settings.load_settings() == Settings(units="in")
