"""Import a large till export from the window, as a user would, and measure how it feels.

A Spanish till export (cp1252, semicolons, day-first dates, amounts like ``12,50 €``) of ROWS
redemptions of ROWS issued codes is dropped on the main window (offscreen Qt); the wizard reads
it, the user presses Import, then Review and Results load. A 10 ms timer on the window's thread
ticks all along: the worst gap between two ticks is how long the window could not answer a click.
Figures are printed per phase, with the worst gap of the same timer while nothing runs (the
baseline: what the machine itself costs) and the peak memory.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python3 benchmarks/bench_gui_import.py [ROWS]
        [--cancel-at SECONDS] [--load] [--why]

With ``--cancel-at`` the user presses Cancel that many seconds into the import instead: the time
until the wizard says it stopped is printed, and the workspace's rows are counted before and after.

With ``--load`` a second process keeps one core busy (a tight Python loop) from the end of the first
idle second to the end of the run, as another program on the user's computer would; the idle
baseline is then printed without and with it, and each phase's worst pause against the 100 ms goal.
With ``--why`` each pause over 100 ms is printed with the garbage collections in it and what the
threads were doing around it (`gui_load.Why`).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gui_load import Load, Why, verdict
from omniprint.gui.app import MainWindow
from omniprint.gui.settings import AppSettings
from omniprint.services import codes, plan
from omniprint.services.printing import prepare_job
from omniprint.services.workspace import open_workspace


def make_campaign(ws, n: int) -> list[str]:
    plan.create_campaign(ws, "Otoño 2026", landing_url="https://tostadores.es/cafe",
                         start_date="2026-10-01", end_date="2026-11-30")  # fmt: skip
    plan.add_piece(ws, "otono-2026", kind="leaflet", print_cpm_cents=4000)
    plan.add_zone(ws, "otono-2026", code="46001", name="Centro", households=n, cpm_cents=4000,
                  drop_date="2026-10-01")  # fmt: skip
    plan.add_drop(ws, "otono-2026", piece="leaflet", zone="46001")
    codes.generate_codes(ws, "otono-2026", prefix="OTO")
    job = prepare_job(ws, "otono-2026", "leaflet")
    return [job.records[i]["code"] for i in range(len(job.records))]


def write_till(path: Path, issued: list[str]) -> None:
    with path.open("w", encoding="cp1252", newline="\n") as out:
        out.write("Fecha;Código;Importe;Tienda\n")
        for i, code in enumerate(issued):
            out.write(f"{i % 28 + 1:02d}/10/2026;{code};{i % 50},50 €;Ruzafa\n")


def drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(
        window, QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    QApplication.sendEvent(window, QDropEvent(where, Qt.DropAction.CopyAction, mime, buttons, keys))


def wait(app: QApplication, until, timeout: float = 3600.0) -> None:
    """Run the event loop, as the app does (`QEventLoop.exec`), until ``until()`` is true.

    Not a loop of ``processEvents(WaitForMoreEvents, ...)`` calls: PySide keeps Python's lock while
    such a call waits, which slowed the import's worker down by half (measured: 9.9 s against 6.5 s
    for 200,000 rows) and measured the harness instead of the app."""
    if until():
        return
    end = time.perf_counter() + timeout
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if until() or time.perf_counter() > end else None)
    poll.start()
    loop.exec()
    poll.stop()
    if not until():
        raise TimeoutError("the window did not get there in time")


def rss_mb() -> float:
    """The memory the process uses now (Linux), in MB."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def counts(ws) -> tuple[int, ...]:
    tables = ("response", "import_file", "import_text", "refused_row", "attribution")
    return tuple(ws.one(f"SELECT COUNT(*) FROM {t}")[0] for t in tables)


def main() -> None:
    args = sys.argv[1:]
    cancel_at = None
    loaded = "--load" in args
    why = Why() if "--why" in args else None
    args = [a for a in args if a not in ("--load", "--why")]
    if "--cancel-at" in args:
        at = args.index("--cancel-at")
        cancel_at = float(args[at + 1])
        del args[at : at + 2]
    n = int(args[0]) if args else 1_000_000
    load = Load(loaded)  # forked before Qt starts; busy only from `load.start()`
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["OMNIPRINT_LOG_DIR"] = str(folder / "logs")
        ws = open_workspace(folder / "shop.omniprint")
        print(f"issuing {n:,} codes and writing the till export…", flush=True)
        till = folder / "caja_otono.csv"
        write_till(till, make_campaign(ws, n))
        settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(ws, settings)
        window.show()
        window.refresh_campaigns(select="otono-2026")

        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start()
        marks: list[tuple[str, float]] = []

        rss: list[float] = []  # the most memory seen while each phase ran
        sampler = QTimer()
        sampler.setInterval(100)
        sampler.timeout.connect(lambda: rss.__setitem__(-1, max(rss[-1], rss_mb())))
        sampler.start()

        def mark(name: str) -> None:
            marks.append((name, time.perf_counter()))
            rss.append(rss_mb())

        mark("idle")
        wait(app, lambda: time.perf_counter() - marks[0][1] > 1.0)
        if loaded:
            mark("idle, one core busy")
            load.start()
            wait(app, lambda: time.perf_counter() - marks[-1][1] > 1.0)
        if why:
            why.start()
        mark("drop: the wizard opens")
        drop(window, till)
        wizard = window.import_wizard
        wait(app, lambda: wizard.task is not None or wizard.entries[0].state != "reading")
        mark("read the file")
        wait(app, lambda: wizard.task is None and wizard.entries[0].state != "reading")
        entry = wizard.entries[0]
        if entry.preview is None or not entry.preview.ok:
            sys.exit(f"the file was not read: {entry.preview and entry.preview.error}")
        mark("user looks at the preview")
        wait(app, lambda: time.perf_counter() - marks[-1][1] > 0.5)
        mark("import")
        updates: list[int] = []
        wizard.progress.bar.valueChanged.connect(updates.append)
        done: list = []
        wizard.imported.connect(done.append)
        stopped: list[float] = []
        wizard.cancelled.connect(lambda: stopped.append(time.perf_counter()))
        before = counts(ws)
        wizard.start_import()
        if cancel_at is not None:
            wait(app, lambda: time.perf_counter() - marks[-1][1] > cancel_at)
            pressed = time.perf_counter()
            if done or window.import_wizard is None:
                sys.exit(f"the import ended before {cancel_at} s: press Cancel earlier")
            wizard.progress.cancel_button.click()
            wait(app, lambda: bool(stopped) or bool(done))
            if not stopped:
                sys.exit("Cancel came too late: the import had finished")
            timer.stop()
            load.stop()
            after = counts(ws)
            window.shutdown()
            gaps = [b - a for a, b in itertools.pairwise(ticks)]
            print(f"rows: {n:,}; Cancel pressed {cancel_at:.1f} s into the import")
            print(f"stopped {stopped[0] - pressed:.2f} s after Cancel; worst gap"
                  f" {max(gaps) * 1000:.0f} ms; says: {wizard.status.text()!r}")  # fmt: skip
            print(
                f"rows before / after (response, import_file, import_text, refused_row,"
                f" attribution): {before} / {after}: {'same' if before == after else 'CHANGED'}"
            )
            return
        wait(app, lambda: bool(done))
        mark("review and results load")
        wait(app, lambda: not window.runner.busy)
        mark("end")
        timer.stop()
        if why:
            why.stop()
        busy_cpu = load.stop()
        result = done[0][0]
        window.shutdown()

    print(f"rows: {n:,}; added {result.added:,}, refused {len(result.refused):,}")
    if loaded:
        print(f"a second process kept one core busy from the second idle phase on"
              f" ({busy_cpu:.1f} CPU s used)")  # fmt: skip
    print(f"{'phase':<28}{'time':>9}{'worst gap':>12}{'memory':>10}")
    for ((name, start), (_, end)), most in zip(itertools.pairwise(marks), rss, strict=False):
        # A pause belongs to the phase it ends in.
        inside = [t for t in ticks if t < start][-1:] + [t for t in ticks if start <= t <= end]
        gaps = [b - a for a, b in itertools.pairwise(inside)]
        worst = max(gaps, default=0.0)
        goal = "" if name.startswith("idle") else f"  {verdict(worst)}"
        print(f"{name:<28}{end - start:8.1f}s{worst * 1000:10.0f}ms{most:8.0f}MB{goal}")
    idle_gaps = [b - a for a, b in itertools.pairwise(t for t in ticks if t <= marks[1][1])]
    working = marks[2 if loaded else 1][1]  # from the drop on
    all_gaps = [b - a for a, b in itertools.pairwise(t for t in ticks if t >= working)]
    print(f"progress updates during the import: {len(updates):,}")
    worst, idle = max(all_gaps), max(idle_gaps)
    print(
        f"worst gap from the drop to the end: {worst * 1000:.0f} ms ({verdict(worst)});"
        f" baseline (idle window) {idle * 1000:.0f} ms",
        end="",
    )
    if loaded:
        inside = [t for t in ticks if marks[1][1] <= t <= marks[2][1]]
        idle = max(b - a for a, b in itertools.pairwise(inside))
        print(f", with the busy process {idle * 1000:.0f} ms", end="")
    print(f"; ratio {worst / idle:.1f}x")
    for a, b in [(a, b) for a, b in itertools.pairwise(ticks) if b - a > 0.100] if why else []:
        phase = [name for name, at in marks if at <= b][-1]
        print(f"pause of {(b - a) * 1000:.0f} ms in {phase!r}:")
        for line in why.explain(a, b):
            print("  " + line)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of the process (issuing the codes included): {peak:.0f} MB")


if __name__ == "__main__":
    main()
