"""What the GUI benchmarks share: a second process that keeps one core busy, and a 10 ms timer on
the window's thread whose worst gap between two ticks is how long the window could not answer a
click.

The busy process is forked before Qt starts (a fork after Qt's threads exist is not safe) and waits
for its start signal, so the same run can measure the idle window with and without it.
"""

from __future__ import annotations

import itertools
import multiprocessing
import resource
import time
from collections.abc import Callable, Iterable

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
