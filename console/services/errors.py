"""Errors the services raise; each carries a plain reason a user can act on."""

from __future__ import annotations


class ServiceError(RuntimeError):
    """A refused or failed use case; str(error) is the one-line reason."""


class PermissionDenied(ServiceError):
    def __init__(self, username: str, role: str, permission: str) -> None:
        super().__init__(f"user {username!r} ({role}) may not {permission.replace('_', ' ')}")
        self.username = username
        self.role = role
        self.permission = permission


class AuthenticationFailed(ServiceError):
    pass


class NotFound(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass
