"""Interface language: Qt Linguist translations (console_<lang>.qm) and Vietnamese sorting.

Source strings are English, in code, through `self.tr()` or `QCoreApplication.translate()`;
`scripts/update_translations.py` extracts them into `console/i18n/*.ts` and compiles the
`.qm` files loaded here. Switching language installs new translators, which makes Qt send
`QEvent.LanguageChange` to every widget; widgets re-set their texts in `retranslate()`.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "vi"
# Shown in each language's own words, so a user who picked the wrong one finds the way back.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translations_dir() -> Path:
    """console/i18n, found next to the package so it also works in a frozen build."""
    try:
        candidate = resources.files("console") / "i18n"
        if isinstance(candidate, Path) and candidate.is_dir():
            return candidate
    except (ModuleNotFoundError, TypeError):  # unusual loaders: fall back to the file path
        pass
    return Path(__file__).resolve().parent.parent / "i18n"


def qm_file(language: str) -> Path:
    return translations_dir() / f"console_{language}.qm"


def normalize_language(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def locale_for(language: str) -> QLocale:
    lang, country = LOCALES[normalize_language(language)]
    return QLocale(lang, country)


def _load_console_translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    path = qm_file(language)
    if translator.load(str(path)):
        return translator
    # English is the source language: an empty catalogue is not a problem.
    if language != "en":
        log.warning("translations for %r not found at %s", language, path)
    return None


def _load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts (standard buttons, context menus), when Qt ships them for `language`."""
    translator = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(locale_for(language), "qtbase", "_", qt_dir):
        return translator
    log.debug("no qtbase translations for %r in %s", language, qt_dir)
    return None


class Translations:
    """The translators installed in the application; one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._initial_locale = QLocale()
        self.language: str | None = None

    def install(self, language: str) -> str:
        """Switch to `language` (unknown codes fall back to Vietnamese); returns the code used."""
        language = normalize_language(language)
        self.uninstall()
        for translator in (_load_qt_translator(language), _load_console_translator(language)):
            if translator is not None:
                self._app.installTranslator(translator)
                self._installed.append(translator)
        QLocale.setDefault(locale_for(language))
        self.language = language
        log.info("interface language: %s", language)
        return language

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        if self.language is not None:
            QLocale.setDefault(self._initial_locale)
        self.language = None


def bilingual(context: str, source: str) -> str:
    """Vietnamese, then English: for messages shown before the user's language is known."""
    translator = _load_console_translator("vi")
    vietnamese = translator.translate(context, source) if translator is not None else ""
    if not vietnamese or vietnamese == source:
        return source
    return f"{vietnamese}\n\n{source}"


def vietnamese_collator() -> QCollator:
    """Sorting as a Vietnamese reader expects: a ă â b c d đ e ê …, case-insensitive, 2 < 10."""
    collator = QCollator(locale_for("vi"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator
