"""search speed on PostgreSQL: an index of the word pairs of every item

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 21:00:00

PostgreSQL only (SQLite's FTS5 index keeps the word positions it needs for phrases).

A GIN index over tsvectors knows which items hold a word, not where: a phrase
("đồng nai", the first ranking tiers) is checked item by item on the documents of every
item holding all its words, tens of thousands at 150,000 items. `item_pairs` holds, per
item_search key, each two words side by side in one field of the document as one lexeme
('dong_nai'), and those of the title once more marked ('#dong_nai'), under a GIN index:
a phrase of two words is one index lookup ('dong_nai':* while its last word is typed),
a longer one the lookup of its pairs with the phrase checked on those few items only.

- `word_pairs(tsvector)`: the pairs of a document, from its own word positions, so a
  pair exists exactly where the document's phrase operator (<->) finds the two words;
  the '~' lexemes between fields part them as they part phrases;
- a trigger on item_search keeps item_pairs in step (item_search itself is kept by
  0009's trigger on source_item, or refilled by a rebuild).

The SQL is written out on purpose, as in 0002 and 0009.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def _postgres_upgrade() -> None:
    bind = op.get_bind()

    def execute(sql: str) -> None:  # as written: no bind parameters
        bind.exec_driver_sql(sql)

    # A lexeme never holds '_' or '#' (0009's fold_words() turns them into spaces).
    execute("""CREATE OR REPLACE FUNCTION word_pairs(doc tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  words text[];
  title boolean[];
  pairs text[] := '{}';
  r record;
  n integer := 0;
BEGIN
  FOR r IN SELECT u.lexeme, p.pos, p.weight
           FROM unnest(doc) u, unnest(u.positions, u.weights) AS p(pos, weight) LOOP
    words[r.pos] := r.lexeme;
    title[r.pos] := r.weight = 'A';
  END LOOP;
  IF words IS NULL THEN
    RETURN ''::tsvector;
  END IF;
  FOR i IN array_lower(words, 1) .. array_upper(words, 1) - 1 LOOP
    IF words[i] <> '~' AND words[i + 1] <> '~' THEN
      n := n + 1;
      pairs[n] := words[i] || '_' || words[i + 1];
      IF title[i] AND title[i + 1] THEN
        n := n + 1;
        pairs[n] := '#' || pairs[n - 1];
      END IF;
    END IF;
  END LOOP;
  RETURN array_to_tsvector(pairs);
END $$""")
    op.create_table(
        'item_pairs',
        sa.Column('key', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('pairs', sa.dialects.postgresql.TSVECTOR(), nullable=False),
        sa.PrimaryKeyConstraint('key', name='pk_item_pairs'),
        # The pairs out of line: the rows the index finds are read for their key only.
        postgresql_with={'toast_tuple_target': 128})
    # Estimates of rarer pairs too (the search chooses its way by them).
    execute("ALTER TABLE item_pairs ALTER COLUMN pairs SET STATISTICS 1000")
    execute("""CREATE OR REPLACE FUNCTION item_search_pairs() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.key <> OLD.key) THEN
    DELETE FROM item_pairs WHERE key = OLD.key;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO item_pairs (key, pairs) VALUES (NEW.key, word_pairs(NEW.doc))
      ON CONFLICT (key) DO UPDATE SET pairs = EXCLUDED.pairs;
  END IF;
  RETURN NULL;
END $$""")
    execute("INSERT INTO item_pairs (key, pairs) SELECT key, word_pairs(doc) FROM item_search")
    execute("CREATE INDEX ix_item_pairs_pairs ON item_pairs USING gin (pairs)")
    execute("""CREATE TRIGGER item_search_pairs AFTER INSERT OR UPDATE OR DELETE
  ON item_search FOR EACH ROW EXECUTE FUNCTION item_search_pairs()""")
    # The search chooses its way by the planner's estimates (console/search/postgres.py).
    execute("ANALYZE item_pairs")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS item_search_pairs ON item_search")
        op.execute("DROP FUNCTION IF EXISTS item_search_pairs()")
        op.drop_table('item_pairs')
        op.execute("DROP FUNCTION IF EXISTS word_pairs(tsvector)")
