"""The layers of ARCHITECTURE.md, checked: imports only point down, and the core knows no Qt."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from support import PACKAGE

# Highest first, as in ARCHITECTURE.md's table.
LAYERS = ["gui", "cli", "services", "render", "ingest", "storage", "domain"]
NEVER = {
    "cli": {"PySide6"},
    "services": {"PySide6"},
    "render": {"PySide6", "omniprint.storage"},
    "ingest": {"PySide6", "reportlab"},
    "storage": {"PySide6", "reportlab"},
    "domain": {"PySide6", "reportlab", "segno", "sqlite3", "sqlite_utils", "platformdirs"},
}


# The faces ask the services and read the domain; nothing else of ours (ARCHITECTURE.md's table).
FACES = {"gui", "cli"}
FACE_MAY_IMPORT = ("omniprint.services", "omniprint.domain")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations(layer: str) -> list[str]:
    rank = LAYERS.index(layer)
    above = {f"omniprint.{name}" for name in LAYERS[:rank]}
    banned = NEVER.get(layer, set())
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for line, module in _imports(path):
            hits = [m for m in above | banned if module == m or module.startswith(m + ".")]
            if layer in FACES and _face_may_not(layer, module):
                hits.append(module)
            if hits:
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return bad


def _face_may_not(face: str, module: str) -> bool:
    """Whether a face (gui or cli) reaches past the services into storage, ingest or render."""
    if module != "omniprint" and not module.startswith("omniprint."):
        return False
    allowed = (*FACE_MAY_IMPORT, f"omniprint.{face}")
    return module != "omniprint" and not any(
        module == a or module.startswith(a + ".") for a in allowed
    )


@pytest.mark.parametrize("layer", LAYERS)
def test_no_upward_imports(layer: str) -> None:
    assert _violations(layer) == []


def test_the_check_catches_an_upward_import(tmp_path: Path, monkeypatch) -> None:
    """The rule itself must be able to fail: a domain module importing storage is caught."""
    fake = tmp_path / "omniprint"
    (fake / "domain").mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text("from omniprint.storage import plan\nimport PySide6\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert len(_violations("domain")) == 2


@pytest.mark.parametrize("face", sorted(FACES))
def test_a_face_reaching_past_the_services_is_caught(
    face: str, tmp_path: Path, monkeypatch
) -> None:
    """gui and cli import only services and domain: storage, ingest and render are refused."""
    fake = tmp_path / "omniprint"
    (fake / face).mkdir(parents=True)
    (fake / face / "bad.py").write_text(
        "from omniprint.storage.workspace import Workspace\n"
        "import omniprint.ingest.table\n"
        "def later():\n"
        "    from omniprint.render.pdf import PrintOptions\n"
        "from omniprint.services.workspace import Workspace\n"
        "from omniprint.domain.plan import Zone\n"
        f"from omniprint.{face} import tasks\n"
        "from omniprint import __version__\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert [v.split(" imports ")[1] for v in _violations(face)] == [
        "omniprint.storage.workspace",
        "omniprint.ingest.table",
        "omniprint.render.pdf",
    ]
