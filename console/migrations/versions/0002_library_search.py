"""library list, search index and saved filters

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 09:00:00

- library_item: a narrow copy of each source item, what the library's lists sort and
  filter by (source_item rows carry whole bodies: scanning them is slow);
- library_title: the Vietnamese sort key of each title, vi_key(title);
- item_fts: a contentless SQLite FTS5 index over the title, summary, body, tags and
  issuer, folding case and accents (unicode61, remove_diacritics 2) over text where
  đ/Đ were turned into d, with prefix indexes of three and four letters;
- triggers on source_item that keep all of this in step, the full-text part through
  item_search_queue, indexed in the same transaction just before it commits
  (console/search/ddl.py explains why);
- library_filter: filters of the library saved under a name.

Existing items are listed and indexed here, in the migration's transaction. The SQL is
written out on purpose: a migration must keep doing what it did when it was written,
whatever console/search/ddl.py becomes later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
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


def upgrade() -> None:
    op.create_table('library_item',
    sa.Column('key', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.String(length=128), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('category_code', sa.String(length=64), nullable=True),
    sa.Column('issuer', sa.String(length=300), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('valid_from', sa.DateTime(), nullable=True),
    sa.Column('valid_until', sa.DateTime(), nullable=True),
    sa.Column('duration_s', sa.Double(), nullable=True),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('local', sa.Boolean(), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.Column('seen', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_library_item')),
    sa.UniqueConstraint('item_id', name=op.f('uq_library_item_item_id'))
    )
    with op.batch_alter_table('library_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_item_published_at'), ['published_at'], unique=False)

    op.create_table('library_title',
    sa.Column('key', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('title_key', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_library_title'))
    )
    with op.batch_alter_table('library_title', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_library_title_title_key'), ['title_key'], unique=False)

    op.create_table('item_search_queue',
    sa.Column('key', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('had_old', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('tags', sa.Text(), nullable=True),
    sa.Column('issuer', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_item_search_queue'))
    )
    op.create_table('library_filter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_library_filter')),
    sa.UniqueConstraint('name', name=op.f('uq_library_filter_name'))
    )

    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return  # PostgreSQL would get its own full-text index; not built yet
    # vi_key() and search_queued() exist on connections made by console.db; a connection
    # made elsewhere (alembic's own command line) gets them here.
    known = bind.exec_driver_sql(
        "SELECT count(*) FROM pragma_function_list WHERE name = 'vi_key'").scalar()
    if not known:
        from console.search.sqlfunctions import register_functions
        register_functions(bind.connection.driver_connection)

    op.execute(
        f"CREATE VIRTUAL TABLE item_fts USING fts5({_COLS}, content='', "
        "tokenize='unicode61 remove_diacritics 2', prefix='3 4')")
    op.execute("INSERT INTO item_fts(item_fts, rank) VALUES "
               "('rank', 'bm25(10.0, 4.0, 1.0, 6.0, 3.0)')")
    op.execute(f"INSERT INTO library_item (item_id, {_LIST}) "
               f"SELECT id, {_LIST} FROM source_item ORDER BY rowid")
    op.execute("INSERT INTO library_title (key, title_key) SELECT k.key, vi_key(s.title) "
               "FROM library_item k JOIN source_item s ON s.id = k.item_id")
    op.execute(f"INSERT INTO item_fts (rowid, {_COLS}) SELECT k.key, {_values('s')} "
               "FROM library_item k JOIN source_item s ON s.id = k.item_id ORDER BY k.key")
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


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for trigger in ('source_item_search_ai', 'source_item_search_au',
                        'source_item_search_ad'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS item_fts")
    op.drop_table('library_filter')
    op.drop_table('item_search_queue')
    with op.batch_alter_table('library_title', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_library_title_title_key'))
    op.drop_table('library_title')
    with op.batch_alter_table('library_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_library_item_published_at'))
    op.drop_table('library_item')
