"""What a failed action says on screen, in the interface's language."""

from __future__ import annotations

import errno
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..audio.errors import Cancelled
from ..services.errors import PermissionDenied, ServiceError, explained_failure
from ..text.translatable import Reason, fill
from .labels import Translate, role_label


def reason_text(message: str | Reason, params: dict[str, Any] | None = None,
                translate: Translate = QCoreApplication.translate) -> str:
    """A reason kept as its English sentence (e.g. a stored problem) or as a Reason (a
    delivery job's), translated; the values that are reasons too, in their turn."""
    if isinstance(message, Reason):
        message, params = message.message, message.params
    values = {}
    for key, value in (params or {}).items():
        if isinstance(value, Reason):
            value = reason_text(value, translate=translate)
        elif isinstance(value, BaseException):  # a cause that says why in its own words
            value = error_text(value, translate)
        elif isinstance(value, list):
            value = "; ".join(reason_text(v, translate=translate) if isinstance(v, Reason)
                              else str(v) for v in value)
        values[key] = value
    return fill(translate("Errors", message), values)


def error_text(exc: BaseException, translate: Translate = QCoreApplication.translate) -> str:
    """A refused or failed action in plain words.

    A service's reason is translated through the "Errors" context (its English sentence is
    the key) and filled with its values; a reason without a translation shows as written.
    `translate` is Qt's unless a caller without an application (the command line) brings
    its own.
    """
    exc = explained_failure(exc)  # a database's error in plain words, without its SQL
    if isinstance(exc, Cancelled):  # the person pressed Stop: no failure to explain
        return translate("Errors", "Stopped.")
    if isinstance(exc, PermissionDenied):
        try:
            role = role_label(exc.role, translate)
        except ValueError:
            role = exc.role
        return translate("Errors", "Your role ({role}) may not do this. Ask the station's "
                                   "administrator or leader.").format(role=role)
    if isinstance(exc, ServiceError) and exc.message:
        params = exc.params
        problems = getattr(exc, "problems", None)  # the checks that stopped a programme
        if problems and "reasons" in params:  # each in the operator's words, from its code
            from .pages.programme_checks import problem_reason

            params = {**params, "reasons": "; ".join(problem_reason(p) for p in problems)}
        return reason_text(exc.message, params, translate)
    # The sync's errors carry their sentence and values the same way (console.sync.errors).
    message, params = getattr(exc, "message", None), getattr(exc, "params", None)
    if isinstance(message, str) and message and isinstance(params, dict):
        return reason_text(message, params, translate)
    if isinstance(exc, OSError):
        return os_error_text(exc, translate)
    return str(exc) or type(exc).__name__


def os_error_text(exc: OSError, translate: Translate = QCoreApplication.translate) -> str:
    """A file or folder the system refused, in words that say what to look at: the usual
    three (no access, not there, disk full) by their cause with the path they name; others
    with the system's own reason."""
    path = exc.filename
    if path is not None:
        if isinstance(exc, PermissionError):
            return translate("Errors", "Access to {path} was refused. Check the folder's "
                                       "permissions, or whether the drive is write-protected."
                             ).format(path=path)
        if isinstance(exc, FileNotFoundError):
            return translate("Errors", "{path} was not found: a drive unplugged, or a folder "
                                       "renamed or deleted?").format(path=path)
        if exc.errno == errno.ENOSPC:
            return translate("Errors", "The disk holding {path} is full.").format(path=path)
    return translate("Errors", "The file could not be read or written: {reason}").format(
        reason=exc.strerror or str(exc))
