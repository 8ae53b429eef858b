"""The workspace file: creation, refusal of foreign or newer files, migrations, two writers."""

from __future__ import annotations

import hashlib
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from omniprint.domain.errors import WorkspaceError
from omniprint.storage import schema
from omniprint.storage import workspace as wsmod
from omniprint.storage.workspace import APPLICATION_ID, SCHEMA_VERSION, Workspace
from support.processes import write_settings


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_has_wal_foreign_keys_and_version(ws: Workspace) -> None:
    assert ws.one("PRAGMA journal_mode")[0] == "wal"
    assert ws.one("PRAGMA foreign_keys")[0] == 1
    assert ws.one("PRAGMA user_version")[0] == SCHEMA_VERSION
    assert ws.one("PRAGMA application_id")[0] == APPLICATION_ID
    assert ws.one("PRAGMA busy_timeout")[0] >= 5000


def test_reopening_keeps_data(ws_path: Path) -> None:
    with Workspace.open(ws_path) as ws, ws.transaction():
        ws.conn.execute("INSERT INTO setting VALUES ('business.name', 'Horno Sol')")
    with Workspace.open(ws_path) as ws:
        assert ws.one("SELECT value FROM setting")[0] == "Horno Sol"


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.omniprint"
    path.write_text("these are my notes\n")
    before = _digest(path)
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(path)
    assert str(err.value) == (
        f"{path}: this is not an OmniPrint workspace (not an SQLite database);"
        " it was left untouched"
    )
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.omniprint"]


def test_other_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(WorkspaceError, match="an SQLite database but not an OmniPrint workspace"):
        Workspace.open(path)
    assert _digest(path) == before


def test_newer_workspace_is_refused_untouched(ws_path: Path) -> None:
    Workspace.open(ws_path).close()
    conn = sqlite3.connect(ws_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _digest(ws_path)
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(ws_path)
    assert "written by a newer version of OmniPrint" in str(err.value)
    assert f"schema {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}" in str(
        err.value
    )
    assert _digest(ws_path) == before


def test_missing_workspace_without_create(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match=r"no workspace at .*create one with `omniprint init`"):
        Workspace.open(tmp_path / "none.omniprint", create=False)


def test_migration_backs_up_then_upgrades(ws_path: Path, monkeypatch) -> None:
    Workspace.open(ws_path).close()
    with Workspace.open(ws_path) as ws, ws.transaction():
        ws.conn.execute("INSERT INTO setting VALUES ('k', 'v')")

    def add_column(db) -> None:
        db.execute("ALTER TABLE setting ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(wsmod, "MIGRATIONS", [*schema.MIGRATIONS, add_column])
    monkeypatch.setattr(wsmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Workspace.open(ws_path) as ws:
        assert ws.schema_version == SCHEMA_VERSION + 1
        assert ws.one("SELECT value, note FROM setting")[:] == ("v", "")
    backup = ws_path.with_name(f"shop.v{SCHEMA_VERSION}.bak.omniprint")
    assert backup.exists()
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT value FROM setting").fetchone()[0] == "v"
    old.close()


def test_failed_migration_leaves_old_version(ws_path: Path, monkeypatch) -> None:
    Workspace.open(ws_path).close()

    def broken(db) -> None:
        db.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(wsmod, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(wsmod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(RuntimeError):
        Workspace.open(ws_path)
    conn = sqlite3.connect(ws_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()


def test_two_processes_writing_at_once(ws_path: Path) -> None:
    Workspace.open(ws_path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=write_settings, args=(str(ws_path), w, 150)) for w in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    with Workspace.open(ws_path) as ws:
        assert ws.one("SELECT count(*) FROM setting")[0] == 300
        assert ws.one("PRAGMA integrity_check")[0] == "ok"
        # Each write saw every earlier one: the counts written are 0..299, each once.
        assert sorted(int(r[0]) for r in ws.query("SELECT value FROM setting")) == list(range(300))


def test_save_a_copy_is_a_consistent_workspace(ws: Workspace, tmp_path: Path) -> None:
    from omniprint.services.workspace import save_copy

    with ws.transaction():
        ws.conn.execute("INSERT INTO setting VALUES ('k', 'v')")
    copy = save_copy(ws, tmp_path / "copy.omniprint")
    with Workspace.open(copy) as other:
        assert other.one("SELECT value FROM setting WHERE key = 'k'")[0] == "v"


def test_a_long_statement_stops_when_cancelled(ws_path: Path) -> None:
    import threading
    import time

    from omniprint.domain.errors import Cancelled
    from omniprint.domain.tasks import CancelToken

    count = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"
    with Workspace.open(ws_path) as ws:
        token = CancelToken()
        threading.Timer(0.2, token.cancel).start()
        started = time.perf_counter()
        with pytest.raises(Cancelled), ws.transaction(), ws.cancellable(token):
            ws.conn.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')")
            ws.one(count)  # endless without the cancel
        assert time.perf_counter() - started < 30
        assert ws.one("SELECT COUNT(*) FROM setting WHERE key = 'k'")[0] == 0  # rolled back
        ws.conn.execute("SELECT 1")  # the connection still works, without the handler
        with ws.cancellable(CancelToken()):
            assert ws.one("SELECT COUNT(*) FROM (SELECT 1 UNION SELECT 2)")[0] == 2


def test_ctrl_c_stops_a_long_statement_of_the_command_line(ws_path: Path) -> None:
    import os
    import signal
    import threading

    from omniprint.cli.main import _ctrl_c_cancels
    from omniprint.domain.errors import Cancelled
    from omniprint.domain.tasks import CancelToken

    count = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"
    token = CancelToken()
    with Workspace.open(ws_path) as ws:
        threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()
        with pytest.raises(Cancelled), _ctrl_c_cancels(token), ws.cancellable(token):
            ws.one(count)  # endless: only Ctrl+C ends it
    assert token.cancelled
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_record_key_becomes_an_index_and_keeps_what_points_at_records(
    ws_path: Path, monkeypatch
) -> None:
    """The migration that rebuilds the record table (its unique key becomes an index) keeps
    every record with its id, and what points at them: nothing cascades while it runs."""
    before = schema.MIGRATIONS.index(schema._written_in_bulk)
    with monkeypatch.context() as m:
        m.setattr(wsmod, "MIGRATIONS", schema.MIGRATIONS[:before])
        m.setattr(wsmod, "SCHEMA_VERSION", before)
        with Workspace.open(ws_path) as ws, ws.transaction():
            ws.conn.execute(
                "INSERT INTO import_file (id, file_name, sha256, preset, imported_at)"
                " VALUES (7, 'till.csv', 'abc', 'generic', '2026-01-01')"
            )
            for rid, key in ((10, "T1"), (11, "T2")):
                ws.conn.execute(
                    "INSERT INTO response (id, import_id, kind, source, natural_key, line,"
                    " occurred_at, code_key) VALUES (?, 7, 'redemption', 'generic', ?, ?,"
                    " '2026-01-02T00:00:00', 'ABC')",
                    (rid, key, rid),
                )
            ws.conn.execute("INSERT INTO response_code VALUES (10, 1, 'x-y', 'XY')")
            ws.conn.execute("INSERT INTO review_decision VALUES (11, 'dismiss', NULL, 'now')")
            ws.conn.execute("INSERT INTO attribution (response_id, status) VALUES (10, 'x')")
    with Workspace.open(ws_path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        table = ws.one("SELECT sql FROM sqlite_master WHERE name = 'response'")[0]
        assert "UNIQUE" not in table
        assert [r[0] for r in ws.query("SELECT id FROM response ORDER BY id")] == [10, 11]
        assert ws.one("SELECT COUNT(*) FROM response_code")[0] == 1
        assert ws.one("SELECT COUNT(*) FROM review_decision")[0] == 1
        assert ws.one("SELECT COUNT(*) FROM attribution")[0] == 1
        assert ws.one("PRAGMA foreign_keys")[0] == 1
        with pytest.raises(sqlite3.IntegrityError, match="natural_key"):
            ws.conn.execute(
                "INSERT INTO response (import_id, kind, source, natural_key, line, occurred_at)"
                " VALUES (7, 'redemption', 'generic', 'T1', 3, '2026-01-02')"
            )
        with ws.transaction():  # the records' children still follow them
            ws.conn.execute("DELETE FROM import_file WHERE id = 7")
        tables = ("response", "response_code", "review_decision", "attribution")
        counts = [ws.one(f"SELECT COUNT(*) FROM {t}")[0] for t in tables]
        assert counts == [0, 0, 0, 0]


def test_attribution_follows_what_it_points_at(ws: Workspace, tmp_path: Path) -> None:
    """The attribution has no foreign keys (it is written in bulk, from rows that exist); its
    triggers do what their ON DELETE did: a code that goes leaves its uses without a code, a
    campaign that goes takes its attribution along, and so does a record."""
    from omniprint.services import imports, plan
    from support.reconcile import two_variant_campaign

    issued = two_variant_campaign(ws)
    till = tmp_path / "till.csv"
    rows = [f"2026-10-{i % 28 + 1:02d},T{i},{code},12.50" for i, code in enumerate(issued[:40])]
    till.write_text("date,receipt,code,amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    imports.import_file(ws, till)
    assert ws.one("SELECT COUNT(code_id) FROM attribution")[0] == 40
    one = ws.one("SELECT code_id, response_id FROM attribution LIMIT 1")
    with ws.transaction():
        ws.conn.execute("DELETE FROM response WHERE id = ?", (one[1],))
    assert ws.one("SELECT COUNT(*) FROM attribution WHERE response_id = ?", (one[1],))[0] == 0
    with ws.transaction():
        ws.conn.execute("DELETE FROM code WHERE id != ?", (one[0],))
    assert ws.one("SELECT COUNT(*), COUNT(code_id) FROM attribution")[:] == (39, 0)
    plan.delete_campaign(ws, "otono-2026")
    assert ws.one("SELECT COUNT(*) FROM attribution")[0] == 0
