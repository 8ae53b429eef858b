"""The workspace: one SQLite file that holds a whole business.

Opening a workspace checks, before writing a single byte, that the file is an OmniPrint workspace of
a version this program can read; then it backs the file up and migrates it forward if it is older.
Writers take the database's write lock up front (`BEGIN IMMEDIATE`) and wait for each other (busy
timeout), so two processes writing the same workspace queue up instead of failing.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from omniprint.domain.errors import Cancelled, WorkspaceError
from omniprint.domain.i18n import tr
from omniprint.domain.tasks import NEVER_CANCELLED, CancelToken
from omniprint.storage.schema import MIGRATIONS

APPLICATION_ID = 0x4F4D4E50  # "OMNP": marks the file as an OmniPrint workspace
SCHEMA_VERSION = len(MIGRATIONS)
BUSY_TIMEOUT_MS = 60_000
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".omniprint"
_CANCEL_STEPS = 50_000  # SQLite steps between two looks at the cancel token (about a millisecond)
# The files SQLite keeps beside a workspace while it is open.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

# The workspaces this process has open (resolved path -> how many connections), so that no output
# of ours can replace one of them (services.files asks).
_open_paths: Counter[Path] = Counter()
_open_lock = threading.Lock()


def open_workspace_paths() -> list[Path]:
    """The resolved paths of the workspaces this process has open now."""
    with _open_lock:
        return [path for path, count in _open_paths.items() if count > 0]


def backup_name_pattern(path: Path) -> re.Pattern[str]:
    """The names `_backup` gives the copies of `path` before a migration (`shop.v3.bak.omniprint`,
    `shop.v3.bak2.omniprint`)."""
    suffix = path.suffix or SUFFIX
    return re.compile(rf"{re.escape(path.stem)}\.v\d+\.bak\d*{re.escape(suffix)}", re.IGNORECASE)


class Workspace:
    """An open workspace file. Use `Workspace.open(path)`; close it when done (or use `with`)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False)
        self._cancel: CancelToken | None = None
        self.read_only = read_only
        # Why the file was opened read-only (a damaged workspace), for the faces to show.
        self.damaged: str | None = None
        self._close_hooks: list[Callable[[], None]] = []
        self._closed = False
        self._key = _resolved(path)
        with _open_lock:
            _open_paths[self._key] += 1

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> Workspace:
        """Open (and, with `create`, make) the workspace at `path`, migrating it if it is older.

        `read_only` opens an existing file without writing to it at all (no migration, no journal
        change): for a damaged workspace that must never be written into."""
        path = Path(path).expanduser()
        check_path(path, create=create)
        existing = path.exists() and path.stat().st_size > 0
        if existing:
            version = _inspect(path)
        else:
            version = 0
            path.parent.mkdir(parents=True, exist_ok=True)
        if read_only:
            conn = _connect(path, read_only=True)
            return cls(path, conn, read_only=True)
        conn = _connect(path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            if version < SCHEMA_VERSION:
                if existing and version > 0:
                    _backup(conn, path, version)
                _migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def on_close(self, hook: Callable[[], None]) -> None:
        """Call `hook` after the workspace is closed normally (not when the process dies)."""
        self._close_hooks.append(hook)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.conn.close()
        finally:
            with _open_lock:
                _open_paths[self._key] -= 1
                if _open_paths[self._key] <= 0:
                    del _open_paths[self._key]
        for hook in self._close_hooks:
            hook()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing write. Nested calls join the outer transaction (as a savepoint)."""
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def cancellable(self, cancel: CancelToken) -> Iterator[None]:
        """Statements run inside stop within milliseconds when ``cancel`` is set, raising
        `Cancelled` (a long INSERT ... SELECT would otherwise run to its end). Nested calls share
        the outermost token. Use it inside a transaction, which the cancel then rolls back."""
        if cancel is NEVER_CANCELLED or self._cancel is not None:
            yield
            return
        self._cancel = cancel
        # SQLite calls the handler every N virtual-machine steps; non-zero aborts the statement.
        self.conn.set_progress_handler(lambda: cancel.cancelled, _CANCEL_STEPS)
        try:
            yield
        except sqlite3.OperationalError as exc:
            if cancel.cancelled and "interrupt" in str(exc):
                raise Cancelled() from None
            raise
        finally:
            self.conn.set_progress_handler(None, 0)
            self._cancel = None

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def backup_to(self, target: str | Path) -> Path:
        """A consistent copy of the whole workspace (safe while others write)."""
        target = Path(target)
        dest = sqlite3.connect(target)
        try:
            self.conn.backup(dest)
        finally:
            dest.close()
        return target


def check_path(path: Path, *, create: bool) -> None:
    """Refuse, before anything is made, a folder, a missing file (unless `create`) and an empty
    file (unless `create`: `init` may turn an empty file into a workspace, a read never does)."""
    if path.is_dir():
        raise WorkspaceError(
            tr("{path} is a folder, not a workspace file: give the workspace's file name").format(
                path=path
            )
        )
    if create:
        return
    if not path.exists():
        raise WorkspaceError(
            tr("no workspace at {path}; create one with `omniprint init`").format(path=path)
        )
    if path.stat().st_size == 0:
        raise WorkspaceError(
            tr(
                "{path} is an empty file, not a workspace; it was left untouched (make it a "
                "workspace with `omniprint init`)"
            ).format(path=path)
        )


def quick_check(path: Path) -> str | None:
    """SQLite's `quick_check` of the file, read-only: None when it is sound, else the first
    problem it found, on one line."""
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            rows = [row[0] for row in ro.execute("PRAGMA quick_check(5)")]
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None  # another program is writing it: it will be checked another time
        return str(exc)
    if rows == ["ok"]:
        return None
    # The first problem found says enough for a message ("Page 428: ..."); the check stops at 5.
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")] or lines
    return problems[0]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    target: str | Path = path
    if read_only:
        target = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(
        target,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
        uri=read_only,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Random coupon keys insert all over their index: a larger page cache keeps that in memory.
    conn.execute("PRAGMA cache_size = -131072")
    return conn


def _inspect(path: Path) -> int:
    """The schema version of an existing file, read without changing it; refuses others."""
    with path.open("rb") as handle:
        magic = handle.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise WorkspaceError(
            tr(
                "{path}: this is not an OmniPrint workspace (not an SQLite database); it "
                "was left untouched"
            ).format(path=path)
        )
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            app_id = ro.execute("PRAGMA application_id").fetchone()[0]
            version = ro.execute("PRAGMA user_version").fetchone()[0]
            tables = ro.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            tr(
                "{path}: this file cannot be read as a workspace ({exc}); it was left untouched"
            ).format(path=path, exc=exc)
        ) from exc
    if app_id != APPLICATION_ID and not (app_id == 0 and tables == 0):
        raise WorkspaceError(
            tr(
                "{path}: this is an SQLite database but not an OmniPrint workspace; it "
                "was left untouched"
            ).format(path=path)
        )
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            tr(
                "{path}: this workspace was written by a newer version of OmniPrint "
                "(schema {version}; this version reads up to {SCHEMA_VERSION}). Update "
                "OmniPrint to open it; the file was left untouched."
            ).format(path=path, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    return version


def _backup(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the workspace aside before migrating it: `shop.omniprint` -> `shop.v3.bak.omniprint`."""
    target = path.with_name(f"{path.stem}.v{version}.bak{path.suffix or SUFFIX}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.v{version}.bak{n}{path.suffix or SUFFIX}")
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply pending migrations, each in its own transaction together with the version bump.

    The version is read again under the write lock, so two processes opening an old workspace at
    the same time migrate it once. Foreign keys are off meanwhile (SQLite's way to change a
    table: a migration that rebuilds one drops the old table, which must not cascade to the rows
    that point at it; the rebuilt table keeps their ids).
    """
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        _migrate_all(conn)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _migrate_all(conn: sqlite3.Connection) -> None:
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            db = sqlite_utils.Database(conn, execute_plugins=False)
            MIGRATIONS[version](db)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
