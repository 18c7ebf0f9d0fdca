"""Every migration on PostgreSQL: step by step with the rows written under each revision
kept, the schema the entities declare, and down to nothing and up again."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from console.db.database import Database
from console.db.migrate import alembic_config, upgrade
from console.models import Base

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]

# SQLite's FTS5 tables (0002/0003) and PostgreSQL's own search tables (0009, 0010) differ
# on purpose.
_SEARCH_TABLES = {"item_fts", "item_fts_config", "item_fts_data", "item_fts_docsize",
                  "item_fts_idx", "item_search", "item_pairs"}


def _table_of(change: Any) -> str:
    kind, subject = change[0], change[1]
    if kind in ("add_table", "remove_table"):
        return str(subject.name)
    if kind in ("add_index", "remove_index"):
        return str(subject.table.name)
    return "?"


def test_every_migration_on_postgresql(pg_server: Any) -> None:
    pg_server.sql("DROP DATABASE IF EXISTS migrations_steps WITH (FORCE)")
    pg_server.sql("CREATE DATABASE migrations_steps")
    url = pg_server.url("migrations_steps")
    script = ScriptDirectory.from_config(alembic_config(url))
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    db = Database(url)
    try:
        for revision in revisions:
            upgrade(db, revision)
            with db.engine.begin() as conn:
                conn.execute(sa.text(
                    "INSERT INTO audit_log (at, actor, action, subject, detail) "
                    "VALUES (CURRENT_TIMESTAMP, 'test', 'migration.marker', :s, '{}')"),
                    {"s": f"under {revision}"})
        with db.engine.connect() as conn:
            subjects = set(conn.execute(sa.text(
                "SELECT subject FROM audit_log WHERE action = 'migration.marker'")).scalars())
            assert subjects == {f"under {r}" for r in revisions}
            # 0004's starter templates, written with PostgreSQL's booleans.
            assert conn.execute(sa.text(
                "SELECT count(*) FROM programme WHERE is_template")).scalar() == 2
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert [c for c in diff if _table_of(c) not in _SEARCH_TABLES] == []
        with pytest.raises(sa.exc.IntegrityError, match="append-only"), \
                db.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM audit_log"))
    finally:
        db.dispose()
    config = alembic_config(url)
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    pg_server.sql("DROP DATABASE migrations_steps WITH (FORCE)")
