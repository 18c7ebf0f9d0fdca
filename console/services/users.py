"""Local users: the first admin, adding users, logging in."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import Database
from ..models import User, utcnow
from ..models.enums import Role
from . import audit
from .errors import AuthenticationFailed, InvalidInput, ServiceError
from .passwords import hash_password, needs_rehash, password_problem, verify_password
from .permissions import Actor, Permission

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str | None
    role: str
    active: bool


def _validate(username: str, password: str) -> str:
    username = username.strip()
    if not username or len(username) > 100 or any(ch.isspace() for ch in username):
        raise InvalidInput("a user name must be 1-100 characters without spaces")
    problem = password_problem(username, password)
    if problem is not None:
        raise InvalidInput(problem[0], **problem[1])
    return username


class UserService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def has_users(self) -> bool:
        with self._db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    def list(self) -> list[UserRow]:
        with self._db.read() as session:
            users = session.scalars(select(User).order_by(User.username))
            return [UserRow(u.username, u.display_name, u.role, u.active) for u in users]

    def create_first_admin(self, username: str, password: str,
                           display_name: str | None = None) -> Actor:
        """Only on a fresh data folder: the first account, always an admin."""
        username = _validate(username, password)
        with self._db.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise ServiceError("there are users already; an admin must add new ones")
            session.add(User(username=username, display_name=display_name, role=Role.ADMIN,
                             password_hash=hash_password(password)))
            actor = Actor(username, Role.ADMIN, display_name)
            audit.record(session, actor, "user.create", username, role=Role.ADMIN.value,
                         first_admin=True)
        return actor

    def add_user(self, actor: Actor, username: str, role: Role, password: str,
                 display_name: str | None = None) -> UserRow:
        actor.require(Permission.MANAGE_USERS)
        username = _validate(username, password)
        with self._db.write() as session:
            if session.scalar(select(User).where(User.username == username)):
                raise InvalidInput(f"the user {username!r} exists already")
            session.add(User(username=username, display_name=display_name, role=role.value,
                             password_hash=hash_password(password)))
            audit.record(session, actor, "user.create", username, role=role.value)
        return UserRow(username, display_name, role.value, True)

    def authenticate(self, username: str, password: str) -> Actor:
        with self._db.read() as session:
            user = session.scalar(select(User).where(User.username == username.strip()))
            stored = user.password_hash if user else None
        # Hash even for unknown users so timing does not reveal which names exist.
        ok = verify_password(password, stored or hash_password("x"))
        if user is None or not ok or not user.active:
            log.info("failed login for %r", username)
            raise AuthenticationFailed("wrong user name or password")
        actor = Actor(user.username, Role(user.role), user.display_name)
        # A hash made at an older, lower cost is replaced now that the password is known.
        fresh = hash_password(password) if stored and needs_rehash(stored) else None
        with self._db.write() as session:
            row = session.scalar(select(User).where(User.username == user.username))
            if row is not None:
                row.last_login_at = utcnow()
                if fresh is not None and row.password_hash == stored:
                    row.password_hash = fresh
            audit.record(session, actor, "user.login", user.username,
                         **({"rehashed": True} if fresh is not None else {}))
        return actor
