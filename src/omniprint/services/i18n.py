"""Loading the Spanish and English catalogues (Qt Linguist `.ts` files in `assets/i18n`).

One format for every face: the GUI's translator and the CLI read the same files, parsed here with
the standard library, so the CLI needs no Qt. `scripts/i18n.py` keeps the files in step with the
code, and `tests/test_i18n.py` fails when a string shown to people has no translation.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources

from omniprint.domain.i18n import set_translations
from omniprint.services.settings import load_settings, system_language

LANGUAGES = ("en", "es")
DOMAINS = ("core", "services", "cli", "gui")


def catalogue_files(language: str) -> list:
    folder = resources.files("omniprint") / "assets" / "i18n"
    return [folder / f"omniprint_{domain}_{language}.ts" for domain in DOMAINS]


@cache
def load_catalogue(language: str) -> dict[str, str]:
    """Source text -> translation of every finished message of the language's catalogues."""
    found: dict[str, str] = {}
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
            if node.text:
                found[source] = node.text
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


def use_language(requested: str | None = None) -> str:
    """Activate a language for the core's messages; returns the one chosen."""
    language = choose_language(requested)
    set_translations(language, load_catalogue(language))
    return language
