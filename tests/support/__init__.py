"""What the tests share, so that no test module imports another.

pyproject.toml puts ``tests/`` on ``sys.path`` (``pythonpath``), so a test in any folder writes
``from support.reconcile import two_variant_campaign``; the paths below hold wherever the test
file sits.
"""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent  # the repository: README.md, scripts/, packaging/, src/
SRC = ROOT / "src"
PACKAGE = SRC / "omniprint"
FIXTURES = TESTS / "fixtures"  # sample files the tests read (exports, designs, ...)
