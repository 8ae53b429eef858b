"""The Review page over N uses of codes that need a decision (default 1,000,000).

A till export of N redemptions of 500 issued codes (so nearly all of them are "used again") is
imported into a fresh workspace. Then, in the same run:

- baseline: `review.review_list`, the whole list as `ReviewItem` objects (what the page used to
  load and hand to its model);
- the paged way: the sorted id list (`review.review_ids`, oldest first and by file and line
  descending), one block of 256 rows (`review.review_items_by_id`, as the view asks for them), the
  counts per category (`review.review_counts`);
- the window: the Review page (offscreen Qt) loading the list and sorting it by a header, with a
  10 ms timer on the GUI thread; its worst gap is how long the window froze.

    python3 benchmarks/bench_review.py [N]
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from omniprint.services import codes, imports, plan, review
from omniprint.services.printing import prepare_job
from omniprint.storage.workspace import Workspace

CAMPAIGN = "bench"


def make_workspace(path: Path, n: int) -> None:
    """A campaign of 500 codes and a till export of `n` uses of them (1 in 100 a code nobody
    issued, 1 in 1,000 with a typing error)."""
    with Workspace.open(path) as ws:
        plan.create_campaign(ws, "Bench", landing_url="https://example.es/",
                             start_date="2026-01-01")  # fmt: skip
        plan.add_piece(ws, CAMPAIGN, kind="leaflet")
        plan.add_zone(ws, CAMPAIGN, code="28001", name="Centro", households=500)
        plan.add_drop(ws, CAMPAIGN, piece="leaflet", zone="28001")
        codes.generate_codes(ws, CAMPAIGN, prefix="BN")
        job = prepare_job(ws, CAMPAIGN, "leaflet")
        issued = [job.records[i]["code"] for i in range(len(job.records))]
        csv_path = path.with_suffix(".csv")
        with csv_path.open("w", encoding="utf-8") as handle:
            handle.write("date,receipt,code,amount,store\n")
            for i in range(n):
                code = issued[i % len(issued)]
                if i % 100 == 3:
                    code = f"BN-XXXX-{i // 100 % 10_000:04d}-Q"
                elif i % 1000 == 7:
                    code = code[:-1] + ("Z" if code[-1] != "Z" else "Y")
                handle.write(
                    f"2026-01-{i % 28 + 1:02d} {i % 24:02d}:{i % 60:02d},T{i},{code},"
                    f"{i % 50 + 1}.50,Tienda {i % 7}\n"
                )
        imports.import_file(ws, csv_path)


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def gui_figures(path: Path) -> dict[str, float]:
    """The Review page loading and sorting the list, with a 10 ms timer on the GUI thread."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from omniprint.gui.review import ReviewPage
    from omniprint.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ws = Workspace.open(path, create=False)
    runner = TaskRunner(path)
    page = ReviewPage(ws, runner)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def wait_loaded(start) -> float:
        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        began = time.perf_counter()
        start()
        loop.exec()
        page.loaded.disconnect(loop.quit)
        return time.perf_counter() - began

    timer.start()
    figures = {"load": wait_loaded(lambda: page.set_campaign(CAMPAIGN))}
    figures["sort"] = wait_loaded(
        lambda: page.table.sortByColumn(page.model.SOURCE, Qt.SortOrder.DescendingOrder)
    )
    page.table.scrollToBottom()
    end = time.perf_counter() + 0.2
    while time.perf_counter() < end:
        app.processEvents()
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    figures |= {"worst": max(gaps), "median": statistics.median(gaps), "ticks": len(ticks)}
    figures["rows"] = page.model.rowCount()
    runner.drain()
    page.close()
    ws.close()
    return figures


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.omniprint"
        built, _ = timed(make_workspace, path, n)
        with Workspace.open(path, create=False) as ws:
            base, items = timed(review.review_list, ws, CAMPAIGN)
            count = len(items)
            del items
            load, ids = timed(review.review_ids, ws, CAMPAIGN)
            load_desc, _ = timed(review.review_ids, ws, CAMPAIGN, sort="source", descending=True)
            middle = len(ids) // 2
            blocks = [
                timed(review.review_items_by_id, ws, ids[at : at + 256])[0]
                for at in (middle, middle + 256 * 7, 0, len(ids) - 256)
            ]
            counts_time, counts = timed(review.review_counts, ws, CAMPAIGN)
        gui = gui_figures(path)
    print(f"uses under review:                 {count:,}  (workspace built in {built:.0f} s)")
    print(f"baseline review_list (all items):  {base:7.2f} s")
    print(f"review_ids, oldest first:          {load:7.2f} s  ({load / base:.2f} x baseline)")
    print(f"review_ids, file+line descending:  {load_desc:7.2f} s")
    print(f"one block of 256 rows:             {max(blocks) * 1000:7.1f} ms (worst of 4;"
          f" best {min(blocks) * 1000:.1f} ms)")  # fmt: skip
    print(f"review_counts:                     {counts_time:7.2f} s  {counts}")
    print(f"page: load {gui['load']:.2f} s, sort {gui['sort']:.2f} s, {gui['rows']:,} rows")
    print(f"GUI thread worst gap (10 ms timer): {gui['worst'] * 1000:6.0f} ms  (median"
          f" {gui['median'] * 1000:.0f} ms, {gui['ticks']} ticks; goal: under 150 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
