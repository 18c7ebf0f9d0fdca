"""The database handle: sessions for reading, one serialized writer, SQLite pragmas."""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000


class DatabaseError(RuntimeError):
    """A database problem explained in plain words."""


# Something every connection of an engine needs beyond the pragmas: the search index's SQL
# functions and its flush before commit. The composition root passes them in
# (console.station.database_setup), so this layer knows nothing of search.
EngineSetup = Callable[[Engine], None]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.as_posix()}"


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        # Temporary tables in memory: the sync stages each batch of new texts for the
        # search index in one (some 5 MB, emptied before its commit; search/new_texts.py).
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock at BEGIN, so two processes (window and CLI) never
        # deadlock upgrading a read transaction to a write one.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def is_server_url(url: str) -> bool:
    """True for a PostgreSQL URL (the station's shared database server)."""
    return url.startswith(("postgresql", "postgres:"))


def redacted(url: str) -> str:
    """The URL with its password hidden: what logs and messages may show."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: say nothing of it
        return "<database URL>"


# What a PostgreSQL connection of the console sets: its name in pg_stat_activity (the
# other workstations show who holds a worker), and TCP keepalives so that a PC that
# vanished (power cut, cable) is noticed and its locks freed within about half a minute.
SERVER_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": 10, "keepalives": 1, "keepalives_idle": 10,
    "keepalives_interval": 5, "keepalives_count": 3,
}
SERVER_SESSION = ("SET TimeZone = 'UTC'; SET tcp_keepalives_idle = 10; "
                  "SET tcp_keepalives_interval = 5; "
                  "SET tcp_keepalives_count = 3; SET tcp_user_timeout = 30000")


def workstation_name() -> str:
    """This PC's name as other workstations see it (application_name, at most 63 bytes)."""
    host = socket.gethostname() or "?"
    return f"commune-console {host} {os.getpid()}"[:63]


def _install_server_session(engine: Engine, backend_pids: set[int]) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(SERVER_SESSION)
            cur.execute("SELECT pg_backend_pid()")
            backend_pids.add(int(cur.fetchone()[0]))  # our own changes (db/notify.py)
        dbapi_conn.commit()


class Database:
    """Sessions per unit of work; writes serialized through one lock in this process.

    `url` is shown with its password hidden; the engine has the whole one.
    """

    def __init__(self, url: str, *, echo: bool = False,
                 setup: Iterable[EngineSetup] = ()) -> None:
        self.url = redacted(url) if is_server_url(url) else url
        self.is_sqlite = url.startswith("sqlite")
        self.is_postgres = is_server_url(url)
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        elif self.is_postgres:
            kwargs["connect_args"] = {**SERVER_CONNECT_ARGS,
                                      "application_name": workstation_name()}
            kwargs["pool_pre_ping"] = True  # a server restarted overnight: reconnect
            kwargs["pool_size"] = 10
            kwargs["max_overflow"] = 20
        self.engine = create_engine(url, **kwargs)
        # The server processes of this Database's connections (PostgreSQL).
        self.backend_pids: set[int] = set()
        if self.is_postgres:
            _install_server_session(self.engine, self.backend_pids)
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
            self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self._write_engine = self.engine
        for install in setup:
            install(self.engine)
        self._write_lock = threading.RLock()
        # The workstation whose own media cache this process uses, when several PCs share
        # this (PostgreSQL) database and each keeps its own media folder: the files' states
        # are then that PC's rows of media_copy (console.media.copies). None: one cache,
        # described by media_blob itself (one PC, or PCs sharing a media folder).
        self.cache_owner: str | None = None

    def _session_info(self) -> dict[str, Any]:
        # Queries that only get a session still know whose media cache they ask about.
        return {"cache_owner": self.cache_owner}

    @classmethod
    def for_file(cls, path: Path, *, setup: Iterable[EngineSetup] = ()) -> Database:
        return cls(sqlite_url(path), setup=setup)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; never commits."""
        session = Session(self.engine, expire_on_commit=False, autoflush=False,
                          info=self._session_info())
        try:
            yield session
        finally:
            # close() ends the transaction and detaches objects without expiring them,
            # so plain values read here stay usable afterwards.
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one unit of work: committed on success, rolled back on error."""
        with self._write_lock, self._unit_of_work(self._write_engine) as session:
            yield session

    def dedicated_connection(self, name: str = "") -> Any:
        """PostgreSQL: a psycopg connection of its own, outside the pool, in autocommit
        (what holds a session lock or listens). Closing it, or the process ending, ends
        its session on the server, and whatever the session held goes with it."""
        import psycopg

        if not self.is_postgres:
            raise DatabaseError("a dedicated connection needs the PostgreSQL database")
        u = self.engine.url
        conn = psycopg.connect(
            host=u.host, port=u.port or 5432, user=u.username, password=u.password,
            dbname=u.database, autocommit=True, **SERVER_CONNECT_ARGS,
            application_name=(f"{workstation_name()} {name}".strip())[:63])
        conn.execute(SERVER_SESSION)
        return conn

    @contextmanager
    def claiming(self) -> Iterator[Session]:
        """PostgreSQL: a transaction of its own that may hold row locks (FOR UPDATE SKIP
        LOCKED) while slow work runs, outside this process's writer lock; committed on
        success. Other processes and workstations skip what it holds."""
        if not self.is_postgres:
            raise DatabaseError("row claims need the PostgreSQL database")
        with self._unit_of_work(self.engine) as session:
            yield session

    @contextmanager
    def _unit_of_work(self, engine: Engine) -> Iterator[Session]:
        session = Session(engine, expire_on_commit=False, info=self._session_info())
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
