"""New items' texts handed to the search index by their writer (SQLite's FTS5).

The usual way into the index is the queue (ddl.py): triggers note which items changed
and a flush reads their texts back from source_item, turning đ/Đ into d with SQL
replace(), which costs a long sync about 15 µs an item. A writer that has the texts of
items it has just inserted in hand (the catalogue sync) gives them here, đ/Đ turned
in Python, at the cost of a few string replacements: the same words reach the index as
through the flush (tests/search/test_new_texts.py compares both). The queue notes of
exactly those items are removed in the same transaction, so a text is never indexed
twice; whatever else is queued is flushed as before.

The texts go into the index with one statement per batch, read from a staging table of
the connection's own (TEMP, kept in memory: console.db.database). FTS5 writes out the
terms it holds at the start of every statement, so a batch inserted 500 rows a statement
became a segment every 500 items, which FTS5 then had to merge; one statement for a
sync's batch of 8,000 makes one segment (ddl.HASHSIZE). FTS5 alone over the same 100,000
texts: 41 µs an item in 500-row statements, 29 staged.

Only for items inserted and not changed since (their queue note says "new"): a changed
item's old text must be taken out of the index first, which only the flush knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain

import orjson
from sqlalchemy import Connection

from . import ddl

Texts = tuple[str | None, str | None, str | None, str | None, str | None]

_ROWS_PER_STATEMENT = 500  # 3,000 parameters: within every SQLite's limit
_STAGE = "temp.search_new_texts"
_CREATE_STAGE = (f"CREATE TEMP TABLE IF NOT EXISTS search_new_texts "
                 f"(key INTEGER PRIMARY KEY, {', '.join(ddl.COLUMNS)})")
_INSERT_HEAD = f"INSERT INTO {_STAGE} (key, {', '.join(ddl.COLUMNS)}) VALUES "
_INDEX_STAGED = (f"INSERT INTO {ddl.FTS_TABLE} (rowid, {', '.join(ddl.COLUMNS)}) "
                 f"SELECT key, {', '.join(ddl.COLUMNS)} FROM {_STAGE} ORDER BY key")
_ROW = "(" + ", ".join("?" * (1 + len(ddl.COLUMNS))) + ")"
# One row (a JSON object item id -> key): each row a statement returns costs the writing
# thread the interpreter lock once more, which the thread checking pages holds most of the
# time, so thousands of rows would keep the writer waiting.
_KEYS = (f"SELECT json_group_object(k.item_id, k.key) FROM {ddl.LIST_TABLE} k "
         f"JOIN {ddl.QUEUE_TABLE} q ON q.key = k.key AND q.had_old = 0 "
         "WHERE k.item_id IN (SELECT value FROM json_each(?))")
_FORGET = (f"DELETE FROM {ddl.QUEUE_TABLE} WHERE had_old = 0 "
           "AND key IN (SELECT value FROM json_each(?))")


def _d(text: str | None) -> str | None:
    return None if text is None else text.replace("đ", "d").replace("Đ", "D")


def texts_of(title: str, summary: str | None, body: str | None, tags: Sequence[str],
             issuer: str | None) -> Texts:
    """The five indexed texts of an item, as ddl.indexed_values() makes them in SQL."""
    return (_d(title), _d(summary), _d(body), _d(" ".join(tags)) if tags else None,
            _d(issuer))


def index_new_texts(conn: Connection, texts: Iterable[tuple[str, Texts]]) -> int:
    """Index the texts of new items (item id, texts) whose queue note still says "new",
    in the caller's transaction; returns how many. Items changed or gone since are left
    to the queue."""
    texts = dict(texts)
    if not texts:
        return 0
    keys = orjson.loads(conn.exec_driver_sql(
        _KEYS, (orjson.dumps(list(texts)).decode(),)).scalar_one())
    rows = sorted((key, *texts[item_id]) for item_id, key in keys.items())
    if not rows:
        return 0
    conn.exec_driver_sql(_CREATE_STAGE)  # empty: emptied below, or rolled back with a batch
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start:start + _ROWS_PER_STATEMENT]
        conn.exec_driver_sql(_INSERT_HEAD + ", ".join([_ROW] * len(chunk)),
                             tuple(chain.from_iterable(chunk)))
    conn.exec_driver_sql(_INDEX_STAGED)
    conn.exec_driver_sql(f"DELETE FROM {_STAGE}")
    conn.exec_driver_sql(_FORGET, (orjson.dumps([row[0] for row in rows]).decode(),))
    return len(rows)
