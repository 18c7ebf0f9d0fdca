"""search index: no prefix indexes (the last word's longer words are looked up instead)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 12:00:00

SQLite only (PostgreSQL's search is its own, see 0009 and 0010). The FTS5 index kept
prefix indexes of three and four letters so that "tha" found "thanh" quickly; building
them cost a long sync more than a third of its indexing work. A search now looks the
words with that start up in the index's vocabulary and asks for any of them
(console.search.terms), as fast. FTS5 cannot drop a prefix index from a table, so the
table is made again and filled from source_item: a few seconds for 100,000 items. Every
text is then indexed as it is, so nothing stays queued.

The SQL is written out on purpose, as in 0002.
"""

from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

_COLS = "title, summary, body, tags, issuer"


def _d(expr: str) -> str:
    return f"replace(replace({expr}, 'đ', 'd'), 'Đ', 'D')"


_TAGS = ("(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(s.tags) "
         "THEN s.tags ELSE json_array(s.tags) END))")
_VALUES = ", ".join([_d("s.title"), _d("s.summary"), _d("s.body"), _d(_TAGS), _d("s.issuer")])


def _remake_index(prefix: str) -> None:
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.execute("DROP TABLE item_fts")
    op.execute(f"CREATE VIRTUAL TABLE item_fts USING fts5({_COLS}, content='', "
               f"tokenize='unicode61 remove_diacritics 2'{prefix})")
    for key, value in (("rank", "'bm25(10.0, 4.0, 1.0, 6.0, 3.0)'"), ("automerge", "16"),
                       ("hashsize", str(16 * 1024 * 1024))):
        op.execute(f"INSERT INTO item_fts(item_fts, rank) VALUES ('{key}', {value})")
    op.execute(f"INSERT INTO item_fts (rowid, {_COLS}) SELECT k.key, {_VALUES} "
               "FROM library_item k JOIN source_item s ON s.id = k.item_id ORDER BY k.key")
    op.execute("DELETE FROM item_search_queue")


def upgrade() -> None:
    _remake_index("")


def downgrade() -> None:
    _remake_index(", prefix='3 4'")
