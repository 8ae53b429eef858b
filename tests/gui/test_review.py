"""The Review page over 100,000 uses: ids sorted in SQL in the background, rows read in blocks.

Every figure the page shows is compared with a query written here, apart from the page's code.
"""

from __future__ import annotations

# The fixtures are imported from support.gui, so test arguments "redefine" them.
# ruff: noqa: F811
import itertools
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from omniprint.domain import codes as codelib
from omniprint.gui.app import MainWindow
from omniprint.gui.review_model import BLOCK_ROWS, ReviewModel
from omniprint.services import imports, review
from omniprint.services.workspace import open_workspace
from omniprint.storage.workspace import Workspace
from support.gui import QT_LOG_IGNORE, settings  # noqa: F401
from support.reconcile import two_variant_campaign

pytestmark = QT_LOG_IGNORE
CAMPAIGN = "otono-2026"
USES = 100_000

REVIEWED = (
    "(a.status IN ('unmatched', 'duplicate', 'out_of_window', 'dismissed')"
    " OR a.rule IN ('corrected', 'manual'))"
)
# What each column sorts by, as a reader of the schema would write it.
ORDERS = {
    ReviewModel.WHEN: "r.occurred_at",
    ReviewModel.TYPED: "a.typed",
    ReviewModel.AMOUNT: "r.amount_cents",
    ReviewModel.SOURCE: "f.file_name, r.line",
    ReviewModel.CODE: "c.display",
}


def _till_lines(issued: list[str], n: int):
    """`n` till redemptions of the 500 issued codes: most of them used again, one in 100 a code
    nobody issued, one in 1,000 with a typing error, one in 500 months after the campaign."""
    yield "date,receipt,code,amount,store"
    for i in range(n):
        code = issued[i % len(issued)]
        if i % 100 == 3:
            code = f"OTO-XXXX-{i // 100 % 10_000:04d}-Q"
        elif i % 1000 == 7:
            key = codelib.normalize(code)
            code = key[:6] + ("0" if key[6] != "0" else "1") + key[7:]
        day = "2027-03-01" if i % 500 == 11 else f"2026-10-{i % 28 + 1:02d}"
        amount = f"{i % 50 + 1}.{i % 100:02d}"
        yield f"{day} {i % 24:02d}:{i % 60:02d},T{i},{code},{amount},Tienda {i % 7}"


@pytest.fixture(scope="module")
def big_workspace(tmp_path_factory) -> Path:
    """A workspace with a campaign and 100,000 till uses under review, made once per module."""
    folder = tmp_path_factory.mktemp("review")
    path = folder / "big.omniprint"
    with Workspace.open(path) as ws:
        issued = two_variant_campaign(ws)
        till = folder / "till.csv"
        till.write_text("\n".join(_till_lines(issued, USES)) + "\n", encoding="utf-8")
        imports.import_file(ws, till)
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, settings, monkeypatch, big_workspace: Path):
    """The main window on a copy of the big workspace, its campaign chosen."""
    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    shutil.copy(big_workspace, tmp_path / "shop.omniprint")
    win = MainWindow(open_workspace(tmp_path / "shop.omniprint"), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.refresh_campaigns(select=CAMPAIGN)
    yield win
    win.shutdown()


def _review_page(qtbot, window):
    window.show_page("review")
    page = window.review_page
    qtbot.waitUntil(lambda: not window.runner.busy and page.model.rowCount() > 0, timeout=60_000)
    return page


def _wait(qtbot, page, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: page.task is None and not page._again, timeout=timeout)


def _ends(ws, order: str, descending: bool) -> tuple[int, int]:
    """The first and last response ids under review in this order, ties by id."""
    way = " DESC" if descending else ""
    terms = ", ".join(f"{t.strip()}{way}" for t in (*order.split(","), "a.response_id"))
    ids = [
        r[0]
        for r in ws.query(
            "SELECT a.response_id FROM attribution a JOIN response r ON r.id = a.response_id"
            " JOIN import_file f ON f.id = r.import_id LEFT JOIN code c ON c.id = a.code_id"
            f" WHERE {REVIEWED} ORDER BY {terms}"
        )
    ]
    return ids[0], ids[-1]


def _category_counts(ws) -> dict[str, int]:
    return {
        r[0]: r[1]
        for r in ws.query(
            "SELECT CASE WHEN rule IN ('corrected', 'manual') THEN rule ELSE status END AS k,"
            " COUNT(*) FROM attribution a WHERE"
            f" {REVIEWED} AND response_id NOT IN (SELECT response_id FROM review_decision)"
            " GROUP BY k"
        )
    }


def _ids_shown(page, rows) -> list[int]:
    return [page.model.item_at(r).response_id for r in rows]


def test_100000_uses_sorted_both_ways_by_each_column(qtbot, window):
    page = _review_page(qtbot, window)
    ws = window.ws
    model = page.model
    total = ws.one(f"SELECT COUNT(*) FROM attribution a WHERE {REVIEWED}")[0]
    assert total > 99_000 and model.rowCount() == total
    # Oldest first, as the CLI lists them.
    assert _ids_shown(page, (0, total - 1)) == list(_ends(ws, "r.occurred_at", False))

    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(model.AMOUNT) + header.sectionSize(model.AMOUNT) // 2
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == model.AMOUNT
    for column, order in ORDERS.items():
        for descending in (False, True):
            way = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            if (model.sort_column, model.sort_order) != (column, way):
                with qtbot.waitSignal(page.loaded, timeout=60_000):
                    page.table.sortByColumn(column, way)
            assert model.rowCount() == total
            expected = _ends(ws, order, descending)
            assert _ids_shown(page, (0, total - 1)) == list(expected), (column, descending)
    # The last row's text, read in a block of its own.
    last = model.item_at(total - 1)
    assert model.index(total - 1, model.CODE).data() == (last.code or "")
    assert len(model._blocks) <= 64

    # Categories sort by their name: "No code matches" < "One typing error" < ... "Used again".
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.table.sortByColumn(model.CATEGORY, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, model.CATEGORY).data() for r in (0, total - 1)]
    assert names == ["No code matches", "Used again"]


def test_filter_counts_and_a_decision_undone(qtbot, qtmodeltester, window):
    page = _review_page(qtbot, window)
    ws = window.ws
    counts = _category_counts(ws)
    assert set(counts) == {"unmatched", "corrected", "duplicate", "out_of_window"}
    for key, n in counts.items():
        label = {"unmatched": "no code matches", "corrected": "one typing error",
                 "duplicate": "used again", "out_of_window": "outside the dates"}[key]  # fmt: skip
        assert f"{label} ({n:,})" in page.summary.text()

    # One list: the rows of that category only, a list small enough to check the whole model.
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.show_list.setCurrentIndex(page.show_list.findData("unmatched"))
    _wait(qtbot, page)
    assert page.model.rowCount() == counts["unmatched"] == 1000
    assert {i.status for i in page.model.all_items()} == {"unmatched"}
    # The tester stays on the model it checks, checking every change: give it a model of its own.
    small = ReviewModel(ws)
    small.set_rows(page.model.rows)
    qtmodeltester.check(small)

    # Pick one, dismiss it, then undo: the row's Decision cell follows after each reload.
    target = page.model.item_at(500)
    assert page.select(target.response_id) and page.selected() == target
    assert "line" in page.detail.text() and page.dismiss_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=60_000):
        qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    # Dismissed, it moved to the Dismissed list: the whole list shows it with its decision.
    assert page.model.row_of(target.response_id) == -1
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.show_list.setCurrentIndex(0)
    _wait(qtbot, page)
    assert page.select(target.response_id)
    row = page.model.row_of(target.response_id)
    assert page.model.index(row, ReviewModel.DECISION).data() == "dismissed"
    assert page.model.index(row, ReviewModel.CATEGORY).data() == "Dismissed"
    assert f"no code matches ({counts['unmatched'] - 1:,})" in page.summary.text()
    assert page.undo_button.isEnabled() and not page.dismiss_button.isEnabled()
    with qtbot.waitSignal(page.decided, timeout=60_000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, page)
    row = page.model.row_of(target.response_id)
    assert row >= 0 and page.selected().response_id == target.response_id  # kept selected
    assert page.model.index(row, ReviewModel.DECISION).data() == ""
    assert page.model.index(row, ReviewModel.CATEGORY).data() == "No code matches"
    assert f"no code matches ({counts['unmatched']:,})" in page.summary.text()

    # Ctrl+C copies the selected rows, read through the blocks like the view reads them.
    page.table.selectRow(row)
    page.table.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["What", "Code typed", "Issued code"]
    assert lines[1].split("\t")[:2] == ["No code matches", target.typed]


@pytest.mark.slow
def test_window_stays_responsive_while_100000_uses_load_and_sort(qtbot, window):
    page = _review_page(qtbot, window)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    # From an empty table (as when a campaign is chosen): the columns are fitted to the rows too.
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.set_campaign(CAMPAIGN)
    loaded = time.perf_counter() - started
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.table.sortByColumn(ReviewModel.SOURCE, Qt.SortOrder.DescendingOrder)
    sorted_ = time.perf_counter() - started - loaded
    page.table.scrollToBottom()  # the view asks for the last rows: one block query
    qtbot.wait(50)
    timer.stop()
    worst = max(b - a for a, b in itertools.pairwise(ticks))
    print(
        f"\n{page.model.rowCount():,} uses: load {loaded:.2f} s, sort {sorted_:.2f} s,"
        f" {len(ticks)} ticks, worst gap {worst * 1000:.0f} ms"
    )
    assert worst < 0.300  # generous: the 100 ms goal is measured in benchmarks/


def test_services_page_through_the_review(big_workspace: Path, tmp_path: Path):
    path = tmp_path / "copy.omniprint"
    shutil.copy(big_workspace, path)
    with Workspace.open(path) as ws:
        ids = review.review_ids(ws, CAMPAIGN, sort="amount", descending=True)
        assert ids.typecode == "q" and len(ids) == len(set(ids))
        assert (ids[0], ids[-1]) == _ends(ws, "r.amount_cents", True)
        page = review.review_items_by_id(ws, ids[1000 : 1000 + BLOCK_ROWS])
        assert [i.response_id for i in page] == list(ids[1000 : 1000 + BLOCK_ROWS])
        amounts = [int(i.amount.replace(".", "")) for i in page]
        assert amounts == sorted(amounts, reverse=True)
        assert review.review_counts(ws, CAMPAIGN) == _category_counts(ws)
        corrected = review.review_ids(ws, CAMPAIGN, "corrected")
        assert {i.rule for i in review.review_items_by_id(ws, corrected)} == {"corrected"}
        duplicates = review.review_ids(ws, None, "duplicate", sort="typed")
        assert len(duplicates) == _category_counts(ws)["duplicate"]
        assert review.review_list(ws, CAMPAIGN, limit=3) == review.review_items_by_id(
            ws, review.review_ids(ws, CAMPAIGN)[:3]
        )
        with pytest.raises(ValueError, match="sort"):
            review.review_ids(ws, CAMPAIGN, sort="colour")
