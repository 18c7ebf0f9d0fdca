"""Indexes a first long load builds once at its end instead of row by row.

A station's first catalogue sync inserts some 100,000 items. The index of the titles'
Vietnamese sort keys (library_title.title_key: keys of some 120 bytes, in no order)
takes each one where it falls: a page of the index touched for nearly every row, and
written to the log again at nearly every commit. That cost the sync's writer about a
sixth of its time; building the index from all the keys at the end takes 0.15 s.

So a load into an empty library drops these indexes first and builds them again when it
ends, however it ends. Everything that could meet a database without them puts them
back first (CREATE INDEX IF NOT EXISTS: nothing to do when they are there): the next
pull, opening the station, and every backup copy (its check wants the migrations'
schema exactly). Meanwhile the library still sorts by title, without the index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Connection, Index
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from ..models import LibraryTitle
from .database import Database

DEFERRED: tuple[Index, ...] = tuple(LibraryTitle.__table__.indexes)


def _create(index: Index) -> str:
    return str(CreateIndex(index, if_not_exists=True).compile(dialect=sqlite.dialect()))


def _run(execute: Callable[[str], object], statements: list[str]) -> None:
    for statement in statements:
        execute(statement)


def drop_deferred(conn: Connection) -> None:
    """Drop the deferred indexes, in the caller's transaction (SQLite)."""
    _run(conn.exec_driver_sql, [f'DROP INDEX IF EXISTS "{i.name}"' for i in DEFERRED])


def restore_deferred(conn: Connection) -> None:
    """Build the deferred indexes that are missing, in the caller's transaction (SQLite)."""
    _run(conn.exec_driver_sql, [_create(i) for i in DEFERRED])


def ensure_deferred(db: Database) -> bool:
    """Build the deferred indexes if any is missing (a first sync cut short); reads first,
    so that the usual case takes no write lock. True when something was built."""
    with db.read() as session:
        present = set(session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'").scalars())
    if {i.name for i in DEFERRED} <= present:
        return False
    with db.write() as session:
        restore_deferred(session.connection())
    return True


def restore_deferred_in_file(conn: sqlite3.Connection) -> None:
    """restore_deferred() on a plain sqlite3 connection (a backup copy being made); a copy
    of an older schema, without those tables, is left as it is (its upgrade makes them)."""
    tables = {name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    with conn:
        _run(conn.execute, [_create(i) for i in DEFERRED if i.table.name in tables])
