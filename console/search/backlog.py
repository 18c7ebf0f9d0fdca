"""The search index's backlog: queued changes indexed in batches after a long sync.

A sync of thousands of pages leaves its texts queued (sqlfunctions.defer_indexing())
so that storing the catalogue is not slowed by indexing it page by page; the batches
here index the queue afterwards, each in a short write transaction of its own, so the
library and other writers are never held up for long. Until the backlog is gone a
search may miss the newest items, and the library says so (`backlog_size()`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import Connection

from ..db import Database
from . import ddl
from .sqlfunctions import defer_indexing, flush_queue

log = logging.getLogger(__name__)

BATCH = 5000  # about half a second of writing per transaction


def backlog_size(conn: Connection) -> int:
    """How many changed items wait to be indexed."""
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {ddl.QUEUE_TABLE}").scalar_one())


def index_backlog(db: Database, *, batch: int = BATCH, cancel: threading.Event | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Index the queued changes batch by batch; returns how many were indexed.

    `progress(done, total)` follows each batch. Stops early when `cancel` is set; what is
    left stays queued for the next call.
    """
    if not db.is_sqlite:
        return 0
    with db.read() as session:
        total = backlog_size(session.connection())
    done, started = 0, time.monotonic()
    # Bounded by the backlog found at the start (writers may add more meanwhile: the next
    # call takes those).
    rounds = -(-total // max(1, batch)) + 1 if total else 0
    for _round in range(rounds):
        if cancel is not None and cancel.is_set():
            break
        with db.write() as session:
            conn = session.connection()
            last = conn.exec_driver_sql(ddl.LAST_KEY_OF_BATCH, {"count": batch}).scalar()
            if last is None:
                break
            done += flush_queue(conn, last)
            defer_indexing(conn)  # the commit indexes no more than this batch
        if progress is not None:
            progress(min(done, total), total)
    if done:
        log.info("search index: %d queued items indexed in %.1f s", done,
                 time.monotonic() - started)
    return done
