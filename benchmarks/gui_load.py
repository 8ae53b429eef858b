"""What the GUI benchmarks share: a second process that keeps one core busy, and a 10 ms timer on
the window's thread whose worst gap between two ticks is how long the window could not answer a
click.

The busy process is forked before Qt starts (a fork after Qt's threads exist is not safe) and waits
for its start signal, so the same run can measure the idle window with and without it.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import resource
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer


def _spin(go, stop) -> None:
    """Keep one core busy with a tight Python loop from ``go`` until ``stop``."""
    go.wait()
    while not stop.is_set():
        x = 0
        for i in range(200_000):  # a few ms of pure work between looks at the stop flag
            x += i * i


class Load:
    """A second process, busy on one core from `start` to `stop` (``enabled=False``: nothing)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.process = None
        if enabled:
            ctx = multiprocessing.get_context("fork")
            self._go, self._stop = ctx.Event(), ctx.Event()
            self.process = ctx.Process(target=_spin, args=(self._go, self._stop), daemon=True)
            self.process.start()

    def start(self) -> None:
        if self.enabled:
            self._go.set()  # no sleep here: that would be a pause of the window's thread

    def stop(self) -> float:
        """Stop the busy process; the CPU seconds it used (how busy it really was)."""
        if self.process is None:
            return 0.0
        self._go.set()
        self._stop.set()
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()
        self.process = None
        # The child is reaped by join(), so its time is in our children's usage (the only child).
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime


class Ticker:
    """A 10 ms timer on the window's thread that records when each tick ran."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def worst(self, start: float = 0.0, end: float = float("inf")) -> float:
        """The worst gap (s) ending in [start, end]: a pause belongs to the span it ends in."""
        return max(gaps(self.ticks, start, end), default=0.0)

    def pauses(self, start: float, end: float, over: float) -> list[tuple[float, float]]:
        """The gaps longer than ``over`` seconds ending in [start, end], as (from, to)."""
        inside = [t for t in self.ticks if t < start][-1:]
        inside += [t for t in self.ticks if start <= t <= end]
        return [(a, b) for a, b in itertools.pairwise(inside) if b - a > over]

    def worst_per_second(self, start: float, end: float) -> list[float]:
        """The worst gap ending in each whole second from ``start`` (the last one may be short)."""
        out = []
        t = start
        while t < end:
            out.append(self.worst(t, min(t + 1.0, end)))
            t += 1.0
        return out


def gaps(ticks: list[float], start: float, end: float) -> Iterable[float]:
    inside = [t for t in ticks if t < start][-1:] + [t for t in ticks if start <= t <= end]
    return (b - a for a, b in itertools.pairwise(inside))


def wait(until: Callable[[], bool], timeout: float = 3600.0) -> None:
    """Run the event loop, as the app does (`QEventLoop.exec`), until ``until()`` is true.

    Not a loop of ``processEvents(WaitForMoreEvents, ...)`` calls: PySide keeps Python's lock while
    such a call waits, which slowed background work down by half and measured the harness instead
    of the app."""
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


def idle_for(seconds: float) -> tuple[float, float]:
    """Let the idle window run ``seconds``; the span (start, end) to ask the ticker about."""
    start = time.perf_counter()
    wait(lambda: time.perf_counter() - start > seconds)
    return start, time.perf_counter()


def verdict(worst: float, goal: float = 0.100) -> str:
    return f"under {goal * 1000:.0f} ms" if worst < goal else f"OVER {goal * 1000:.0f} ms"


class Why:
    """What the other threads were doing around a pause of the window (``--why``).

    A watchdog thread wakes every 5 ms and notes the top of every other thread's stack; garbage
    collections are timed through `gc.callbacks`. A pause of the window's thread shows up as a gap
    in the watchdog's notes as well when something held Python's lock (the watchdog cannot run
    either): the notes around the gap say where the lock was taken and let go."""

    def __init__(self) -> None:
        self.notes: list[tuple[float, dict[str, list[str]]]] = []
        self.collections: list[tuple[float, float, int]] = []
        self._gc_start = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="why", daemon=True)

    def start(self) -> None:
        gc.callbacks.append(self._gc)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        gc.callbacks.remove(self._gc)

    def _gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.collections.append((self._gc_start, time.perf_counter(), info["generation"]))

    def _watch(self) -> None:
        names = {}
        me = threading.get_ident()
        while not self._stop.wait(0.005):
            now = time.perf_counter()
            for t in threading.enumerate():
                names[t.ident] = t.name
            stacks = {}
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                top = traceback.extract_stack(frame)[-4:]
                stacks[names.get(ident, str(ident))] = [
                    f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(top)
                ]
            self.notes.append((now, stacks))

    def explain(self, start: float, end: float) -> list[str]:
        """Lines about a pause of the window from ``start`` to ``end``."""
        lines = []
        for a, b, generation in self.collections:
            if a < end and b > start and (generation or b - a > 0.005):
                lines.append(
                    f"garbage collection (generation {generation}): {(b - a) * 1000:.0f} ms"
                )
        near = [n for n in self.notes if start - 0.01 <= n[0] <= end + 0.01]
        if len(near) < 2:
            return [*lines, "the watchdog did not run at all during the pause"]
        x, y = max(itertools.pairwise(near), key=lambda p: p[1][0] - p[0][0])
        lines.append(f"the watchdog's own longest gap in it: {(y[0] - x[0]) * 1000:.0f} ms")
        for when, note in (("before", x), ("after", y)):
            for name, stack in note[1].items():
                lines.append(f"  {when}, {name}: " + " < ".join(stack))
        return lines
