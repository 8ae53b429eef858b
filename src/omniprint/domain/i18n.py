"""Translation of the messages the core writes for people (errors, verdicts, caveats).

The core marks each message with `tr("...")` around an English template and fills it with
`.format(...)` afterwards, so the template is what a translator sees:

    raise NotFoundError(tr("no campaign called {name!r}").format(name=ref))

The active catalogue is set once at start-up by the face (CLI or GUI) through
`services.i18n.use_language`; with none set, messages stay in English. No I/O happens here.
"""

from __future__ import annotations

_catalogue: dict[str, str] = {}
_language = "en"


def tr(text: str) -> str:
    """The message in the active language (the English text when there is no translation)."""
    return _catalogue.get(text) or text


def tr_noop(text: str) -> str:
    """Mark a message defined here but translated where it is shown (with `tr(variable)`)."""
    return text


def set_translations(language: str, catalogue: dict[str, str]) -> None:
    """Make `catalogue` (English source -> translation) the active one."""
    global _catalogue, _language
    _catalogue = dict(catalogue)
    _language = language


def language() -> str:
    """The active language code: "en" or "es"."""
    return _language
