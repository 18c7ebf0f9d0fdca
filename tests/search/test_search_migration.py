"""Migrations 0012 to 0014: the search index merges sixteen segments at a time, holds a
sync's batch in one segment, goes without prefix indexes, and finds what it found before,
a text queued at the upgrade included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from console.db.database import Database, sqlite_url
from console.db.migrate import alembic_config, upgrade
from console.models import SourceItem
from console.search import schema
from console.search.backlog import backlog_size
from console.search.query import search
from console.search.sqlfunctions import defer_indexing
from console.station import DATABASE_SETUP
from tests.support.library import item_row

pytestmark = pytest.mark.sqlite_only  # FTS5 is SQLite's; PostgreSQL's search is 0009/0010


@pytest.fixture
def unmigrated_db(tmp_path: Path) -> Iterator[Database]:
    """A database file with no schema yet: each test upgrades it as far as it needs."""
    db = Database(sqlite_url(tmp_path / "c.sqlite3"), setup=DATABASE_SETUP)
    try:
        yield db
    finally:
        db.dispose()


def _fts_options(db: Database) -> tuple[str | None, str | None]:
    """(the prefix option the table was made with, its automerge setting if set)."""
    with db.read() as session:
        conn = session.connection()
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'item_fts'").scalar_one()
        merge = conn.exec_driver_sql(
            "SELECT v FROM item_fts_config WHERE k = 'automerge'").scalar()
    prefix = sql.split("prefix=")[1].rstrip(")") if "prefix=" in sql else None
    return prefix, None if merge is None else str(merge)


def _hash_size(db: Database) -> int | None:
    with db.read() as session:
        value = session.connection().exec_driver_sql(
            "SELECT v FROM item_fts_config WHERE k = 'hashsize'").scalar()
    return None if value is None else int(value)


def _items_at(db: Database, revision: str, titles: list[str], *, late: str) -> None:
    """The schema at `revision`, items i0, i1, … with these titles, and one more ("late")
    whose text is still queued, as when the program is upgraded mid-way."""
    upgrade(db, revision)
    with db.write() as session:
        for n, title in enumerate(titles):
            session.add(SourceItem(**item_row(f"i{n}", title)))
    with db.write() as session:
        defer_indexing(session.connection())
        session.add(SourceItem(**item_row("late", late)))


def _found(db: Database, query: str) -> set[str]:
    return {hit.id for hit in search(db, query, limit=100)}


def test_0012_sets_the_merges_and_finds_the_same(unmigrated_db: Database) -> None:
    db = unmigrated_db
    _items_at(db, "0011", [f"Thông báo lịch tiêm phòng số {n}" for n in range(40)],
              late="Thông báo thay đổi lịch họp thôn")
    assert _fts_options(db) == ("'3 4'", None)
    before = {q: _found(db, q) for q in ("thong bao", "tiem", "thon", "tha", "lich ti")}

    upgrade(db, "0012")
    assert _fts_options(db) == ("'3 4'", "16")
    with db.read() as session:  # the upgrade's commit took the short queue in
        assert backlog_size(session.connection()) == 0
        assert schema.index_problems(session.connection()) == []
    before["thong bao"].add("late")
    before["tha"].add("late")  # "thay" starts with "tha"
    before["thon"].add("late")
    assert {q: _found(db, q) for q in before} == before

    command.downgrade(alembic_config(db.url), "0011")
    assert _fts_options(db) == ("'3 4'", "4")
    assert {q: _found(db, q) for q in before} == before


def test_0013_sets_the_hash_size_and_finds_the_same(unmigrated_db: Database) -> None:
    db = unmigrated_db
    _items_at(db, "0012", [f"Lịch tiêm chủng đợt {n}" for n in range(30)],
              late="Đổi lịch họp thôn Đồng Tâm")
    assert _hash_size(db) is None  # FTS5's default of 1 MB
    queries = ("lich", "tiem chung", "dong", "ho", "hop thon")
    before = {q: _found(db, q) for q in queries}

    upgrade(db, "0013")
    assert _hash_size(db) == 16 * 1024 * 1024
    with db.read() as session:
        assert schema.index_problems(session.connection()) == []
    before["lich"].add("late")
    before["dong"].add("late")
    before["hop thon"].add("late")
    after = {q: _found(db, q) for q in queries}
    assert after == before and len(after["lich"]) == 31

    command.downgrade(alembic_config(db.url), "0012")
    assert _hash_size(db) == 1024 * 1024
    assert {q: _found(db, q) for q in queries} == before


def test_0014_drops_the_prefix_indexes_and_finds_the_same(unmigrated_db: Database) -> None:
    db = unmigrated_db
    _items_at(db, "0013", [f"Thông báo lịch tiêm phòng thôn {n}" for n in range(30)]
              + ["Thanh niên tình nguyện", "Thả cá giống"], late="Thay đổi lịch họp thôn")
    queries = ("thong bao", "tha", "thon", "tiem ph", "lich ti", "thanh nien", "ho")
    before = {q: _found(db, q) for q in queries}
    assert before["tha"] == {"i30", "i31"}

    upgrade(db, "0014")
    assert _fts_options(db) == (None, "16")
    assert _hash_size(db) == 16 * 1024 * 1024
    with db.read() as session:  # every text indexed as it is, nothing left queued
        assert backlog_size(session.connection()) == 0
        assert schema.index_problems(session.connection()) == []
    before["tha"].add("late")  # "thay" starts with "tha"
    before["thon"].add("late")
    assert {q: _found(db, q) for q in queries} == before

    command.downgrade(alembic_config(db.url), "0013")
    assert _fts_options(db) == ("'3 4'", "16")
    assert {q: _found(db, q) for q in queries} == before


def test_a_rebuilt_index_keeps_the_settings(unmigrated_db: Database) -> None:
    db = unmigrated_db
    upgrade(db)
    with db.write() as session:
        session.add(SourceItem(**item_row("a", "Thông báo mưa lũ")))
    with db.write() as session:
        schema.rebuild(session.connection())
    assert _fts_options(db) == (None, "16")
    assert _hash_size(db) == 16 * 1024 * 1024
    assert _found(db, "mua lu") == {"a"}
