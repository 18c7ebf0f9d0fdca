"""The words of the search index that start with what is being typed.

The last word typed also matches longer words ("tha" finds "thanh"). FTS5 answers
`"tha"*` by itself, but without a prefix index it first reads and merges the lists of
every word with that start, whatever the query's LIMIT: some 30 ms for "thôn" over
100,000 items, and a search asks three times. Prefix indexes of three and four letters
made that fast, but they cost a long sync more than a third of its indexing work
(benchmarks/bench_sync_catalogue.py). Instead, the index's own vocabulary (an fts5vocab
table over it) gives the few words with that start, and the search asks for any of them
(`"thanh" OR "thao" OR …`), which FTS5 walks lazily from the newest match: the same
items, in a few milliseconds (benchmarks/bench_library.py).

Reading the vocabulary also reads how often each word occurs (a few ms), so the words
are remembered per database until the index changes. FTS5 rewrites its structure record
(row 10 of its `_data` table, with a count of what it has written) each time it writes to
the index, and a table made again changes the schema's version: the two together tell a
changed index from an unchanged one.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Connection

from . import ddl

VOCABULARY = "item_fts_words"
# Per connection, in its TEMP schema: it holds nothing itself (created at connect,
# sqlfunctions.install()).
CREATE_VOCABULARY = (f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} "
                     f"USING fts5vocab(main, {ddl.FTS_TABLE}, 'row')")
# More words than this with one start (numbers: "202" → 2021, 2022, …): FTS5's own
# prefix query is as quick as asking for each, and keeps the query short.
MAX_WORDS = 40
_STATE = (f"SELECT (SELECT block FROM {ddl.FTS_TABLE}_data WHERE id = 10), schema_version "
          "FROM pragma_schema_version")
_WORDS = (f"SELECT term FROM temp.{VOCABULARY} WHERE term >= :start AND term < :end "
          "ORDER BY term LIMIT :limit")
_LAST_CHARACTER = chr(0x10FFFF)  # after every character: `start` + it ends the range
_REMEMBERED_STARTS = 2000  # per database; forgotten all at once beyond that

_lock = threading.Lock()
# database URL -> (the index's state, {start: its words or None})
_remembered: dict[str, tuple[tuple[bytes, int], dict[str, list[str] | None]]] = {}


def words_starting_with(conn: Connection, start: str) -> list[str] | None:
    """The words of the index that start with `start`, a word folded as the index folds
    it (lower case, no accents, đ → d), `start` itself included when it is one; None
    when there are more than MAX_WORDS (search `"start"*` then)."""
    structure, schema = conn.exec_driver_sql(_STATE).one()
    state = (structure, schema)
    key = str(conn.engine.url)
    with _lock:
        known = _remembered.get(key)
        if known is not None and known[0] == state and start in known[1]:
            return known[1][start]
    rows = conn.exec_driver_sql(_WORDS, {"start": start, "end": start + _LAST_CHARACTER,
                                         "limit": MAX_WORDS + 1}).scalars().all()
    words: list[str] | None = list(rows) if len(rows) <= MAX_WORDS else None
    if structure is None:  # not an index FTS5 keeps as this module knows it: not remembered
        return words
    with _lock:
        known = _remembered.get(key)
        if known is None or known[0] != state or len(known[1]) >= _REMEMBERED_STARTS:
            known = _remembered[key] = (state, {})
        known[1][start] = words
    return words


def forget() -> None:
    """Let go of every remembered list (the next searches look their words up afresh)."""
    with _lock:
        _remembered.clear()


def create_vocabulary(dbapi_conn: Any) -> None:
    """The vocabulary table on a new sqlite3 connection (before the index exists, too)."""
    dbapi_conn.execute(CREATE_VOCABULARY)
