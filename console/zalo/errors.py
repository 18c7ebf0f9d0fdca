"""Errors of the Zalo engine, by what the caller does next: wait and retry, renew the token,
stop and ask for a new refresh token, or give up on this one request."""

from __future__ import annotations


class ZaloError(Exception):
    """Any failure of a Zalo call; str() is an English reason for the log and the CLI."""


class ZaloUnavailable(ZaloError):
    """No answer, a timeout or a server error: the link is down; try again later.

    `maybe_sent` is False when the request certainly never reached Zalo (no connection
    could be made, or the token could not be had): a create that failed so need not be
    looked for before it is sent again.
    """

    def __init__(self, message: str, *, maybe_sent: bool = True) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


class ZaloRateLimited(ZaloError):
    """Error -32: too many calls; wait `retry_after_s` and try again."""

    def __init__(self, message: str, retry_after_s: float = 60.0) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class ZaloTokenInvalid(ZaloError):
    """Error -216: the access token is invalid or expired (the client renews it once)."""


class ZaloAuthRevoked(ZaloError):
    """The refresh token was refused (revoked, expired or already used): nothing will work
    until someone pastes a new one from the Zalo developer console. Never retried."""


class ZaloNotConnected(ZaloError):
    """No app id or refresh token stored: the OA was never connected (or was disconnected)."""


class ZaloRefused(ZaloError):
    """A non-zero error for this request (bad content, unknown article, …)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class ZaloBrokenAnswer(ZaloError):
    """The answer is not JSON or lacks a field the contract promises."""
