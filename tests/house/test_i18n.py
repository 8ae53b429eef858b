"""Every string the program shows has a Spanish translation (the catalogues in assets/i18n)."""

from __future__ import annotations

import importlib.util
import string
import sys
from pathlib import Path

import pytest

from omniprint.domain.i18n import ntr, plural_categories, set_translations, tr
from omniprint.services.i18n import DOMAINS, catalogue_files, load_catalogue
from support import ROOT

SCRIPT = ROOT / "scripts" / "i18n.py"


def _script():
    spec = importlib.util.spec_from_file_location("i18n_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_every_visible_string_is_translated() -> None:
    """Fails when a string marked for translation anywhere in the code has no finished Spanish
    translation, or when a translatable call holds an f-string (which can't be translated)."""
    missing, problems = _script().untranslated()
    assert problems == []
    assert missing == []


def _fields(text: str) -> list[str]:
    try:
        return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)
    except ValueError as exc:  # an unbalanced brace
        raise AssertionError(f"{text!r}: {exc}") from None


def test_translations_keep_their_placeholders() -> None:
    """Every placeholder of the English survives in the translation, in every plural form too."""
    catalogue = load_catalogue("es")
    assert len(catalogue.messages) > 1000 and len(catalogue.plurals) > 30
    for (_, source), translation in catalogue.messages.items():
        assert _fields(translation) == _fields(source), (source, translation)
    for (_, source), forms in catalogue.plurals.items():
        assert "{n}" in source
        for form in forms:
            assert _fields(form) == _fields(source), (source, form)


def test_counted_messages_have_every_plural_form_of_the_language() -> None:
    """A counted message gives Spanish its two forms (CLDR's "one" and "other"), and the
    English singular beside its plural in the file, for the translator."""
    assert plural_categories("es") == ("one", "other")
    assert plural_categories("en") == ("one", "other")
    script = _script()
    for domain in DOMAINS:
        for key, entry in script.read_catalogue(script.catalogue_path(domain, "es")).items():
            if entry.singular is not None:
                assert len(entry.translation) == 2, key
                assert "{n}" in entry.singular, key


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["0 records", "1 record", "2 records", "5 records", "21 records", "1,000 records"]),
        ("es", ["0 registros", "1 registro", "2 registros", "5 registros", "21 registros",
                "1.000 registros"]),
    ],
)  # fmt: skip
def test_plural_forms_for_0_1_2_5_21(language: str, expected: list[str]) -> None:
    set_translations(language, load_catalogue(language))
    try:
        got = [ntr("{n} record", "{n} records", n) for n in (0, 1, 2, 5, 21, 1000)]
    finally:
        set_translations("en")
    assert got == expected


def test_every_counted_message_reads_right_for_0_1_2_5_21() -> None:
    """Each Spanish counted message uses its singular form for 1 only, with the number in it,
    and keeps its other placeholders for `.format`."""
    catalogue = load_catalogue("es")
    set_translations("es", catalogue)
    try:
        for (context, plural), forms in catalogue.plurals.items():
            for n in (0, 1, 2, 5, 21):
                text = ntr("(singular unused: the catalogue has it)", plural, n, context)
                assert text == forms[0 if n == 1 else 1].replace("{n}", str(n)), (plural, n)
    finally:
        set_translations("en")


def test_a_context_keeps_two_meanings_of_one_word_apart() -> None:
    catalogue = load_catalogue("es")
    set_translations("es", catalogue)
    try:
        assert tr("amount", "column") == "importe"  # over a table's column
        assert tr("amount") == "el importe"  # in a sentence: "el importe debe ser un número"
    finally:
        set_translations("en")


def test_one_catalogue_per_domain() -> None:
    assert [Path(str(p)).name for p in catalogue_files("es")] == [
        f"omniprint_{domain}_es.ts" for domain in DOMAINS
    ]
