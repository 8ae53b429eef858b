"""One settings store: the window's geometry and recent workspaces live in settings.json with the
preferences, what older builds kept in QSettings moves there once, and Preferences > Units
changes what the designer, the plan and the size lists show."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from omniprint.gui.app import MainWindow
from omniprint.gui.design_page import designer_available
from omniprint.gui.settings import MOVED_TO_JSON, AppSettings, move_from_qsettings
from omniprint.services import plan
from omniprint.services.settings import load_settings, settings_path, update_settings
from omniprint.services.workspace import open_workspace
from support.gui import QT_LOG_IGNORE, plan_campaign, settings, window  # noqa: F401

pytestmark = QT_LOG_IGNORE


@pytest.fixture
def config(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("OMNIPRINT_CONFIG_DIR", str(folder))
    return folder


def _stored(config: Path) -> dict:
    return json.loads((config / "settings.json").read_text(encoding="utf-8"))


def _legacy(tmp_path: Path, recent: object, geometry: QByteArray | None) -> QSettings:
    """A QSettings file as builds before the move left it (settings_version 1)."""
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    store.setValue("settings_version", 1)
    store.setValue("workspaces/recent", recent)
    if geometry is not None:
        store.setValue("window/geometry", geometry)
    store.sync()
    return store


def test_old_qsettings_values_move_into_the_settings_file_once(qtbot, tmp_path, config):
    geometry = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry bytes")
    legacy = _legacy(tmp_path, ["/work/b.omniprint", "/work/a.omniprint"], geometry)
    update_settings(language="es", recent_workspaces=["/work/new.omniprint", "/work/b.omniprint"])

    app_settings = AppSettings(legacy=legacy)

    stored = _stored(config)
    # Nothing lost: the file's own recent list first, then the old ones it did not have.
    assert stored["recent_workspaces"] == [
        "/work/new.omniprint", "/work/b.omniprint", "/work/a.omniprint",
    ]  # fmt: skip
    assert stored["language"] == "es"
    assert app_settings.geometry == geometry
    assert int(legacy.value("settings_version")) == MOVED_TO_JSON
    assert legacy.value("workspaces/recent") == ["/work/b.omniprint", "/work/a.omniprint"]
    # Read once: what an older build writes to QSettings later is not imported again.
    legacy.setValue("workspaces/recent", ["/work/old-again.omniprint"])
    assert move_from_qsettings(legacy) is False
    assert "/work/old-again.omniprint" not in load_settings().recent_workspaces


def test_a_lone_recent_file_and_a_geometry_the_file_already_has(qtbot, tmp_path, config):
    legacy = _legacy(tmp_path, "/work/only.omniprint", QByteArray(b"old"))
    update_settings(window_geometry="bmV3")  # "new", saved by this build already
    assert move_from_qsettings(legacy) is True
    assert load_settings().recent_workspaces == ["/work/only.omniprint"]
    assert load_settings().window_geometry == "bmV3"


def test_a_failed_move_is_tried_again_on_the_next_start(qtbot, tmp_path, config):
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("a file where the folder should be", encoding="utf-8")
    legacy = _legacy(tmp_path, ["/work/a.omniprint"], None)
    assert move_from_qsettings(legacy) is False
    assert int(legacy.value("settings_version")) == 1  # not marked: nothing was lost
    config.unlink()
    assert move_from_qsettings(legacy) is True
    assert load_settings().recent_workspaces == ["/work/a.omniprint"]


def test_the_window_keeps_its_geometry_and_recent_files_in_the_settings_file(
    qtbot, tmp_path: Path, settings
):
    config = settings_path().parent
    win = MainWindow(open_workspace(tmp_path / "a.omniprint"), settings)
    qtbot.addWidget(win)
    win.resize(640, 480)
    win.shutdown()
    stored = _stored(config)
    assert stored["recent_workspaces"] == [str(tmp_path / "a.omniprint")]
    assert QByteArray.fromBase64(stored["window_geometry"].encode()) == win.saveGeometry()
    assert not (tmp_path / "settings.ini").exists() or "window" not in (
        tmp_path / "settings.ini"
    ).read_text(encoding="utf-8")  # nothing new is written to QSettings


def _choose(dialog, combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_units_in_preferences_change_the_plan_page(qtbot, window, tmp_path: Path):
    slug = plan_campaign(window)
    plan.add_piece(window.ws, slug, kind="leaflet", size="88.9x50.8", name="Tarjeta US")
    window.plan_page.refresh()
    sizes = [window.plan_page.pieces_model.rows[r][2] for r in range(2)]
    assert sizes == ["A6", "88.9 x 50.8 mm"]

    window.show_page("design")
    chooser = window.design_page.chooser
    assert chooser.itemText(0).endswith("(105 x 148 mm)")
    assert chooser.itemText(1).endswith("(88.9 x 50.8 mm)")

    dialog = window.edit_preferences()
    _choose(dialog, dialog.units, "in")
    dialog.accept()
    assert _stored(Path(tmp_path / "config"))["units"] == "in"
    assert window.plan_page.pieces_model.rows[1][2] == "3.5 x 2 in"
    assert chooser.itemText(1).endswith("(3.5 x 2 in)")


@pytest.mark.skipif(not designer_available(), reason="the designer is not installed")
def test_units_in_preferences_change_the_designers_lengths(qtbot, window, tmp_path: Path):
    plan_campaign(window)
    window.show_page("design")
    designer = window.design_page.designer
    props = designer.properties
    assert "105 x 148 mm trim, 3 mm bleed" in props.page_info.text()

    dialog = window.edit_preferences()
    _choose(dialog, dialog.units, "in")
    dialog.accept()

    designer = window.design_page.designer
    props = designer.properties
    assert props.unit == "in" and designer.h_ruler.unit == "in"
    assert "4.13 x 5.83 in trim, 0.12 in bleed" in props.page_info.text()
    element = next(el for el in designer.doc.elements(designer.side) if hasattr(el, "w_mm"))
    designer.select([element.id])
    assert props.x_spin.suffix() == " in"
    assert props.x_spin.value() == pytest.approx(element.x_mm / 25.4, abs=0.001)
    props.x_spin.setValue(1.0)  # typed in inches, kept in millimetres
    assert element.x_mm == pytest.approx(25.4)
    assert designer.undo_stack.undoText() == "Change X"

    # Back to millimetres: the same element, the same place.
    dialog = window.edit_preferences()
    _choose(dialog, dialog.units, "mm")
    dialog.accept()
    assert props.x_spin.suffix() == " mm" and props.x_spin.value() == pytest.approx(25.4)
    assert element.x_mm == pytest.approx(25.4)
