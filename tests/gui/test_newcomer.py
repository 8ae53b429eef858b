"""What a new user sees at 1280x800 and 1920x1080, in English and Spanish: no widget over another,
no text cut where there is room for it, and messages in the app's own terms."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from omniprint.domain.i18n import set_translations
from omniprint.gui.app import MainWindow
from omniprint.gui.i18n import install_translator
from omniprint.gui.plan.campaign_dialog import CampaignDialog
from omniprint.gui.plan.piece_dialog import PieceDialog
from omniprint.services import codes, imports, plan
from omniprint.services.workspace import open_workspace
from support.gui import QT_LOG_IGNORE, plan_campaign, settings, window  # noqa: F401
from support.gui_helpers import layout_problems

pytestmark = QT_LOG_IGNORE

SIZES = [(1280, 800), (1920, 1080)]
LANGUAGES = ["en", "es"]
PAGES = ("plan", "design", "print", "import", "review")
# On a 1280 px screen the zones and the drops tables (seven columns each, side by side) scroll
# sideways; from 1600 px they fit. Every other cut is a bug.
SMALL_SCREEN_SCROLL = ("zones columns need", "drops columns need")


@pytest.fixture(params=LANGUAGES)
def language(request, qtbot):
    app = QApplication.instance()
    assert install_translator(app, request.param) == request.param
    yield request.param
    install_translator(app, "en")
    set_translations("en")


@pytest.fixture
def app_window(qtbot, tmp_path: Path, settings, monkeypatch, language):
    """The main window, built in `language`."""
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    win = MainWindow(open_workspace(tmp_path / "tienda.omniprint"), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


def _settle(qtbot, win: MainWindow) -> None:
    win.runner.pool.waitForDone(60_000)
    qtbot.wait(20)


def _resize(qtbot, win: MainWindow, size: tuple[int, int]) -> None:
    win.resize(*size)
    _settle(qtbot, win)
    # No page may make the window wider than a screen of this size.
    assert win.width() == size[0], f"{win.pages.currentWidget().objectName()} widens the window"


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_pages_fit_without_cuts_or_overlaps(qtbot, app_window, language, size) -> None:
    win = app_window
    _resize(qtbot, win, size)
    assert layout_problems(win) == []
    steps = win.welcome.step_labels
    assert len(steps) == 6  # the six pages of the sidebar, as the README says
    assert [s.text().split("</b>")[0].removeprefix("<b>") for s in steps] == (
        ["Plan", "Design", "Print", "Import", "Review", "Results"] if language == "en"
        else ["Plan", "Diseño", "Impresión", "Importar", "Revisar", "Resultados"]
    )  # fmt: skip
    plan_campaign(win, budget=100)  # over budget: the bar turns red
    allow = SMALL_SCREEN_SCROLL if size[0] < 1600 else ()
    for page in PAGES:
        win.show_page(page)
        _resize(qtbot, win, size)
        assert layout_problems(win, allow) == [], page
    bar = win.plan_page.budget_bar
    assert bar.over_budget and "color: white" in bar.styleSheet()


def test_the_zones_table_fits_at_1600(qtbot, app_window) -> None:
    win = app_window
    plan_campaign(win)
    win.show_page("plan")
    _resize(qtbot, win, (1600, 900))
    assert layout_problems(win) == []
    zones = win.plan_page.zones_view
    assert zones.horizontalHeader().length() <= zones.viewport().width()


def test_campaign_dialog_grows_for_its_error(qtbot, app_window, language) -> None:
    dialog = CampaignDialog(app_window.ws, parent=app_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Verano")
    dialog.landing_url.setText("panaderia.es/verano")
    dialog.accept()
    qtbot.wait(20)
    assert dialog.isVisible()
    assert "http" in dialog.error_text()
    assert layout_problems(dialog) == []
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.geometry().top() >= dialog.notes.geometry().bottom()


def test_piece_dialog_asks_again_for_a_size_like_a_typo(qtbot, app_window, language) -> None:
    plan.create_campaign(app_window.ws, "Verano", landing_url="https://x.es")
    dialog = PieceDialog(app_window.ws, "verano", parent=app_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.size.setEditText("148x21")
    dialog.accept()
    qtbot.wait(20)
    assert dialog.isVisible() and dialog.added is None
    assert "A5 (148 x 210 mm)" in dialog.error.text()
    assert ("Press OK again" if language == "en" else "Pulsa OK otra vez") in (dialog.error.text())
    assert layout_problems(dialog) == []
    dialog.accept()  # the same size again: kept
    assert dialog.added is not None and dialog.added[0].height_mm == 21


def test_generate_codes_without_drops_names_the_button(qtbot, app_window, language) -> None:
    win = app_window
    plan.create_campaign(win.ws, "Verano", landing_url="https://x.es")
    plan.add_piece(win.ws, "verano", kind="flyer")
    win.refresh_campaigns(select="verano")
    win.show_page("plan")
    win.plan_page.codes_box.generate()
    qtbot.waitUntil(lambda: win.message_bar.kind == "error", timeout=30_000)
    text = win.message_bar.text()
    assert "omniprint" not in text
    assert ("Send to zones…" if language == "en" else "Enviar a zonas…") in text
    with pytest.raises(Exception) as caught:
        codes.generate_codes(win.ws, "verano")
    assert caught.value.kind == codes.NO_DROPS  # the CLI's words stay with the CLI


def test_sidebar_keeps_open_campaigns_open(qtbot, window) -> None:
    plan.create_campaign(window.ws, "Otoño", landing_url="https://x.es/o")
    plan.create_campaign(window.ws, "Verano", landing_url="https://x.es/v")
    window.refresh_campaigns(select="otono")
    nav = window.nav
    tops = {nav.topLevelItem(i).text(0): nav.topLevelItem(i) for i in range(2)}
    assert tops["Otoño"].isExpanded() and not tops["Verano"].isExpanded()
    # Choosing the other campaign by its name opens it on its Plan page; the first stays open.
    nav.setCurrentItem(tops["Verano"])
    assert nav.currentItem() is tops["Verano"].child(0)
    assert window.current_campaign() == "verano"
    assert window.pages.currentWidget() is window.plan_page
    assert tops["Otoño"].isExpanded() and tops["Verano"].isExpanded()
    # A new campaign rebuilds the pane: what was open is still open.
    plan.create_campaign(window.ws, "Invierno", landing_url="https://x.es/i")
    window.refresh_campaigns(select="invierno")
    expanded = {
        nav.topLevelItem(i).text(0)
        for i in range(nav.topLevelItemCount())
        if nav.topLevelItem(i).isExpanded()
    }
    assert expanded == {"Otoño", "Verano", "Invierno"}


def test_designer_speaks_spanish(qtbot, app_window, language) -> None:
    win = app_window
    plan_campaign(win)
    win.show_page("design")
    _resize(qtbot, win, (1280, 800))
    designer = win.design_page.designer
    model = designer.layers.model
    names = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    # The flyer's starter template names its elements in English; they show in the language
    # spoken.
    assert ("ref. de zona" if language == "es" else "zone ref") in names
    barcode = designer.palette.buttons["barcode"]
    assert barcode.text() == ("Código de barras" if language == "es" else "Barcode")
    assert layout_problems(designer.palette) == []


def test_import_of_records_that_match_no_campaign_says_so(
    qtbot, app_window, language, tmp_path: Path
) -> None:
    win = app_window
    plan_campaign(win)
    path = tmp_path / "caja.csv"
    rows = [f"2027-03-{d:02d};ZZZ-{d:04d}-0000-1;12,00" for d in range(1, 8)]
    path.write_text("Fecha;Código;Importe\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = imports.import_file(
        win.ws, path, mapping={"date": "Fecha", "code": "Código", "amount": "Importe"}
    )
    assert result.added == 7 and result.unmatched == 7
    win._imported([result])
    text = win.message_bar.text()
    assert win.message_bar.kind == "info"
    assert ("7 of them match no campaign" if language == "en" else "no coinciden") in text


def test_plan_dialogs_fit_in_both_languages(qtbot, app_window, tmp_path: Path) -> None:
    from omniprint.gui.designer.brandkit import BrandKitDialog
    from omniprint.gui.designer.gallery import TemplateGallery
    from omniprint.gui.pages import BusinessDialog
    from omniprint.gui.plan.drop_dialog import DropDialog
    from omniprint.gui.plan.zone_import import ZoneImportDialog

    win = app_window
    plan_campaign(win)
    bad = tmp_path / "zonas.csv"
    bad.write_text("Código postal;Barrio;Hogares\n46003;Centro;abc\n", encoding="utf-8")
    drop = DropDialog(win.ws, win.plan_page.summary, win)
    zones = ZoneImportDialog(win.ws, "primavera-2027", "EUR", bad, win)
    dialogs = [
        drop,
        zones,
        BusinessDialog(win.ws, win),
        BrandKitDialog(win.ws, [], win),
        TemplateGallery("flyer", {}, win),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    drop.accept()  # nothing chosen: an error under the list
    _settle(qtbot, win)
    assert drop.error.isVisible()
    for dialog in dialogs:
        assert layout_problems(dialog) == [], dialog.objectName()
    assert zones.summary.text().startswith(("1 row cannot", "1 fila no se puede"))


def test_dialog_errors_name_fields_not_options(qtbot, app_window, language) -> None:
    from omniprint.gui.plan.drop_dialog import DropDialog

    win = app_window
    plan_campaign(win)
    plan.add_zone(win.ws, "primavera-2027", code="46009", name="Vacía", households=0)
    summary = plan.plan_summary(win.ws, "primavera-2027")
    drop = DropDialog(win.ws, summary, win)
    qtbot.addWidget(drop)
    drop.show()
    drop.check_zone("46009")
    drop.accept()
    assert drop.error.isVisible() and "--" not in drop.error.text()
    assert "46009" in drop.error.text()
    assert ("type the quantity" if language == "en" else "escribe la cantidad") in (
        drop.error.text()
    )
    piece = PieceDialog(win.ws, "primavera-2027", parent=win)
    qtbot.addWidget(piece)
    piece.show()
    piece.kind.setCurrentIndex(piece.kind.findData("leaflet"))
    piece.name.setText("Flyer")  # the campaign's flyer is another kind
    piece.accept()
    assert piece.added is None and "--name" not in piece.error.text()
    assert ("another name" if language == "en" else "otro nombre") in piece.error.text()
