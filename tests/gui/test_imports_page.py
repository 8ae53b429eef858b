"""The Imports page saves an imported file again; the wizard shows a file of many bad rows."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
from pathlib import Path

from PySide6.QtCore import Qt

from omniprint.gui import dialogs
from omniprint.services import imports
from support.gui import QT_LOG_IGNORE, settings, window  # noqa: F401
from support.reconcile import till_file, two_variant_campaign

pytestmark = QT_LOG_IGNORE


def test_save_the_original_of_an_import(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    issued = two_variant_campaign(window.ws)
    till = till_file(tmp_path / "canjes.csv", issued[0], issued[1])
    imports.import_file(window.ws, till)
    window.refresh_campaigns(select="otono-2026")
    window.show_page("import")
    page = window.imports_page
    assert not page.save_button.isEnabled()  # nothing chosen yet
    page.table.selectRow(0)
    assert page.save_button.isEnabled()
    out = tmp_path / "saved" / "canjes_again.csv"
    out.parent.mkdir()
    asked: list[str] = []

    def answer(parent, title, suggested, filters):
        asked.append(str(suggested))
        return out

    monkeypatch.setattr(dialogs, "save_file", answer)
    with qtbot.waitSignal(page.message, timeout=20_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("canjes.csv")
    assert out.read_bytes().decode("utf-8") == till.read_bytes().decode("cp1252")
    qtbot.waitUntil(lambda: page.task is None)
    assert f"Saved {out} as it was imported." in window.message_bar.text()


def test_a_file_of_mostly_bad_rows_shows_the_first_of_them(qtbot, window, tmp_path: Path) -> None:
    from support.gui import drop_files, wait_read

    lines = ["Fecha;Código;Importe"] + [f"ayer;OTO-{i};1,00" for i in range(25_000)]
    lines += [f"19/10/2026;OTO-{i};1,00" for i in range(300)]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wizard = drop_files(window, [path])
    wait_read(qtbot, wizard)
    assert wizard.problems_model.rowCount() == 1000
    assert wizard.tabs.tabText(1) == "Refused rows (25,000; the first 1,000 shown)"
    assert wizard.tabs.currentWidget() is wizard.problems_view
