"""Pages speak the user's language: the Print page's preflight list (levels, sides, a starter
template's element names such as "titular (headline)", the id as the design has it) and the Plan
page's pieces (a piece named after its kind, unit prices written like the other amounts)."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omniprint.domain.i18n import set_translations
from omniprint.gui.app import MainWindow
from omniprint.gui.i18n import install_translator
from omniprint.services import plan
from omniprint.services.workspace import open_workspace
from support.gui import QT_LOG_IGNORE, plan_campaign, settings  # noqa: F401

pytestmark = QT_LOG_IGNORE


def _rows(win: MainWindow) -> list[list[str]]:
    model = win.print_page.preflight_model
    return [
        [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(4)]
        for r in range(model.rowCount())
    ]


def test_preflight_names_template_elements_in_spanish(qtbot, tmp_path: Path, settings, monkeypatch):
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    app = QApplication.instance()
    install_translator(app, "es")
    try:
        win = MainWindow(open_workspace(tmp_path / "tienda.omniprint"), settings)
        qtbot.addWidget(win)
        win.show()
        plan_campaign(win)
        win.show_page("print")
        rows = _rows(win)
        assert rows, "the flyer template leaves its sample words: preflight warns"
        elements = [row[2] for row in rows]
        assert "titular (headline)" in elements
        assert not any(e.startswith("headline (") for e in elements)
        assert {row[0] for row in rows} <= {"Aviso", "Error"}
        assert {row[1] for row in rows} <= {"Anverso", "Dorso", "Fondo"}
    finally:
        install_translator(app, "en")
        set_translations("en")


def test_plan_pieces_in_spanish(qtbot, tmp_path: Path, settings, monkeypatch):
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    app = QApplication.instance()
    install_translator(app, "es")
    try:
        win = MainWindow(open_workspace(tmp_path / "tienda.omniprint"), settings)
        qtbot.addWidget(win)
        win.show()
        campaign = plan_campaign(win)  # a flyer at 0.045 EUR a piece
        plan.add_piece(win.ws, campaign, kind="leaflet", size="DL", print_cpm_cents=3800)
        plan.add_drop(win.ws, campaign, piece="leaflet", zone="46001")
        win.refresh_campaigns(select=campaign)
        win.show_page("plan")
        model = win.plan_page.pieces_model
        rows = [
            [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(5)]
            for r in range(model.rowCount())
        ]
        assert [r[0] for r in rows] == ["Flyer", "Folleto"]  # named after their kind, in Spanish
        assert [r[4] for r in rows] == ["0,045\xa0€", "0,038\xa0€"]
        drops = win.plan_page.drops_model
        assert {drops.index(r, 0).data() for r in range(drops.rowCount())} == {"Flyer", "Folleto"}
    finally:
        install_translator(app, "en")
        set_translations("en")
