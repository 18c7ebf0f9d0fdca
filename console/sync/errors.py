"""What can go wrong talking to the source system, in words an operator understands."""

from __future__ import annotations


class SyncError(RuntimeError):
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
    """The server answered something the contract does not allow."""


class BrokenAnswer(ProtocolError):
    """A truncated or garbled body: worth another try, like a dropped connection."""


class Stalled(BrokenAnswer):
    """The answer arrives too slowly to ever finish (a slow drip): given up, tried again."""


class PermanentError(SyncError):
    """A request the server will never accept as it is (4xx): do not retry."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Cancelled(SyncError):
    pass
