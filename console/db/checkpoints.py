"""Write-ahead log checkpoints taken beside a long writer, on a thread of their own.

SQLite in WAL mode appends every committed page to the log; a checkpoint copies the log
back into the database file and syncs both to disk. By default the connection that
commits does it, when the log has grown past its mark (wal_autocheckpoint), so a long
writer such as the catalogue sync stops every few commits to copy 32 MB and wait for the
disk: about a tenth of an initial sync's time.

A PASSIVE checkpoint on another connection runs while the writer goes on (it copies what
was committed before it started and never waits for a lock), and SQLite lets it go
without the interpreter lock. The writer keeps its own mark as a backstop: if the
checkpoints fall behind, it checkpoints itself as before. Once a checkpoint has copied the
whole log, the next write transaction starts the log again from its beginning, so the
file stays about as large as without this.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .database import BUSY_TIMEOUT_MS, Database

log = logging.getLogger(__name__)

EVERY_S = 0.2  # how often the log is looked at; a sync's log grows some 10 MB in that time


class Checkpoints:
    """A thread taking PASSIVE checkpoints of one SQLite file until stopped."""

    def __init__(self, path: str, every_s: float = EVERY_S) -> None:
        self._path = path
        self._every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
        self.taken = 0    # checkpoints that copied something
        self.copied = 0   # log frames copied into the database file

    def start(self) -> Checkpoints:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:  # the writer's own checkpoints go on as before
            log.warning("background checkpoints not started: %s", exc)
            return
        try:
            done = 0  # frames of the current log already copied
            while not self._stop.wait(self._every_s):
                busy, frames, copied = conn.execute(
                    "PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                if busy or frames < 0:
                    continue  # another checkpoint ran, or the file is not in WAL mode
                if copied < done:  # the log started again from its beginning
                    done = 0
                if copied > done:
                    self.taken += 1
                    self.copied += copied - done
                    done = copied
        except sqlite3.Error as exc:
            log.warning("background checkpoints stopped: %s", exc)
        finally:
            conn.close()


@contextmanager
def checkpoints_beside(db: Database, every_s: float = EVERY_S) -> Iterator[Checkpoints | None]:
    """Take the checkpoints of `db`'s file on a thread of their own while the block runs
    (a SQLite file; nothing elsewhere)."""
    path = db.engine.url.database if db.is_sqlite else None
    if not path or path == ":memory:":
        yield None
        return
    worker = Checkpoints(path, every_s).start()
    try:
        yield worker
    finally:
        worker.stop()
        log.debug("%d checkpoints beside the writer copied %d pages of the log",
                  worker.taken, worker.copied)
