"""Security review, finding 7: password storage and file modes.

Passwords were hashed with scrypt N=2^14 and could be 4 characters long; the database,
backups and logs were created 0644. Now: scrypt N=2^17, r=8, p=1 (OWASP), an older hash is
rehashed at the owner's next successful sign-in, a password has at least 8 characters and
is not the user name, and the station's files are the owner's only (0600 in 0700 folders).

The suite hashes at a lower cost (tests/conftest.py sets the test-only variable); the cost
itself is checked here in a process without it, and one rehash runs at the real cost.
"""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from console.app import open_station
from console.backup import backup_database, list_backups
from console.models import User
from console.models.enums import Role
from console.services import audit, passwords
from console.services.errors import InvalidInput
from console.services.users import UserService
from console.station import StationContext


@pytest.mark.parametrize(("username", "password"), [
    ("admin", "1234"),            # accepted before: 4 characters were enough
    ("admin", "7-chars"),
    ("quantri-xa", "quantri-xa"),  # the user name itself
    ("QuanTri-Xa", "quantri-xa "),
])
def test_weak_passwords_are_refused(ctx: StationContext, username: str, password: str) -> None:
    with pytest.raises(InvalidInput):
        UserService(ctx.db).create_first_admin(username, password)
    assert not UserService(ctx.db).has_users()


def test_the_cost_is_owasps_without_the_test_variable() -> None:
    env = {k: v for k, v in os.environ.items() if k != passwords.TEST_COST_ENV}
    code = ("from console.services import passwords as p\n"
            "h = p.hash_password('mat-khau-that-dai')\n"
            "print(p.ACTIVE_COST.n, p.ACTIVE_COST.r, p.ACTIVE_COST.p, h.split('$')[1:4])\n"
            "assert p.verify_password('mat-khau-that-dai', h)\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:3] == ["131072", "8", "1"]
    assert "'131072', '8', '1'" in done.stdout


def test_an_old_hash_is_rehashed_at_the_next_sign_in(
        ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "ACTIVE_COST", passwords.DEFAULT_COST)  # the real cost
    old = passwords.hash_password("mat-khau-cu-1", passwords.Cost(2**14, 8, 1))
    with ctx.db.write() as session:                     # as an earlier release stored it
        session.add(User(username="lanhdao", role=Role.APPROVER.value, password_hash=old))
    users = UserService(ctx.db)
    with pytest.raises(Exception, match="wrong user name or password"):
        users.authenticate("lanhdao", "sai-mat-khau")
    assert _stored(ctx, "lanhdao") == old                # a failed sign-in changes nothing
    users.authenticate("lanhdao", "mat-khau-cu-1")
    fresh = _stored(ctx, "lanhdao")
    assert fresh.split("$")[1:4] == ["131072", "8", "1"]
    assert not passwords.needs_rehash(fresh)
    assert passwords.verify_password("mat-khau-cu-1", fresh)
    logins = audit.recent(ctx.db, action="user.login")
    assert logins[0].detail == {"rehashed": True}


def _stored(ctx: StationContext, username: str) -> str:
    with ctx.db.read() as session:
        return session.scalar(select(User.password_hash).where(User.username == username))


# -- file modes --------------------------------------------------------------------------------

@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual 022: files would be world-readable unless the console says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Windows: the per-user profile's ACLs apply")
def test_station_files_are_the_owners_only(tmp_path: Path, loose_umask: None) -> None:
    from console.logsetup import setup_logging

    root = tmp_path / "station"
    setup_logging(root / "logs", to_stderr=False)
    logging.getLogger("console.test").warning("một dòng nhật ký")
    ctx = open_station(root)
    try:
        UserService(ctx.db).create_first_admin("admin", "mat-khau-quan-tri")
        backup = backup_database(ctx.paths.database, ctx.paths.backups, reason="test")
        files = [ctx.paths.database, root / "console.sqlite3-wal",
                 root / "console.sqlite3-shm", backup, root / "logs" / "console.log"]
        for path in files:
            assert path.exists(), path
            assert _mode(path) == 0o600, f"{path.name} is {_mode(path):o}"
        for folder in (root, ctx.paths.backups, ctx.paths.logs):
            assert _mode(folder) == 0o700, f"{folder.name} is {_mode(folder):o}"
    finally:
        ctx.close()
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_commune_console", False):
                logging.getLogger().removeHandler(handler)
                handler.close()


@pytest.mark.skipif(os.name != "posix", reason="Windows: the per-user profile's ACLs apply")
def test_files_of_an_earlier_release_are_tightened(tmp_path: Path, loose_umask: None) -> None:
    root = tmp_path / "station"
    open_station(root).close()
    open_station(root).close()                   # a second start makes the daily backup
    for path in [root, root / "backups", root / "console.sqlite3",
                 *list_backups(root / "backups")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    open_station(root).close()
    assert _mode(root / "console.sqlite3") == 0o600
    assert _mode(root) == 0o700 and _mode(root / "backups") == 0o700
