"""The search index's backlog: deferred pages, small queues indexed at commit, large ones
in batches, title sort keys kept by every writer."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from console.models import LibraryTitle, SourceItem
from console.models.library import LibraryItem
from console.search import schema, sqlfunctions
from console.search.backlog import backlog_size, index_backlog
from console.search.query import search
from console.search.sqlfunctions import defer_indexing
from console.station import StationContext
from console.text.collation import vi_key
from tests.support.library import add_items, item_row

pytestmark = pytest.mark.sqlite_only  # PostgreSQL indexes in the writer's transaction


def ids(ctx: StationContext, query: str) -> list[str]:
    return sorted(h.id for h in search(ctx.db, query))


def backlog(ctx: StationContext) -> int:
    with ctx.db.read() as session:
        return backlog_size(session.connection())


def problems(ctx: StationContext) -> list[str]:
    with ctx.db.read() as session:
        return schema.index_problems(session.connection())


def test_deferred_transaction_leaves_its_texts_queued_until_a_batch(ctx: StationContext) -> None:
    with ctx.db.write() as session:
        defer_indexing(session.connection())
        session.add(SourceItem(**item_row("a", "Lịch tiêm phòng dại cho chó mèo")))
    assert backlog(ctx) == 1 and ids(ctx, "tiem phong") == []
    assert problems(ctx) == []  # a backlog is not a broken index: nothing is rebuilt
    assert index_backlog(ctx.db) == 1
    assert backlog(ctx) == 0 and ids(ctx, "tiem phong") == ["a"]


def test_next_ordinary_commit_indexes_a_small_backlog(ctx: StationContext) -> None:
    with ctx.db.write() as session:
        defer_indexing(session.connection())
        session.add(SourceItem(**item_row("a", "Thông báo mất điện thôn Đồng Tâm")))
    add_items(ctx, item_row("b", "Họp dân thôn Đồng Tâm"))
    assert backlog(ctx) == 0
    assert ids(ctx, "dong tam") == ["a", "b"]


def test_a_long_queue_is_left_to_batches(ctx: StationContext,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlfunctions, "IN_STEP_LIMIT", 5)
    add_items(ctx, *(item_row(f"i{n}", f"Bản tin số {n} về bão") for n in range(12)))
    assert backlog(ctx) == 12 and ids(ctx, "bao") == []
    assert problems(ctx) == []
    seen: list[tuple[int, int]] = []
    assert index_backlog(ctx.db, batch=5, progress=lambda d, t: seen.append((d, t))) == 12
    assert seen == [(5, 12), (10, 12), (12, 12)]
    assert len(ids(ctx, "bao")) == 12 and problems(ctx) == []


def test_changes_to_waiting_items_are_indexed_as_they_end(ctx: StationContext,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Updated and deleted while still queued: the index ends as if it had followed."""
    add_items(ctx, item_row("old", "Tin cũ về lúa"))
    monkeypatch.setattr(sqlfunctions, "IN_STEP_LIMIT", 1)
    add_items(ctx, item_row("x", "Tin về ngô"), item_row("y", "Tin về khoai"))
    with ctx.db.write() as session:
        session.execute(update(SourceItem).where(SourceItem.id == "x").values(title="Tin về sắn"))
        session.execute(update(SourceItem).where(SourceItem.id == "old")
                        .values(title="Tin mới về lúa nước"))
        session.execute(text("DELETE FROM source_item WHERE id = 'y'"))
    assert problems(ctx) == []
    index_backlog(ctx.db, batch=1)
    assert ids(ctx, "ngo") == [] and ids(ctx, "san") == ["x"] and ids(ctx, "khoai") == []
    assert ids(ctx, "lua nuoc") == ["old"] and ids(ctx, "cu") == []
    assert backlog(ctx) == 0 and problems(ctx) == []


def test_index_backlog_stops_when_cancelled(ctx: StationContext,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(sqlfunctions, "IN_STEP_LIMIT", 1)
    add_items(ctx, *(item_row(f"i{n}", f"Tin {n}") for n in range(4)))
    cancel = threading.Event()
    assert index_backlog(ctx.db, batch=2, cancel=cancel,
                         progress=lambda done, total: cancel.set()) == 2
    assert backlog(ctx) == 2
    assert index_backlog(ctx.db, batch=2) == 2 and backlog(ctx) == 0


def _title_keys(ctx: StationContext) -> dict[str, str]:
    with ctx.db.read() as session:
        return dict(session.execute(
            select(LibraryItem.item_id, LibraryTitle.title_key)
            .join(LibraryTitle, LibraryTitle.key == LibraryItem.key)).all())


def test_title_sort_keys_from_every_writer(ctx: StationContext) -> None:
    add_items(ctx, item_row("core", "Đê điều"))  # no key given: the trigger computes it
    add_items(ctx, item_row("given", "Ấp Bắc", title_key=vi_key("Ấp Bắc")))
    with ctx.db.write() as session:
        orm = SourceItem(**item_row("orm", "Bão số 3"))
        session.add(orm)
    assert orm.title_key == vi_key("Bão số 3")
    with ctx.db.write() as session:  # the ORM keeps the key with the title
        session.get(SourceItem, "orm").title = "Áp thấp nhiệt đới"
    with ctx.db.write() as session:  # raw SQL changing the title alone
        session.execute(text("UPDATE source_item SET title = 'Ô nhiễm' WHERE id = 'given'"))
    assert _title_keys(ctx) == {"core": vi_key("Đê điều"), "given": vi_key("Ô nhiễm"),
                                "orm": vi_key("Áp thấp nhiệt đới")}
