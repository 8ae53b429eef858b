"""The GUI's translator: Qt asks it for every `tr()` string, and it answers from the same
catalogues the CLI and the core use (`services.i18n`), so there is one set of files to keep."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from omniprint.domain.i18n import active_locale, language
from omniprint.services.i18n import load_catalogue, use_language


class CatalogueTranslator(QTranslator):
    """A QTranslator over a plain source -> translation dictionary."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.catalogue = load_catalogue(language)

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (a null QString) lets Qt fall back to the English source. Counted messages use
        # `domain.i18n.ntr`, which knows both English forms; Qt's "%n" is not used.
        return self.catalogue.messages.get((disambiguation or "", source))

    def isEmpty(self) -> bool:
        return not len(self.catalogue)


_installed: CatalogueTranslator | None = None


def install_translator(app: QApplication, requested: str | None = None) -> str:
    """Speak `requested` (or the settings' / system's language) in the GUI and in the core's
    messages, written for the desktop's region when it speaks that language (es_MX, en_GB...).
    Qt's default locale follows the same region, so its own widgets (spin boxes, charts' axes)
    write numbers as `domain.formatting` does."""
    global _installed
    language = use_language(requested, QLocale.system().name())
    if _installed is not None:
        app.removeTranslator(_installed)
    _installed = CatalogueTranslator(language)
    app.installTranslator(_installed)
    QLocale.setDefault(QLocale(str(active_locale())))
    return language


def template_description(info) -> str:
    """What a starter template is for, in the language spoken."""
    if language() == "es":
        return getattr(info, "description_es", "") or info.description
    return info.description


def template_title(info) -> str:
    """A starter template's name in the language spoken (templates carry their Spanish name)."""
    if language() == "es":
        return getattr(info, "title_es", "") or info.title
    return info.title


# The import presets (ingest.presets) by the name a user knows them by: brands keep theirs.
PRESET_LABELS = {
    "generic": QT_TRANSLATE_NOOP("Presets", "generic layout"),
    "ga4": QT_TRANSLATE_NOOP("Presets", "Google Analytics 4"),
    "shopify": QT_TRANSLATE_NOOP("Presets", "Shopify"),
    "woocommerce": QT_TRANSLATE_NOOP("Presets", "WooCommerce"),
    "square": QT_TRANSLATE_NOOP("Presets", "Square: transactions"),
    "square-items": QT_TRANSLATE_NOOP("Presets", "Square: items"),
    "stripe": QT_TRANSLATE_NOOP("Presets", "Stripe"),
    "loyverse": QT_TRANSLATE_NOOP("Presets", "Loyverse"),
}


def preset_label(name: str | None) -> str:
    """An import preset's name as shown ("generic" reads "generic layout"), else as it is."""
    marked = PRESET_LABELS.get(name or "")
    return QCoreApplication.translate("Presets", marked) if marked else (name or "")
