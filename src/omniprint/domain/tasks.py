"""Progress reporting and cancellation for long work, shared by every layer.

A service takes ``progress`` (a callable ``(done, total, message)``) and ``cancel`` (a
`CancelToken`). The GUI passes a callback that posts to the main thread and a token tied to its
Cancel button; the CLI passes a console printer and a token that Ctrl+C sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from omniprint.domain.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The progress callback used when nobody is watching."""


class CancelToken:
    """A flag that one thread sets and long work checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop."""
        if self._event.is_set():
            raise Cancelled()


NEVER_CANCELLED = CancelToken()
