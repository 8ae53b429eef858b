"""tests/ mirrors the packages of src/omniprint, and no test module imports another.

A test file sits in the folder of the package whose code it mainly tests (``tests/render`` for
``omniprint.render``, ``tests/gui/designer`` may hold tests of ``omniprint.gui.designer``), in
``tests/e2e`` when it drives a whole flow across layers, or in ``tests/house`` when it checks the
repository itself. What tests share lives in ``tests/support`` (imported as ``support``); a test
module importing another, or a helper module beside the tests, is caught here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support import PACKAGE, TESTS

# Folders of tests that mirror no package: whole flows across layers, checks of the repository.
FLOWS = {"e2e", "house"}
# Folders that hold no tests: shared helpers and the sample files they read.
SUPPORT, FIXTURES = "support", "fixtures"
# Python files beside the tests that are not tests: pytest's fixtures, and vulture's whitelist
# (names used after all, read by house/test_dead_code.py).
NOT_TESTS = {"conftest.py", "house/vulture_whitelist.py"}


def _packages(package: Path) -> set[str]:
    """Every package under ``package`` as a path relative to it ("render", "gui/designer")."""
    return {
        init.parent.relative_to(package).as_posix()
        for init in package.rglob("__init__.py")
        if init.parent != package
    }


def _python_files(tests: Path) -> list[Path]:
    return sorted(p for p in tests.rglob("*.py") if "__pycache__" not in p.parts)


def misplaced(tests: Path, package: Path) -> list[str]:
    """Test files outside a mirrored folder, and modules beside the tests that are not tests."""
    allowed = _packages(package) | FLOWS
    found = []
    for path in _python_files(tests):
        rel = path.relative_to(tests)
        folder = rel.parent.as_posix()
        top = rel.parts[0]
        if top == FIXTURES:
            found.append(f"{rel}: fixtures/ holds sample files, not Python")
        elif top == SUPPORT:
            if path.name.startswith("test_"):
                found.append(f"{rel}: a test in support/ (move it to the folder of what it tests)")
        elif path.name.startswith("test_"):
            if folder == ".":
                found.append(f"{rel}: at the root of tests/ (put it in the folder of its package)")
            elif folder not in allowed:
                found.append(f"{rel}: {folder}/ is no package of omniprint, nor e2e/ or house/")
        elif rel.as_posix() not in NOT_TESTS and path.name != "conftest.py":
            found.append(f"{rel}: a helper beside the tests (shared code goes in support/)")
    return found


def _imported(tree: ast.AST) -> list[tuple[int, str, int]]:
    """(line, module, level) of every import in ``tree``, inside functions too."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, node.module or "", node.level))
    return found


def imports_of_tests(tests: Path) -> list[str]:
    """Imports of test code other than ``support``: another test module, a test folder or
    conftest (all importable by name, since ``tests/`` is on ``sys.path``), or a relative one."""
    ours = {p.stem if p.suffix == ".py" else p.name for p in tests.iterdir()} - {SUPPORT}
    found = []
    for path in _python_files(tests):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module, level in _imported(tree):
            rel = path.relative_to(tests)
            top = module.split(".")[0]
            if level:
                found.append(f"{rel}:{line}: relative import (shared code goes in support/)")
            elif top in ours or any(part.startswith("test_") for part in module.split(".")):
                found.append(f"{rel}:{line}: imports {module} (shared code goes in support/)")
    return found


def test_every_test_file_sits_in_the_folder_of_a_package() -> None:
    assert misplaced(TESTS, PACKAGE) == []


def test_every_package_has_a_folder_of_tests() -> None:
    tested = {p.parent.relative_to(TESTS).parts[0] for p in TESTS.rglob("test_*.py")}
    top_level = {name for name in _packages(PACKAGE) if "/" not in name}
    assert top_level - tested == set()


def test_no_test_module_imports_another() -> None:
    assert imports_of_tests(TESTS) == []


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_checks_catch_a_misplaced_file_and_a_test_importing_a_test(tmp_path: Path) -> None:
    package = _tree(tmp_path / "omniprint", {
        "__init__.py": "", "render/__init__.py": "", "gui/__init__.py": "",
        "gui/designer/__init__.py": "",
    })  # fmt: skip
    tests = _tree(tmp_path / "tests", {
        "conftest.py": "",
        "support/__init__.py": "", "support/gui.py": "from support import ROOT\n",
        "support/test_helpers.py": "",
        "fixtures/sample.py": "",
        "test_root.py": "",
        "render/test_pdf.py": "from support.gui import ROOT\n",
        "gui/designer/test_canvas.py": "def test_x():\n    from gui.test_plan import window\n",
        "gui/test_plan.py": "from test_reconcile import campaign\nfrom . import helpers\n",
        "gui/helpers.py": "",
        "utils/test_misc.py": "import conftest\n",
        "house/vulture_whitelist.py": "",
    })  # fmt: skip
    assert misplaced(tests, package) == [
        "fixtures/sample.py: fixtures/ holds sample files, not Python",
        "gui/helpers.py: a helper beside the tests (shared code goes in support/)",
        "support/test_helpers.py: a test in support/ (move it to the folder of what it tests)",
        "test_root.py: at the root of tests/ (put it in the folder of its package)",
        "utils/test_misc.py: utils/ is no package of omniprint, nor e2e/ or house/",
    ]
    assert imports_of_tests(tests) == [
        "gui/designer/test_canvas.py:2: imports gui.test_plan (shared code goes in support/)",
        "gui/test_plan.py:1: imports test_reconcile (shared code goes in support/)",
        "gui/test_plan.py:2: relative import (shared code goes in support/)",
        "utils/test_misc.py:1: imports conftest (shared code goes in support/)",
    ]
