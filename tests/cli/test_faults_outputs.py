"""Outputs never replace a workspace, files appear whole with the user's permissions, a stop
signal leaves nothing behind, and a missing, empty or damaged workspace is a message: each
driven through the CLI, with the exit code, the message and the files' bytes checked."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from omniprint.cli.main import main
from omniprint.services import files
from omniprint.services.demo import create_demo
from support import SRC

CAMPAIGN = "primavera-2027"
POSIX = os.name == "posix"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace (codes, imports, a design), with a redirect base for links export."""
    path = create_demo(tmp_path_factory.mktemp("sample") / "sample.omniprint")
    base = ["--workspace", str(path), "campaign", "set", CAMPAIGN]
    assert main([*base, "--redirect-base", "https://hornodelaplaza.es/r/"]) == 0
    return path


@pytest.fixture
def ws(sample: Path, tmp_path: Path, capsys) -> Path:
    """A fresh copy of the sample, in its own folder."""
    folder = tmp_path / "work"
    folder.mkdir()
    target = folder / "shop.omniprint"
    shutil.copyfile(sample, target)
    capsys.readouterr()
    return target


def run(ws: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(ws), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


OUTPUTS = {
    "codes export": ["codes", "export", CAMPAIGN, "--out"],
    "links export": ["links", "export", CAMPAIGN, "--format", "nginx", "--out"],
    "design export": ["design", "export", CAMPAIGN, "--piece", "folleto-dl", "--variant", "A",
                      "--out"],
    "export": ["export", CAMPAIGN, "--piece", "folleto-dl", "--variant", "A", "--zone", "46004",
               "--out"],
    "package": ["package", CAMPAIGN, "--piece", "folleto-dl", "--variant", "A", "--out"],
    "report pdf": ["report", CAMPAIGN, "--out"],
    "imports original": ["imports", "original", "1", "--out"],
}  # fmt: skip


def _protected(ws: Path, kind: str) -> tuple[Path, str]:
    """A target of `kind` next to `ws` and the words the refusal must use."""
    if kind == "workspace":
        return ws, "is the open workspace"
    if kind in ("wal", "shm"):
        return Path(f"{ws}-{kind}"), "SQLite keeps beside the workspace"
    if kind == "backup":
        backup = ws.with_name("shop.v3.bak.omniprint")
        shutil.copyfile(ws, backup)
        return backup, "is a backup of the workspace"
    if kind == "hard link":
        alias = ws.with_name("codes.csv")
        os.link(ws, alias)
        return alias, "is another name (a link) for the open workspace"
    if kind == "symlink":
        alias = ws.with_name("codes.csv")
        alias.symlink_to(ws)
        return alias, "is the open workspace"  # a symbolic link resolves to it
    raise AssertionError(kind)


KINDS = ["workspace", "wal", "shm", "backup"] + (["hard link", "symlink"] if POSIX else [])


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", sorted(OUTPUTS))
def test_no_output_replaces_the_workspace_or_its_kin(ws: Path, capsys, command: str, kind: str):
    target, words = _protected(ws, kind)
    before = {p.name: digest(p) for p in ws.parent.iterdir() if p.is_file()}
    code, out, err = run(ws, capsys, *OUTPUTS[command], str(target))
    assert code == 1, out + err
    assert err.startswith("omniprint: error: ") and words in err
    after = {p.name: digest(p) for p in ws.parent.iterdir() if p.is_file()}
    assert after == before  # the workspace, its backup: byte for byte; nothing new left


def test_demo_out_refuses_the_workspace_and_its_backup(ws: Path, capsys):
    before = digest(ws)
    code, _, err = run(ws, capsys, "demo", "--out", str(ws), "--force")
    assert code == 1 and "is the open workspace" in err
    backup, _ = _protected(ws, "backup")
    code, _, err = run(ws, capsys, "demo", "--out", str(backup), "--force")
    assert code == 1 and "is a backup of the workspace" in err
    assert digest(ws) == before


def test_an_export_never_replaces_another_database(ws: Path, tmp_path: Path, capsys):
    other = tmp_path / "other.omniprint"
    assert main(["--workspace", str(other), "init"]) == 0
    before = digest(other)
    code, _, err = run(ws, capsys, "codes", "export", CAMPAIGN, "--out", str(other))
    assert code == 1 and "is a database" in err
    assert digest(other) == before


@pytest.mark.skipif(not POSIX, reason="umask and permission bits are POSIX")
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_new_files_follow_the_umask(ws: Path, tmp_path: Path, capsys, umask: int, mode: int):
    old = os.umask(umask)
    try:
        outs = {
            "codes.csv": ["codes", "export", CAMPAIGN],
            "leaflet.pdf": OUTPUTS["export"][:-1],
            "report.pdf": ["report", CAMPAIGN],
            "original.csv": ["imports", "original", "1"],
        }
        for name, args in outs.items():
            code, out, err = run(ws, capsys, *args, "--out", str(tmp_path / name))
            assert code == 0, out + err
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == mode, name
    finally:
        os.umask(old)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporary_files_of_ours_are_removed_on_the_next_run(
    ws: Path, tmp_path: Path, capsys
):
    out = tmp_path / "codes.csv"
    ours = files.temp_name_for(out).name
    dead = ours.replace(f"-{os.getpid()}-", f"-{_dead_pid()}-")
    alive = ours.replace(f"-{os.getpid()}-", f"-{os.getppid()}-")
    names = {
        dead: False,  # left by a killed run: removed
        f".{dead}.k3j4h5g6": False,  # the renderer's own temporary file inside it: removed
        f".{dead}.part": False,  # the zip writer's: removed
        f"{dead}-journal": False,  # SQLite's, while a copy of the workspace was made: removed
        alive: True,  # its process still runs: kept
        ".codes.csv.part": True,  # not our shape: kept
        "codes.csv.omniprint-tmp": True,
    }
    old = time.time() - 3600
    for name in names:
        (tmp_path / name).write_bytes(b"half a file")
        os.utime(tmp_path / name, (old, old))
    fresh = ours.replace(f"-{os.getpid()}-", f"-{_dead_pid()}-").replace(ours[-20:-14], "zzzzzz")
    (tmp_path / fresh).write_bytes(b"just made")  # too recent to judge: kept
    names[fresh] = True
    code, _, err = run(ws, capsys, "codes", "export", CAMPAIGN, "--out", str(out))
    assert code == 0, err
    for name, kept in names.items():
        assert (tmp_path / name).exists() == kept, name


@pytest.mark.skipif(not POSIX, reason="SIGTERM and SIGHUP are POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_during_an_export_leaves_nothing_behind(ws: Path, tmp_path: Path, signum):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    args = [*OUTPUTS["export"][:-3], "--out", str(out_dir / "leaflet.pdf")]  # the whole variant
    proc = subprocess.Popen(
        [sys.executable, "-m", "omniprint", "--workspace", str(ws), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not list(out_dir.iterdir()) and proc.poll() is None:
            assert time.monotonic() < deadline, "the export never started writing"
            time.sleep(0.05)
        assert proc.poll() is None, "the export ended before it could be stopped"
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 128 + signum, err
    assert "stopped: nothing was changed" in err and "Traceback" not in err
    assert list(out_dir.iterdir()) == []


READ_COMMANDS = [
    ["campaign", "list"],
    ["plan", "show", CAMPAIGN],
    ["report", CAMPAIGN],
    ["codes", "export", CAMPAIGN, "--out", "codes.csv"],
    ["campaign", "create", "Otoño", "--landing-url", "https://example.es/"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_workspace_that_is_not_there_is_named_and_nothing_is_made(
    tmp_path: Path, capsys, monkeypatch, args: list[str]
):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo" / "shop.omniprint"
    code, _, err = run(missing, capsys, *args)
    assert code == 1
    assert f"no workspace at {missing}; create one with `omniprint init`" in err
    assert list(tmp_path.iterdir()) == []  # no folder, no file
    code, _, err = run(tmp_path / "shop.omniprint", capsys, *args)
    assert code == 1 and "no workspace at" in err
    assert list(tmp_path.iterdir()) == []


def test_init_makes_the_workspace_a_read_command_then_opens(tmp_path: Path, capsys):
    path = tmp_path / "new" / "shop.omniprint"
    assert run(path, capsys, "init")[0] == 0
    assert run(path, capsys, "campaign", "list")[0] == 0


def test_an_empty_file_is_not_made_a_workspace_by_a_read(tmp_path: Path, capsys):
    empty = tmp_path / "shop.omniprint"
    empty.touch()
    code, _, err = run(empty, capsys, "campaign", "list")
    assert code == 1 and "is an empty file, not a workspace" in err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.omniprint"]
    assert run(empty, capsys, "init")[0] == 0  # asked for: made a workspace
    assert empty.stat().st_size > 0


def test_a_folder_given_as_the_workspace(tmp_path: Path, capsys):
    for command in (["campaign", "list"], ["init"]):
        code, _, err = run(tmp_path, capsys, *command)
        assert code == 1 and "is a folder, not a workspace file" in err
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys):
    notes = tmp_path / "notes.omniprint"
    notes.write_text("shopping list\n", encoding="utf-8")
    for command in (["campaign", "list"], ["init"]):
        code, _, err = run(notes, capsys, *command)
        assert code == 1 and "not an OmniPrint workspace" in err and "untouched" in err
    assert notes.read_text(encoding="utf-8") == "shopping list\n"


def _damage(path: Path) -> None:
    """Overwrite a run of pages in the middle of the file, as a bad disk or a stray write would."""
    with sqlite3.connect(path) as db:
        page = db.execute("PRAGMA page_size").fetchone()[0]
        pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    with path.open("r+b") as handle:
        handle.seek(page * (pages // 3))
        handle.write(b"\xa5" * page * (pages // 3))


def test_a_damaged_workspace_is_opened_read_only_with_a_message(ws: Path, tmp_path: Path, capsys):
    _damage(ws)
    before = digest(ws)
    _, _, err = run(ws, capsys, "campaign", "list")
    assert "is damaged" in err and "opened read-only" in err and "Restore it" in err
    code, _, err = run(
        ws, capsys, "campaign", "create", "Otoño", "--landing-url", "https://example.es/"
    )
    assert code == 1
    assert err.count("omniprint: error: ") == 1 and "nothing was" in err
    run(ws, capsys, "codes", "export", CAMPAIGN, "--out", str(tmp_path / "c.csv"))
    assert digest(ws) == before
    assert not Path(f"{ws}-wal").exists() or Path(f"{ws}-wal").stat().st_size == 0


@pytest.mark.skipif(not POSIX or os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_workspace_file(ws: Path, capsys):
    ws.chmod(0o444)
    before = digest(ws)
    code, _, err = run(
        ws, capsys, "campaign", "create", "Otoño", "--landing-url", "https://example.es/"
    )
    assert code == 1 and "cannot be written" in err and str(ws) in err
    assert digest(ws) == before


@pytest.mark.skipif(not POSIX, reason="file size limits (RLIMIT_FSIZE) are POSIX")
def test_a_full_disk_during_imports_original_leaves_the_old_file(ws: Path, tmp_path: Path, capsys):
    """The disk fills up half way through (a file size limit stands in for it): the existing
    file is kept as it was, no temporary file is left, and the message names the file."""
    till = tmp_path / "caja.csv"
    rows = [
        f"09/03/2027;11:{n % 60:02d};T9-{n:06d};PRI-XXXX-{n:04d};7,70 €;Plaza" for n in range(1500)
    ]
    till.write_text("Fecha;Hora;Ticket;Código;Importe;Tienda\n" + "\n".join(rows) + "\n", "utf-8")
    assert run(ws, capsys, "import", str(till), "--dates", "dmy")[0] == 0
    till.unlink()
    out = tmp_path / "caja-again.csv"
    out.write_text("the previous version\n", encoding="utf-8")
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (60000, 60000))\n"
        "from omniprint.launch import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["--workspace", str(ws), "imports", "original", "4", "--out", str(out)]
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    full = subprocess.run(
        [sys.executable, "-m", "omniprint", *args[:-1], str(tmp_path / "whole.csv")],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert full.returncode == 0 and (tmp_path / "whole.csv").stat().st_size > 60000
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and str(out) in done.stderr
    assert out.read_text(encoding="utf-8") == "the previous version\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caja-again.csv", "whole.csv", "work"]


def test_the_demo_goes_where_workspace_says(tmp_path: Path, capsys):
    target = tmp_path / "mine.omniprint"
    code, out, _ = run(target, capsys, "demo")
    assert code == 0 and str(target) in out and target.stat().st_size > 0
    code, _, err = run(target, capsys, "demo")
    assert code == 1 and "already exists" in err
    assert run(target, capsys, "report", CAMPAIGN)[0] == 0


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "the disk holding shop.omniprint"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written"),
        (sqlite3.OperationalError("database is locked"), "kept it locked for more than 60"),
        (sqlite3.DatabaseError("file is not a database"), "is damaged or is not a workspace"),
        (sqlite3.DatabaseError("database disk image is malformed"), "Restore it from a backup"),
        (sqlite3.OperationalError("unable to open database file"), "check that its folder"),
        (OSError(28, "No space left on device", "out.pdf"), "the disk is full writing out.pdf"),
        (PermissionError(13, "Permission denied", "out.pdf"), "permission denied for out.pdf"),
        (IsADirectoryError(21, "Is a directory", "out"), "out is a folder where a file"),
    ],
    ids=lambda value: value if isinstance(value, str) else type(value).__name__,
)
def test_faults_in_one_sentence(exc: BaseException, words: str):
    from omniprint.services.faults import describe_fault

    text = describe_fault(exc, "shop.omniprint")
    assert words in text and "\n" not in text and "Traceback" not in text


def test_an_unexpected_error_is_a_sentence_and_its_traceback_is_logged(tmp_path, monkeypatch):
    from omniprint.services import logs
    from omniprint.services.faults import as_user_error

    monkeypatch.setenv("OMNIPRINT_LOG_DIR", str(tmp_path / "logs"))
    logs.stop_logging()  # an earlier test's log file, elsewhere
    logs.setup_logging()
    try:
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError as exc:
            error = as_user_error(exc)
    finally:
        logs.stop_logging()
    assert str(error).startswith("unexpected error (RuntimeError: the printer caught fire)")
    assert str(tmp_path / "logs" / logs.LOG_NAME) in str(error)
    logged = (tmp_path / "logs" / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in logged and "the printer caught fire" in logged


@pytest.mark.skipif(not POSIX, reason="permission bits are POSIX")
def test_a_replaced_file_keeps_its_permissions(ws: Path, tmp_path: Path, capsys):
    out = tmp_path / "codes.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert run(ws, capsys, "codes", "export", CAMPAIGN, "--out", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_text(encoding="utf-8-sig").startswith("code,")
