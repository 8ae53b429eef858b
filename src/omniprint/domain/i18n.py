"""The words of the locale service: messages in the reader's language, with context and plurals.

The core marks each message with `tr("...")` around an English template and fills it with
`.format(...)` afterwards, so the template is what a translator sees:

    raise NotFoundError(tr("no campaign called {name!r}").format(name=ref))

A word that means two things gets a context (Qt's "disambiguation", shown to the translator):
`tr("households", "column")` is "hogares" over a table column, while `tr("households")` in a
sentence is "el número de hogares". A message about a count names both English forms and the
count; the form comes from the CLDR plural rules of the active locale, so "1 row" / "5 rows" and
"1 fila" / "21 filas" are right in every language by construction:

    ntr("{n} row was refused", "{n} rows were refused", count)  # "{n}" is filled, grouped

The active locale (a Babel `Locale`: es_ES, es_MX, en_GB...) and its catalogue are set once at
start-up by the face through `services.i18n.use_language`; with none set, messages stay in
English (en_US). `domain.formatting` writes numbers, money and dates for the same locale. No I/O
happens here beyond Babel's reading of its packaged CLDR data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from babel import Locale
from babel.numbers import format_decimal

DEFAULT_LOCALES = {"en": "en_US", "es": "es_ES"}


@dataclass(frozen=True)
class Catalogue:
    """One language's translations: plain messages by (context, English source), and the plural
    forms of each counted message by (context, English plural), in the order of the language's
    plural categories (`plural_categories`)."""

    messages: dict[tuple[str, str], str] = field(default_factory=dict)
    plurals: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.messages) + len(self.plurals)


_catalogue = Catalogue()
_language = "en"
_locale = Locale.parse(DEFAULT_LOCALES["en"])


def tr(text: str, context: str = "") -> str:
    """The message in the active language (the English text when there is no translation)."""
    return _catalogue.messages.get((context, text)) or text


def tr_noop(text: str, context: str = "") -> str:
    """Mark a message defined here but translated where it is shown (with `tr(variable)`)."""
    return text


def ntr(singular: str, plural: str, n: int, context: str = "") -> str:
    """The form of a counted message that the active language uses for `n`, with `{n}` written
    the locale's way (12.500 / 12,500); other placeholders are left for `.format`."""
    forms = _catalogue.plurals.get((context, plural))
    category = _locale.plural_form(abs(n))
    if forms:
        order = plural_categories(_language)
        index = order.index(category) if category in order else len(order) - 1
        template = forms[min(index, len(forms) - 1)]
    else:
        template = singular if category == "one" else plural
    return template.replace("{n}", format_decimal(n, locale=_locale))


def plural_categories(language: str) -> tuple[str, ...]:
    """The plural categories a catalogue of `language` gives forms for, in the order of its
    `numerusform`s: CLDR's categories in CLDR's order, less the ones only used for very large
    round numbers in compact notation (Spanish "many": "1 millón de"), which Qt Linguist, like
    most translators' tools, does not ask for."""
    rules = Locale.parse(DEFAULT_LOCALES.get(language, language)).plural_form
    canonical = ("zero", "one", "two", "few", "many", "other")
    used = set(rules.tags) | {"other"}
    if language in ("es", "fr", "it", "pt", "ca"):
        used.discard("many")
    return tuple(tag for tag in canonical if tag in used)


def set_translations(
    language: str,
    catalogue: Catalogue | Mapping[str, str] | None = None,
    locale: str | None = None,
) -> None:
    """Make `language`, its `catalogue` and the region of `locale` ("es_MX") the active ones.

    A plain mapping (English -> translation) is taken as messages without a context."""
    global _catalogue, _language, _locale
    if catalogue is None or isinstance(catalogue, Mapping):
        catalogue = Catalogue({("", k): v for k, v in (catalogue or {}).items()})
    _catalogue = catalogue
    _language = language
    _locale = Locale.parse(locale or DEFAULT_LOCALES.get(language, language))


def language() -> str:
    """The active language code: "en" or "es"."""
    return _language


def active_locale() -> Locale:
    """The active Babel locale: its language and region decide how numbers and dates read."""
    return _locale
