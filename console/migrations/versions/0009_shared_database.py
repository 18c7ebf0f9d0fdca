"""several workstations on one database: claims of delivery jobs; PostgreSQL's own search

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 14:00:00

Both databases:
- delivery_job.claimed_by: which running dispatcher took a job it is sending (on
  PostgreSQL the claimer holds an advisory lock of that number while it lives, so another
  workstation knows when a job `sending` was left by a dead one: console/delivery/claims.py).

PostgreSQL only (SQLite keeps its FTS5 index of 0002/0003):
- the `unaccent` extension and an immutable `fold(text)`: NFC, đ/Đ → d, no accents, lower
  case; the same folding as console.text.fold for Vietnamese text;
- `item_document(...)`: the weighted tsvector of an item (title A, tags B, summary and
  issuer C, body D), each field's words on their own so that no phrase runs across two
  fields; `item_search` holds it per library_item key, under a GIN index;
- library_title.title_key compared byte by byte (COLLATE "C"), as vi_key() requires;
- one trigger on source_item keeps library_item, library_title and item_search in step
  (the writers give source_item.title_key; fold(title) stands in when one did not);
- statement triggers NOTIFY `console_changed` with the table's name, so the other
  workstations re-read at once instead of polling.

The SQL is written out on purpose, as in 0002.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

_LIST = ("kind", "priority", "category_code", "issuer", "origin", "language", "published_at",
         "valid_from", "valid_until", "duration_s", "reviewed", "local", "withdrawn", "seen")
_TEXTS = ("title", "summary", "body", "tags", "issuer")
# Tables whose changes the other workstations want to see soon.
_NOTIFIED = ("source_item", "programme", "schedule", "programme_entry", "delivery_job",
             "delivery_target", "outbox", "as_run", "media_blob", "setting", "app_user")
# What a word is not: ASCII and common Unicode punctuation, spaces (the tsvector parser
# would otherwise keep "“dong" or "covid-19" as words of their own).
_NOT_WORD = r"[[:space:]!-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]+"


def _postgres_upgrade() -> None:
    bind = op.get_bind()

    def execute(sql: str) -> None:  # as written: no bind parameters (':1' is a position)
        bind.exec_driver_sql(sql)

    execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema = bind.exec_driver_sql(
        "SELECT extnamespace::regnamespace::text FROM pg_extension "
        "WHERE extname = 'unaccent'").scalar_one()
    # Immutable (the index depends on it): the dictionary is named, not looked up.
    execute(f"""CREATE OR REPLACE FUNCTION fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower({schema}.unaccent('{schema}.unaccent'::regdictionary,
                                 translate(normalize(value, NFC), 'đĐ', 'dD')))
$$""")
    execute(f"""CREATE OR REPLACE FUNCTION fold_words(value text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('simple', coalesce(regexp_replace(fold(value), E'{_NOT_WORD}', ' ', 'g'),
                                        ''))
$$""")
    execute("""CREATE OR REPLACE FUNCTION tags_text(tags json) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(value, ' ') FROM json_array_elements_text(
    CASE WHEN json_typeof(tags) = 'array' THEN tags ELSE json_build_array(tags) END)
$$""")
    # A lexeme no typed word can be ('~' is never part of a word) between the fields.
    execute("""CREATE OR REPLACE FUNCTION item_document(title text, summary text,
  body text, tags json, issuer text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(fold_words(title), 'A') || '~:1'::tsvector
      || setweight(fold_words(summary), 'C') || '~:1'::tsvector
      || setweight(fold_words(body), 'D') || '~:1'::tsvector
      || setweight(fold_words(tags_text(tags)), 'B') || '~:1'::tsvector
      || setweight(fold_words(issuer), 'C')
$$""")
    execute('ALTER TABLE library_title ALTER COLUMN title_key TYPE text COLLATE "C"')
    op.create_table(
        'item_search',
        sa.Column('key', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('doc', sa.dialects.postgresql.TSVECTOR(), nullable=False),
        sa.PrimaryKeyConstraint('key', name='pk_item_search'))
    execute("CREATE INDEX ix_item_search_doc ON item_search USING gin (doc)")

    texts = ", ".join(f"NEW.{c}" for c in _TEXTS)
    changed = " OR ".join(f"NEW.{c}::text IS DISTINCT FROM OLD.{c}::text" for c in _TEXTS)
    execute(f"""CREATE OR REPLACE FUNCTION source_item_library() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE k integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO library_item (item_id, {", ".join(_LIST)})
      VALUES (NEW.id, {", ".join(f"NEW.{c}" for c in _LIST)}) RETURNING key INTO k;
    INSERT INTO library_title (key, title_key)
      VALUES (k, coalesce(NEW.title_key, fold(NEW.title)));
    INSERT INTO item_search (key, doc) VALUES (k, item_document({texts}));
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE library_item SET item_id = NEW.id, {", ".join(f"{c} = NEW.{c}" for c in _LIST)}
      WHERE item_id = OLD.id RETURNING key INTO k;
    IF NEW.title IS DISTINCT FROM OLD.title THEN
      UPDATE library_title SET title_key = CASE
          WHEN NEW.title_key IS NOT NULL AND NEW.title_key IS DISTINCT FROM OLD.title_key
          THEN NEW.title_key ELSE fold(NEW.title) END
        WHERE key = k;
    END IF;
    IF {changed} THEN
      UPDATE item_search SET doc = item_document({texts}) WHERE key = k;
    END IF;
  ELSE
    DELETE FROM library_item WHERE item_id = OLD.id RETURNING key INTO k;
    DELETE FROM library_title WHERE key = k;
    DELETE FROM item_search WHERE key = k;
  END IF;
  RETURN NULL;
END $$""")
    execute("""CREATE TRIGGER source_item_library AFTER INSERT OR UPDATE OR DELETE
  ON source_item FOR EACH ROW EXECUTE FUNCTION source_item_library()""")
    # Items stored before this migration (0002 built no list on PostgreSQL).
    execute("DELETE FROM library_title")
    execute("DELETE FROM library_item")
    execute(f"INSERT INTO library_item (item_id, {', '.join(_LIST)}) "
               f"SELECT id, {', '.join(_LIST)} FROM source_item ORDER BY received_at, id")
    execute("INSERT INTO library_title (key, title_key) "
               "SELECT k.key, coalesce(s.title_key, fold(s.title)) "
               "FROM library_item k JOIN source_item s ON s.id = k.item_id")
    execute("INSERT INTO item_search (key, doc) SELECT k.key, item_document("
               + ", ".join(f"s.{c}" for c in _TEXTS)
               + ") FROM library_item k JOIN source_item s ON s.id = k.item_id")

    execute("""CREATE OR REPLACE FUNCTION console_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('console_changed', TG_TABLE_NAME);
  RETURN NULL;
END $$""")
    for table in _NOTIFIED:
        execute(f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE "
                   f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION console_changed()")


def upgrade() -> None:
    with op.batch_alter_table('delivery_job', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.BigInteger(), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for table in _NOTIFIED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_changed ON {table}")
        op.execute("DROP FUNCTION IF EXISTS console_changed()")
        op.execute("DROP TRIGGER IF EXISTS source_item_library ON source_item")
        op.execute("DROP FUNCTION IF EXISTS source_item_library()")
        op.drop_table('item_search')
        op.execute("ALTER TABLE library_title ALTER COLUMN title_key TYPE text")
        for function in ("item_document(text, text, text, json, text)", "tags_text(json)",
                         "fold_words(text)", "fold(text)"):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    with op.batch_alter_table('delivery_job', schema=None) as batch_op:
        batch_op.drop_column('claimed_by')
