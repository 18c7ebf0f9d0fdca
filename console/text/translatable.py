"""Messages raised below the window, translated where they are shown.

A reason is an English sentence with {named} fields. Marked with
`QT_TRANSLATE_NOOP("Errors", "…")`, `scripts/update_translations.py` (lupdate) gives it a
Vietnamese entry under the "Errors" context, where the window looks it up
(console.ui.errors.error_text) and fills it; the command line prints it filled, in English.
Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class Reason:
    """A sentence kept to be shown later (a device's refusal stored with its job): the
    English sentence with {fields}, marked for translation, and its values. A value may be
    a Reason itself (translated in its turn) or a list of them (joined with "; ").

    str() is the English sentence filled in, as the command line and the log print it;
    to_json()/from_json() store it (console.ui.errors.reason_text shows it translated).
    """

    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return fill(self.message, {k: plain(v) for k, v in self.params.items()})

    def to_json(self) -> dict[str, Any]:
        return {"message": self.message,
                "params": {k: _value_json(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Any) -> Reason | None:
        """The stored reason, or None for anything that is not one (an older row)."""
        if not isinstance(data, dict) or not isinstance(data.get("message"), str):
            return None
        params = data.get("params")
        if not isinstance(params, dict):
            params = {}
        return cls(data["message"], {str(k): _value_from_json(v) for k, v in params.items()})


def kept_reason(reason: Any, english: str | None) -> Reason | None:
    """What a row says, as a Reason: the stored one, else its English text (a row written
    before reasons were kept), else None."""
    return Reason.from_json(reason) or (Reason(english) if english else None)


def plain(value: Any) -> Any:
    """A Reason's value as the English sentence shows it."""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value) if isinstance(value, Reason) else value


def _value_json(value: Any) -> Any:
    if isinstance(value, Reason):
        return value.to_json()
    message, params = getattr(value, "message", None), getattr(value, "params", None)
    if isinstance(value, BaseException) and isinstance(message, str) and message and (
            isinstance(params, dict)):  # an error met on the way, with its own reason
        return Reason(message, params).to_json()
    if isinstance(value, list):
        return [_value_json(v) for v in value]
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def _value_from_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_value_from_json(v) for v in value]
    reason = Reason.from_json(value)
    return reason if reason is not None else value


class ExplainedError(Exception):
    """An error whose reason is a sentence with {named} fields marked for translation
    (QT_TRANSLATE_NOOP("Errors", …)) and its values: str() is it filled in, in English
    (the log, the command line); `reason` is what a row keeps to show it translated."""

    def __init__(self, message: str = "", /, **params: Any) -> None:
        super().__init__(fill(message, params))
        self.message = message
        self.params = params

    @property
    def reason(self) -> Reason:
        return Reason(self.message, self.params)
