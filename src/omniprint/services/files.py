"""Writing files the user asked for: all or nothing, never over a workspace, and CSV that is safe
in a spreadsheet.

Every output goes through `atomic_output` (a stream) or `atomic_path` (a path for a writer that
wants one, such as the PDF renderer). Both refuse a target that is an open workspace, its `-wal`
or `-shm`, one of its backups or any database file; write beside the target under a temporary
name; flush the file to disk; then rename it into place. A failure, a cancel or a signal leaves
the target as it was, and the temporary file is removed (or, after a kill, by the next run).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import re
import secrets
import socket
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from omniprint.domain.errors import Cancelled, OmniPrintError, ValidationError
from omniprint.domain.i18n import tr
from omniprint.domain.tasks import CancelToken
from omniprint.storage.workspace import (
    COMPANION_SUFFIXES,
    SQLITE_MAGIC,
    backup_name_pattern,
    open_workspace_paths,
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")

# Our temporary files: `.NAME.HOST-PID-RANDOM.omniprint-tmp`; and what a writer makes beside one
# of them: the renderer's (`.` + that name + `.` + 8 characters, from tempfile.mkstemp), the zip
# writer's (`.` + that name + `.part`), SQLite's journal while a copy is made (`-journal`).
TEMP_SUFFIX = ".omniprint-tmp"
_TEMP_NAME = re.compile(
    r"^\.{1,2}.+\.(?P<host>[0-9a-f]{4})-(?P<pid>\d+)-[0-9a-z]{6}"
    + re.escape(TEMP_SUFFIX)
    + r"(?:\.[a-z0-9_]{8}|\.part|-journal|-wal|-shm)?$"
)
# A temporary file of a dead process is left alone this long (a slow network folder may show a
# file late); one from another computer on a shared folder, a day.
STALE_SECONDS = 60
STALE_OTHER_HOST_SECONDS = 24 * 3600


# Tokens that, once cancelled, abandon every output still being written (the CLI registers its
# own for a run: a stop signal swallowed by some library's bare `except:` still stops the rename).
_abandon_tokens: list[CancelToken] = []


@contextlib.contextmanager
def outputs_abandoned_on(token: CancelToken) -> Iterator[None]:
    """While the block runs, no output is renamed into place once `token` is cancelled."""
    _abandon_tokens.append(token)
    try:
        yield
    finally:
        _abandon_tokens.remove(token)


class OutputRefused(ValidationError):
    """The target of an output is a file that must not be replaced (a workspace and its kin)."""


def safe_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe.

    Only text is touched: numbers, and text that is just a number such as `-12.50`, stay numbers.
    """
    if (
        isinstance(value, str)
        and value.startswith(_FORMULA_START)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


# The guard -------------------------------------------------------------------------------------


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


def _same_file(a: Path, b: Path) -> bool:
    """Same resolved path, or the same file under another name (a hard link: device and inode)."""
    if _resolved(a) == _resolved(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def protected_reason(
    target: str | Path,
    *,
    workspaces: Sequence[str | Path] = (),
    replace_database: bool = False,
) -> str | None:
    """Why `target` must not be written, or None when it may be.

    Protected: every workspace this process has open (and those in `workspaces`), their `-wal`,
    `-shm` and `-journal` files, their backups (`name.vN.bak.omniprint`); and, unless
    `replace_database`, any existing file that is an SQLite database."""
    target = Path(target).expanduser()
    opened = [*open_workspace_paths(), *(Path(w).expanduser() for w in workspaces if w)]
    for ws in opened:
        if _resolved(target) == _resolved(ws):
            return tr(
                "{target} is the open workspace: writing there would destroy it; choose another "
                "file name"
            ).format(target=target)
        if _same_file(target, ws):
            return tr(
                "{target} is another name (a link) for the open workspace {workspace}: writing "
                "there would destroy it; choose another file name"
            ).format(target=target, workspace=ws)
        for extra in COMPANION_SUFFIXES:
            if _same_file(target, Path(f"{ws}{extra}")):
                return tr(
                    "{target} is the {kind} file SQLite keeps beside the workspace {workspace}: "
                    "writing there would damage the workspace; choose another file name"
                ).format(target=target, kind=extra.lstrip("-"), workspace=ws)
        target_real, ws_real = _resolved(target), _resolved(ws)
        if target_real.parent == ws_real.parent and backup_name_pattern(ws_real).fullmatch(
            target_real.name
        ):
            return tr(
                "{target} is a backup of the workspace {workspace}: it is kept to restore your "
                "work; choose another file name"
            ).format(target=target, workspace=ws)
    if not replace_database and _is_database(target):
        return tr(
            "{target} is a database (an OmniPrint workspace or a backup of one): an export "
            "never replaces it; choose another file name"
        ).format(target=target)
    return None


def check_output_target(
    target: str | Path,
    *,
    workspaces: Sequence[str | Path] = (),
    replace_database: bool = False,
) -> Path:
    """Raise `OutputRefused` (with why) when `target` must not be written; else return it."""
    reason = protected_reason(target, workspaces=workspaces, replace_database=replace_database)
    if reason:
        raise OutputRefused(reason)
    target = Path(target).expanduser()
    if target.is_dir():
        raise OmniPrintError(tr("{path} is a folder: give a file name").format(path=target))
    if not target.parent.exists():
        raise OmniPrintError(tr("{path}: no such folder").format(path=target.parent))
    return target


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    # A WAL file starts with its own magic number (0x377f0682 or 0x377f0683).
    return head == SQLITE_MAGIC or head[:4] in (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")


# Temporary files -------------------------------------------------------------------------------


def _host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]


def temp_name_for(target: Path) -> Path:
    """A fresh temporary name beside `target`, ours by its shape (see `remove_stale_temps`)."""
    tag = f"{_host_tag()}-{os.getpid()}-{secrets.token_hex(3)}"
    return target.with_name(f".{target.name}.{tag}{TEMP_SUFFIX}")


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill would end the process there: trust the age alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, owned by someone else
        return True
    return True


def remove_stale_temps(folder: str | Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files a killed run of ours left in `folder`; returns them.

    Only names of our own shape are touched, and only when the process that made them is gone
    (same computer) and the file has not changed for a while; a file from another computer on a
    shared folder only after a day. Anything else is left alone."""
    now = time.time() if now is None else now
    removed = []
    here = _host_tag()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        found = _TEMP_NAME.match(entry.name)
        if not found:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = int(found["pid"])
        if found["host"] == here:
            stale = age > STALE_SECONDS and pid != os.getpid() and not _pid_alive(pid)
        else:
            stale = age > STALE_OTHER_HOST_SECONDS
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no handle on a folder to flush)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _new_file_mode(tmp: Path) -> int:
    """Create `tmp` empty, as `open()` would (0666 less the umask), and return its mode: the
    mode the finished file gets (a writer that makes its own 0600 temporary file loses it)."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    return os.stat(tmp).st_mode & 0o7777


def _finish(tmp: Path, target: Path, mode: int) -> None:
    os.chmod(tmp, mode)
    with open(tmp, "rb+") as handle:  # flush what the writer wrote, before the rename shows it
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    _fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_path(
    path: str | Path,
    *,
    workspaces: Sequence[str | Path] = (),
    replace_database: bool = False,
) -> Iterator[Path]:
    """A temporary path beside `path` for a writer that wants a path; it replaces `path` only
    when the block ends well. The target is checked first (see `check_output_target`)."""
    target = check_output_target(path, workspaces=workspaces, replace_database=replace_database)
    remove_stale_temps(target.parent)
    tmp = temp_name_for(target)
    try:
        mode = _new_file_mode(tmp)
        with contextlib.suppress(OSError):  # replacing a file keeps its permissions
            mode = os.stat(target).st_mode & 0o7777
        yield tmp
        if any(token.cancelled for token in _abandon_tokens):
            raise Cancelled()
        _finish(tmp, target, mode)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.filename in (None, str(tmp)):
            exc.filename = str(target)  # the user knows the file they asked for, not ours
        raise


@contextlib.contextmanager
def atomic_output(
    path: str | Path, mode: str = "w", *, workspaces: Sequence[str | Path] = ()
) -> Iterator[IO]:
    """Write to `path` through a temporary file that replaces it only when everything went well,
    so a failure or a cancel never leaves a half-written file under the name the user chose."""
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    with atomic_path(path, workspaces=workspaces) as tmp, open(tmp, mode, **kwargs) as handle:
        yield handle


def write_csv(path: str | Path, header: list[str], rows: Iterable[Iterable[object]]) -> int:
    """Write a UTF-8 CSV (with BOM, so Excel reads accents right); returns the number of rows."""
    count = 0
    with atomic_output(path) as handle:
        handle.write("\ufeff")
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count
