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
