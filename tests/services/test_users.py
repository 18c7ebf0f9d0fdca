"""Users, roles enforced in the services, the audit trail."""

from __future__ import annotations

import pytest

from console.models.enums import Role
from console.services import audit
from console.services.errors import (
    AuthenticationFailed,
    InvalidInput,
    PermissionDenied,
    ServiceError,
)
from console.services.passwords import hash_password, verify_password
from console.services.permissions import ROLE_PERMISSIONS, Actor, Permission
from console.services.users import UserService


def test_password_hash_roundtrip_and_salt() -> None:
    a, b = hash_password("mật khẩu"), hash_password("mật khẩu")
    assert a != b and a.startswith("scrypt$")
    assert verify_password("mật khẩu", a)
    assert not verify_password("mat khau", a)
    assert not verify_password("x", "garbage")


def test_first_admin_then_roles(ctx) -> None:  # type: ignore[no-untyped-def]
    assert not UserService(ctx.db).has_users()
    admin = UserService(ctx.db).create_first_admin("quantri", "bí-mật-1")
    with pytest.raises(ServiceError):
        UserService(ctx.db).create_first_admin("again", "bí-mật-1")
    UserService(ctx.db).add_user(admin, "bientap", Role.EDITOR, "pw-123456")
    editor = UserService(ctx.db).authenticate("bientap", "pw-123456")
    assert editor.role is Role.EDITOR
    with pytest.raises(PermissionDenied):
        UserService(ctx.db).add_user(editor, "x", Role.ADMIN, "pw-123456")
    with pytest.raises(AuthenticationFailed):
        UserService(ctx.db).authenticate("bientap", "wrong")
    with pytest.raises(AuthenticationFailed):
        UserService(ctx.db).authenticate("nobody", "pw-123456")
    with pytest.raises(InvalidInput):
        UserService(ctx.db).add_user(admin, "bientap", Role.EDITOR, "pw-123456")
    with pytest.raises(InvalidInput):
        UserService(ctx.db).add_user(admin, "short", Role.EDITOR, "pw")
    actions = [row.action for row in audit.recent(ctx.db)]
    assert actions.count("user.create") == 2 and "user.login" in actions


def test_password_never_stored_in_clear(ctx) -> None:  # type: ignore[no-untyped-def]
    UserService(ctx.db).create_first_admin("quantri", "very-secret-password")
    ctx.close()
    raw = ctx.paths.database.read_bytes()
    wal = ctx.paths.database.with_name(ctx.paths.database.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert b"very-secret-password" not in raw


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(role: Role) -> None:
    actor = Actor("u", role)
    for permission in Permission:
        if permission in ROLE_PERMISSIONS[role]:
            actor.require(permission)
        else:
            with pytest.raises(PermissionDenied):
                actor.require(permission)
    assert (role is Role.ADMIN) == all(actor.can(p) for p in Permission)
    assert (role is Role.VIEWER) == (not any(actor.can(p) for p in Permission))
