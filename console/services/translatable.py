"""Marks a service's message for the translation catalogue without importing Qt.

`scripts/update_translations.py` (lupdate) finds `QT_TRANSLATE_NOOP("Errors", "…")` calls in
any file, so a message raised by a Qt-free service gets its Vietnamese entry under the
"Errors" context, where the window looks it up (console.ui.errors.error_text).
"""

from __future__ import annotations


# The upper-case name is the one lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
