"""The locale service's start: which language and region to speak, and their catalogues.

Catalogues are Qt Linguist `.ts` files in `assets/i18n`, one per domain (core, services, cli,
gui). One format for every face: Qt's own `tr()` passes its context ("disambiguation") and count
to the GUI's translator, Linguist (and Weblate, Crowdin...) edits them with context and plural
forms, and the CLI reads them here with the standard library, so it needs no Qt. Numbers, money,
dates and plural rules come from Babel's CLDR data for the region (`domain.formatting`).
`scripts/i18n.py` keeps the files in step with the code, and `tests/test_i18n.py` fails when a
string shown to people has no translation, loses a placeholder or a plural form.
"""

from __future__ import annotations

import contextlib
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from importlib import resources

from babel import Locale, UnknownLocaleError

from omniprint.domain import i18n
from omniprint.domain.i18n import DEFAULT_LOCALES, Catalogue, set_translations
from omniprint.services.settings import load_settings, system_language, system_locale

LANGUAGES = ("en", "es")
DOMAINS = ("core", "services", "cli", "gui")


def catalogue_files(language: str) -> list:
    folder = resources.files("omniprint") / "assets" / "i18n"
    return [folder / f"omniprint_{domain}_{language}.ts" for domain in DOMAINS]


@cache
def load_catalogue(language: str) -> Catalogue:
    """Every finished message of the language's catalogues (none for English, the source)."""
    found = Catalogue()
    if language == "en":
        return found
    for path in catalogue_files(language):
        if not path.is_file():
            continue
        for message in ET.fromstring(path.read_text(encoding="utf-8")).iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            key = (message.findtext("comment") or "", source)
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in node.iter("numerusform"))
                if forms and all(forms):
                    found.plurals[key] = forms
            elif node.text:
                found.messages[key] = node.text
    return found


def choose_language(requested: str | None = None) -> str:
    """The language to speak: the one asked for, else `OMNIPRINT_LANG`, else the settings'
    choice, else the system's."""
    for candidate in (requested, os.environ.get("OMNIPRINT_LANG")):
        if candidate:
            return candidate if candidate in LANGUAGES else "en"
    try:
        language = load_settings().effective_language
    except Exception:  # settings must never stop the program from starting
        language = system_language()
    return language if language in LANGUAGES else "en"


def choose_locale(language: str, system: str | None = None) -> str:
    """The region to write numbers and dates for, as a CLDR locale of `language`: the one asked
    for (`OMNIPRINT_LOCALE`, e.g. "es_MX"), else the system's (`system`, else the environment's)
    when it speaks the same language (a Mexican desktop gets es_MX: 1,234.50), else the
    language's usual one (es_ES, en_US)."""
    for candidate in (os.environ.get("OMNIPRINT_LOCALE"), system or system_locale()):
        if not candidate or candidate.split(".")[0] in ("C", "POSIX"):
            continue
        with contextlib.suppress(ValueError, UnknownLocaleError):
            found = Locale.parse(candidate.replace("-", "_").split(".")[0].split("@")[0])
            if found.language == language:
                return str(found)
    return DEFAULT_LOCALES.get(language, "en_US")


def use_language(requested: str | None = None, system: str | None = None) -> str:
    """Activate a language (and its region, see `choose_locale`) for every face; returns the
    language chosen."""
    language = choose_language(requested)
    set_translations(language, load_catalogue(language), choose_locale(language, system))
    return language


@contextlib.contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Make ``language`` the core's language for a while (nothing to do when it already is),
    for a file written in another language than the screen's (a report for a partner)."""
    before, region = i18n.language(), str(i18n.active_locale())
    if not language or language == before:
        yield
        return
    set_translations(language, load_catalogue(language), choose_locale(language))
    try:
        yield
    finally:
        set_translations(before, load_catalogue(before), region)
