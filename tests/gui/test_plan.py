"""The Plan page driven as a user would: dialogs typed into, tables edited, buttons clicked."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from omniprint.gui import dialogs
from omniprint.gui.models import DropsModel, RecordsModel, ZonesModel
from omniprint.services import plan
from support.gui import QT_LOG_IGNORE, plan_campaign, settings, window  # noqa: F401

pytestmark = QT_LOG_IGNORE


def _type_in_cell(qtbot, view, row: int, col: int, text: str) -> None:
    """Double-click-like editing: open the cell's editor, type, press Enter."""
    index = view.model().index(row, col)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _commit(qtbot, view, editor)


def _commit(qtbot, view, editor) -> None:
    """Enter commits the edit (Qt queues the commit, so wait for the view to leave editing)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_create_campaign_through_the_dialog(qtbot, window):
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "campaign_dialog"
    qtbot.keyClicks(dialog.name, "Primavera 2027")
    qtbot.keyClicks(dialog.landing_url, "panaderia dot es")
    qtbot.keyClicks(dialog.budget, "1500,50")
    dialog.currency.setCurrentText("EUR")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    # The service's message sits next to the landing page field, and the dialog stays open.
    assert dialog.isVisible()
    assert not dialog.errors["landing_url"].isHidden()
    assert dialog.errors["landing_url"].text()
    dialog.landing_url.clear()
    qtbot.keyClicks(dialog.landing_url, "https://panaderia.es/oferta")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    campaign = plan.find_campaign(window.ws, "primavera-2027")
    assert campaign.budget_cents == 150050  # the decimal comma was read as such
    assert window.pages.currentWidget() is window.plan_page
    assert window.plan_page.title.text() == "Primavera 2027"
    assert window.nav.topLevelItem(0).text(0) == "Primavera 2027"


def test_zones_typed_in_the_table(qtbot, window, qtmodeltester):
    plan.create_campaign(window.ws, "Verano", landing_url="https://shop.es/")
    window.refresh_campaigns()
    page = window.plan_page
    qtbot.mouseClick(page.add_zone_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "28001")
    _commit(qtbot, page.zones_view, editor)
    assert [z.code for z in plan.list_zones(window.ws, "verano")] == ["28001"]
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.NAME, "Centro")
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.HOUSEHOLDS, "12.500")
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.COVERAGE, "80")
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.CPM, "35,50")
    zone = plan.list_zones(window.ws, "verano")[0]
    assert (zone.name, zone.households, zone.coverage_bp, zone.cpm_cents) == (
        "Centro", 12500, 8000, 3550,
    )  # fmt: skip
    # A bad value is refused with the service's message, and nothing changes.
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.COVERAGE, "150")
    assert "coverage" in window.message_bar.text()
    assert plan.list_zones(window.ws, "verano")[0].coverage_bp == 8000
    # "1.5" households is not a count: refused with a message naming the column, never 15.
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.HOUSEHOLDS, "1.5")
    assert "households" in window.message_bar.text() and "1.5" in window.message_bar.text()
    assert plan.list_zones(window.ws, "verano")[0].households == 12500
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.HOUSEHOLDS, "1 234")
    _type_in_cell(qtbot, page.zones_view, 0, ZonesModel.COVERAGE, "12,5 %")
    zone = plan.list_zones(window.ws, "verano")[0]
    assert (zone.households, zone.coverage_bp) == (1234, 1250)
    # The control flag is a checkbox.
    page.zones_model.setData(
        page.zones_model.index(0, ZonesModel.CONTROL), Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )  # fmt: skip
    assert plan.list_zones(window.ws, "verano")[0].is_control
    qtmodeltester.check(page.zones_model)


def test_zones_imported_from_csv_with_a_preview(qtbot, window, tmp_path: Path, monkeypatch):
    plan.create_campaign(window.ws, "Verano", landing_url="https://shop.es/")
    window.refresh_campaigns()
    page = window.plan_page
    bad = tmp_path / "zonas.csv"
    bad.write_text(
        "código postal;barrio;hogares\n46001;Centro;1200\n46002;Ruzafa;muchos\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "open_file", lambda *a: bad)
    qtbot.mouseClick(page.import_zones_button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "zone_import_dialog"
    # The refused row is listed with its line and why; nothing can be imported yet.
    problems = dialog.problems
    assert problems.rowCount() == 1
    assert problems.rows[0][0] == 3
    assert "households" in problems.rows[0][2].lower() or "hogares" in problems.rows[0][1].lower()
    assert not dialog.import_button.isEnabled()
    # The user fixes the file and reads it again: the preview shows both zones.
    bad.write_text(
        "código postal;barrio;hogares\n46001;Centro;1200\n46002;Ruzafa;800\n", encoding="utf-8"
    )
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 2
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [z.code for z in plan.list_zones(window.ws, "verano")] == ["46001", "46002"]
    assert page.zones_model.rowCount() == 3  # and the blank row to type a new one


def test_pieces_drops_totals_and_budget(qtbot, window, qtmodeltester):
    plan.create_campaign(
        window.ws, "Verano", landing_url="https://shop.es/", budget_cents=5000, currency="EUR"
    )
    plan.add_zone(window.ws, "verano", code="46001", name="Centro", households=1000, cpm_cents=3000)
    plan.add_zone(window.ws, "verano", code="46002", name="Ruzafa", households=500)
    plan.add_zone(window.ws, "verano", code="46003", name="Benimaclet", households=900,
                  is_control=True)  # fmt: skip
    window.refresh_campaigns()
    page = window.plan_page

    dialog = page.add_piece()
    dialog.kind.setCurrentIndex(dialog.kind.findData("leaflet"))
    assert dialog.size_text() == "DL"
    qtbot.keyClicks(dialog.unit_cost, "0,02")
    dialog.accept()
    assert not dialog.isVisible()
    assert page.pieces_model.rows[0][:4] == ["Leaflet", "leaflet", "DL", "A"]
    page.pieces_view.selectRow(0)
    dialog = page.add_variant()
    assert dialog.variant.text() == "B"
    dialog.unit_cost.setText("0.03")
    dialog.accept()
    assert [r[3] for r in page.pieces_model.rows] == ["A", "B"]

    dialog = page.add_drop()
    assert dialog.zones.count() == 2  # the control zone is not offered
    dialog.variant.setCurrentIndex(0)
    dialog.check_zone("46001")
    dialog.accept()
    dialog = page.add_drop()
    dialog.variant.setCurrentIndex(1)
    dialog.check_zone("46002")
    dialog.accept()
    model: DropsModel = page.drops_model
    assert model.rowCount() == 2
    totals = plan.plan_summary(window.ws, "verano").totals
    assert totals.pieces == 1500
    # 1000 x 0.02 + 1000 x 0.03 (distribution) + 500 x 0.03 = 20 + 30 + 15 = 65 EUR > 50 EUR
    assert totals.total_cents == 6500
    assert page.budget_bar.over_budget
    assert "#c0392b" in page.budget_bar.styleSheet()
    assert "65.00" in page.totals_label.text() or "65,00" in page.totals_label.text()

    # Fewer leaflets: typed in the drops table, back within budget.
    _type_in_cell(qtbot, page.drops_view, 0, DropsModel.QUANTITY, "500")
    assert plan.plan_summary(window.ws, "verano").totals.total_cents == 4000
    assert not page.budget_bar.over_budget
    assert page.budget_bar.value() == 800

    page.drops_view.selectRow(1)
    qtbot.mouseClick(page.remove_drop_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    qtmodeltester.check(page.pieces_model)


def test_generate_and_export_codes(qtbot, window, tmp_path: Path, monkeypatch):
    plan_campaign(window)
    box = window.plan_page.codes_box
    qtbot.keyClicks(box.prefix, "PRI")
    with qtbot.waitSignal(box.codes_changed, timeout=20_000):
        qtbot.mouseClick(box.generate_button, Qt.MouseButton.LeftButton)
    assert "47" in window.message_bar.text()
    out = tmp_path / "codes.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: out)
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and box.export_button.isEnabled(), timeout=20_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 48 and lines[1].startswith("PRI")
    code = lines[1].split(",")[0]
    box.check_input.setText(code.lower())
    qtbot.mouseClick(box.check_button, Qt.MouseButton.LeftButton)
    assert "Valid" in box.check_result.text()


def test_records_model_passes_the_model_tester(qtmodeltester):
    model = RecordsModel(["a", "b"], right=(1,))
    model.set_rows([["x", 1], ["y", None]])
    qtmodeltester.check(model)
