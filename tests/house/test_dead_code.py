"""No dead code in src: vulture finds what nothing uses (names used after all: the whitelist)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import ROOT

WHITELIST = Path(__file__).with_name("vulture_whitelist.py")


def _vulture(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vulture", *map(str, paths), "--min-confidence", "80"],
        capture_output=True,
        text=True,
        check=False,
    )


def test_no_dead_code_in_src() -> None:
    run = _vulture(ROOT / "src", WHITELIST)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_check_finds_dead_code(tmp_path: Path) -> None:
    (tmp_path / "dead.py").write_text("import os\n\ndef f():\n    return 1\n    print('never')\n")
    run = _vulture(tmp_path)
    assert run.returncode != 0 and "unused import 'os'" in run.stdout
    assert "unreachable code" in run.stdout
