"""Indexes a first long load builds at its end (console.db.bulk_load): whatever meets a
database without them puts them back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.backup import backup_database
from console.db import open_database
from console.db.backup_check import check_backup
from console.db.bulk_load import (
    DEFERRED,
    drop_deferred,
    restore_deferred,
    restore_deferred_in_file,
)
from console.station import DATABASE_SETUP

NAMES = {i.name for i in DEFERRED}


def _indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def _without_them(tmp_path: Path) -> Path:
    """A station database as a first sync cut short by a power cut leaves it."""
    path = tmp_path / "c.sqlite3"
    db = open_database(path)
    with db.write() as session:
        drop_deferred(session.connection())
    db.dispose()
    assert not NAMES & _indexes(path)
    return path


def test_the_title_index_is_the_one_deferred() -> None:
    assert {"ix_library_title_title_key"} == NAMES


def test_restore_builds_what_is_missing_and_leaves_the_rest(tmp_path: Path) -> None:
    path = _without_them(tmp_path)
    db = open_database(path)  # opening puts them back
    try:
        assert _indexes(path) >= NAMES
        with db.write() as session:  # and again: nothing to do
            restore_deferred(session.connection())
        assert _indexes(path) >= NAMES
    finally:
        db.dispose()


def test_a_backup_copy_has_the_whole_schema(tmp_path: Path) -> None:
    """A copy taken while a first sync runs (the index dropped) passes the restore check."""
    path = _without_them(tmp_path)
    copy = backup_database(path, tmp_path / "backups", reason="test",
                           finish=restore_deferred_in_file)
    assert _indexes(copy) >= NAMES
    assert not NAMES & _indexes(path)  # the copy only: the station's file is not touched
    check_backup(copy, setup=DATABASE_SETUP)
