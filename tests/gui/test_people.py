"""The people of a business card from the Design page: the list now, a CSV read before it is
imported (who is on it, or every refused row with its line and column), Import and Clear."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

from PySide6.QtCore import Qt

from omniprint.services import people
from support.gui import QT_LOG_IGNORE, settings, window  # noqa: F401
from support.gui_helpers import CAMPAIGN, PIECE, plan_workspace

pytestmark = QT_LOG_IGNORE


def _cells(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_import_the_people_of_a_card_from_the_design_page(qtbot, window, tmp_path: Path):
    plan_workspace(window.ws, kind="business-card", size=None)
    window.refresh_campaigns(select=CAMPAIGN)
    window.show_page("design")
    page = window.design_page
    assert page.people_button.isEnabled()
    page.grab().save(str(tmp_path / "design_page.png"))
    dialog = page.edit_people()
    assert dialog is not None and dialog.isVisible()
    assert dialog.people.rowCount() == 0 and "business contact" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and not dialog.clear_button.isEnabled()

    # A file with refused rows: each shown with its line and column; nothing can be imported.
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "nombre;cargo;correo\nAna García;Maestra panadera;ana@horno.es\n;Repartidor;b@horno.es\n"
        "Carla;Dependienta;not-an-email\n",
        encoding="utf-8",
    )
    assert not dialog.read(bad)
    assert dialog.table.model() is dialog.problems
    rows = _cells(dialog.problems)
    assert [(r[0], r[1]) for r in rows] == [("3", "nombre"), ("4", "correo")]
    assert "not-an-email" in rows[1][2]
    assert "2 rows cannot be imported" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "people_refused.png"))
    assert not dialog.import_button.isEnabled()
    assert people.list_people(window.ws, CAMPAIGN, PIECE) == []

    # A good file: who is on it, before importing.
    team = tmp_path / "equipo.csv"
    team.write_text(
        "nombre;cargo;móvil;correo\nAna García;Maestra panadera;+34 600 123 456;ana@horno.es\n"
        "Luis Pérez;Repostero;;luis@horno.es\n",
        encoding="utf-8",
    )
    assert dialog.read(team)
    assert _cells(dialog.people) == [
        ["Ana García", "Maestra panadera", "+34 600 123 456", "ana@horno.es"],
        ["Luis Pérez", "Repostero", "", "luis@horno.es"],
    ]
    assert "2 people ready to import" in dialog.summary.text()
    assert people.list_people(window.ws, CAMPAIGN, PIECE) == []  # not yet
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = people.list_people(window.ws, CAMPAIGN, PIECE)
    assert [p["name"] for p in stored] == ["Ana García", "Luis Pérez"]
    assert dialog.people.rowCount() == 2 and "2 people" in dialog.summary.text()
    assert dialog.clear_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "people.png"))

    # Clear: the card prints the business contact again.
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert people.list_people(window.ws, CAMPAIGN, PIECE) == []
    assert dialog.people.rowCount() == 0
    dialog.close()
