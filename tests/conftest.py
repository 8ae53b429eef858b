"""Shared fixtures. Qt runs offscreen so the suite needs no display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.omniprint"


@pytest.fixture
def ws(ws_path: Path):
    from omniprint.storage.workspace import Workspace

    workspace = Workspace.open(ws_path)
    yield workspace
    workspace.close()
