"""What the other workstations changed, as PostgreSQL tells it (LISTEN/NOTIFY).

Migration 0009's statement triggers send `NOTIFY console_changed, '<table>'` for the
tables a console shows (one notification per table and transaction). A listener holds one
connection of its own, waits on it, and hands the names of the changed tables to a
callback, gathered over a short moment so that a sync's thousand statements make one
call. Changes made by this process's own connections are left out (their server process
ids are known to the Database), so only another workstation's changes cause a re-read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from .database import Database

log = logging.getLogger(__name__)

CHANNEL = "console_changed"
GATHER_S = 0.3       # notifications arriving this close together make one call
RECONNECT_S = 5.0    # the server went away: listen again after this pause


class ChangeListener:
    def __init__(self, db: Database, on_change: Callable[[set[str]], None], *,
                 gather_s: float = GATHER_S, include_own: bool = False) -> None:
        self.db = db
        self.on_change = on_change
        self.gather_s = gather_s
        self.include_own = include_own
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set once LISTEN is in place

    def start(self) -> ChangeListener:
        if self._thread is None and self.db.is_postgres:
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="db-notify", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception as exc:  # the server restarted, the cable: listen again
                self.listening.clear()
                log.warning("change notifications interrupted: %s", exc)
                self._stop.wait(RECONNECT_S)

    def _listen(self) -> None:
        with self.db.dedicated_connection("notifications") as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            while not self._stop.is_set():
                tables: set[str] = set()
                heard = False
                for note in conn.notifies(timeout=0.5, stop_after=1):
                    heard = True
                    self._add(tables, note)
                if heard:  # more may follow at once: gathered into one call
                    for note in conn.notifies(timeout=self.gather_s):
                        self._add(tables, note)
                if tables:
                    try:
                        self.on_change(tables)
                    except Exception:  # a listener's bug must not stop the notifications
                        log.exception("change listener failed")

    def _add(self, tables: set[str], note: Any) -> None:
        if self.include_own or note.pid not in self.db.backend_pids:
            tables.add(note.payload)
