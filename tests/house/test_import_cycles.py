"""No import cycles between the modules of omniprint: each module can be read (and loaded) alone.

The graph is built from module-level imports only (an import inside a function runs later and
is how a cycle is sometimes broken on purpose). Every cycle found is reported with its path.
"""

from __future__ import annotations

import ast
from pathlib import Path

from support import PACKAGE

# Cycles through `if TYPE_CHECKING:` imports only, known and left for the render/ work in issue 15
# (PrintOptions to render/options.py, PDF syntax helpers to their own module). A test also fails
# when one of these is gone, so the list is emptied as they are fixed.
KNOWN_TYPE_ONLY = {
    ("omniprint.render.pages", "omniprint.render.pdf"),
    ("omniprint.render.pdffonts", "omniprint.render.pdfwriter"),
}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _top_level_imports(
    tree: ast.Module, module: str, is_package: bool, files: set[str], typing: bool
) -> set[str]:
    """The omniprint modules `module` imports when it is loaded (not inside functions).

    With `typing`, imports under `if TYPE_CHECKING:` count too (they never run, but a cycle
    through them still ties two modules together for a reader and a type checker).
    """
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = module.split(".") if is_package else module.split(".")[:-1]
                    package = package[: len(package) - (node.level - 1)]
                    base = ".".join([*package, *([base] if base else [])])
                # `from omniprint.render import pdf` imports the module omniprint.render.pdf
                # (its package is loaded first in any case); `from x import name` imports x.
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    found.add(sub if sub in files else base)
            elif isinstance(node, ast.If | ast.Try):
                test = getattr(node, "test", None)
                type_only = isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"
                if typing or not type_only:
                    visit(node.body)
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)
                visit(node.orelse)

    visit(tree.body)
    return found


def import_graph(root: Path = PACKAGE, *, typing: bool = False) -> dict[str, set[str]]:
    """Module -> the omniprint modules it imports at load time (with `typing`, also for types)."""
    files = {_module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imported = _top_level_imports(tree, name, path.name == "__init__.py", set(files), typing)
        graph[name] = {m for m in imported if m in files and m != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(found)


def test_no_import_cycles() -> None:
    found = [" <-> ".join(c) for c in cycles(import_graph())]
    assert found == [], "import cycles:\n" + "\n".join(found)


def test_no_cycles_through_type_only_imports_but_the_known_ones() -> None:
    found = {tuple(c) for c in cycles(import_graph(typing=True))}
    unknown = [" <-> ".join(c) for c in sorted(found - KNOWN_TYPE_ONLY)]
    assert unknown == [], "import cycles through TYPE_CHECKING imports:\n" + "\n".join(unknown)


def test_the_known_cycles_are_still_there() -> None:
    """When a known cycle is fixed, drop it from KNOWN_TYPE_ONLY so it can't come back unnoticed."""
    found = {tuple(c) for c in cycles(import_graph(typing=True))}
    assert sorted(KNOWN_TYPE_ONLY - found) == []


def test_the_check_catches_a_cycle(tmp_path: Path) -> None:
    fake = tmp_path / "omniprint"
    (fake / "a").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "a" / "__init__.py").write_text("")
    (fake / "a" / "one.py").write_text("from omniprint.a import two\n")
    (fake / "a" / "two.py").write_text("from .three import x\n")
    (fake / "a" / "three.py").write_text(
        "import omniprint.a.one\ndef later():\n    from omniprint.a import four\n"
    )
    (fake / "a" / "five.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from omniprint.a.four import z\n"
    )
    (fake / "a" / "four.py").write_text("from omniprint.a.one import y\nfrom . import five\n")
    assert cycles(import_graph(fake)) == [
        ["omniprint.a.one", "omniprint.a.three", "omniprint.a.two"]
    ]
