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
it cannot be translated. `tr(text, "context")` (and Qt's `self.tr(text, "disambiguation")`)
keeps two meanings of one English text apart: Qt calls it the disambiguation and the file keeps
it as the message's <comment>. `ntr(singular, plural, n)` is a counted message: a `numerus`
message whose source is the English plural, the singular in its <extracomment>, and one
<numerusform> per plural form of the language. The catalogues are Qt Linguist files, one per
domain (core, services, cli, gui), so a translator can open them in Linguist. The <context> (the
module or class) only groups messages for the translator: lookups go by disambiguation and
source text.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from omniprint.domain.i18n import plural_categories

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
        comment_arg = None
        plural_arg = None
        context = self.classes[-1] if self.classes else self.module
        if isinstance(func, ast.Name) and func.id in MARKERS and node.args:
            index = MARKERS[func.id]
            if len(node.args) > index:
                text_arg, context = node.args[index], self.module
                comment_arg = _arg(node, index + 1, "context")
        elif isinstance(func, ast.Name) and func.id == "tr" and node.args:
            text_arg, context = node.args[0], self.module
            comment_arg = _arg(node, 1, "context")
        elif isinstance(func, ast.Name) and func.id == "ntr" and len(node.args) >= 2:
            text_arg, plural_arg, context = node.args[0], node.args[1], self.module
            comment_arg = _arg(node, 3, "context")
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and node.args:
            text_arg = node.args[0]
            comment_arg = _arg(node, 1, "disambiguation")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            context, text_arg = node.args[0].value, node.args[1]
            comment_arg = _arg(node, 2, "disambiguation")
        if text_arg is not None:
            comment = comment_arg.value if isinstance(comment_arg, ast.Constant) else ""
            if plural_arg is not None:
                if _literal(text_arg) and _literal(plural_arg):
                    self.found.append(
                        (context, comment or "", plural_arg.value, text_arg.value, node.lineno)
                    )
                else:
                    self.problems.append(
                        f"{self.module}:{node.lineno}: ntr() needs two literal strings"
                    )
            elif _literal(text_arg):
                self.found.append((context, comment or "", text_arg.value, None, node.lineno))
            elif isinstance(text_arg, ast.Name | ast.Attribute | ast.Subscript | ast.Call):
                pass  # a string marked where it is defined
            else:
                self.problems.append(
                    f"{self.module}:{node.lineno}: tr() needs a literal string (use .format after)"
                )
        self.generic_visit(node)


def _arg(node: ast.Call, index: int, keyword: str) -> ast.expr | None:
    """The call's argument at `index`, or given by `keyword`."""
    if len(node.args) > index:
        return node.args[index]
    return next((k.value for k in node.keywords if k.arg == keyword), None)


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


Key = tuple[str, str, str]  # (context, disambiguation, English source; the plural when counted)


@dataclass
class Entry:
    """A message of a catalogue: its translation (one text, or the plural forms), Qt's type
    ("unfinished", "obsolete" or None when finished), and the English singular of a counted one."""

    translation: str | tuple[str, ...] = ""
    kind: str | None = "unfinished"
    singular: str | None = None

    @property
    def done(self) -> bool:
        forms = self.translation if isinstance(self.translation, tuple) else (self.translation,)
        return self.kind not in ("unfinished", "obsolete") and all(forms) and bool(forms)


def scan() -> tuple[dict[str, dict[Key, list[str]]], dict[Key, str], list[str]]:
    """domain -> {key: [where...]}, the English singular of each counted key, and the problems."""
    found: dict[str, dict[Key, list[str]]] = {d: defaultdict(list) for d in DOMAINS}
    singulars: dict[Key, str] = {}
    problems: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        finder = Finder(module)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for context, comment, text, singular, line in finder.found:
            where = f"{path.relative_to(ROOT)}:{line}"
            found[domain_of(path)][(context, comment, text)].append(where)
            if singular is not None:
                singulars[(context, comment, text)] = singular
        problems += finder.problems
    return found, singulars, problems


def catalogue_path(domain: str, language: str) -> Path:
    return I18N / f"omniprint_{domain}_{language}.ts"


def read_catalogue(path: Path) -> dict[Key, Entry]:
    """Every message of an existing .ts file."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            key = (name, message.findtext("comment") or "", message.findtext("source") or "")
            kind = node.get("type") if node is not None else "unfinished"
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in (node if node is not None else ()))
                singular = (message.findtext("extracomment") or "").removeprefix(SINGULAR)
                out[key] = Entry(forms, kind, singular)
            else:
                out[key] = Entry((node.text or "") if node is not None else "", kind)
    return out


SINGULAR = "singular: "


def write_catalogue(
    path: Path, language: str, entries: dict[Key, Entry], where: dict[Key, list[str]]
) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGE_NAMES[language], sourcelanguage="en")
    by_context: dict[str, list[tuple[str, str, Entry]]] = defaultdict(list)
    for (context, comment, source), entry in entries.items():
        by_context[context].append((source, comment, entry))
    for context in sorted(by_context):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, comment, entry in sorted(by_context[context], key=lambda e: e[:2]):
            message = ET.SubElement(node, "message")
            for spot in where.get((context, comment, source), [])[:3]:
                file, line = spot.rsplit(":", 1)
                ET.SubElement(message, "location", filename=file, line=line)
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            out = ET.SubElement(message, "translation")
            if entry.singular is not None:
                message.set("numerus", "yes")
                ET.SubElement(message, "extracomment").text = SINGULAR + entry.singular
                message.remove(out)
                message.append(out)  # Qt Linguist wants the translation last
                count = len(plural_categories(language))
                forms = entry.translation if isinstance(entry.translation, tuple) else ()
                for i in range(count):
                    ET.SubElement(out, "numerusform").text = forms[i] if i < len(forms) else None
            else:
                out.text = entry.translation or None
            if entry.kind:
                out.set("type", entry.kind)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                    encoding="utf-8")  # fmt: skip


def _carried(key: Key, old: dict[Key, Entry], by_source: dict[tuple[str, str], Entry]) -> Entry:
    """What a key found in the code keeps from the catalogue: its own entry, else that of the
    same text under another context (a string that moved keeps its translation)."""
    entry = old.get(key) or by_source.get(key[1:])
    return Entry(entry.translation, entry.kind) if entry else Entry()


def update(only: str | None = None) -> int:
    found, singulars, problems = scan()
    for problem in problems:
        print(problem, file=sys.stderr)
    for language in TARGETS:
        for domain in DOMAINS:
            if only and domain != only:
                continue
            path = catalogue_path(domain, language)
            old = read_catalogue(path)
            by_source = {key[1:]: e for key, e in old.items() if e.done}
            entries = {}
            for key in found[domain]:
                entry = _carried(key, old, by_source)
                entry.singular = singulars.get(key)
                if (entry.singular is None) != isinstance(entry.translation, str):
                    entry = Entry(singular=entry.singular)  # became counted, or stopped being
                entries[key] = entry
            write_catalogue(path, language, entries, found[domain])
    return 1 if problems else 0


def untranslated() -> tuple[list[str], list[str]]:
    """Strings with no finished translation, and the problems of the scan."""
    found, _, problems = scan()
    missing = []
    for language in TARGETS:
        for domain in DOMAINS:
            done = read_catalogue(catalogue_path(domain, language))
            for key, where in sorted(found[domain].items()):
                if not done.get(key, Entry()).done:
                    missing.append(f"{language} {where[0]}: {key[2]!r}")
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
        # {source: ""} for a plain message; {plural: ["", ""]} for a counted one, one text per
        # plural form of the language (Spanish: the form for 1, the form for the rest).
        domain = argv[1]
        found, singulars, _ = scan()
        done = read_catalogue(catalogue_path(domain, "es"))
        todo = {}
        for key in found[domain]:
            if not done.get(key, Entry()).done:
                todo[key[2]] = [""] * len(plural_categories("es")) if key in singulars else ""
        print(json.dumps(dict(sorted(todo.items())), ensure_ascii=False, indent=1))
        return 0
    if command == "fill":
        # JSON {source: translation}: a string for a plain message, a list of the plural forms
        # for a counted one; "context|source" names a message with a disambiguation.
        domain, source_file = argv[1], Path(argv[2])
        given = json.loads(source_file.read_text(encoding="utf-8"))
        path = catalogue_path(domain, "es")
        entries = read_catalogue(path)
        found, _, _ = scan()
        for key, entry in entries.items():
            value = given.get(f"{key[1]}|{key[2]}" if key[1] else key[2]) or given.get(key[2])
            if isinstance(value, list) and entry.singular is not None and all(value):
                entries[key] = Entry(tuple(value), None, entry.singular)
            elif isinstance(value, str) and value and entry.singular is None:
                entries[key] = Entry(value, None)
        write_catalogue(path, "es", entries, found[domain])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
