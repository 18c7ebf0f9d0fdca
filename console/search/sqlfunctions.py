"""What every SQLite connection of the console needs for the search index.

- The index's vocabulary, a TEMP table the last word's prefix is looked up in (terms.py).
- SQL functions: `vi_key(text)` (the title sort key the triggers store when a writer
  did not give it) and `fold(text)` (search folding, for ad-hoc queries and the
  benchmark's scan).
- Before a transaction commits, a small queue of changed texts is indexed in that same
  transaction (ddl.FLUSH): index and table are committed together, whoever wrote (the
  sync, the ORM, the migrations). A transaction may instead leave its changes queued
  (defer_indexing(): the pages of a long sync), and a queue too long for one commit is
  left to the batches of backlog.py. While a long sync holds the queue (queue_held()), the
  other transactions of the process leave it to the sync's own batches.

console.db calls install() for its SQLite engines. A plain `sqlite3` connection without
these functions can read the database; what it writes is indexed at the console's next
commit, and it cannot insert or retitle a bulletin without giving the title's sort key.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, event

from ..text.collation import vi_key
from ..text.folding import fold
from . import ddl
from .terms import create_vocabulary

log = logging.getLogger(__name__)

# Keys in the pool record's info: leave this transaction's queue; the queue table exists.
_DEFER = "search_deferred"
_ALL = "search_all_queued"
_HAS_QUEUE = "search_queue_exists"
# A queue this short is indexed by the transaction that filled it (half a second at most);
# a longer one is a backlog, indexed in batches (backlog.py).
IN_STEP_LIMIT = 5000
# Databases (by URL) whose queue a long sync of this process is holding for its batches.
_held: Counter[str] = Counter()
_held_lock = threading.Lock()


def _fold(value: Any) -> str | None:
    if value is None:
        return None
    return fold(value if isinstance(value, str) else str(value))


def _vi_key(value: Any) -> str | None:
    if value is None:
        return None
    return vi_key(value if isinstance(value, str) else str(value))


def _nothing() -> None:
    return None


def register_functions(dbapi_conn: Any) -> None:
    """Add the functions to a sqlite3 connection."""
    dbapi_conn.create_function("fold", 1, _fold, deterministic=True)
    dbapi_conn.create_function("vi_key", 1, _vi_key, deterministic=True)
    # Called by the triggers of migration 0002 (replaced by 0003), while they exist.
    dbapi_conn.create_function("search_queued", 0, _nothing)


def flush_queue(conn: Connection, last: int | None = None) -> int:
    """Index the queued changes with keys up to `last` (all of them when None), in the
    caller's transaction; returns how many were indexed."""
    if last is None:
        last = conn.exec_driver_sql(f"SELECT max(key) FROM {ddl.QUEUE_TABLE}").scalar()
        if last is None:
            return 0
    done = conn.exec_driver_sql(f"SELECT count(*) FROM {ddl.QUEUE_TABLE} WHERE key <= ?",
                                (last,)).scalar_one()
    for statement in ddl.FLUSH:
        conn.exec_driver_sql(statement, {"last": last})
    return int(done)


def defer_indexing(conn: Connection) -> None:
    """Leave what this transaction queues for a later batch (backlog.py)."""
    conn.connection.info[_DEFER] = True


def index_all_queued(conn: Connection) -> None:
    """Index everything queued when this transaction commits, however long the queue (a
    long sync's batches, see catalogue.INDEX_EVERY)."""
    conn.connection.info[_ALL] = True


@contextmanager
def queue_held(engine: Engine) -> Iterator[None]:
    """While a long sync has texts queued for its own batches (from the first batch it
    leaves queued, see defer_indexing and catalogue.INDEX_EVERY, to its end; a short sync
    indexes at each commit and never holds the queue), the process's other transactions
    (the data meter, downloads, the window) do not index that queue when they commit: they
    would take the slower way (texts read back from the table), cut the sync's batches
    into small index segments, and keep the sync's writer waiting for the write lock
    meanwhile. What they queue themselves is indexed by the sync's next batch; after the
    sync, commits index a short queue again (and backlog.py a long one)."""
    key = str(engine.url)
    with _held_lock:
        _held[key] += 1
    try:
        yield
    finally:
        with _held_lock:
            _held[key] -= 1
            if _held[key] <= 0:
                del _held[key]


def install(engine: Engine) -> None:
    """Functions on every new connection; queued changes indexed before each commit."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        register_functions(dbapi_conn)
        create_vocabulary(dbapi_conn)

    @event.listens_for(engine, "commit")
    def _before_commit(conn: Connection) -> None:
        info = conn.connection.info
        everything = info.pop(_ALL, False)
        if info.pop(_DEFER, False):
            return
        if not info.get(_HAS_QUEUE):  # before migration 0002 there is nothing to index
            if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = ?",
                                    (ddl.QUEUE_TABLE,)).first() is None:
                return
            info[_HAS_QUEUE] = True
        if not everything:
            if _held and str(conn.engine.url) in _held:  # a sync indexes it in batches
                return
            queued = conn.exec_driver_sql(ddl.QUEUED_UP_TO,
                                          {"limit": IN_STEP_LIMIT + 1}).scalar_one()
            if not queued or queued > IN_STEP_LIMIT:
                return
        try:
            flush_queue(conn)
        except Exception:
            # The bulletins themselves must still be stored (an emergency must never be
            # lost to a search problem): the queue stays, and ensure_index() repairs.
            log.exception("could not update the search index; it will be repaired")

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Connection) -> None:
        conn.connection.info.pop(_DEFER, None)
        conn.connection.info.pop(_ALL, None)
