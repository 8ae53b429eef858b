"""Cheap checks of the packaging files (no build): the PyInstaller spec, icons, desktop entry."""

from __future__ import annotations

import configparser
import json
import re
import runpy
from pathlib import Path

import pytest
from PIL import Image

import omniprint
from support import ROOT

PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "omniprint.spec"
PACKAGE = ROOT / "src" / "omniprint"
ASSETS = PACKAGE / "assets"


@pytest.fixture(scope="module")
def spec() -> dict:
    """The spec's helpers, loaded without PyInstaller (the build part does not run)."""
    return runpy.run_path(str(SPEC), run_name="omniprint_spec")


@pytest.fixture(scope="module")
def collected(spec) -> set[str]:
    """Bundle paths of the collected data files, e.g. "omniprint/assets/fonts/fonts.json"."""
    return {f"{dest}/{Path(source).name}" for source, dest in spec["package_datas"](PACKAGE)}


def bundle_path(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


@pytest.mark.parametrize("path", [*sorted(PACKAGING.glob("*.py")), SPEC], ids=lambda p: p.name)
def test_packaging_scripts_compile(path: Path) -> None:
    compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_spec_loads_without_building(spec) -> None:
    assert "a" not in spec and "coll" not in spec
    assert spec["project_version"](PACKAGE) == omniprint.__version__


def test_spec_collects_the_fonts_and_those_fonts_json_lists(collected) -> None:
    fonts = ASSETS / "fonts"
    catalogue = json.loads((fonts / "fonts.json").read_text(encoding="utf-8"))
    listed = {file for faces in catalogue["families"].values() for file in faces.values()}
    assert listed, "fonts.json lists no font"
    for name in ["fonts.json", *sorted(listed)]:
        assert (fonts / name).is_file(), f"fonts.json lists {name}, which is missing"
        assert bundle_path(fonts / name) in collected, f"{name} is not collected"


def test_spec_collects_every_template(collected) -> None:
    templates = sorted((ASSETS / "templates").glob("*.json"))
    assert templates
    for path in templates:
        assert bundle_path(path) in collected


def test_spec_collects_every_asset_at_its_package_path(collected) -> None:
    """Every data file (demo files, translations, licences too) lands where the package has it."""
    wanted = {
        bundle_path(p)
        for p in ASSETS.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".py", ".pyc"}
    }
    assert wanted - collected == set()
    assert all(path.startswith("omniprint/assets/") for path in collected)


def test_spec_bundles_every_module_including_those_imported_by_name(spec) -> None:
    modules = set(spec["package_modules"](PACKAGE))
    assert {"omniprint", "omniprint.launch", "omniprint.__main__"} <= modules
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in re.findall(r'"(omniprint(?:\.\w+)+)"', text):
            if (PACKAGE.parent / name.replace(".", "/")).with_suffix(".py").is_file():
                assert name in modules, f"{name} (named in {path.name}) is not bundled"


def qt_modules_used() -> set[str]:
    used = set()
    for path in PACKAGE.rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return used


def test_spec_excludes_no_qt_module_the_app_uses(spec) -> None:
    used = qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {name.removeprefix("PySide6.") for name in spec["QT_EXCLUDES"]}
    assert used & excluded == set()
    for module in used:
        short = module.removeprefix("Qt")
        for library in (f"libQt6{short}.so.6", f"Qt6{short}.dll", f"Qt{short}.framework/Qt{short}"):
            assert spec["keep_binary"](f"PySide6/Qt/lib/{library}"), library


def test_spec_drops_unused_qt_parts(spec) -> None:
    keep = spec["keep_binary"]
    assert not keep("PySide6/Qt/lib/libQt6WebEngineCore.so.6")
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6\\plugins\\tls\\qopensslbackend.dll")
    for plugin in (
        "platforms/libqxcb.so",
        "platforms/libqoffscreen.so",
        "platforms/libqwayland.so",
    ):
        assert keep(f"PySide6/Qt/plugins/{plugin}")
    assert keep("PySide6\\plugins\\platforms\\qwindows.dll")
    assert keep("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    keep_data = spec["keep_data"]
    assert keep_data("PySide6/Qt/translations/qtbase_es.qm")
    assert keep_data("PySide6/Qt/translations/qtbase_pt_BR.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_ja.qm")
    assert keep_data("omniprint/assets/i18n/omniprint_ja.qm")


def test_spec_icons_exist(spec) -> None:
    for platform in ("win32", "darwin"):
        assert Path(spec["icon_file"](platform)).is_file()
    assert spec["icon_file"]("linux") is None


def test_icons_at_every_listed_size() -> None:
    icons = runpy.run_path(str(PACKAGING / "icons" / "make_icons.py"), run_name="make_icons")
    for size in icons["SIZES"]:
        with Image.open(PACKAGING / "icons" / f"omniprint-{size}.png") as image:
            assert image.format == "PNG"
            assert image.size == (size, size)
            assert image.mode == "RGBA"
    with Image.open(PACKAGING / "icons" / "omniprint.ico") as ico:
        assert {(s, s) for s in icons["ICO_SIZES"]} <= set(ico.info["sizes"])
    with Image.open(PACKAGING / "icons" / "omniprint.icns") as icns:
        assert (512, 512, 1) in icns.info["sizes"]


def test_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "omniprint.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "OmniPrint"
    assert entry["Exec"].split()[0] == "omniprint"
    assert entry["Icon"] == "omniprint"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert (PACKAGING / "icons" / f"{entry['Icon']}-256.png").is_file()


def test_linux_install_script_uses_the_files_the_build_copies() -> None:
    script = (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    assert script.startswith("#!/bin/sh")
    sizes = re.search(r"for size in ([\d ]+); do", script).group(1).split()
    for size in sizes:
        assert (PACKAGING / "icons" / f"omniprint-{size}.png").is_file()
