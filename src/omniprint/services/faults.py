"""Faults in words: what went wrong, with which file, and what to do.

The CLI and the GUI hand any exception they did not expect to `describe_fault` and show its one
sentence; the traceback goes to the log (services.logs), never to the user's screen.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

from omniprint.domain.errors import OmniPrintError
from omniprint.domain.i18n import tr
from omniprint.services.logs import log_file
from omniprint.storage.workspace import BUSY_TIMEOUT_MS

log = logging.getLogger("omniprint")


def describe_fault(exc: BaseException, workspace: str | Path | None = None) -> str:
    """One sentence for `exc`: what happened, to which file, what to do. `workspace` is the
    workspace file in use, named when SQLite (which does not say which file) fails."""
    if isinstance(exc, OmniPrintError):
        return str(exc)
    ws = str(workspace) if workspace else tr("the workspace")
    if isinstance(exc, sqlite3.Error):
        return _sqlite_fault(exc, ws)
    if isinstance(exc, OSError):
        return _os_fault(exc)
    if isinstance(exc, MemoryError):
        return tr(
            "the computer ran out of memory; nothing was changed. Close other programs and try "
            "again."
        )
    return tr(
        "unexpected error ({what}); nothing more was done. The details are in the log: {log}"
        " (send it to support if it happens again)."
    ).format(what=f"{type(exc).__name__}: {exc}", log=log_file())


def _sqlite_fault(exc: sqlite3.Error, ws: str) -> str:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return tr(
            "{path} cannot be written (the file or its folder is read-only, or the workspace was"
            " opened read-only because it is damaged); nothing was changed. Allow writing, or"
            " work on a copy."
        ).format(path=ws)
    if "disk is full" in text or "disk full" in text:
        return tr(
            "the disk holding {path} is full; nothing was changed. Free some space and try again."
        ).format(path=ws)
    if "locked" in text or "busy" in text:
        return tr(
            "{path} is busy: another program kept it locked for more than {seconds} seconds;"
            " nothing was changed. Close the other program (or wait for it) and try again."
        ).format(path=ws, seconds=BUSY_TIMEOUT_MS // 1000)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return tr(
            "{path} is damaged or is not a workspace ({error}); nothing was written to it."
            " Restore it from a backup (name.vN.bak.omniprint beside it, or your own copy)."
        ).format(path=ws, error=exc)
    if "unable to open" in text:
        return tr(
            "{path} cannot be opened ({error}): check that its folder exists and that you may"
            " read and write there (SQLite keeps two files beside the workspace)."
        ).format(path=ws, error=exc)
    if "i/o" in text or "disk i/o" in text:
        return tr(
            "reading or writing {path} failed ({error}); nothing was changed. Check the disk"
            " (or the network folder) and try again."
        ).format(path=ws, error=exc)
    return tr("{path}: the database reported an error ({error}); nothing was changed.").format(
        path=ws, error=exc
    )


def _os_fault(exc: OSError) -> str:
    path = exc.filename or tr("a file")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return tr(
            "the disk is full writing {path}; nothing was replaced. Free some space and try again."
        ).format(path=path)
    if exc.errno == errno.EFBIG:
        return tr(
            "{path} grew larger than this disk or your account allows; nothing was replaced."
            " Write it to another disk or ask for the limit to be raised."
        ).format(path=path)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return tr(
            "permission denied for {path}: choose a file or folder you may write to, or change"
            " its permissions."
        ).format(path=path)
    if exc.errno == errno.EROFS:
        return tr("{path} is on a read-only disk: choose another place.").format(path=path)
    if exc.errno == errno.EISDIR:
        return tr("{path} is a folder where a file was expected: give a file name.").format(
            path=path
        )
    if exc.errno == errno.ENOTDIR:
        return tr(
            "{path}: a part of this path is a file where a folder was expected; check the path."
        ).format(path=path)
    if exc.errno == errno.ENOENT:
        return tr("{path}: no such file or folder; check the path.").format(path=path)
    return tr("{path}: {error}; nothing more was done.").format(
        path=path, error=exc.strerror or exc
    )


def log_fault(exc: BaseException, context: str = "") -> None:
    """Put `exc` and its traceback in the log (as a warning when it is a user-facing error)."""
    if isinstance(exc, OmniPrintError):
        log.warning("%s%s", context, exc)
    else:
        log.error("%s%s", context, exc, exc_info=(type(exc), exc, exc.__traceback__))


class FaultError(OmniPrintError):
    """An unexpected fault, reworded for the user (the original is its `__cause__`)."""


def as_user_error(exc: BaseException, workspace: str | Path | None = None) -> OmniPrintError:
    """`exc` itself when it is already written for the user, else a `FaultError` saying it in
    one sentence (logged with its traceback first)."""
    if isinstance(exc, OmniPrintError):
        return exc
    log_fault(exc)
    error = FaultError(describe_fault(exc, workspace))
    error.__cause__ = exc
    return error
