"""Running a service function in the background, the GUI's way of doing long work.

A `Task` runs one service call on a worker of a `QThreadPool`. The worker opens its own
`Workspace` on the same file (SQLite's WAL lets it read and write beside the window's connection),
passes the service a progress callback that posts to the main thread through a queued signal and a
`CancelToken` the Cancel button sets, and hands the result or the exception back by signal. The
worker never touches a widget.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from omniprint.domain.errors import Cancelled, OmniPrintError
from omniprint.domain.tasks import CancelToken
from omniprint.services.faults import as_user_error
from omniprint.services.workspace import Workspace

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05
"""At most twenty progress updates a second reach the window, however often the service reports."""

SWITCH_INTERVAL_S = 0.001
"""Python's thread switch interval while background work runs (the default is 5 ms). The window's
thread waits at most this long for Python's lock when a worker holds it, which halves the pauses a
million-row import causes (worst 46 ms -> 29 ms in benchmarks/bench_gui_import.py) at no cost
measurable in the import's time."""


_busy_runners = 0
_default_switch_interval = sys.getswitchinterval()


def _quick_switching(on: bool) -> None:
    """`SWITCH_INTERVAL_S` while any runner has work, Python's own interval when none has."""
    global _busy_runners, _default_switch_interval
    if on:
        if _busy_runners == 0:
            _default_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(SWITCH_INTERVAL_S, _default_switch_interval))
        _busy_runners += 1
    else:
        _busy_runners -= 1
        if _busy_runners == 0:
            sys.setswitchinterval(_default_switch_interval)


class Task(QObject):
    """One background call. Signals arrive on the main thread, in this order: progress*, then one
    of succeeded / failed / cancelled, then finished."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # What the worker emits. Connected to this object's own methods, so Qt queues them to the
    # thread the task lives in (the main thread); the public signals are re-emitted from there,
    # and whatever is connected to them (lambdas too) runs on the main thread.
    _posted_progress = Signal(int, int, str)
    _posted_end = Signal(str, object)

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.token = CancelToken()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self._posted_progress.connect(self._on_progress)
        self._posted_end.connect(self._on_end)

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)

    def _on_end(self, outcome: str, value: object) -> None:
        self.done = True
        if outcome == "ok":
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            self.failed.emit(value)
        self.finished.emit()

    def cancel(self) -> None:
        """Ask the service to stop at its next check; `cancelled` follows."""
        self.token.cancel()


class _Worker(QRunnable):
    def __init__(
        self,
        task: Task,
        workspace: Path | None,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        reports: bool,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task = task
        self.workspace = workspace
        self.read_only = False  # a damaged workspace is opened read-only by its workers too
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.reports = reports
        self._last_report = 0.0

    def _report(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= PROGRESS_INTERVAL_S:
            self._last_report = now
            self.task._posted_progress.emit(done, total, message)

    def run(self) -> None:
        task = self.task
        kwargs = dict(self.kwargs)
        if self.reports:
            kwargs.update(progress=self._report, cancel=task.token)
        try:
            if self.workspace is None:
                task.result = self.fn(*self.args, **kwargs)
            else:
                with Workspace.open(self.workspace, create=False, read_only=self.read_only) as ws:
                    task.result = self.fn(ws, *self.args, **kwargs)
        except Cancelled:
            task._posted_end.emit("cancelled", None)
        except BaseException as exc:  # handed to the main thread, which shows it
            log.info("background task %r failed", task.title, exc_info=exc)
            # A fault the core did not word (SQLite, the disk) is shown as one sentence.
            error = as_user_error(exc, self.workspace) if isinstance(exc, Exception) else exc
            task.error = error
            task._posted_end.emit("failed", error)
        else:
            task._posted_end.emit("ok", task.result)


class TaskRunner(QObject):
    """Starts background tasks on the workspace at `workspace_path` and keeps them until done."""

    started = Signal(object)

    def __init__(
        self, workspace_path: Path, parent: QObject | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.workspace_path = Path(workspace_path)
        self.read_only = read_only
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[Task] = set()

    def run(
        self,
        title: str,
        fn: Callable[..., Any],
        *args: Any,
        with_workspace: bool = True,
        reports: bool = True,
        **kwargs: Any,
    ) -> Task:
        """Call ``fn(ws, *args, progress=..., cancel=..., **kwargs)`` on a worker.

        With ``with_workspace=False`` no workspace is opened and ``fn(*args, ...)`` is called.
        With ``reports=False`` ``fn`` takes no ``progress`` and ``cancel`` (a short service call:
        it shows no progress and Cancel waits for its end).
        Connect to the returned task's signals at once: they are queued, so none is missed.
        """
        task = Task(title, self)
        if not self._running:
            _quick_switching(True)
        self._running.add(task)
        task.finished.connect(lambda: self._forget(task))
        path = self.workspace_path if with_workspace else None
        worker = _Worker(task, path, fn, args, kwargs, reports)
        worker.read_only = self.read_only
        self.pool.start(worker)
        self.started.emit(task)
        return task

    def _forget(self, task: Task) -> None:
        # The task stays a child of the runner (and dies with it): deleting it here, while its
        # own `finished` is being delivered, is how Qt apps crash.
        self._running.discard(task)
        if not self._running:
            _quick_switching(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def drain(self, timeout_ms: int = 30_000) -> bool:
        """Cancel what runs and wait for the workers (before the window or workspace closes)."""
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)


class CampaignLoading:
    """What a page that shows one campaign's figures does to load them on a worker (Results,
    Channels): one load at a time, a refresh asked for meanwhile runs once the load ends, and
    figures that come back for a campaign no longer shown are dropped.

    The page has ``campaign``, ``runner``, ``status`` (a label), ``message`` (a signal of
    (kind, text)), ``loading`` (None) and ``_again`` (False), a ``refresh`` that calls
    `_start_load`, and defines `_show_loaded` and `_load_state_changed`."""

    campaign: str | None
    runner: TaskRunner
    loading: Task | None
    _again: bool

    def _start_load(self, busy: str, title: str, fn: Callable[..., Any]) -> Task | None:
        if not self.campaign:
            return None
        if self.loading is not None:
            self._again = True
            return self.loading
        self.status.setText(busy)  # type: ignore[attr-defined]
        task = self.runner.run(title, fn, self.campaign, reports=False)
        self.loading = task
        self._load_state_changed()
        slug = self.campaign
        task.succeeded.connect(lambda data: self._loaded(data, slug))
        task.failed.connect(self._failed)
        task.finished.connect(self._load_finished)
        return task

    def _show_loaded(self, data: Any) -> None:
        raise NotImplementedError

    def _load_state_changed(self) -> None:
        raise NotImplementedError

    def _loaded(self, data: Any, slug: str) -> None:
        if slug == self.campaign:
            self._show_loaded(data)

    def _load_finished(self) -> None:
        self.loading = None
        self._load_state_changed()
        if self._again:
            self._again = False
            self.refresh()  # type: ignore[attr-defined]

    def _failed(self, exc: BaseException) -> None:
        """A failure said in the status line and the message bar (a bug goes to the excepthook)."""
        if not isinstance(exc, OmniPrintError):  # a bug: to the excepthook, with the log
            raise exc
        self.status.setText(str(exc))  # type: ignore[attr-defined]
        self.message.emit("error", str(exc))  # type: ignore[attr-defined]
