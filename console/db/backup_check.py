"""Is a file a whole backup of a station database this program can take back?

A restore replaces everything, users and audit log included, so a file is accepted only
when SQLite's full `PRAGMA integrity_check` passes, it is stamped with an Alembic revision
this program knows (a newer one is refused, as at start), and its tables, indexes, views
and triggers are exactly those the migrations make at that revision (a planted trigger or
view could act on every later write). Everything is read with the file opened read-only
and immutable: a refused file is not changed by a byte.
"""

from __future__ import annotations

import functools
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..text.translatable import QT_TRANSLATE_NOOP, ExplainedError
from .database import Database, DatabaseError, EngineSetup, sqlite_url
from .integrity import HEADER
from .migrate import known_revisions, upgrade

REQUIRED_TABLES = ("alembic_version", "app_user", "audit_log")


class BackupRejected(ExplainedError, DatabaseError):
    """The file is not a backup this program may restore; the reason says why."""


@dataclass(frozen=True)
class BackupFacts:
    revision: str
    users: int


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """(type, name, table, SQL of triggers and views) of every object but SQLite's own."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    return {(kind, name, table, " ".join((sql or "").split())
             if kind in ("trigger", "view") else "") for kind, name, table, sql in rows}


@functools.lru_cache(maxsize=8)
def _expected_schema(revision: str, setup: tuple[EngineSetup, ...]
                     ) -> frozenset[tuple[str, str, str, str]]:
    """The schema the migrations make at `revision`, built once in a scratch database."""
    with tempfile.TemporaryDirectory(prefix="commune-schema-") as tmp:
        path = Path(tmp) / "reference.sqlite3"
        db = Database(sqlite_url(path), setup=setup)
        try:
            upgrade(db, revision)
        finally:
            db.dispose()
        conn = _read_only(path)
        try:
            return frozenset(_schema(conn))
        finally:
            conn.close()


def check_backup(path: Path, *, setup: Iterable[EngineSetup] = (),
                 name: str | None = None) -> BackupFacts:
    """BackupRejected with a plain reason unless `path` is a whole, known station database.

    `name`: how the file is called in the reason (a staged copy is named for its original).
    """
    shown = name or path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "the backup {file} cannot be read: "
                                               "{reason}"),
                             file=shown, reason=exc.strerror or str(exc)) from exc
    if not head.startswith(HEADER):
        raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "{file} is not a database file"),
                             file=shown)
    try:
        conn = _read_only(path)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                found = " ".join("; ".join(problems).split())  # one line
                raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "the backup {file} is "
                                                       "damaged: {problems}"),
                                     file=shown, problems=found[:300])
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "{file} is not a station "
                                                       "database (it has no {tables} table)"),
                                     file=shown, tables=", ".join(missing))
            stamped = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            schema = _schema(conn)
            users = int(conn.execute("SELECT count(*) FROM app_user").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "the backup {file} cannot be read "
                                               "as a database: {reason}"),
                             file=shown, reason=str(exc)) from exc
    if len(stamped) != 1:
        raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "{file} has no single schema "
                                               "version"), file=shown)
    revision = str(stamped[0][0])
    if revision not in known_revisions():
        raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "{file} was written by a newer or "
                                               "another program (schema {revision}); this "
                                               "console does not know that schema"),
                             file=shown, revision=revision)
    expected = _expected_schema(revision, tuple(setup))
    if schema != expected:
        extra = sorted(f"{k} {n}" for k, n, _t, _s in schema - expected)
        absent = sorted(f"{k} {n}" for k, n, _t, _s in expected - schema)
        detail = "; ".join(filter(None, [
            ("unexpected or changed: " + ", ".join(extra[:5])) if extra else "",
            ("missing: " + ", ".join(absent[:5])) if absent else ""]))
        raise BackupRejected(QT_TRANSLATE_NOOP("Errors", "the schema of {file} is not the one "
                                               "of version {revision} ({detail})"),
                             file=shown, revision=revision, detail=detail)

    return BackupFacts(revision=revision, users=users)
