"""Data layer: migrations, pragmas, refusal of newer databases, append-only audit."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from console.db import DatabaseTooNew, current_revision, head_revision, open_database
from console.db.database import Database, sqlite_url
from console.db.migrate import alembic_config, upgrade
from console.models import AuditEntry, Base


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_database_migrates_to_head(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.sqlite3", tmp_path / "backups")
    try:
        assert current_revision(tmp_path / "c.sqlite3") == head_revision()
        inspector = sa.inspect(db.engine)
        assert set(Base.metadata.tables) <= set(inspector.get_table_names())
    finally:
        db.dispose()


def test_an_alembic_without_its_upgrade_steps_still_migrates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scripts are read once a process and upgraded through Alembic's own steps; an
    Alembic that no longer has them upgrades through its command, to the same schema."""
    from console.db import migrate

    # Gone from the scripts read once (command.upgrade reads its own, as such an Alembic's).
    monkeypatch.setattr(migrate._script(), "_upgrade_revs", None)
    db = open_database(tmp_path / "c.sqlite3", tmp_path / "backups")
    try:
        assert current_revision(tmp_path / "c.sqlite3") == head_revision()
        assert set(Base.metadata.tables) <= set(sa.inspect(db.engine).get_table_names())
    finally:
        db.dispose()


def test_schema_matches_models(tmp_path: Path) -> None:
    """The migrations build exactly what the entities declare (no forgotten migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database(tmp_path / "c.sqlite3")
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_pragmas(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_newer_than_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(path, tmp_path / "backups")
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_every_migration_keeps_earlier_data(tmp_path: Path) -> None:
    """Upgrade step by step; rows written under each revision survive every later one."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    db = Database(sqlite_url(tmp_path / "steps.sqlite3"))
    written: list[tuple[str, str]] = []
    try:
        for revision in revisions:
            upgrade(db, revision)
            with db.engine.begin() as conn:
                marker = f"under {revision}"
                conn.execute(sa.text(
                    "INSERT INTO audit_log (at, actor, action, subject, detail) "
                    "VALUES (CURRENT_TIMESTAMP, 'test', 'migration.marker', :s, '{}')"),
                    {"s": marker})
                conn.execute(sa.text(
                    "INSERT INTO sync_state (key, value, updated_at) "
                    "VALUES (:k, '\"v\"', CURRENT_TIMESTAMP)"), {"k": marker})
                written.append((revision, marker))
        with db.engine.connect() as conn:
            subjects = set(conn.execute(sa.text(
                "SELECT subject FROM audit_log WHERE action='migration.marker'")).scalars())
            keys = set(conn.execute(sa.text("SELECT key FROM sync_state")).scalars())
        for _revision, marker in written:
            assert marker in subjects and marker in keys
    finally:
        db.dispose()


def test_upgrade_from_older_schema_backs_up_first(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    if len(revisions) < 2:
        pytest.skip("only one schema revision so far")
    path = tmp_path / "c.sqlite3"
    db = Database(sqlite_url(path))
    upgrade(db, revisions[-2])
    db.dispose()
    open_database(path, tmp_path / "backups").dispose()
    assert list((tmp_path / "backups").glob("*.sqlite3"))
    assert current_revision(path) == head_revision()


def test_audit_log_is_append_only(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:
        session.add(AuditEntry(actor="a", action="test"))
    with pytest.raises(sa.exc.IntegrityError, match="append-only"), ctx.db.write() as session:
        session.execute(sa.text("UPDATE audit_log SET actor = 'b'"))
    with pytest.raises(sa.exc.IntegrityError, match="append-only"), ctx.db.write() as session:
        session.execute(sa.text("DELETE FROM audit_log"))
