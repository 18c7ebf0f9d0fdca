"""What every SQLite connection of the console needs for the search index.

- SQL functions: `vi_key(text)` (the title sort key the triggers store), `fold(text)`
  (search folding, for ad-hoc queries and the benchmark's scan), and `search_queued()`,
  which the triggers call to say "this transaction changed indexed text".
- Before a transaction that queued changes commits, the queue is indexed in that same
  transaction (ddl.FLUSH): index and table are always committed together, whoever wrote
  (the sync's Core executemany, the ORM, the migrations).

console.db calls install() for its SQLite engines. A plain `sqlite3` connection without
these functions can read the database but cannot change bulletins.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, event

from . import ddl
from .collation import vi_key
from .folding import fold

log = logging.getLogger(__name__)

_QUEUED = "search_queued"   # key in the pool record's info: this transaction queued changes


def _fold(value: Any) -> str | None:
    if value is None:
        return None
    return fold(value if isinstance(value, str) else str(value))


def _vi_key(value: Any) -> str | None:
    if value is None:
        return None
    return vi_key(value if isinstance(value, str) else str(value))


def register_functions(dbapi_conn: Any, info: dict[str, Any] | None = None) -> None:
    """Add the functions to a sqlite3 connection; `info` is where queued changes are noted."""
    dbapi_conn.create_function("fold", 1, _fold, deterministic=True)
    dbapi_conn.create_function("vi_key", 1, _vi_key, deterministic=True)

    def queued() -> None:
        if info is not None:
            info[_QUEUED] = True

    dbapi_conn.create_function("search_queued", 0, queued)


def flush_queue(conn: Any) -> None:
    """Index what the triggers queued (SQLAlchemy Connection inside its transaction)."""
    for statement in ddl.FLUSH:
        conn.exec_driver_sql(statement)


def install(engine: Engine) -> None:
    """Functions on every new connection; queued changes indexed before each commit."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        register_functions(dbapi_conn, record.info)

    @event.listens_for(engine, "commit")
    def _before_commit(conn: Any) -> None:
        info = conn.connection.info
        if not info.pop(_QUEUED, False):
            return
        try:
            flush_queue(conn)
        except Exception:
            # The bulletins themselves must still be stored (an emergency must never be
            # lost to a search problem): the queue stays, and ensure_index() repairs.
            log.exception("could not update the search index; it will be repaired")

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Any) -> None:
        conn.connection.info.pop(_QUEUED, None)
