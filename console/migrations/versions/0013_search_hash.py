"""search index: FTS5 writes a sync's batch of texts as one segment

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 02:30:00

SQLite only (a setting of the FTS5 table, kept in its own config table). FTS5 holds the
terms of what a transaction indexes in memory and writes them out as a new index segment
each time they pass its hash size, 1 MB by default: a few hundred items of a sync. At
16 MB a sync's batch of 8,000 items becomes one segment, which leaves far less to merge
(console.search.ddl.HASHSIZE). Nothing is rebuilt; the memory is taken only as used.
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def _hashsize(size: int) -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(f"INSERT INTO item_fts(item_fts, rank) VALUES ('hashsize', {size})")


def upgrade() -> None:
    _hashsize(16 * 1024 * 1024)


def downgrade() -> None:
    _hashsize(1024 * 1024)  # FTS5's own default
