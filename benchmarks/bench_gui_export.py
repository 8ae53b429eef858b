"""A press export of N pieces from the Print page (default 100,000), and how the window feels.

A campaign with one zone of N households is planned through the services and its codes generated;
the window (offscreen Qt) shows the Print page and the user exports the press PDF
(`PrintPage.export`, as the Export button does after the file dialog). A 10 ms timer on the window's
thread ticks all along: the worst gap between two ticks is how long the window could not answer a
click. Printed: the export's time and pages, the worst pause in each second of the export (and the
worst of them), the baseline (the same timer on the idle window) and the ratio.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python3 benchmarks/bench_gui_export.py [N] [--load]
        [--why]

With ``--load`` a second process keeps one core busy (a tight Python loop) from the second baseline
to the end, as another program on the user's computer would: the idle baseline is printed without
and with it. With ``--why`` a watchdog thread notes what the other threads were doing, and each
pause over 100 ms is printed with the garbage collections in it and the threads' stacks around it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui_load import Load, Ticker, Why, idle_for, verdict, wait
from omniprint.gui.app import MainWindow
from omniprint.gui.settings import AppSettings
from omniprint.services import codes, plan
from omniprint.services.workspace import open_workspace


def make_campaign(ws, n: int) -> None:
    plan.create_campaign(ws, "Grande", landing_url="https://shop.es/", end_date="2027-06-30")
    plan.add_piece(ws, "grande", kind="flyer", size="A6")
    plan.add_zone(ws, "grande", code="28001", name="Centro", households=n)
    plan.add_drop(ws, "grande", piece="flyer", zone="28001")
    codes.generate_codes(ws, "grande")


def main() -> None:
    args = sys.argv[1:]
    loaded = "--load" in args
    why = Why() if "--why" in args else None
    args = [a for a in args if a not in ("--load", "--why")]
    n = int(args[0]) if args else 100_000
    load = Load(loaded)  # forked before Qt starts
    app = QApplication.instance() or QApplication([])
    del app  # kept alive by Qt; the event loop runs in `wait`
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["OMNIPRINT_LOG_DIR"] = str(folder / "logs")
        ws = open_workspace(folder / "shop.omniprint")
        print(f"planning {n:,} households and generating their codes…", flush=True)
        started = time.perf_counter()
        make_campaign(ws, n)
        print(f"  {time.perf_counter() - started:.1f} s", flush=True)
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ws, settings)
        window.show()
        window.refresh_campaigns(select="grande")
        window.show_page("print")
        page = window.print_page
        wait(lambda: not window.runner.busy)  # the preflight and page loads settle

        ticker = Ticker()
        ticker.start()
        idle = ticker.worst(*idle_for(1.0))
        idle_loaded = None
        load_started = 0.0
        if loaded:
            load.start()
            load_started = time.perf_counter()
            idle_for(0.3)  # the busy process gets going
            idle_loaded = ticker.worst(*idle_for(1.0))
        out = folder / "grande-press.pdf"
        if why:
            why.start()
        start = time.perf_counter()
        task = page.export(path=out)
        if task is None:
            sys.exit("the Print page did not start the export")
        done: list[bool] = []
        task.finished.connect(lambda: done.append(True))
        results: list = []
        page.exported.connect(results.append)
        wait(lambda: bool(done))
        end = time.perf_counter()
        # The result shown and the preflight run again: how the window feels just after.
        wait(lambda: not window.runner.busy)
        after = idle_for(0.5)[1]
        ticker.stop()
        if why:
            why.stop()
        busy_cpu = load.stop()
        error = task.error
        size = out.stat().st_size if out.exists() else 0
        window.shutdown()

    if error is not None or not results:
        sys.exit(f"the export failed: {error}")
    r = results[0].render
    check = results[0].check
    per_second = ticker.worst_per_second(start, end)
    worst = max(per_second)
    settle = ticker.worst(end, after)
    checked = check.codes_checked if check else 0
    print(f"pieces: {r.records:,}; {r.pages:,} pages ({r.sheets:,} sheets, {r.per_sheet}-up),"
          f" {size / 1e6:.1f} MB; self-check decoded {checked} codes")  # fmt: skip
    print(f"export from the Print page: {end - start:.1f} s"
          f" ({(end - start) / r.records * 1000:.2f} ms a piece)"
          f"{'; a second process kept one core busy' if loaded else ''}")  # fmt: skip
    print("worst pause in each second of the export (ms):")
    row = [f"{w * 1000:.0f}" for w in per_second]
    for i in range(0, len(row), 20):
        print("  " + " ".join(f"{x:>4}" for x in row[i : i + 20]))
    print(f"worst pause during the export: {worst * 1000:.0f} ms ({verdict(worst)});"
          f" after it (result shown, preflight again) {settle * 1000:.0f} ms")  # fmt: skip
    print(f"baseline (10 ms timer, idle window): {idle * 1000:.0f} ms", end="")
    if idle_loaded is not None:
        print(f"; with the busy process: {idle_loaded * 1000:.0f} ms", end="")
    print()
    base = idle_loaded if idle_loaded is not None else idle
    print(f"ratio worst pause / baseline{' (loaded)' if loaded else ''}: {worst / base:.1f}x")
    for a, b in ticker.pauses(start, after, 0.100) if why else []:
        print(f"pause of {(b - a) * 1000:.0f} ms at {a - start:.1f} s into the export:")
        for line in why.explain(a, b):
            print("  " + line)
    if loaded:
        ran = after - load_started
        print(f"the busy process used {busy_cpu:.1f} CPU s in the {ran:.1f} s it ran")


if __name__ == "__main__":
    main()
