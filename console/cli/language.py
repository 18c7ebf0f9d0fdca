"""The command line's language: service errors in Vietnamese when asked.

`--lang vi`, or a station whose language setting is Vietnamese (chosen in the window or
preset by the Department), makes the reasons of refused or failed actions Vietnamese,
through the same translation files as the window. The rest of the command line's text is
English. No Qt application is made: the translator is asked directly, so a command that
later needs a QGuiApplication (PDF export) can still make one. Qt is loaded only when a
language other than English is asked for.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
_translator: Any = None   # a QTranslator while a translation is in use
_language = "en"


def use_language(language: str | None) -> str:
    """Speak `language` from now on (English when unknown or without a catalogue)."""
    global _translator, _language
    _translator, _language = None, "en"
    if language not in LANGUAGES or language == "en":
        return _language
    from PySide6.QtCore import QTranslator

    from ..ui.i18n import qm_file

    translator = QTranslator()
    if translator.load(str(qm_file(language))):
        _translator, _language = translator, language
    else:
        log.warning("no translations for %r: the command line stays English", language)
    return _language


def current_language() -> str:
    return _language


def translate(context: str, source: str) -> str:
    if _translator is None:
        return source
    return str(_translator.translate(context, source) or source)


def error_message(exc: BaseException) -> str:
    """The one-line reason of a failure in the command line's language."""
    if _translator is None:
        return str(exc) or type(exc).__name__
    from ..ui.errors import error_text

    return error_text(exc, translate)
