"""search index: a prefix index of four letters only; segments merged sixteen at a time

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 00:00:00

SQLite only (PostgreSQL's search is its own, see 0009 and 0010).

Storing a long sync's texts cost most in the FTS5 index: its prefix indexes (every word
stored again as its first three and its first four letters) and its merging of segments
(four at a time by default). Now:

- prefix='4': a typed last word of four letters or more is still one index lookup; one of
  three letters ("tha…") reads the words that start with them instead, a few tens of
  milliseconds on 150,000 items (benchmarks/bench_library.py);
- automerge 16: FTS5 merges segments once sixteen of a size pile up, about a third less
  merging; a search reads a few more segments, which the benchmark shows not to matter.

The prefix of an FTS5 table is fixed when it is created: the index is made again from
the items (the queue of texts waiting for it is then empty, their texts being in).
The SQL is written out on purpose, as in 0002.
"""

from __future__ import annotations

from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_COLS = "title, summary, body, tags, issuer"


def _d(expr: str) -> str:
    return f"replace(replace({expr}, 'đ', 'd'), 'Đ', 'D')"


def _tags(ref: str) -> str:
    return (f"(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid({ref}.tags)"
            f" THEN {ref}.tags ELSE json_array({ref}.tags) END))")


def _values(ref: str) -> str:
    return ", ".join([_d(f"{ref}.title"), _d(f"{ref}.summary"), _d(f"{ref}.body"),
                      _d(_tags(ref)), _d(f"{ref}.issuer")])


def _remake(prefix: str, automerge: int) -> None:
    op.execute("DROP TABLE IF EXISTS item_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE item_fts USING fts5({_COLS}, content='', "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{prefix}')")
    op.execute("INSERT INTO item_fts(item_fts, rank) VALUES "
               "('rank', 'bm25(10.0, 4.0, 1.0, 6.0, 3.0)')")
    op.execute(f"INSERT INTO item_fts(item_fts, rank) VALUES ('automerge', {automerge})")
    op.execute("DELETE FROM item_search_queue")
    op.execute(f"INSERT INTO item_fts (rowid, {_COLS}) SELECT k.key, {_values('s')} "
               "FROM library_item k JOIN source_item s ON s.id = k.item_id ORDER BY k.key")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _remake('4', 16)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _remake('3 4', 4)
