"""Alembic migrations shipped in the package: run at start-up, after a backup.

A database stamped with a revision this program does not know (written by a newer
version) is refused and left byte-for-byte untouched.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from ..backup import backup_database
from ..filemodes import create_private_file, refuse_links, tighten
from ..text.translatable import QT_TRANSLATE_NOOP, ExplainedError
from .bulk_load import DEFERRED, ensure_deferred, restore_deferred_in_file
from .database import Database, DatabaseError, EngineSetup, sqlite_url
from .integrity import check_database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class MigrationError(DatabaseError):
    pass


class DatabaseTooNew(MigrationError):
    pass


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


@functools.cache
def _script() -> ScriptDirectory:
    """The migration scripts, read once a process: Alembic reads and compiles every one of
    them each time it is asked otherwise (three times for each database opened)."""
    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(path: Path) -> str | None:
    """Read the stamped revision without changing a byte of the file (immutable open)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    # A database we may refuse must not change by a byte. Without a WAL file there is
    # nothing pending, so open it immutable (creates no -shm/-wal either); with one,
    # mode=ro still sees the pages committed there by a process that has it open.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    uri = f"file:{path.as_posix()}?mode=ro" + ("" if has_wal else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            row = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            ver = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"The database file {path} cannot be read ({exc}). It may be damaged; "
            "restore the last backup with `commune-console restore`."
        ) from exc
    return ver[0] if ver else None


def check_not_too_new(path: Path) -> str | None:
    rev = current_revision(path)
    if rev is not None and rev not in known_revisions():
        raise DatabaseTooNew(
            f"The database {path} was written by a newer version of the console "
            f"(schema {rev}). Install that version or newer; the file was not changed."
        )
    return rev


def upgrade_on(conn: Connection, url: str, revision: str = "head") -> None:
    """alembic.command.upgrade() in the caller's transaction, with the scripts read once
    (_script())."""
    cfg = alembic_config(url)
    cfg.attributes["connection"] = conn
    script = _script()
    # What command.upgrade runs (Alembic 1.13 to 1.20 at least); one without it upgrades through
    # its own command, reading the scripts again.
    upgrade_revs = getattr(script, "_upgrade_revs", None)
    if upgrade_revs is None:
        command.upgrade(cfg, revision)
        return

    def steps(current: object, _context: object) -> object:
        return upgrade_revs(revision, current)

    with EnvironmentContext(cfg, script, fn=steps, as_sql=False, starting_rev=None,
                            destination_rev=revision, tag=None):
        script.run_env()


def upgrade(db: Database, revision: str = "head") -> None:
    with db.engine.begin() as conn:
        upgrade_on(conn, db.url, revision)


def open_database(path: Path, backups_dir: Path | None = None, *,
                  setup: Iterable[EngineSetup] = ()) -> Database:
    """Open (creating if needed) and migrate the station database at `path`.

    A damaged file raises DatabaseCorrupt (naming the last backup) and is not touched.
    """
    side_files = [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]
    refuse_links(path, *side_files)  # SQLite would follow them out of the data folder
    check_database(path, backups_dir)
    rev = check_not_too_new(path)
    head = head_revision()
    if rev is not None and rev != head and backups_dir is not None:
        copy = backup_database(path, backups_dir, reason=f"before-upgrade-{rev}",
                               finish=restore_deferred_in_file)
        log.info("backed up the database to %s before upgrading from %s", copy, rev)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        create_private_file(path)  # 0600: SQLite gives its -wal and -shm the same mode
    for file in (path, *side_files):
        tighten(file)  # files of earlier releases were 0644
    db = Database(sqlite_url(path), setup=setup)
    if rev != head:
        try:
            upgrade(db)
        except Exception as exc:
            db.dispose()
            raise MigrationError(f"Could not upgrade the database: {exc}") from exc
        log.info("database at schema %s", head)
    if ensure_deferred(db):
        log.info("built the indexes a cut-short first sync had left: %s",
                 ", ".join(str(i.name) for i in DEFERRED))
    return db


# --- the station's PostgreSQL server ------------------------------------------------------

MIN_SERVER_VERSION = 130000   # normalize() (NFC in the fold function) came with 13
# pg_advisory_xact_lock key of the migrations: two workstations starting together
# upgrade one after the other, the second finds nothing left to do.
MIGRATION_LOCK = 0x0C0C_0005


class ServerUnavailable(ExplainedError, DatabaseError):
    """The station's database server cannot be reached or refused us (said in the
    interface's language in the window, in English on the command line)."""


def server_revision(conn: Connection) -> str | None:
    """The stamped revision of a server database (None: an empty database)."""
    if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def connect_server(db: Database) -> tuple[int, str | None]:
    """(server version number, stamped revision); a clear ServerUnavailable when the server
    cannot be reached, refuses the login or is too old."""
    try:
        with db.engine.connect() as conn:
            version = int(conn.exec_driver_sql("SHOW server_version_num").scalar_one())
            rev = server_revision(conn)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ServerUnavailable(QT_TRANSLATE_NOOP(
            "Errors", "Cannot reach the station's database server ({url}): {reason}"),
            url=str(db.url), reason=reason) from exc
    if version < MIN_SERVER_VERSION:
        raise ServerUnavailable(QT_TRANSLATE_NOOP(
            "Errors", "The database server at {url} runs PostgreSQL {version}; the console "
                      "needs 13 or newer."), url=str(db.url), version=version // 10000)
    return version, rev


def open_server_database(url: str, *, setup: Iterable[EngineSetup] = (),
                         before_upgrade: Callable[[Database, str], None] | None = None
                         ) -> Database:
    """Open and migrate the station database on a PostgreSQL server.

    A database written by a newer console is refused untouched. `before_upgrade(db, rev)`
    runs before an existing database is upgraded (a pg_dump backup).
    """
    db = Database(url, setup=setup)
    try:
        _version, rev = connect_server(db)
        if rev is not None and rev not in known_revisions():
            raise DatabaseTooNew(
                f"The database {db.url} was written by a newer version of the console "
                f"(schema {rev}). Install that version or newer; nothing was changed.")
        head = head_revision()
        if rev != head:
            if rev is not None and before_upgrade is not None:
                before_upgrade(db, rev)
            with db.engine.begin() as conn:
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                if server_revision(conn) != head:   # another workstation may have done it
                    upgrade_on(conn, "postgresql://")
            log.info("database %s at schema %s", db.url, head)
    except DatabaseError:
        db.dispose()
        raise
    except Exception as exc:
        db.dispose()
        raise MigrationError(f"Could not upgrade the database: {exc}") from exc
    return db
