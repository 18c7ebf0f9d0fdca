"""title sort keys given by the writer; search triggers without Python callbacks

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:40:00

- source_item.title_key: the Vietnamese sort key of the title, vi_key(title), computed
  by the writer (the catalogue sync computes it for a whole page; the ORM sets it when a
  title is set). The insert trigger copies it into library_title and calls vi_key()
  only when a writer left it empty.
- The triggers no longer call search_queued() for every row. A Python function called
  from SQL takes the interpreter lock for each row, so a bulk insert in one thread kept
  stopping for the Python work of the others; the commit hook now looks at the queue
  itself (console/search/sqlfunctions.py).

The queue may now hold a backlog: a long sync leaves its pages' texts queued and they
are indexed in batches afterwards (console/search/backlog.py).

The SQL is written out on purpose, as in 0002.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_COLS = "title, summary, body, tags, issuer"
_LIST = ("kind, priority, category_code, issuer, origin, language, published_at, "
         "valid_from, valid_until, duration_s, reviewed, local, withdrawn, seen")


def _d(expr: str) -> str:
    return f"replace(replace({expr}, 'đ', 'd'), 'Đ', 'D')"


def _tags(ref: str) -> str:
    return (f"(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid({ref}.tags)"
            f" THEN {ref}.tags ELSE json_array({ref}.tags) END))")


def _values(ref: str) -> str:
    return ", ".join([_d(f"{ref}.title"), _d(f"{ref}.summary"), _d(f"{ref}.body"),
                      _d(_tags(ref)), _d(f"{ref}.issuer")])


def _new(columns: str) -> str:
    return ", ".join(f"NEW.{c}" for c in columns.split(", "))


def _set(columns: str) -> str:
    return ", ".join(f"{c} = NEW.{c}" for c in columns.split(", "))


_TEXT_CHANGED = ("(OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title "
                 "OR OLD.summary IS NOT NEW.summary OR OLD.body IS NOT NEW.body "
                 "OR OLD.tags IS NOT NEW.tags OR OLD.issuer IS NOT NEW.issuer)")
_REMEMBER_OLD = (f"INSERT OR IGNORE INTO item_search_queue (key, had_old, {_COLS}) "
                 f"SELECT key, 1, {_values('OLD')} FROM library_item WHERE item_id = OLD.id")
_KEY_OF = "(SELECT key FROM library_item WHERE item_id = {}.id)"
# A writer that changed the title without giving its key leaves the old key behind.
_TITLE_KEY = ("CASE WHEN NEW.title_key IS NOT NULL AND NEW.title_key IS NOT OLD.title_key "
              "THEN NEW.title_key ELSE vi_key(NEW.title) END")
_TRIGGERS = ('source_item_search_ai', 'source_item_search_au', 'source_item_search_ad')


def upgrade() -> None:
    with op.batch_alter_table('source_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_key', sa.Text(), nullable=True))

    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    known = bind.exec_driver_sql(
        "SELECT count(*) FROM pragma_function_list WHERE name = 'vi_key'").scalar()
    if not known:
        from console.search.sqlfunctions import register_functions
        register_functions(bind.connection.driver_connection)
    # batch_alter_table may have copied source_item, which drops its triggers.
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("UPDATE source_item SET title_key = (SELECT t.title_key FROM library_item k "
               "JOIN library_title t ON t.key = k.key WHERE k.item_id = source_item.id)")
    op.execute("UPDATE source_item SET title_key = vi_key(title) WHERE title_key IS NULL")
    op.execute(f"""CREATE TRIGGER source_item_search_ai AFTER INSERT ON source_item BEGIN
  INSERT INTO library_item (item_id, {_LIST})
    VALUES (NEW.id, {_new(_LIST)});
  INSERT INTO library_title (key, title_key)
    VALUES (last_insert_rowid(), coalesce(NEW.title_key, vi_key(NEW.title)));
  INSERT OR IGNORE INTO item_search_queue (key, had_old) VALUES ({_KEY_OF.format("NEW")}, 0);
END""")
    op.execute(f"""CREATE TRIGGER source_item_search_au
AFTER UPDATE OF id, title, summary, body, tags, {_LIST} ON source_item BEGIN
  {_REMEMBER_OLD} AND {_TEXT_CHANGED};
  UPDATE library_title SET title_key = {_TITLE_KEY}
    WHERE key = {_KEY_OF.format("OLD")} AND OLD.title IS NOT NEW.title;
  UPDATE library_item SET item_id = NEW.id, {_set(_LIST)} WHERE item_id = OLD.id;
END""")
    op.execute(f"""CREATE TRIGGER source_item_search_ad AFTER DELETE ON source_item BEGIN
  {_REMEMBER_OLD};
  DELETE FROM library_title WHERE key = {_KEY_OF.format("OLD")};
  DELETE FROM library_item WHERE item_id = OLD.id;
END""")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        for trigger in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    with op.batch_alter_table('source_item', schema=None) as batch_op:
        batch_op.drop_column('title_key')
    if bind.dialect.name != 'sqlite':
        return
    # 0002's triggers, which call search_queued() for every row.
    op.execute(f"""CREATE TRIGGER source_item_search_ai AFTER INSERT ON source_item BEGIN
  INSERT INTO library_item (item_id, {_LIST})
    VALUES (NEW.id, {_new(_LIST)});
  INSERT INTO library_title (key, title_key) VALUES (last_insert_rowid(), vi_key(NEW.title));
  INSERT OR IGNORE INTO item_search_queue (key, had_old) VALUES ({_KEY_OF.format("NEW")}, 0);
  SELECT search_queued();
END""")
    op.execute(f"""CREATE TRIGGER source_item_search_au
AFTER UPDATE OF id, title, summary, body, tags, {_LIST} ON source_item BEGIN
  {_REMEMBER_OLD} AND {_TEXT_CHANGED};
  UPDATE library_title SET title_key = vi_key(NEW.title)
    WHERE key = {_KEY_OF.format("OLD")} AND OLD.title IS NOT NEW.title;
  UPDATE library_item SET item_id = NEW.id, {_set(_LIST)} WHERE item_id = OLD.id;
  SELECT search_queued() WHERE {_TEXT_CHANGED};
END""")
    op.execute(f"""CREATE TRIGGER source_item_search_ad AFTER DELETE ON source_item BEGIN
  {_REMEMBER_OLD};
  DELETE FROM library_title WHERE key = {_KEY_OF.format("OLD")};
  DELETE FROM library_item WHERE item_id = OLD.id;
  SELECT search_queued();
END""")
