"""Costs with no export from the Channels page: add one (decimal comma, dates, note), see a bad
amount refused next to its field, remove one, and the Channels table following each change."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from omniprint.services import channels
from support.channels import leaflet_campaign
from support.gui import QT_LOG_IGNORE, settings, window  # noqa: F401

pytestmark = QT_LOG_IGNORE
CAMPAIGN = "otono-2026"


def _row(page, channel: str) -> list[str] | None:
    model = page.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == channel:
            return [model.index(r, c).data() for c in range(model.columnCount())]
    return None


def _wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.loading is None and page.data is not None, timeout=20_000)


def test_add_and_remove_costs_from_the_channels_page(qtbot, window, tmp_path: Path):
    leaflet_campaign(window.ws)
    window.refresh_campaigns(select=CAMPAIGN)
    window.show_page("channels")
    page = window.channels_page
    _wait_loaded(qtbot, page)
    assert _row(page, "Radio") is None and page.costs_button.isEnabled()

    qtbot.mouseClick(page.costs_button, Qt.MouseButton.LeftButton)
    dialog = page.costs_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 0 and not dialog.empty.isHidden()

    # A bad amount: refused next to the amount field, nothing stored.
    dialog.channel.setCurrentText("Radio")
    dialog.amount.setText("doscientos")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["amount"].isHidden()
    assert "doscientos" in dialog.errors["amount"].text()
    assert dialog.errors["channel"].isHidden()
    assert channels.list_costs(window.ws, CAMPAIGN) == []

    # The end before the start: refused next to the end date.
    dialog.amount.setText("199,90")
    dialog.start.setDate(QDate(2026, 10, 20))
    dialog.end.setDate(QDate(2026, 10, 5))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["end"].isHidden() and dialog.errors["amount"].isHidden()
    assert channels.list_costs(window.ws, CAMPAIGN) == []

    # No channel: said next to the channel.
    dialog.channel.setCurrentText("")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.errors["channel"].isHidden()

    # A good one, with a decimal comma, dates and a note: listed, and the table follows.
    dialog.channel.setCurrentText("Radio")
    dialog.end.setDate(QDate(2026, 10, 25))
    dialog.note.setText("Cadena SER, 20 cuñas")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == ""
    stored = channels.list_costs(window.ws, CAMPAIGN)
    assert [
        (c["channel"], c["amount_cents"], c["start_date"], c["end_date"], c["note"]) for c in stored
    ] == [("Radio", 19990, "2026-10-20", "2026-10-25", "Cadena SER, 20 cuñas")]
    assert dialog.model.rowCount() == 1 and dialog.empty.isHidden()
    assert dialog.model.index(0, 1).data() == "Radio"
    assert dialog.model.index(0, 2).data() == "€199.90"
    _wait_loaded(qtbot, page)
    assert _row(page, "Radio")[:3] == ["Radio", "other", "€199.90"]

    # A second cost on the leaflet's own row adds to it.
    assert _row(page, "Leaflet")[2] == "€24.00"
    dialog.channel.setCurrentText("Leaflet")
    dialog.amount.setText("50")
    dialog.start.set_iso(None)
    dialog.end.set_iso(None)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, page)
    assert dialog.model.rowCount() == 2
    assert _row(page, "Leaflet")[2] == "€74.00"
    dialog.grab().save(str(tmp_path / "costs.png"))
    page.grab().save(str(tmp_path / "channels_costs.png"))

    # Remove the radio cost: gone from the list, the workspace and the Channels table.
    radio_id = next(c["id"] for c in stored if c["channel"] == "Radio")
    dialog.select_cost(radio_id)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, page)
    assert [c["channel"] for c in channels.list_costs(window.ws, CAMPAIGN)] == ["Leaflet"]
    assert dialog.model.rowCount() == 1
    assert _row(page, "Radio") is None
    dialog.close()
    assert page.costs_dialog is None
