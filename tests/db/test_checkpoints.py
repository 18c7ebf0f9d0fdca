"""Checkpoints of the write-ahead log taken beside a long writer (console.db.checkpoints)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from console.db import open_database
from console.db.checkpoints import Checkpoints, checkpoints_beside

ROW = "x" * 3000  # about a page of the file each


def _writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # only the thread under test copies
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    return conn


def _commit_rows(conn: sqlite3.Connection, transactions: int, rows: int) -> None:
    for _ in range(transactions):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO t (v) VALUES (?)", [(ROW,)] * rows)
        conn.execute("COMMIT")


def test_the_log_is_copied_while_the_writer_goes_on(tmp_path: Path) -> None:
    """A writer that never checkpoints itself: the thread copies its log into the
    database file, the log starts again from its beginning instead of growing, and every
    committed row is there."""
    path = tmp_path / "w.sqlite3"
    conn = _writer(path)
    worker = Checkpoints(str(path), every_s=0.01).start()
    try:
        for _ in range(40):  # some 40 x 100 pages, with pauses for the thread
            _commit_rows(conn, 1, 100)
            threading.Event().wait(0.02)
    finally:
        worker.stop()
    assert worker.taken > 0 and worker.copied > 0
    wal = path.with_name(path.name + "-wal").stat().st_size
    # Reused, not 40 transactions' worth. Its high-water mark is how far the thread fell
    # behind at worst: one transaction's worth on an idle machine, some 10 once in a loaded
    # CI run (3 test workers on 2 cores).
    assert wal < 40 * 100 * 4096 / 2, wal
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 4000
    conn.close()
    other = sqlite3.connect(path)
    assert other.execute("SELECT count(*), min(length(v)) FROM t").fetchone() == (4000, 3000)
    other.close()


def test_a_file_that_cannot_be_opened_leaves_the_writer_alone(tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture
                                                               ) -> None:
    worker = Checkpoints(str(tmp_path / "no" / "such" / "folder.sqlite3"), every_s=0.01)
    worker.start()
    worker.stop()
    assert worker.taken == 0
    assert "background checkpoints not started" in caplog.text


def test_beside_a_station_database_and_gone_after(tmp_path: Path) -> None:
    db = open_database(tmp_path / "c.sqlite3")
    try:
        with checkpoints_beside(db, every_s=0.01) as worker:
            assert worker is not None
            assert any(t.name == "wal-checkpoints" for t in threading.enumerate())
        assert not any(t.name == "wal-checkpoints" for t in threading.enumerate())
    finally:
        db.dispose()


def test_nothing_beside_a_database_in_memory() -> None:
    from console.db.database import Database

    db = Database("sqlite://")
    try:
        with checkpoints_beside(db) as worker:
            assert worker is None
    finally:
        db.dispose()
