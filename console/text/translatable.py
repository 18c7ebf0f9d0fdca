"""Messages raised below the window, translated where they are shown.

A reason is an English sentence with {named} fields. Marked with
`QT_TRANSLATE_NOOP("Errors", "…")`, `scripts/update_translations.py` (lupdate) gives it a
Vietnamese entry under the "Errors" context, where the window looks it up
(console.ui.errors.error_text) and fills it; the command line prints it filled, in English.
Nothing here imports Qt.
"""

from __future__ import annotations

from typing import Any


# The upper-case name is the one lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def fill(message: str, params: dict[str, Any]) -> str:
    """The message with its fields filled; a message without fields is left as it is."""
    if not params:
        return message
    try:
        return message.format(**params)
    except (KeyError, IndexError, ValueError):
        return message
