"""New items' texts given to the search index by the catalogue sync (search/new_texts.py)
reach it exactly as the queue's flush would put them: the index's every word, column and
position equal to one rebuilt from the table by SQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection

from console.models import SourceItem
from console.search import schema
from console.search.backlog import backlog_size
from console.search.query import search
from console.station import StationContext
from console.sync import catalogue
from console.sync.catalogue import CatalogueSync
from console.sync.client import ChangesPage, SourceClient
from tests.support.library import item_row

pytestmark = pytest.mark.sqlite_only  # FTS5 is SQLite's

TEXTS = [  # title, summary, body, tags, issuer: đ/Đ everywhere, empty and odd fields
    ("Đồng Nai: đê điều", "Đảm bảo an toàn", "Đoàn công tác đã đến.\n\nĐường ngập.",
     ["đê điều", "Đồng Nai", "phòng chống thiên tai"], "Ban Chỉ huy ĐIỀU HÀNH"),
    ("Lịch tiêm chủng", None, None, [], None),
    ("Tiếng Khmer ស្វាគមន៍ và H'Mông", "Cư M'gar — Ea Kar “xã”", "😀 đợt 2/2026 A/H5N1",
     ["x"], "Sở Y tế"),
    ("Bão số 3", "", "đ", ["Đ"], "đ"),
]


def _item(item_id: str, revision: int, texts: tuple[Any, ...]) -> dict[str, Any]:
    title, summary, body, tags, issuer = texts
    return {"id": item_id, "revision": revision, "kind": "text", "title": title,
            "summary": summary, "body": body, "tags": tags, "issuer": issuer,
            "priority": "normal", "origin": "province",
            "published_at": "2026-11-26T07:00:00+07:00", "files": []}


class _Feed(CatalogueSync):
    """A pull over pages given in advance, keyed by the cursor they are asked with."""

    def __init__(self, ctx: StationContext, pages: dict[str | None, ChangesPage]) -> None:
        client = SourceClient("http://127.0.0.1:9/api/v1", "demo", ctx.secrets)  # never used
        super().__init__(ctx.db, client)
        self.pages = pages

    def _fetch(self, cursor: str | None) -> ChangesPage:
        return self.pages[cursor]


def _instances(conn: Connection) -> list[tuple[Any, ...]]:
    conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_words "
                         "USING fts5vocab(main, item_fts, instance)")
    return conn.exec_driver_sql(
        "SELECT term, doc, col, offset FROM temp.fts_words ORDER BY 1, 2, 3, 4").all()


def _index_then_rebuilt(ctx: StationContext) -> tuple[list[Any], list[Any]]:
    with ctx.db.write() as session:
        conn = session.connection()
        assert backlog_size(conn) == 0 and schema.index_problems(conn) == []
        given = _instances(conn)
        schema.rebuild(conn)  # the same items through SQL: replace(), json_each, the flush
        return given, _instances(conn)


def test_given_texts_equal_the_flushs(ctx: StationContext,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue, "INDEX_EVERY", 3)
    items = [_item(f"i{n}", 1, texts) for n, texts in enumerate(TEXTS * 2)]
    pages = {None: ChangesPage(items[:3], [], "c1", True),
             "c1": ChangesPage(items[3:5], [], "c2", True),
             "c2": ChangesPage(items[5:], [], "c3", False)}
    stats = _Feed(ctx, pages).pull()
    assert stats.added == len(items)
    given, rebuilt = _index_then_rebuilt(ctx)
    assert given == rebuilt and len(given) > 50
    assert {h.id for h in search(ctx.db, "dong nai de dieu")} == {"i0", "i4"}


def test_an_item_changed_later_in_the_pull_is_indexed_with_its_last_text(
        ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalogue, "INDEX_EVERY", 1000)  # one batch at the end
    pages = {None: ChangesPage([_item("a", 1, TEXTS[0]), _item("b", 1, TEXTS[1])], [],
                               "c1", True),
             "c1": ChangesPage([_item("a", 2, TEXTS[2])], [], "c2", False)}
    _Feed(ctx, pages).pull()
    given, rebuilt = _index_then_rebuilt(ctx)
    assert given == rebuilt
    assert [h.id for h in search(ctx.db, "khmer")] == ["a"]
    assert search(ctx.db, "dong nai") == []  # revision 1's words are gone


def test_a_batch_becomes_one_index_segment_and_leaves_nothing_staged(
        ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """FTS5 writes what it holds at every statement: a batch sent 500 rows a statement
    made a segment per 500 items, to be merged later; staged, it is one."""
    monkeypatch.setattr(catalogue, "INDEX_EVERY", 5000)  # one batch at the end
    items = [_item(f"n{n}", 1, (f"Thông báo số {n}", "Lịch họp thôn", "Nội dung " * 20,
                                ["họp"], "UBND xã")) for n in range(1200)]
    pages = {None: ChangesPage(items[:600], [], "c1", True),
             "c1": ChangesPage(items[600:], [], "c2", False)}
    assert _Feed(ctx, pages).pull().added == 1200
    with ctx.db.read() as session:
        conn = session.connection()
        segments = conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM item_fts_idx")
        assert segments.scalar_one() == 1
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_temp_master "
                                "WHERE name = 'search_new_texts'").first():
            staged = conn.exec_driver_sql("SELECT count(*) FROM temp.search_new_texts")
            assert staged.scalar_one() == 0  # (on the connection that staged them)
    assert len(search(ctx.db, "lich hop thon", limit=2000)) == 1200
    given, rebuilt = _index_then_rebuilt(ctx)
    assert given == rebuilt


def test_other_commits_leave_a_pulls_queue_to_its_batches(
        ctx: StationContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a pull leaves its pages queued for its next batch, a commit of something
    else in the process (the data meter's count) does not index them (it would read the
    texts back, the slower way, cut the batch and keep the pull's writer waiting); the
    pull's last batch indexes them and what the other commit queued; afterwards a commit
    indexes a short queue again."""
    monkeypatch.setattr(catalogue, "INDEX_EVERY", 5000)
    queued_after_other_commit: list[int] = []

    class _Busy(_Feed):
        def _write_pages(self, pages, stats, seen, *, index_now=None):  # type: ignore[no-untyped-def]
            written = super()._write_pages(pages, stats, seen, index_now=index_now)
            if not queued_after_other_commit:  # after the first group: another commit
                with ctx.db.write() as session:
                    session.add(SourceItem(**item_row("local-1", "Tin địa phương")))
                with ctx.db.read() as session:
                    queued_after_other_commit.append(backlog_size(session.connection()))
            return written

    items = [_item(f"p{n}", 1, TEXTS[n % len(TEXTS)]) for n in range(8)]
    pages = {None: ChangesPage(items[:4], [], "c1", True),
             "c1": ChangesPage(items[4:], [], "c2", False)}
    assert _Busy(ctx, pages).pull().added == 8  # the first page is a group of its own
    assert queued_after_other_commit[0] >= 5  # page one's four and the local item
    with ctx.db.read() as session:
        assert backlog_size(session.connection()) == 0
    assert {h.id for h in search(ctx.db, "tin dia phuong")} == {"local-1"}
    given, rebuilt = _index_then_rebuilt(ctx)
    assert given == rebuilt
    with ctx.db.write() as session:  # the pull is over: a commit indexes its own again
        session.add(SourceItem(**item_row("local-2", "Họp tổ dân phố")))
    with ctx.db.read() as session:
        assert backlog_size(session.connection()) == 0
    assert {h.id for h in search(ctx.db, "to dan pho")} == {"local-2"}
