"""The wizard's "Shop or account" field: the GUI's ``import --source`` (issue 14).

Two exports with the same columns and the same order numbers, from two shops: each named in the
wizard is kept as a source of its own; the name is remembered for files with those columns and
shown filled when the next one is dropped."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

from PySide6.QtCore import Qt

from support import FIXTURES
from support.gui import QT_LOG_IGNORE, drop_files, settings, wait_read, window  # noqa: F401

pytestmark = QT_LOG_IGNORE
SAMPLE = FIXTURES / "real" / "shopify_orders_export_2026.csv"
SHOPIFY = SAMPLE.read_bytes()


def sources(window) -> list[tuple]:
    found = window.ws.query("SELECT source, COUNT(*) FROM response GROUP BY 1 ORDER BY 1")
    return [tuple(row) for row in found]


def import_with(qtbot, window, path: Path, shown: str, name: str | None) -> list:
    wizard = drop_files(window, [path])
    wait_read(qtbot, wizard)
    wizard.select(path.name)
    field = wizard.source
    assert field.isEnabled() and field.text() == shown
    if name is not None:
        field.clear()
        qtbot.keyClicks(field, name)
    with qtbot.waitSignal(wizard.imported, timeout=60_000) as blocker:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_shop_or_account_is_named_remembered_and_shown(qtbot, window, tmp_path: Path) -> None:
    lisbon = tmp_path / "pedidos_lisboa.csv"
    lisbon.write_bytes(SHOPIFY)
    [result] = import_with(qtbot, window, lisbon, "", "Lisboa")
    assert (result.added, result.source) == (7, "shopify:Lisboa")
    # The next file with these columns: the name is shown, and kept when left as it is.
    again = tmp_path / "pedidos_lisboa_nov.csv"
    again.write_bytes(SHOPIFY + b"\n")
    [result] = import_with(qtbot, window, again, "Lisboa", None)
    assert (result.added, result.known, result.source) == (0, 7, "shopify:Lisboa")
    # Another shop, the same order numbers: named, its orders are its own.
    madrid = tmp_path / "pedidos_madrid.csv"
    madrid.write_bytes(SHOPIFY + b"\n\n")
    [result] = import_with(qtbot, window, madrid, "Lisboa", "Madrid")
    assert (result.added, result.source) == (7, "shopify:Madrid")
    assert sources(window) == [("shopify:Lisboa", 7), ("shopify:Madrid", 7)]
    # Emptied, the field says which name is still used.
    later = tmp_path / "pedidos_diciembre.csv"
    later.write_bytes(SHOPIFY + b"\n\n\n")
    wizard = drop_files(window, [later])
    wait_read(qtbot, wizard)
    wizard.select(later.name)
    assert wizard.source.text() == "Madrid"
    wizard.source.selectAll()
    qtbot.keyClick(wizard.source, Qt.Key.Key_Delete)
    assert wizard.source.text() == ""
    assert "Madrid" in wizard.source.placeholderText()
    wizard.reject()


def test_a_typed_name_belongs_to_its_file(qtbot, window, tmp_path: Path) -> None:
    """Typed for one file, the name stays with it; another file shows its own (none)."""
    path, other = tmp_path / "orders.csv", tmp_path / "pedidos.csv"
    path.write_bytes(SHOPIFY)
    other.write_bytes(SHOPIFY + b"\n")
    wizard = drop_files(window, [path, other])
    wait_read(qtbot, wizard)
    wizard.select(path.name)
    qtbot.keyClicks(wizard.source, "Tienda Lisboa")
    assert wizard.entry(path.name).source == "Tienda Lisboa"
    wizard.select(other.name)
    assert wizard.source.text() == "" and wizard.source.placeholderText()
    wizard.select(path.name)
    assert wizard.source.text() == "Tienda Lisboa"
