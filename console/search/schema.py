"""Health of the search index: checked once per process, rebuilt when out of step.

What the index is and how it is kept in step: see ddl.py. A later rebuild of the
source_item table (a batch migration copies the table and drops its triggers), a failed
flush or a database restored from elsewhere can leave it behind; `ensure_index()` notices
that cheaply (a few counts) and rebuilds it from source_item in one transaction.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Connection, text

from ..db import Database
from . import ddl, postgres

log = logging.getLogger(__name__)

_checked: set[str] = set()
_check_lock = threading.Lock()


def index_problems(conn: Connection) -> list[str]:
    """What is wrong with the index (an empty list: index and table are in step)."""
    if conn.dialect.name == "postgresql":
        return postgres.index_problems(conn)
    names = set(conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")).scalars())
    needed = (ddl.FTS_TABLE, ddl.LIST_TABLE, ddl.TITLE_TABLE, ddl.QUEUE_TABLE, *ddl.TRIGGERS)
    problems = [f"{name} is missing" for name in needed if name not in names]
    if problems:
        return problems
    items = conn.execute(text("SELECT count(*) FROM source_item")).scalar_one()
    rows = conn.execute(text(f"SELECT count(*) FROM {ddl.LIST_TABLE}")).scalar_one()
    titles = conn.execute(text(f"SELECT count(*) FROM {ddl.TITLE_TABLE}")).scalar_one()
    docs = conn.execute(text(f"SELECT count(*) FROM {ddl.FTS_TABLE}_docsize")).scalar_one()
    # Queued changes (a backlog, see backlog.py) are not yet in the index: new items are
    # missing from it, deleted ones still in it.
    waiting_new, waiting_gone = conn.execute(text(
        f"SELECT count(*) FILTER (WHERE q.had_old = 0 AND k.key IS NOT NULL), "
        f"count(*) FILTER (WHERE q.had_old = 1 AND k.key IS NULL) "
        f"FROM {ddl.QUEUE_TABLE} q LEFT JOIN {ddl.LIST_TABLE} k ON k.key = q.key")).one()
    expected_docs = items - waiting_new + waiting_gone
    if not items == rows == titles or docs != expected_docs:
        problems.append(f"{items} items but {rows} list rows, {titles} title keys and "
                        f"{docs} indexed texts ({expected_docs} expected)")
    return problems


def rebuild(conn: Connection) -> None:
    """Drop and rebuild the index and its triggers from source_item (caller's transaction)."""
    for trigger in ddl.TRIGGERS:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
    conn.execute(text(f"DROP TABLE IF EXISTS {ddl.FTS_TABLE}"))
    conn.execute(text(f"DELETE FROM {ddl.QUEUE_TABLE}"))
    conn.execute(text(f"DELETE FROM {ddl.TITLE_TABLE}"))
    conn.execute(text(f"DELETE FROM {ddl.LIST_TABLE}"))
    conn.execute(text(ddl.CREATE_FTS))
    conn.execute(text(ddl.SET_RANK))
    conn.execute(text(ddl.SET_AUTOMERGE))
    conn.execute(text(ddl.SET_HASHSIZE))
    for statement in (*ddl.BACKFILL, *ddl.CREATE_TRIGGERS):
        conn.execute(text(statement))


def ensure_index(db: Database, *, force: bool = False) -> bool:
    """Check the index once per process and database; rebuild it if it is out of step.

    Returns True when it had to be rebuilt. `force` checks again.
    """
    if not (db.is_sqlite or db.is_postgres):
        return False
    with _check_lock:
        if db.url in _checked and not force:
            return False
        with db.read() as session:
            problems = index_problems(session.connection())
        if problems:
            log.warning("search index out of step (%s); rebuilding it", "; ".join(problems))
            with db.write() as session:
                if db.is_postgres:
                    postgres.rebuild(session.connection())
                else:
                    rebuild(session.connection())
            log.info("search index rebuilt")
        _checked.add(db.url)
        return bool(problems)
