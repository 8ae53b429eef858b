"""The desktop app in Spanish: menus, navigation, buttons and table headers come from the gui
catalogue, and no visible text is an English catalogue string left untranslated (a string shown
without going through tr)."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from omniprint.domain.i18n import set_translations
from omniprint.gui.app import MainWindow
from omniprint.gui.i18n import install_translator
from omniprint.services.i18n import load_catalogue
from omniprint.services.workspace import open_workspace
from support import PACKAGE
from support.gui import QT_LOG_IGNORE, plan_campaign, settings  # noqa: F401

pytestmark = QT_LOG_IGNORE

CATALOGUE = PACKAGE / "assets/i18n/omniprint_gui_es.ts"
PAGES = ("plan", "design", "print", "import", "review", "results")


@pytest.fixture
def spanish_window(qtbot, tmp_path: Path, settings, monkeypatch):
    """The main window built after Spanish was installed; English is restored afterwards."""
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    app = QApplication.instance()
    assert install_translator(app, "es") == "es"
    win = None
    try:
        ws = open_workspace(tmp_path / "tienda.omniprint")
        win = MainWindow(ws, settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        yield win
    finally:
        if win is not None:
            win.shutdown()
        install_translator(app, "en")
        set_translations("en")


def gui_catalogue() -> dict[str, str]:
    """English source -> Spanish of the gui domain (only the entries whose Spanish differs)."""
    import xml.etree.ElementTree as ET

    out = {}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and translation != source:
            out[source] = translation
    return out


def model_headers(model: QAbstractItemModel) -> list[str]:
    texts = []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model has one column and no header to read
        return texts
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    return texts


def visible_texts(win: MainWindow) -> dict[str, str]:
    """Every text the user can see now (text -> where), plus the actions of the menus."""
    found: dict[str, str] = {}

    def add(text: object, where: str) -> None:
        if isinstance(text, str) and text.strip():
            found.setdefault(text, where)

    for widget in win.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel):
            add(widget.text(), name)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), name)
            add(widget.toolTip(), name + " tooltip")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), name)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(widget.tabText(i), f"{name} tab {i}")
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget.itemText(i), f"{name} item {i}")
        if isinstance(widget, QTreeWidget):
            iterator = QTreeWidgetItemIterator(widget)
            while iterator.value():
                add(iterator.value().text(0), name + " item")
                iterator += 1
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in model_headers(widget.model()):
                add(text, name + " header")
        for action in widget.actions():
            add(action.text(), name + " action")
    for action in win.findChildren(QAction):
        add(action.text(), "QAction")
        add(action.toolTip(), "QAction tooltip")
    for menu in win.menuBar().findChildren(QWidget):
        for action in menu.actions():
            add(action.text(), f"menu {menu.objectName()}")
    return found


def test_menus_navigation_plan_buttons_and_headers_are_spanish(qtbot, spanish_window):
    win = spanish_window
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
    plan_campaign(win)
    top = win.nav.topLevelItem(0)
    labels = [top.child(i).text(0) for i in range(top.childCount())]
    assert labels == ["Plan", "Diseño", "Impresión", "Importar", "Revisar", "Resultados", "Canales"]
    win.show_page("plan")
    page = win.plan_page
    assert page.add_piece_button.text() == "Añadir pieza…"
    assert page.add_zone_button.text() == "Añadir zona"
    assert page.import_zones_button.text() == "Importar CSV…"
    assert page.add_drop_button.text() == "Enviar a zonas…"
    assert page.edit_button.text() == "Editar datos…"
    assert model_headers(page.zones_model) == [
        "Código", "Nombre", "Hogares", "Cobertura %", "Coste / 1000", "Fecha de reparto", "Control",
    ]  # fmt: skip
    assert model_headers(page.pieces_model)[:2] == ["Pieza", "Tipo"]
    assert page.pieces_model.rows[0][1] == "flyer"  # the kind, as the Spanish label says it


def test_no_visible_text_skips_the_translation(qtbot, spanish_window):
    win = spanish_window
    catalogue = gui_catalogue()
    assert len(catalogue) > 300
    # The welcome page, before any campaign.
    seen = dict(visible_texts(win))
    plan_campaign(win)
    for key in PAGES:
        win.show_page(key)
        qtbot.wait(20)
        seen.update({t: w for t, w in visible_texts(win).items() if t not in seen})
    untranslated = {text: where for text, where in seen.items() if text in catalogue}
    assert not untranslated, f"shown in English: {untranslated}"
    # Something Spanish was really shown on each page, so the walk saw the pages.
    assert any(text in catalogue.values() for text in seen)
    assert "Presupuesto" in catalogue.values()


def test_catalogue_is_loaded_for_spanish_only(spanish_window):
    es = load_catalogue("es")
    assert es.messages.get(("", "&File")) == "&Archivo"
    assert QApplication.translate("MainWindow", "&File") == "&Archivo"


def test_review_shows_dates_and_amounts_the_spanish_way(qtbot, spanish_window, tmp_path: Path):
    from omniprint.services import imports
    from support.reconcile import till_file, two_variant_campaign

    win = spanish_window
    issued = two_variant_campaign(win.ws)
    imports.import_file(win.ws, till_file(tmp_path / "canjes.csv", issued[0], issued[1]))
    win.refresh_campaigns(select="otono-2026")
    win.show_page("review")
    page = win.review_page
    qtbot.waitUntil(lambda: page.task is None and page.model.rowCount() > 0, timeout=20_000)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.item_at(r).rule == "corrected")
    item = model.item_at(row)
    when = model.data(model.index(row, model.WHEN))
    amount = model.data(model.index(row, model.AMOUNT))
    day = item.occurred_at[:10]
    assert when.startswith(f"{day[8:10]}/{day[5:7]}/{day[:4]}")
    assert amount == item.amount.replace(".", ",") + "\xa0€"  # CLDR's es_ES: no break
    assert "un error de escritura (1)" in page.summary.text()
    assert page.select(item.response_id)
    assert page.detail.text().startswith(f"De canjes.csv, línea {item.line}:")
    # The charts write numbers the Spanish way too (5,91 on a bar, not 5.91).
    win.show_page("results")
    charts = win.results_page.charts
    qtbot.waitUntil(lambda: charts.rate_set is not None, timeout=20_000)
    chart = charts.rate_view.chart()
    assert chart.localizeNumbers() and chart.locale().decimalPoint() == ","
    assert chart.locale().toString(5.91, "f", 2) == "5,91"
    table = win.results_page.model
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=20_000)
    header = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    cells = [table.data(table.index(0, c), Qt.ItemDataRole.DisplayRole) for c in range(8)]
    assert cells[header.index("Pieza")] == "Folleto"  # a piece named after its kind
    assert cells[header.index("Piezas")] == "300"


def test_import_wizard_speaks_spanish(qtbot, spanish_window, tmp_path: Path):
    from support.gui import drop_files, wait_read
    from support.reconcile import till_file, two_variant_campaign

    win = spanish_window
    issued = two_variant_campaign(win.ws)
    till = till_file(tmp_path / "canjes.csv", issued[0], issued[1])
    wizard = drop_files(win, [till])
    wait_read(qtbot, wizard)
    labels = {w.text() for w in wizard.findChildren(QLabel)}
    assert {"Fecha", "Código", "Importe", "Nº de ticket", "CP de envío"} <= labels
    model = wizard.preview_model
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[1] == "canje" and first[2].count("/") == 2 and first[4].endswith("\xa0€")
    assert wizard.status.text().startswith("1 archivo listo: ")


def test_template_gallery_describes_templates_in_spanish(qtbot, spanish_window):
    from omniprint.gui.designer.gallery import TemplateGallery

    gallery = TemplateGallery("flyer", {}, spanish_window)
    qtbot.addWidget(gallery)
    tips = [gallery.list.item(i).toolTip() for i in range(gallery.list.count())]
    assert tips and all(tip for tip in tips)
    assert any(tip.startswith("Folleto A6 pequeño y directo") for tip in tips)
    assert not any("QR code" in tip for tip in tips)
