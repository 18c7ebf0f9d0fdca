"""The SQL of the search index: FTS5 table, key and queue tables' triggers, flush, backfill.

Folding happens in SQLite, in C: đ/Đ become d with replace(), and FTS5's unicode61
tokenizer with remove_diacritics=2 folds case and every other accent (it does not fold
đ, which is a letter of its own). Queries go through the same tokenizer, so typed text
and indexed text are folded by the same code. There are no prefix indexes: "as you
type" queries look the last word's longer words up in the index's vocabulary (terms.py),
as fast for a third less of a sync's indexing work.

The triggers also keep `library_item`, a narrow copy of each item that the library's
lists read (source_item rows carry whole bodies; scanning them is slow), and
`library_title`, the Vietnamese sort key of each title, vi_key(title).

Why a queue: FTS5 writes its pending terms to disk at every statement savepoint, and a
write made from a trigger runs inside one, so indexing row by row from triggers costs a
tiny index segment per row (about 4x the sync's whole insert time). The triggers instead
note *which* items changed (and, for the ones already indexed, the text that was
indexed) in `item_search_queue`. A transaction that leaves a small queue indexes it with
one statement just before it commits (see sqlfunctions.install()); a long sync leaves
its pages queued and they are indexed in batches after it (backlog.py).

The triggers call no Python for a row when the writer gives the title's sort key
(`source_item.title_key`): a Python function called from SQL takes the interpreter lock
for each row, which stalls a bulk insert whenever another thread runs Python.

This module imports nothing from the console: console.db loads it while starting up.
"""

from __future__ import annotations

FTS_TABLE = "item_fts"
LIST_TABLE = "library_item"
TITLE_TABLE = "library_title"
QUEUE_TABLE = "item_search_queue"
COLUMNS = ("title", "summary", "body", "tags", "issuer")
# bm25 weights, in COLUMNS order: a word in the title counts ten times one in the body.
WEIGHTS = (10.0, 4.0, 1.0, 6.0, 3.0)
TRIGGERS = ("source_item_search_ai", "source_item_search_au", "source_item_search_ad")
# Columns of library_item copied from source_item as they are.
LIST_COLUMNS = ("kind", "priority", "category_code", "issuer", "origin", "language",
                "published_at", "valid_from", "valid_until", "duration_s", "reviewed", "local",
                "withdrawn", "seen")
_COLS = ", ".join(COLUMNS)
_LIST = ", ".join(LIST_COLUMNS)


def _d(expr: str) -> str:
    """SQL: `expr` with đ and Đ turned into d (the tokenizer folds the rest)."""
    return f"replace(replace({expr}, 'đ', 'd'), 'Đ', 'D')"


def _tags(ref: str) -> str:
    """SQL: the words of a JSON list of tags (the JSON column escapes non-ASCII)."""
    return (f"(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid({ref}.tags)"
            f" THEN {ref}.tags ELSE json_array({ref}.tags) END))")


def indexed_values(ref: str) -> str:
    """SQL: the five indexed texts of the source_item row `ref` (NEW, OLD or an alias)."""
    return ", ".join([_d(f"{ref}.title"), _d(f"{ref}.summary"), _d(f"{ref}.body"),
                      _d(_tags(ref)), _d(f"{ref}.issuer")])


CREATE_FTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLS}, content='', "
    "tokenize='unicode61 remove_diacritics 2')"
)
# FTS5 merges its index segments once this many of one size pile up (its default: 4).
# Merging fewer, larger sets costs a long sync about a third less merging; a search then
# reads a few more segments, which the library's search benchmark shows not to matter.
AUTOMERGE = 16
SET_AUTOMERGE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('automerge', {AUTOMERGE})"
# FTS5 keeps the terms of the texts a statement indexes in memory and writes them out as
# an index segment whenever they pass this many bytes (its default: 1 MB, a few hundred
# items of a sync). 16 MB holds a sync's whole batch (catalogue.INDEX_EVERY, one statement:
# new_texts.py) in one segment, memory only as used.
HASHSIZE = 16 * 1024 * 1024
SET_HASHSIZE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {HASHSIZE})"
SET_RANK = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES "
            f"('rank', 'bm25({', '.join(str(w) for w in WEIGHTS)})')")

_TEXT_CHANGED = ("(OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title "
                 "OR OLD.summary IS NOT NEW.summary OR OLD.body IS NOT NEW.body "
                 "OR OLD.tags IS NOT NEW.tags OR OLD.issuer IS NOT NEW.issuer)")
# The first change of an item in a transaction decides what the index must forget: the
# text indexed before (had_old = 1) or nothing (the item is new). INSERT OR IGNORE keeps
# that first note; the text to index is read from source_item when the batch is flushed.
_REMEMBER_OLD = (f"INSERT OR IGNORE INTO {QUEUE_TABLE} (key, had_old, {_COLS}) "
                 f"SELECT key, 1, {indexed_values('OLD')} FROM {LIST_TABLE} "
                 "WHERE item_id = OLD.id")
_SET_LIST = ", ".join(f"{c} = NEW.{c}" for c in LIST_COLUMNS)
_KEY_OF = f"(SELECT key FROM {LIST_TABLE} WHERE item_id = {{}}.id)"
# A writer that changed the title without giving its key leaves the old key behind.
_TITLE_KEY = ("CASE WHEN NEW.title_key IS NOT NULL AND NEW.title_key IS NOT OLD.title_key "
              "THEN NEW.title_key ELSE vi_key(NEW.title) END")

CREATE_TRIGGERS = (
    f"""CREATE TRIGGER source_item_search_ai AFTER INSERT ON source_item BEGIN
  INSERT INTO {LIST_TABLE} (item_id, {_LIST})
    VALUES (NEW.id, {", ".join(f"NEW.{c}" for c in LIST_COLUMNS)});
  INSERT INTO {TITLE_TABLE} (key, title_key)
    VALUES (last_insert_rowid(), coalesce(NEW.title_key, vi_key(NEW.title)));
  INSERT OR IGNORE INTO {QUEUE_TABLE} (key, had_old) VALUES ({_KEY_OF.format("NEW")}, 0);
END""",
    f"""CREATE TRIGGER source_item_search_au
AFTER UPDATE OF id, title, summary, body, tags, {_LIST} ON source_item BEGIN
  {_REMEMBER_OLD} AND {_TEXT_CHANGED};
  UPDATE {TITLE_TABLE} SET title_key = {_TITLE_KEY}
    WHERE key = {_KEY_OF.format("OLD")} AND OLD.title IS NOT NEW.title;
  UPDATE {LIST_TABLE} SET item_id = NEW.id, {_SET_LIST} WHERE item_id = OLD.id;
END""",
    f"""CREATE TRIGGER source_item_search_ad AFTER DELETE ON source_item BEGIN
  {_REMEMBER_OLD};
  DELETE FROM {TITLE_TABLE} WHERE key = {_KEY_OF.format("OLD")};
  DELETE FROM {LIST_TABLE} WHERE item_id = OLD.id;
END""",
)

# How much is queued, counted no further than :limit (the commit hook's question).
QUEUED_UP_TO = f"SELECT count(*) FROM (SELECT 1 FROM {QUEUE_TABLE} LIMIT :limit)"
# The last key of the next :count queued changes (or of all, when fewer are queued).
LAST_KEY_OF_BATCH = (f"SELECT max(key) FROM (SELECT key FROM {QUEUE_TABLE} "
                     "ORDER BY key LIMIT :count)")
# Index the queued changes with keys up to :last, in the caller's transaction.
FLUSH = (
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {_COLS}) "
    f"SELECT 'delete', key, {_COLS} FROM {QUEUE_TABLE} WHERE had_old = 1 AND key <= :last "
    "ORDER BY key",
    f"INSERT INTO {FTS_TABLE} (rowid, {_COLS}) SELECT q.key, {indexed_values('s')} "
    f"FROM {QUEUE_TABLE} q JOIN {LIST_TABLE} k ON k.key = q.key "
    "JOIN source_item s ON s.id = k.item_id WHERE q.key <= :last ORDER BY q.key",
    f"DELETE FROM {QUEUE_TABLE} WHERE key <= :last",
)

# Fill the list and the index from every item (migration and rebuild).
BACKFILL = (
    f"INSERT INTO {LIST_TABLE} (item_id, {_LIST}) "
    f"SELECT id, {_LIST} FROM source_item ORDER BY rowid",
    f"INSERT INTO {TITLE_TABLE} (key, title_key) SELECT k.key, vi_key(s.title) "
    f"FROM {LIST_TABLE} k JOIN source_item s ON s.id = k.item_id",
    f"INSERT INTO {FTS_TABLE} (rowid, {_COLS}) SELECT k.key, {indexed_values('s')} "
    f"FROM {LIST_TABLE} k JOIN source_item s ON s.id = k.item_id ORDER BY k.key",
)
