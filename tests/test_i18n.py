"""Every string the program shows has a Spanish translation (the catalogues in assets/i18n)."""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

from omniprint.services.i18n import DOMAINS, catalogue_files, load_catalogue

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "i18n.py"


def _script():
    spec = importlib.util.spec_from_file_location("i18n_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_visible_string_is_translated() -> None:
    """Fails when a string marked for translation anywhere in the code has no finished Spanish
    translation, or when a translatable call holds an f-string (which can't be translated)."""
    missing, problems = _script().untranslated()
    assert problems == []
    assert missing == []


def test_translations_keep_their_placeholders() -> None:
    formatter = string.Formatter()
    for source, translation in load_catalogue("es").items():
        fields = sorted(f for _, f, _, _ in formatter.parse(source) if f is not None)
        try:
            translated = sorted(f for _, f, _, _ in formatter.parse(translation) if f is not None)
        except ValueError as exc:  # an unbalanced brace in the translation
            raise AssertionError(f"{translation!r}: {exc}") from None
        assert translated == fields, (source, translation)


def test_one_catalogue_per_domain() -> None:
    assert [Path(str(p)).name for p in catalogue_files("es")] == [
        f"omniprint_{domain}_es.ts" for domain in DOMAINS
    ]
