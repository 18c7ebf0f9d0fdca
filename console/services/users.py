"""Local users: the first admin, accounts an admin manages, signing in, passwords.

Accounts are never deleted (the audit log keeps their names): they are disabled. Five
wrong passwords in a row lock an account for five minutes, whoever asks (window or
command line); a one-time password (new account, reset by an admin) must be replaced at
the next sign-in. Every change is written to the audit log in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import User, utcnow
from ..models.enums import Role
from ..timezone import to_station
from . import audit
from .errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    InvalidInput,
    NotFound,
    ServiceError,
)
from .passwords import MIN_LENGTH, hash_password, needs_rehash, verify_password
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

LOCK_AFTER = 5                       # wrong passwords in a row
LOCK_FOR = dt.timedelta(minutes=5)
# One-time passwords: no 0/O, 1/l/I, so that they can be read aloud and typed from paper.
_OTP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
OTP_LENGTH = 10


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str | None
    role: str
    active: bool
    must_change_password: bool = False
    locked_until: dt.datetime | None = None
    last_login_at: dt.datetime | None = None

    def locked(self, now: dt.datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


@dataclass(frozen=True)
class SignIn:
    """Who signed in, and whether they must choose a new password before anything else."""

    actor: Actor
    must_change_password: bool


def new_one_time_password() -> str:
    return "".join(secrets.choice(_OTP_ALPHABET) for _ in range(OTP_LENGTH))


def _validate_name(username: str) -> str:
    username = username.strip()
    if not username or len(username) > 100 or any(ch.isspace() for ch in username):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "a user name must be 1-100 characters without spaces"))
    return username


def validate_password(username: str, password: str) -> None:
    """The rules for a password a person chooses."""
    # The user name first: "too short" would hide that the name itself is no password.
    if password.strip().casefold() == username.strip().casefold():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the password must not be the user name"))
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the password must have at least {count} characters"),
            count=MIN_LENGTH)


def _row(user: User) -> UserRow:
    return UserRow(user.username, user.display_name, user.role, user.active,
                   user.must_change_password, user.locked_until, user.last_login_at)


def _lock_time(until: dt.datetime) -> str:
    return to_station(until).strftime("%H:%M")


class UserService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading ------------------------------------------------------------------------------

    def has_users(self) -> bool:
        with self._db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def list(self) -> list[UserRow]:
        with self._db.read() as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.username))]

    def get(self, username: str) -> UserRow:
        with self._db.read() as session:
            return _row(self._load(session, username))

    @staticmethod
    def _load(session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no user {username}"),
                           username=username)
        return user

    # -- creating -----------------------------------------------------------------------------

    def create_first_admin(self, username: str, password: str,
                           display_name: str | None = None) -> Actor:
        """Only on a fresh data folder: the first account, always an admin."""
        username = _validate_name(username)
        validate_password(username, password)
        with self._db.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise ServiceError(
                    QT_TRANSLATE_NOOP("Errors", "there are users already; an admin must add new "
                                                "ones"))
            session.add(User(username=username, display_name=display_name, role=Role.ADMIN,
                             password_hash=hash_password(password)))
            actor = Actor(username, Role.ADMIN, display_name)
            audit.record(session, actor, "user.create", username, role=Role.ADMIN.value,
                         first_admin=True)
        return actor

    def add_user(self, actor: Actor, username: str, role: Role, password: str,
                 display_name: str | None = None, *, one_time: bool = False) -> UserRow:
        """A new account; `one_time`: the password is a one-time password the user must
        replace at the first sign-in (what the window hands out)."""
        actor.require(Permission.MANAGE_USERS)
        username = _validate_name(username)
        if not one_time:
            validate_password(username, password)
        with self._db.write() as session:
            if session.scalar(select(User).where(User.username == username)):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "the user {username} exists already"),
                    username=username)
            session.add(User(username=username, display_name=display_name, role=role.value,
                             password_hash=hash_password(password),
                             must_change_password=one_time))
            extra = {"one_time_password": True} if one_time else {}
            audit.record(session, actor, "user.create", username, role=role.value, **extra)
        return UserRow(username, display_name, role.value, True, one_time)

    # -- signing in ---------------------------------------------------------------------------

    def sign_in(self, username: str, password: str, *,
                now: dt.datetime | None = None) -> SignIn:
        """Check a password; wrong ones count toward the lock, right ones reset the count."""
        name = username.strip()
        now = now or utcnow()
        with self._db.read() as session:
            user = session.scalar(select(User).where(User.username == name))
            stored = user.password_hash if user else None
            locked_until = user.locked_until if user else None
        if locked_until is not None and locked_until > now:
            self._record_failure(name, now, locked=True)
            raise AccountLocked(
                QT_TRANSLATE_NOOP("Errors", "the account {username} is locked until {until} "
                                            "after {count} wrong passwords; try again then, or "
                                            "ask the administrator"),
                username=name, until=_lock_time(locked_until), count=LOCK_AFTER)
        # Hash even for unknown users so timing does not reveal which names exist.
        ok = verify_password(password, stored or hash_password("x"))
        if user is None or not ok:
            log.info("failed login for %r", name)
            until = self._record_failure(name, now)
            if until is not None:
                raise AccountLocked(
                    QT_TRANSLATE_NOOP("Errors", "the account {username} is locked until {until} "
                                                "after {count} wrong passwords; try again then, "
                                                "or ask the administrator"),
                    username=name, until=_lock_time(until), count=LOCK_AFTER)
            raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "wrong user name or password"))
        if not user.active:
            raise AccountDisabled(
                QT_TRANSLATE_NOOP("Errors", "the account {username} is disabled; ask the "
                                            "administrator"),
                username=name)
        actor = Actor(user.username, Role(user.role), user.display_name)
        # A hash made at an older, lower cost is replaced now that the password is known.
        fresh = hash_password(password) if stored and needs_rehash(stored) else None
        with self._db.write() as session:
            row = self._load(session, user.username)
            row.last_login_at = now
            row.failed_logins = 0
            row.locked_until = None
            if fresh is not None and row.password_hash == stored:
                row.password_hash = fresh
            audit.record(session, actor, "user.login", user.username,
                         **({"rehashed": True} if fresh is not None else {}))
        return SignIn(actor, user.must_change_password)

    def authenticate(self, username: str, password: str) -> Actor:
        return self.sign_in(username, password).actor

    def _record_failure(self, name: str, now: dt.datetime, *,
                        locked: bool = False) -> dt.datetime | None:
        """Count a wrong password (audited); returns the end of the lock it started, if any."""
        who = Actor(name[:100] or "?", Role.VIEWER)
        with self._db.write() as session:
            user = session.scalar(select(User).where(User.username == name))
            if user is None:
                audit.record(session, who, "user.login_failed", name[:200], unknown_user=True)
                return None
            if locked:
                audit.record(session, who, "user.login_failed", name, locked=True)
                return None
            user.failed_logins += 1
            audit.record(session, who, "user.login_failed", name, attempt=user.failed_logins)
            if user.failed_logins < LOCK_AFTER:
                return None
            user.failed_logins = 0
            user.locked_until = now + LOCK_FOR
            audit.record(session, who, "user.locked", name, until=user.locked_until.isoformat(),
                         attempts=LOCK_AFTER)
            log.warning("account %r locked until %s after %d wrong passwords", name,
                        user.locked_until, LOCK_AFTER)
            return user.locked_until

    # -- passwords ----------------------------------------------------------------------------

    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """Everyone changes their own password, proving the old one (which counts toward
        the lock when wrong)."""
        try:
            signed = self.sign_in(username, old_password)
        except (AccountLocked, AccountDisabled):
            raise
        except AuthenticationFailed as exc:  # the person typed no user name here
            raise AuthenticationFailed(QT_TRANSLATE_NOOP(
                "Errors", "the current password is not right")) from exc
        if new_password == old_password:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the new password must differ from the old one"))
        validate_password(signed.actor.username, new_password)
        with self._db.write() as session:
            user = self._load(session, signed.actor.username)
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            audit.record(session, signed.actor, "user.password_change", user.username,
                         was_one_time=signed.must_change_password)

    def reset_password(self, actor: Actor, username: str) -> str:
        """A new one-time password (shown once, changed at the next sign-in); unlocks."""
        actor.require(Permission.MANAGE_USERS)
        password = new_one_time_password()
        with self._db.write() as session:
            user = self._load(session, username)
            user.password_hash = hash_password(password)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            audit.record(session, actor, "user.password_reset", user.username)
        return password

    # -- roles and disabling -----------------------------------------------------------------

    @staticmethod
    def _other_active_admins(session: Session, username: str) -> int:
        return session.scalar(select(func.count()).select_from(User).where(
            User.role == Role.ADMIN.value, User.active.is_(True),
            User.username != username)) or 0

    def set_role(self, actor: Actor, username: str, role: Role) -> UserRow:
        actor.require(Permission.MANAGE_USERS)
        with self._db.write() as session:
            user = self._load(session, username)
            before = user.role
            if before == role.value:
                return _row(user)
            if before == Role.ADMIN.value and user.active \
                    and not self._other_active_admins(session, user.username):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "{username} is the only administrator: make "
                                                "another account an administrator first"),
                    username=user.username)
            user.role = role.value
            audit.record(session, actor, "user.role", user.username, before=before,
                         after=role.value)
            return _row(user)

    def set_active(self, actor: Actor, username: str, active: bool) -> UserRow:
        """Disable (never delete) or enable an account; enabling also lifts a lock."""
        actor.require(Permission.MANAGE_USERS)
        with self._db.write() as session:
            user = self._load(session, username)
            if user.active == active:
                return _row(user)
            if not active:
                if user.username == actor.username:
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP("Errors", "you cannot disable your own account"))
                if user.role == Role.ADMIN.value \
                        and not self._other_active_admins(session, user.username):
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP("Errors", "{username} is the only administrator: make "
                                                    "another account an administrator first"),
                        username=user.username)
            user.active = active
            user.failed_logins = 0
            user.locked_until = None
            audit.record(session, actor, "user.enable" if active else "user.disable",
                         user.username)
            return _row(user)
