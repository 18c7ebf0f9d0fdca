"""Putting a backup back: only by an admin, only a whole station database, always audited.

A restore replaces every user and the audit log, so it is the strongest thing anyone can
do to a station. The steps:

1. stage: the backup is copied to a temporary file in the data folder, created exclusively
   and never through a link (console.backup.stage_backup);
2. check: that copy must pass SQLite's integrity check and carry a schema this program
   knows, exactly as its migrations make it (console.db.backup_check);
3. who: an admin signs in. Normally against the station's own users; when the station's
   database cannot be opened (damaged, missing, empty or without users) — the recovery
   path — against the users of the staged backup itself, so the person proves to be an
   admin of the data they put back;
4. install: the old database is moved aside (never deleted), the copy put in its place,
   migrated to the current schema, and the restore written to the audit log of the
   restored database under that admin's name, with the backup's name and sha256.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..backup import file_sha256, install_staged, put_back, stage_backup
from ..db.backup_check import BackupFacts, BackupRejected, check_backup
from ..db.integrity import DatabaseCorrupt, check_database
from ..db.migrate import known_revisions
from ..filemodes import LinkRefused
from ..models.enums import Role
from ..paths import DataPaths
from ..station import DATABASE_SETUP, open_station_database
from . import audit
from .errors import AuthenticationFailed, InvalidInput
from .passwords import hash_password, verify_password
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    backup: Path
    sha256: str
    revision: str
    kept: Path | None
    verified_against: str  # "station" or "backup" (the recovery path)


def _admin_in_file(path: Path, username: str, password: str) -> Actor:
    """The active admin `username` of the database file at `path`, read-only."""
    uri = f"file:{path.as_posix()}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not (wal.exists() and wal.stat().st_size):
        uri += "&immutable=1"  # nothing pending: change not even the -shm
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute("SELECT username, role, display_name, password_hash, active "
                               "FROM app_user WHERE username = ?", (username.strip(),)
                               ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("Errors", "the users of {file} cannot be read: {reason}"),
            file=path.name, reason=str(exc)) from exc
    # Hash even for unknown users so timing does not reveal which names exist.
    ok = verify_password(password, row[3] if row else hash_password("x"))
    if row is None or not ok or not row[4]:
        log.info("restore: failed sign-in for %r against %s", username, path.name)
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "wrong user name or password"))
    actor = Actor(row[0], Role(row[1]), row[2])
    actor.require(Permission.RESTORE_DATABASE)
    return actor


def _station_has_admins(path: Path) -> bool:
    """True when the station's own database opens and has at least one active admin."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        check_database(path, None)
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            admins = conn.execute("SELECT count(*) FROM app_user WHERE role = ? AND active",
                                  (Role.ADMIN.value,)).fetchone()[0]
        finally:
            conn.close()
    except (DatabaseCorrupt, sqlite3.DatabaseError, TypeError, OSError):
        return False
    return revision in known_revisions() and bool(admins)


class RestoreSession:
    """One restore of `backup` into the data folder `paths`: stage, authenticate, install."""

    def __init__(self, paths: DataPaths, backup: Path) -> None:
        self.paths = paths
        self.backup = backup
        self.staged: Path | None = None
        self.facts: BackupFacts | None = None
        self.sha256 = ""
        self.station_opens = _station_has_admins(paths.database)

    @property
    def recovery(self) -> bool:
        """True when the person is checked against the backup's own users."""
        return not self.station_opens

    def stage(self) -> BackupFacts:
        """Copy and check the backup; InvalidInput says why it is refused."""
        try:
            self.paths.refuse_links()
            staged = stage_backup(self.backup, self.paths.restoring)
        except LinkRefused as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "cannot restore: {reason}"),
                reason=str(exc)) from exc
        except (OSError, ValueError) as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "cannot read the backup {file}: {reason}"),
                file=str(self.backup), reason=str(exc)) from exc
        self.staged = staged
        try:
            self.facts = check_backup(staged, setup=DATABASE_SETUP, name=self.backup.name)
        except BackupRejected as exc:
            self.discard()
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "refused: {reason}"),
                reason=exc) from exc
        self.sha256 = file_sha256(staged)
        return self.facts

    def authenticate(self, username: str, password: str) -> Actor:
        """An admin of the station (or, on the recovery path, of the staged backup)."""
        if self.staged is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the backup has not been checked yet"))
        source = self.paths.database if self.station_opens else self.staged
        return _admin_in_file(source, username, password)

    def install(self, actor: Actor, *, aside: str | None = None) -> RestoreResult:
        actor.require(Permission.RESTORE_DATABASE)
        if self.staged is None or self.facts is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the backup has not been checked yet"))
        if aside is None:
            aside = "replaced" if self.station_opens else "corrupt"
        try:
            kept = install_staged(self.staged, self.paths.database, aside=aside)
        except (OSError, LinkRefused) as exc:
            self.discard()
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "cannot restore: {reason}"),
                reason=str(exc)) from exc
        self.staged = None
        result = RestoreResult(self.backup, self.sha256, self.facts.revision, kept,
                               "station" if self.station_opens else "backup")
        # Opening migrates a backup taken before an upgrade to the current schema. Until
        # it has opened, the replaced database waits aside and goes back if it does not.
        try:
            db = open_station_database(self.paths.database, self.paths.backups)
            try:
                with db.write() as session:
                    audit.record(session, actor, "database.restore", self.backup.name,
                                 backup=str(self.backup), sha256=self.sha256,
                                 schema=self.facts.revision, kept=str(kept) if kept else None,
                                 verified_against=result.verified_against)
            finally:
                db.dispose()
        except Exception as exc:
            failed = put_back(self.paths.database, kept)
            log.error("the restored database from %s did not open (%s); the previous one is "
                      "back in place, the restored copy kept as %s", self.backup, exc, failed)
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the restored database did not open ({reason}); the "
                                            "previous one is back in place"),
                reason=str(exc)) from exc
        log.warning("%s restored the database from %s (sha256 %s); the previous file is "
                    "kept as %s", actor.username, self.backup, self.sha256, kept)
        return result

    def discard(self) -> None:
        """Remove the staged copy (after a refusal or a cancelled sign-in)."""
        if self.staged is not None:
            self.staged.unlink(missing_ok=True)
            self.staged = None

