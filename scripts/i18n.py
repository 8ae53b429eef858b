"""Keep the translation catalogues (assets/i18n/*.ts) in step with the code.

    python scripts/i18n.py update [DOMAIN]   add new strings (unfinished), drop vanished ones
    python scripts/i18n.py check             list strings with no finished Spanish translation
    python scripts/i18n.py missing DOMAIN    print the untranslated strings of a domain as JSON
    python scripts/i18n.py fill DOMAIN FILE  merge translations from a JSON {source: translation}

Strings are found by reading the code (no import): `tr("...")` from `omniprint.domain.i18n` in
the core and the CLI, `self.tr("...")`, `obj.tr("...")` and `QCoreApplication.translate(ctx,
"...")` in the GUI, and strings marked where they are defined but translated elsewhere with
`QT_TR_NOOP("...")`, `QT_TRANSLATE_NOOP(ctx, "...")` or `tr_noop("...")`. `tr(name)` with a variable
is allowed (the variable's strings must be marked); an f-string inside `tr()` is reported, since
it cannot be translated. The catalogues are Qt Linguist files, one per domain (core, services,
cli, gui), so a translator can open them in Linguist. Translations are looked up by source text
alone: the context only groups messages for the translator.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "omniprint"
I18N = PACKAGE / "assets" / "i18n"
DOMAINS = ("core", "services", "cli", "gui")
MARKERS = {"QT_TR_NOOP": 0, "tr_noop": 0, "QT_TRANSLATE_NOOP": 1}
TARGETS = ("es",)
LANGUAGE_NAMES = {"es": "es_ES"}


def domain_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if parts[0] == "gui":
        return "gui"
    if parts[0] == "cli" or parts[0] == "launch.py":
        return "cli"
    if parts[0] == "services":
        return "services"
    return "core"


class Finder(ast.NodeVisitor):
    """Collects (context, source text, line) of every translatable literal in a module."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int]] = []
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        text_arg = None
        context = self.classes[-1] if self.classes else self.module
        if isinstance(func, ast.Name) and func.id in MARKERS and node.args:
            index = MARKERS[func.id]
            if len(node.args) > index:
                text_arg, context = node.args[index], self.module
        elif isinstance(func, ast.Name) and func.id == "tr" and node.args:
            text_arg, context = node.args[0], self.module
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            text_arg = node.args[0]
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            context, text_arg = node.args[0].value, node.args[1]
        if text_arg is not None:
            if isinstance(text_arg, ast.Constant) and isinstance(text_arg.value, str):
                self.found.append((context, text_arg.value, node.lineno))
            elif isinstance(text_arg, ast.Name | ast.Attribute | ast.Subscript | ast.Call):
                pass  # a string marked where it is defined
            else:
                self.problems.append(
                    f"{self.module}:{node.lineno}: tr() needs a literal string (use .format after)"
                )
        self.generic_visit(node)


def scan() -> tuple[dict[str, dict[tuple[str, str], list[str]]], list[str]]:
    """domain -> {(context, source): [where...]}, and the problems found."""
    found: dict[str, dict[tuple[str, str], list[str]]] = {d: defaultdict(list) for d in DOMAINS}
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        finder = Finder(module)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for context, text, line in finder.found:
            where = f"{path.relative_to(ROOT)}:{line}"
            found[domain_of(path)][(context, text)].append(where)
        problems += finder.problems
    return found, problems


def catalogue_path(domain: str, language: str) -> Path:
    return I18N / f"omniprint_{domain}_{language}.ts"


def read_catalogue(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type) of an existing .ts file."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            out[(name, message.findtext("source") or "")] = (
                (node.text or "") if node is not None else "",
                node.get("type") if node is not None else "unfinished",
            )
    return out


def write_catalogue(
    path: Path,
    language: str,
    entries: dict[tuple[str, str], tuple[str, str | None]],
    where: dict[tuple[str, str], list[str]],
) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGE_NAMES[language], sourcelanguage="en")
    by_context: dict[str, list[tuple[str, tuple[str, str | None]]]] = defaultdict(list)
    for (context, source), value in entries.items():
        by_context[context].append((source, value))
    for context in sorted(by_context):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, (translation, kind) in sorted(by_context[context]):
            message = ET.SubElement(node, "message")
            for spot in where.get((context, source), [])[:3]:
                file, line = spot.rsplit(":", 1)
                ET.SubElement(message, "location", filename=file, line=line)
            ET.SubElement(message, "source").text = source
            out = ET.SubElement(message, "translation")
            out.text = translation or None
            if kind:
                out.set("type", kind)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")  # fmt: skip


def update(only: str | None = None) -> int:
    found, problems = scan()
    for problem in problems:
        print(problem, file=sys.stderr)
    for language in TARGETS:
        for domain in DOMAINS:
            if only and domain != only:
                continue
            path = catalogue_path(domain, language)
            old = read_catalogue(path)
            # A string whose context moved keeps its translation.
            by_source = {src: val for (_, src), val in old.items() if val[0]}
            entries = {}
            for key in found[domain]:
                entries[key] = old.get(key) or by_source.get(key[1]) or ("", "unfinished")
            write_catalogue(path, language, entries, found[domain])
    return 1 if problems else 0


def untranslated() -> tuple[list[str], list[str]]:
    """Strings with no finished translation, and the problems of the scan."""
    found, problems = scan()
    missing = []
    for language in TARGETS:
        for domain in DOMAINS:
            done = read_catalogue(catalogue_path(domain, language))
            for key, where in sorted(found[domain].items()):
                translation, kind = done.get(key, ("", "unfinished"))
                if not translation or kind in ("unfinished", "obsolete"):
                    missing.append(f"{language} {where[0]}: {key[1]!r}")
    return missing, problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        return update(argv[1] if len(argv) > 1 else None)
    if command == "check":
        missing, problems = untranslated()
        if len(argv) > 1:
            missing = [m for m in missing if f"/{argv[1]}/" in m or argv[1] == "all"]
        for line in problems + missing:
            print(line)
        print(f"{len(missing)} untranslated, {len(problems)} problems")
        return 1 if missing or problems else 0
    if command == "missing":
        domain = argv[1]
        found, _ = scan()
        done = read_catalogue(catalogue_path(domain, "es"))
        todo = sorted({src for key in found[domain] if not done.get(key, ("",))[0]
                       for src in [key[1]]})  # fmt: skip
        print(json.dumps({src: "" for src in todo}, ensure_ascii=False, indent=1))
        return 0
    if command == "fill":
        domain, source_file = argv[1], Path(argv[2])
        given = json.loads(source_file.read_text(encoding="utf-8"))
        path = catalogue_path(domain, "es")
        entries = read_catalogue(path)
        found, _ = scan()
        for key in list(entries):
            if given.get(key[1]):
                entries[key] = (given[key[1]], None)
        write_catalogue(path, "es", entries, found[domain])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
