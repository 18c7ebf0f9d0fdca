"""PostgreSQL advisory locks: work that runs once per station, and claims that die with
their holder.

A session-level advisory lock lives exactly as long as the connection that took it: when
a workstation's process ends (closed, killed, power cut) the server drops its connection
(at once, or after the TCP keepalives of console.db.database give up, about 30 s) and the
lock is free for another workstation. Nothing here writes a heartbeat of its own.

Keys are pairs (namespace, number); pg_locks shows them as classid/objid, and
pg_stat_activity's application_name (console.db.database.workstation_name) says which
PC holds one.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from .database import Database

log = logging.getLogger(__name__)

# Namespaces (the first key).
WORKERS = 0x0C0C_0001      # once-per-station workers: the number is in WORKER_KEYS
CLAIMS = 0x0C0C_0002       # a running dispatcher's claims: a random number per dispatcher

# Work that must run on one workstation of a station at a time.
WORKER_KEYS = {"sync": 1, "delivery": 2, "playout": 3, "zalo": 4, "backup": 5}


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: the workstation's name, its address, since when."""

    name: str
    address: str | None
    since: str

    @property
    def host(self) -> str:
        """The PC's name ("commune-console HOST PID" → HOST)."""
        parts = self.name.split(" ")
        return parts[1] if len(parts) == 3 and parts[0] == "commune-console" else self.name

    def describe(self) -> str:
        where = f" ({self.address})" if self.address else ""
        return f"{self.host}{where}"


class AdvisoryLock:
    """One session-level advisory lock, held on a connection of its own."""

    def __init__(self, db: Database, namespace: int, number: int) -> None:
        self.db = db
        self.key = (namespace, number)
        # A connection outside the pool: were this object dropped without release(), the
        # connection closes with it and the lock is freed, never handed on with a pooled
        # connection to other work.
        self._conn: Any = None
        self._guard = threading.Lock()

    @property
    def held(self) -> bool:
        return self._conn is not None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; True when this process holds it now."""
        with self._guard:
            if self._conn is not None:
                return True
            conn = self.db.dedicated_connection()
            try:
                got = bool(conn.execute("SELECT pg_try_advisory_lock(%s, %s)",
                                        self.key).fetchone()[0])
            except Exception:
                conn.close()
                raise
            if not got:
                conn.close()
                return False
            self._conn = conn
            return True

    def still_held(self) -> bool:
        """False once the lock's connection broke (the server may have given it away)."""
        with self._guard:
            if self._conn is None:
                return False
            try:
                self._conn.execute("SELECT 1")
                return True
            except Exception as exc:
                log.warning("lost the connection holding lock %s: %s", self.key, exc)
                self._drop()
                return False

    def release(self) -> None:
        with self._guard:
            if self._conn is None:
                return
            with contextlib.suppress(Exception):  # closing the connection frees it anyway
                self._conn.execute("SELECT pg_advisory_unlock(%s, %s)", self.key)
            self._drop()

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


def holder(conn: Any, namespace: int, number: int) -> Holder | None:
    """Who holds the lock (None: nobody)."""
    row = conn.execute(text(
        "SELECT a.application_name, host(a.client_addr), "
        "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI') FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' "
        "AND l.granted AND l.classid = :a AND l.objid = :b AND l.objsubid = 2"),
        {"a": namespace, "b": number}).first()
    if row is None:
        return None
    return Holder(row[0] or "?", row[1], row[2] or "")


def new_claim_lock(db: Database) -> AdvisoryLock:
    """A lock of a random number in the claims namespace, taken: the dispatcher writes the
    number into the jobs it claims, and its death frees them (console/delivery/claims.py)."""
    while True:
        lock = AdvisoryLock(db, CLAIMS, 1 + secrets.randbelow(2**31 - 2))
        if lock.try_acquire():
            return lock


# SQL: the claims namespace's lock of `number_sql` is held by a live session.
def claim_alive_sql(number_sql: str) -> str:
    return ("EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
            f"AND l.classid = {CLAIMS} AND l.objid::bigint = {number_sql} "
            "AND l.objsubid = 2)")
