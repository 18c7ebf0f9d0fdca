"""What can go wrong talking to the source system, in words an operator understands.

A reason is an English sentence; where the window shows it, the sentence with {named}
fields (`message`) is also the key of its translation (Qt context "Errors") and `params`
fill it, as for the services' errors. The command line prints str(error), in English.
"""

from __future__ import annotations

from typing import Any

from ..text.translatable import ExplainedError


class SyncError(ExplainedError, RuntimeError):
    """Base of source-system errors; str() is a one-line reason."""


class SourceUnavailable(SyncError):
    """The server cannot be reached or keeps failing: the link is down or degraded."""


class LoginFailed(SyncError):
    """The account or password was refused."""


class NotLoggedIn(SyncError):
    """No account is configured for the source system."""


class CursorExpired(SyncError):
    """The change cursor is too old (410): start again and reconcile."""


class ProtocolError(SyncError):
    """The server answered something the contract does not allow (not retried)."""


class AnswerRefused(ProtocolError):
    """An answer that breaks a limit (size, decompression, encoding, schema): asking again
    would bring the same answer, so it is not asked for again in this run."""


class BrokenAnswer(ProtocolError):
    """A truncated or garbled body: worth another try, like a dropped connection."""


class Stalled(BrokenAnswer):
    """The answer arrives too slowly to ever finish (a slow drip): given up, tried again."""


class FeedStuck(ProtocolError):
    """The change feed makes no progress (the same cursor again and again, a cursor that
    goes back, pages with nothing new): the pull stops and keeps what it stored."""


class PermanentError(SyncError):
    """A request the server will never accept as it is (4xx): do not retry."""

    def __init__(self, message: str, status: int | None = None, /, **params: Any) -> None:
        super().__init__(message, **params)
        self.status = status



class Cancelled(SyncError):
    pass


class IncompleteSync(SyncError):
    """A sync run that stopped part-way (`cause`) after keeping what it got: the items it
    stored, their media and the outbox; `result` holds its figures."""

    def __init__(self, cause: SyncError, result: Any) -> None:
        super().__init__(cause.message or str(cause), **cause.params)
        self.cause = cause
        self.result = result
