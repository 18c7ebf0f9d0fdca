"""Accounts: one-time passwords, the sign-in lock, roles, disabling, all audited."""

from __future__ import annotations

import datetime as dt

import pytest

from console.models.enums import Role
from console.services import audit
from console.services.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from console.services.passwords import MIN_LENGTH
from console.services.users import LOCK_AFTER, LOCK_FOR, OTP_LENGTH, UserService
from console.station import StationContext

ADMIN_PW = "quan-tri-2026"


@pytest.fixture
def users(ctx: StationContext) -> UserService:
    service = UserService(ctx.db)
    service.create_first_admin("quantri", ADMIN_PW, "Quản trị")
    return service


def _actions(ctx: StationContext) -> list[str]:
    return [row.action for row in reversed(audit.recent(ctx.db, limit=1000))]


def test_one_time_password_must_be_changed(ctx: StationContext, users: UserService) -> None:
    admin = users.authenticate("quantri", ADMIN_PW)
    users.add_user(admin, "vanhanh", Role.OPERATOR, "tam-thoi-123", "Người vận hành",
                   one_time=True)
    signed = users.sign_in("vanhanh", "tam-thoi-123")
    assert signed.must_change_password and signed.actor.role is Role.OPERATOR
    with pytest.raises(InvalidInput, match="user name"):
        users.change_password("vanhanh", "tam-thoi-123", "VanHanh")
    with pytest.raises(InvalidInput, match=f"at least {MIN_LENGTH}"):
        users.change_password("vanhanh", "tam-thoi-123", "x" * (MIN_LENGTH - 1))
    with pytest.raises(InvalidInput, match="differ"):
        users.change_password("vanhanh", "tam-thoi-123", "tam-thoi-123")
    users.change_password("vanhanh", "tam-thoi-123", "mat-khau-rieng")
    assert not users.sign_in("vanhanh", "mat-khau-rieng").must_change_password
    with pytest.raises(AuthenticationFailed):
        users.sign_in("vanhanh", "tam-thoi-123")
    with pytest.raises(AuthenticationFailed, match="current password is not right"):
        users.change_password("vanhanh", "tam-thoi-123", "mat-khau-khac")  # no user name typed

    reset = users.reset_password(admin, "vanhanh")
    assert len(reset) == OTP_LENGTH and not set(reset) & set("0O1lI")
    assert users.sign_in("vanhanh", reset).must_change_password
    assert users.get("vanhanh").must_change_password
    actions = _actions(ctx)
    for action in ("user.create", "user.password_change", "user.password_reset"):
        assert action in actions
    assert not any("tam-thoi" in str(row.detail) or reset in str(row.detail)
                   for row in audit.recent(ctx.db, limit=1000))


def test_five_wrong_passwords_lock_for_five_minutes(ctx: StationContext,
                                                   users: UserService) -> None:
    admin = users.authenticate("quantri", ADMIN_PW)
    users.add_user(admin, "bientap", Role.EDITOR, "bien-tap-vien")
    now = dt.datetime(2026, 12, 5, 7, 0, tzinfo=dt.UTC)  # 14:00 in Hà Nội
    for _ in range(LOCK_AFTER - 1):
        with pytest.raises(AuthenticationFailed) as wrong:
            users.sign_in("bientap", "sai-mat-khau", now=now)
        assert not isinstance(wrong.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        users.sign_in("bientap", "sai-mat-khau", now=now)
    assert locked.value.params == {"username": "bientap", "until": "14:05", "count": LOCK_AFTER}
    assert "locked until 14:05" in str(locked.value)
    # The right password is refused too while the lock lasts …
    with pytest.raises(AccountLocked):
        users.sign_in("bientap", "bien-tap-vien", now=now + LOCK_FOR / 2)
    # … and accepted after it.
    users.sign_in("bientap", "bien-tap-vien", now=now + LOCK_FOR + dt.timedelta(seconds=1))
    assert not users.get("bientap").locked(now + LOCK_FOR + dt.timedelta(seconds=2))

    rows = [r for r in audit.recent(ctx.db, limit=1000) if r.subject == "bientap"]
    failed = [r for r in rows if r.action == "user.login_failed"]
    assert len(failed) == LOCK_AFTER + 1  # five counted, one more while locked
    assert sum(1 for r in rows if r.action == "user.locked") == 1


def test_a_good_password_resets_the_count(users: UserService) -> None:
    for _ in range(LOCK_AFTER - 1):
        with pytest.raises(AuthenticationFailed):
            users.sign_in("quantri", "sai")
    users.sign_in("quantri", ADMIN_PW)
    for _ in range(LOCK_AFTER - 1):
        with pytest.raises(AuthenticationFailed) as wrong:
            users.sign_in("quantri", "sai")
        assert not isinstance(wrong.value, AccountLocked)


def test_unknown_names_are_audited_without_revealing_them(ctx: StationContext,
                                                         users: UserService) -> None:
    with pytest.raises(AuthenticationFailed) as unknown:
        users.sign_in("khong-co", "mat-khau-bat-ky")
    assert str(unknown.value) == "wrong user name or password"
    row = audit.recent(ctx.db, action="user.login_failed")[0]
    assert row.subject == "khong-co" and row.detail == {"unknown_user": True}


def test_roles_and_disabling(ctx: StationContext, users: UserService) -> None:
    admin = users.authenticate("quantri", ADMIN_PW)
    users.add_user(admin, "lanhdao", Role.APPROVER, "lanh-dao-xa")
    with pytest.raises(InvalidInput, match="only administrator"):
        users.set_role(admin, "quantri", Role.VIEWER)
    with pytest.raises(InvalidInput, match="your own account"):
        users.set_active(admin, "quantri", False)
    row = users.set_role(admin, "lanhdao", Role.ADMIN)
    assert row.role == "admin"
    leader = users.authenticate("lanhdao", "lanh-dao-xa")
    users.set_role(leader, "quantri", Role.EDITOR)  # another admin exists now
    users.set_active(leader, "quantri", False)
    with pytest.raises(AccountDisabled, match="disabled"):
        users.sign_in("quantri", ADMIN_PW)
    with pytest.raises(AuthenticationFailed, match="wrong"):
        users.sign_in("quantri", "sai-mat-khau")  # a wrong password says nothing more
    users.set_active(leader, "quantri", True)
    assert users.authenticate("quantri", ADMIN_PW).role is Role.EDITOR
    assert [u.username for u in users.list()] == ["lanhdao", "quantri"]  # nobody deleted
    with pytest.raises(PermissionDenied):
        users.set_role(users.authenticate("quantri", ADMIN_PW), "lanhdao", Role.VIEWER)
    with pytest.raises(NotFound):
        users.reset_password(leader, "khong-co")
    role_rows = audit.recent(ctx.db, action="user.role")
    assert [(r.subject, r.detail) for r in reversed(role_rows)] == [
        ("lanhdao", {"before": "approver", "after": "admin"}),
        ("quantri", {"before": "admin", "after": "editor"})]
    assert {"user.disable", "user.enable"} <= set(_actions(ctx))


def test_enabling_lifts_a_lock(users: UserService) -> None:
    admin = users.authenticate("quantri", ADMIN_PW)
    users.add_user(admin, "xem", Role.VIEWER, "chi-xem-thoi")
    for _ in range(LOCK_AFTER):
        with pytest.raises(AuthenticationFailed):
            users.sign_in("xem", "sai")
    assert users.get("xem").locked()
    users.reset_password(admin, "xem")
    assert not users.get("xem").locked()
