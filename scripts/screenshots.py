"""Render the app's main screens to PNG, offscreen, for the README: docs/screenshots/*.png.

QT_QPA_PLATFORM=offscreen PYTHONPATH=src python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from omniprint.gui.app import MainWindow
from omniprint.gui.settings import AppSettings
from omniprint.services import business, codes, plan
from omniprint.services.workspace import open_workspace

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1360, 860)


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(5):
        app.processEvents()
    window.runner.pool.waitForDone(60_000)
    for _ in range(5):
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, name: str) -> Path:
    _settle(app, window)
    path = OUT / f"{name}.png"
    window.grab().save(str(path))
    print(path)
    return path


def _sample_plan(ws) -> None:
    plan.create_campaign(
        ws, "Primavera 2027", landing_url="https://panaderiasol.es/primavera",
        start_date="2027-03-01", end_date="2027-05-31", budget_cents=120_000, currency="EUR",
    )  # fmt: skip
    business.set_business(ws, name="Panadería Sol", phone="963 000 111", web="panaderiasol.es")
    c = "primavera-2027"
    plan.add_piece(ws, c, kind="leaflet", size="DL", variant="A", print_cpm_cents=3800)
    plan.add_piece(ws, c, kind="leaflet", variant="B", print_cpm_cents=3800)
    zones = [
        ("46001", "Ciutat Vella", 6200, 9000, 3200, False),
        ("46004", "Russafa", 8400, 8500, 3200, False),
        ("46005", "Pla del Remei", 5100, 8000, 3500, False),
        ("46010", "Benimaclet", 7300, 9000, 3000, False),
        ("46020", "Algirós", 6900, 10000, 0, True),
    ]
    for code, name, households, coverage, cpm, control in zones:
        plan.add_zone(ws, c, code=code, name=name, households=households, coverage_bp=coverage,
                      cpm_cents=cpm, drop_date="2027-03-08", is_control=control)  # fmt: skip
    plan.add_drop(ws, c, piece="leaflet", variant="A", zone="46001")
    plan.add_drop(ws, c, piece="leaflet", variant="B", zone="46004")
    plan.add_drop(ws, c, piece="leaflet", variant="A", zone="46005")
    plan.add_drop(ws, c, piece="leaflet", variant="B", zone="46010")
    codes.generate_codes(ws, c, prefix="PRI")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OMNIPRINT_LOG_DIR"] = str(Path(tmp) / "logs")
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ws = open_workspace(Path(tmp) / "Panadería Sol.omniprint")
        window = MainWindow(ws, settings)
        window.resize(*SIZE)
        window.show()
        _shoot(app, window, "welcome")
        _sample_plan(window.ws)
        window.refresh_campaigns(select="primavera-2027")
        window.show_page("plan")
        _shoot(app, window, "plan")
        window.show_page("design")
        _shoot(app, window, "design")
        window.show_page("print")
        _shoot(app, window, "print")
        window.shutdown()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
