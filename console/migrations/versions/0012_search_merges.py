"""search index: FTS5 merges its segments sixteen at a time

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 00:00:00

SQLite only (a setting of the FTS5 table, kept in its own config table; PostgreSQL's
search is its own, see 0009 and 0010). With FTS5's default of four, a long sync spent
about a third of its indexing time merging segments; sixteen at a time merges less, and
a search reads a few more segments, which the library's search benchmark shows not to
matter (console.search.ddl.AUTOMERGE). Nothing is rebuilt: the setting applies to the
merges to come.
"""

from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def _automerge(segments: int) -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f"INSERT INTO item_fts(item_fts, rank) VALUES ('automerge', {segments})")


def upgrade() -> None:
    _automerge(16)


def downgrade() -> None:
    _automerge(4)
