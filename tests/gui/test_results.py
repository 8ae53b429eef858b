"""Review and Results from the window: decisions that change the figures (and undo), the table
(sorted, filtered, copied as tab-separated text), the charts' numbers, the PDF and the CSV."""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omniprint.gui import dialogs
from omniprint.services import imports, report
from support.gui import QT_LOG_IGNORE, settings, window  # noqa: F401
from support.reconcile import shopify_file, till_file, two_variant_campaign

pytestmark = QT_LOG_IGNORE
CAMPAIGN = "otono-2026"


@pytest.fixture
def loaded(window, tmp_path: Path):
    issued = two_variant_campaign(window.ws)
    shop = shopify_file(tmp_path / "orders.csv", issued[0], issued[1], issued[398])
    till = till_file(tmp_path / "canjes.csv", issued[0], issued[1])
    for path in (shop, till):
        imports.import_file(window.ws, path)
    window.refresh_campaigns(select=CAMPAIGN)
    return issued


def show_results(qtbot, window):
    page = window.results_page
    if window.pages.currentWidget() is not page:
        window.show_page("results")
    qtbot.waitUntil(lambda: page.loading is None and page.report is not None, timeout=20_000)
    return page


def row_of(model, zone: str) -> int:
    return next(r for r in range(model.rowCount()) if model.rows[r].zone == zone)


def cell(model, zone: str, column: int) -> str:
    return model.index(row_of(model, zone), column).data()


def bars(bar_set) -> list[float]:
    return [round(bar_set.at(i), 2) for i in range(bar_set.count())]


def test_headline_table_and_charts(qtbot, qtmodeltester, window, loaded):
    page = show_results(qtbot, window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    m = page.model
    figures = {k: f.value.text() for k, f in page.figures.items()}
    assert figures == {
        "responses": "3", "revenue": "€56.50", "cost": "€40.00",
        "per_response": "€13.33", "roi": "+41%",
    }  # fmt: skip
    assert [m.rows[r].zone for r in range(m.rowCount())] == ["46001", "46004", "46002"]
    assert (cell(m, "46001", m.STORE), cell(m, "46001", m.REVENUE)) == ("2", "€20.50")
    assert (cell(m, "46001", m.PER_RESPONSE), cell(m, "46001", m.ROI)) == ("€12.00", "-15%")
    assert (cell(m, "46004", m.ONLINE), cell(m, "46004", m.REVENUE)) == ("1", "€36.00")
    assert (cell(m, "46004", m.ROI), cell(m, "46004", m.MATCHBACK)) == ("+125%", "1")
    assert cell(m, "46002", m.PIECE) == "control zone"
    assert "Only 3 responses so far" in page.notes.text()

    charts = page.charts
    # Web-shop orders per 1,000 households, first zone on top: Shopify #1001 ships to 46001
    # (300 households), #1002 to 46004 (200), #1004 (B's code) to the control zone 46002 (250).
    assert bars(charts.rate_set) == [4.0, 5.0, 3.3]
    control = [p.x() for p in charts.control_line.points()]
    assert control == [4.0, 4.0] and "4.0" in charts.control_line.name()
    assert [bars(s) for s in charts.roi_sets] == [[0.0, -15.0], [125.0, 0.0]]  # A, B by zone
    assert [(p.x(), p.y()) for p in charts.so_far.points()] == [(2, 1), (3, 2), (5, 3)]
    assert [(p.x(), p.y()) for p in charts.daily.points()] == [(2, 1), (3, 1), (5, 1)]
    assert [s.label() for s in charts.variant_sets] == ["A", "B"]
    # Responses per 1,000 pieces beside revenue per 1,000 pieces (20.50 of 300, 36.00 of 200).
    assert [bars(s) for s in charts.variant_sets] == [[6.7, 0.0], [5.0, 0.0]]
    assert [bars(s) for s in charts.money_sets] == [[0.0, 68.0], [0.0, 180.0]]
    assert charts.verdict.text().startswith("Not enough responses yet to tell A from B.")


def test_sort_filter_and_copy_to_a_spreadsheet(qtbot, window, loaded):
    page = show_results(qtbot, window)
    page.tabs.setCurrentIndex(1)
    view, proxy, m = page.table, page.proxy, page.model
    view.sortByColumn(m.REVENUE, Qt.SortOrder.DescendingOrder)
    zones = [proxy.index(r, m.ZONE).data() for r in range(proxy.rowCount())]
    assert zones == ["46004", "46001", "46002"]  # 36.00, 20.50, 0.00: by value, not by text
    qtbot.keyClicks(page.filter, "ruzafa")
    assert proxy.rowCount() == 1 and proxy.index(0, m.NAME).data() == "Ruzafa"
    page.filter.clear()
    view.selectAll()
    view.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:4] == ["Zone", "Name", "Piece", "Variant"]
    first = lines[1].split("\t")
    assert first[m.ZONE] == "46004" and first[m.REVENUE] == "€36.00"
    assert len(lines) == 4 and all(len(line.split("\t")) == m.columnCount() for line in lines)


def test_review_decisions_change_the_results_and_undo(qtbot, qtmodeltester, window, loaded):
    issued = loaded
    window.show_page("review")
    review = window.review_page
    qtbot.waitUntil(lambda: review.task is None and review.model.rowCount() == 4)
    qtmodeltester.check(review.model)
    kinds = sorted(review.model.index(r, 0).data() for r in range(4))
    assert kinds == ["No code matches", "One typing error", "Used again", "Used again"]
    review.show_list.setCurrentIndex(review.show_list.findData("unmatched"))
    qtbot.waitUntil(lambda: review.task is None and review.model.rowCount() == 1)
    unmatched = review.model.item_at(0)
    assert (unmatched.typed, unmatched.amount, unmatched.store) == (
        "OTO-W1KD-99ZQ-3", "1250.00", "Obrador"
    )  # fmt: skip
    assert "no code matches (1)" in review.summary.text()

    # Assign it by hand to B's first code: B gets a till redemption of 1,250.00.
    review.table.selectRow(0)
    assert not review.accept_button.isEnabled()  # nothing to accept: no suggestion
    qtbot.keyClicks(review.code_edit, issued[300])
    with qtbot.waitSignal(review.decided, timeout=20_000):
        qtbot.mouseClick(review.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.task is None and not review._again)
    page = show_results(qtbot, window)
    m = page.model
    assert (cell(m, "46004", m.STORE), cell(m, "46004", m.REVENUE)) == ("1", "€1,286.00")
    assert page.figures["responses"].value.text() == "4"

    # Undo: back as it was, in Review and in Results.
    review.show_list.setCurrentIndex(0)
    qtbot.waitUntil(lambda: review.task is None and review.model.rowCount() == 4)
    assert review.select(unmatched.response_id)
    assert review.undo_button.isEnabled()
    with qtbot.waitSignal(review.decided, timeout=20_000):
        qtbot.mouseClick(review.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.task is None and not review._again)
    qtbot.waitUntil(lambda: page.loading is None and not page._again, timeout=20_000)
    assert cell(page.model, "46004", m.REVENUE) == "€36.00"
    assert page.figures["responses"].value.text() == "3"

    # Dismiss the corrected code: the later use of that code (line 4) is no longer a repeat.
    corrected = next(i for i in review.model.all_items() if i.rule == "corrected")
    assert review.select(corrected.response_id)
    with qtbot.waitSignal(review.decided, timeout=20_000):
        qtbot.mouseClick(review.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.task is None and not review._again)
    qtbot.waitUntil(lambda: page.loading is None and not page._again, timeout=20_000)
    expected = report.campaign_report(window.ws, CAMPAIGN, refresh=False)
    a = next(r for r in expected.rows if r.zone == "46001").tally
    assert (a.store_redemptions, a.revenue_cents) == (2, 2050)
    assert cell(page.model, "46001", m.STORE) == "2"
    assert not any(i.line == 4 and i.status == "duplicate" for i in review.model.all_items())
    decided = review.model.item_at(review.model.row_of(corrected.response_id))
    assert decided.decision == "dismiss"


def test_export_csv_and_pdf_in_the_background(qtbot, window, loaded, tmp_path, monkeypatch):
    page = show_results(qtbot, window)
    out = tmp_path / "results.csv"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: out)
    with qtbot.waitSignal(page.exported, timeout=30_000):
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["zone"] for r in rows] == ["46001", "46004", "46002", ""]
    assert rows[-1]["revenue"] == "56.50" and rows[0]["roi"] == "-0.15"
    qtbot.waitUntil(lambda: page.export_task is None)
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export("pdf", path=pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert "report.pdf" in window.message_bar.text()


def test_a_campaign_with_nothing_back_yet(qtbot, window):
    from support.gui import plan_campaign

    plan_campaign(window)
    page = show_results(qtbot, window)
    assert page.figures["responses"].value.text() == "0"
    assert page.figures["roi"].value.text() == "-100%"
    assert bars(page.charts.rate_set) == [0.0, 0.0]  # two zones, no orders
    assert page.charts.variant_sets == []
    assert "No A/B test" in page.charts.verdict.text()


def test_a_zone_with_two_variants_carries_its_matchback_on_its_own_row(qtbot, window, loaded):
    """46004 gets variant A too: its match-back order (Shopify #1002) is the zone's, on the row
    that sums the zone, not on the row of one of its variants."""
    from html import escape

    from omniprint.domain.lift import lift_headline
    from omniprint.services import codes, plan

    plan.add_drop(window.ws, CAMPAIGN, piece="leaflet", variant="A", zone="46004", quantity=50)
    codes.generate_codes(window.ws, CAMPAIGN, prefix="OTO")
    page = show_results(qtbot, window)
    m = page.model
    rows = [(r.zone, r.variant, r.zone_total) for r in m.rows]
    assert rows == [("46001", "A", False), ("46004", "A", False), ("46004", "B", False),
                    ("46004", "", True), ("46002", "", False)]  # fmt: skip
    assert [m.index(i, m.MATCHBACK).data() for i in range(1, 4)] == ["0", "0", "1"]
    assert m.index(3, m.PIECE).data() == "all variants"
    assert m.index(3, m.PIECES).data() == "250"  # 200 of B and 50 of A
    assert escape(lift_headline(page.report.lift)) in page.notes.text()
    assert "same zones" not in page.charts.verdict.text()  # A went to 46001 as well
