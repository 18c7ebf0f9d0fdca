"""Errors the services raise; each carries a plain reason a user can act on.

A reason is an English sentence with {named} fields and the values that fill them:
`InvalidInput("the programme {id} has no start time", id=7)`. The sentence is also the key
of its translation (Qt context "Errors"), so the window shows it in the interface's
language (console.ui.errors.error_text) and the command line in English.
"""

from __future__ import annotations

from ..text.translatable import ExplainedError
from .translatable import QT_TRANSLATE_NOOP


class ServiceError(ExplainedError, RuntimeError):
    """A refused or failed use case; str(error) is the one-line reason in English."""


class PermissionDenied(ServiceError):
    def __init__(self, username: str, role: str, permission: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "user {username} ({role}) may not {action}"),
                         username=username, role=role, action=permission.replace("_", " "))
        self.username = username
        self.role = role
        self.permission = permission


class AuthenticationFailed(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords in a row: the account waits until the time it names."""


class AccountDisabled(AuthenticationFailed):
    """An administrator disabled the account."""


class SettingLocked(InvalidInput):
    """The Department fixes this setting for every station of the province."""


class DatabaseFailed(ServiceError):
    """The station's database refused or failed a read or a write: busy, full, damaged, or
    its server away. Said without the SQL (which means nothing to an operator)."""


_BUSY = ("database is locked", "database is busy", "database table is locked")
_FULL = ("database or disk is full", "no space left", "disk full")
_REFUSED = ("password authentication failed", "no password supplied", "authentication failed",
            "does not exist")
_AWAY = ("could not connect", "connection refused", "server closed the connection",
         "connection to server", "terminating connection", "timeout expired")


def explained_failure(exc: BaseException) -> BaseException:
    """`exc` itself, or for a database error the DatabaseFailed that says it in plain words:
    what the window shows for an action that met one (console.ui.errors.error_text)."""
    from sqlalchemy.exc import SQLAlchemyError

    if not isinstance(exc, SQLAlchemyError):
        return exc
    cause = getattr(exc, "orig", None) or exc
    detail = (str(cause).strip().splitlines() or [type(cause).__name__])[0][:200]
    lowered = detail.lower()
    if any(marker in lowered for marker in _BUSY):
        failed = DatabaseFailed(QT_TRANSLATE_NOOP(
            "Errors", "the station's database is busy: another computer or task is writing "
                      "to it. Try again in a moment"))
    elif any(marker in lowered for marker in _FULL):
        failed = DatabaseFailed(QT_TRANSLATE_NOOP(
            "Errors", "the disk holding the station's database is full: free some space, "
                      "then try again"))
    elif any(marker in lowered for marker in _REFUSED):  # before _AWAY: said in one line
        failed = DatabaseFailed(QT_TRANSLATE_NOOP(
            "Errors", "the station's database server refused the user name, the password or "
                      "the database name ({reason})"), reason=detail)
    elif any(marker in lowered for marker in _AWAY):
        failed = DatabaseFailed(QT_TRANSLATE_NOOP(
            "Errors", "the station's database server does not answer ({reason})"),
            reason=detail)
    else:
        failed = DatabaseFailed(QT_TRANSLATE_NOOP(
            "Errors", "the station's database could not do this ({reason})"), reason=detail)
    failed.__cause__ = exc
    return failed
