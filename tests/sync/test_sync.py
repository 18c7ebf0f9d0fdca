"""Catalogue sync and media cache against the real simulator."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import func, select

from console.media.copies import here
from console.media.store import MediaStore
from console.models import ItemFile, MediaBlob, SourceItem
from console.services.library import list_items
from console.sync import state
from console.sync.catalogue import PullStats
from console.sync.errors import LoginFailed, SourceUnavailable
from console.sync.service import SyncService
from tests.support.sync import FAST_RETRY, logged_in


def _settled(read, quiet_s: float = 0.3, timeout_s: float = 5.0) -> int:  # type: ignore[no-untyped-def]
    """A counter's value once it has stopped changing for `quiet_s`."""
    import time

    value, since, deadline = read(), time.monotonic(), time.monotonic() + timeout_s
    while time.monotonic() - since < quiet_s and time.monotonic() < deadline:
        time.sleep(0.05)
        now = read()
        if now != value:
            value, since = now, time.monotonic()
    return value


def _db_fingerprint(ctx) -> list[tuple]:  # type: ignore[no-untyped-def]
    with ctx.db.read() as s:
        items = s.execute(select(SourceItem.id, SourceItem.revision, SourceItem.title,
                                 SourceItem.withdrawn).order_by(SourceItem.id)).all()
        blobs = s.execute(select(MediaBlob.sha256, MediaBlob.state)
                          .order_by(MediaBlob.sha256)).all()
    return [tuple(r) for r in items] + [tuple(r) for r in blobs]


def test_full_sync_then_nothing_new(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    service = logged_in(ctx, sim)
    first = service.sync_once()
    assert first.items_added == 120 and first.items_rejected == 0
    assert first.files_failed == 0 and first.files_downloaded > 0
    store = MediaStore(ctx.paths.media)
    cache = here(ctx.db)  # this PC's states (its own rows on a shared database)
    with ctx.db.read() as s:
        blobs = s.execute(cache.with_blobs(MediaBlob.sha256, cache.state)).all()
    assert blobs and all(st == "ready" for _, st in blobs)
    for sha, _ in blobs:  # every cached file really is what its name says
        assert hashlib.sha256(store.path(sha).read_bytes()).hexdigest() == sha
    assert all(row.cached for row in list_items(ctx.db))
    second = service.sync_once()
    assert (second.items_added, second.items_updated, second.files_downloaded, second.bytes) == (
        0, 0, 0, 0)
    assert state.read(ctx.db, state.LAST_SUCCESS)
    assert state.read(ctx.db, state.LINK_STATE) == "online"


def test_text_is_nfc_and_vietnamese(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    import unicodedata

    logged_in(ctx, sim).sync_once(media=False)
    with ctx.db.read() as s:
        titles = s.scalars(select(SourceItem.title)).all()
    assert all(unicodedata.is_normalized("NFC", t) for t in titles)
    assert any("Đ" in t or "đ" in t for t in titles)


def test_revisions_and_withdrawals(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    with ctx.db.read() as s:
        some = s.scalars(select(SourceItem.id).order_by(SourceItem.id).limit(2)).all()
    sim.revise(some[0], title="Thông báo đã sửa: lịch tiêm chủng tại xã Đức Phổ")
    sim.withdraw(some[1])
    result = service.sync_once(media=False)
    assert (result.items_updated, result.items_withdrawn) == (1, 1)
    with ctx.db.read() as s:
        revised = s.get(SourceItem, some[0])
        gone = s.get(SourceItem, some[1])
    assert revised.revision == 2 and revised.title.startswith("Thông báo đã sửa")
    assert gone.withdrawn and gone.withdrawn_at is not None  # kept, never deleted
    assert some[1] not in {r.id for r in list_items(ctx.db)}


def test_expired_cursor_reconciles(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    with ctx.db.read() as s:
        victim = s.scalar(select(SourceItem.id).order_by(SourceItem.id.desc()).limit(1))
    sim.withdraw(victim)
    sim.expire_cursors()
    result = service.sync_once(media=False)
    assert result.items_withdrawn >= 1
    with ctx.db.read() as s:
        assert s.get(SourceItem, victim).withdrawn
        assert s.scalar(select(func.count()).select_from(SourceItem)) == 120


def test_wrong_password_and_unreachable_server(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LoginFailed):
        SyncService(ctx, policy=FAST_RETRY).login(sim.url, "demo", "sai-mat-khau")
    url = sim.url
    sim.stop()
    with pytest.raises(SourceUnavailable):
        SyncService(ctx, policy=FAST_RETRY).login(url, "demo", "demo")


def test_token_expiry_is_transparent(ctx, make_sim) -> None:  # type: ignore[no-untyped-def]
    import time

    sim = make_sim(token_ttl=1)
    service = logged_in(ctx, sim)
    time.sleep(1.2)
    assert service.sync_once(media=False).items_added == 120


def test_password_only_in_keyring(ctx, sim, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    logged_in(ctx, sim).sync_once(media=False)
    assert "demo" in memory_keyring.store.values()
    ctx.close()
    conn = sqlite3.connect(ctx.paths.database)
    dump = "\n".join(conn.iterdump())
    conn.close()
    tokens = [v for (_, k), v in memory_keyring.store.items() if "token" in k]
    assert tokens and not any(t in dump for t in tokens)


def test_resume_after_interrupted_download(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """A half-written .part is resumed with Range, never shown as ready before it is whole."""
    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    with ctx.db.read() as s:
        sha, size = s.execute(select(MediaBlob.sha256, MediaBlob.size)
                              .order_by(MediaBlob.size.desc()).limit(1)).one()
        url = s.scalar(select(ItemFile.url).where(ItemFile.sha256 == sha).limit(1))
    store = MediaStore(ctx.paths.media)
    client = service.make_client()
    resp = client.open_file(url)
    half = resp.raw.read(size // 2)
    resp.close()
    store.partial.mkdir(parents=True, exist_ok=True)
    store.part_path(sha).write_bytes(half)
    assert not store.has(sha)
    # The simulator counts what it wrote once each write returns: let the write that was
    # under way when the download was cut finish (or fail) before counting from here.
    before = _settled(lambda: sim.stats.file_bytes_sent)
    result = service.sync_once()
    assert result.files_failed == 0 and store.has(sha)
    assert not store.part_path(sha).exists()
    with ctx.db.read() as s:
        total = s.scalar(select(func.sum(MediaBlob.size)))
    # Only the missing half of that file travels again.
    assert sim.stats.file_bytes_sent - before == total - len(half)


def test_wrong_hash_never_ready(ctx, sim, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A file whose bytes do not match its sha256 is discarded, not cached."""
    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    with ctx.db.read() as s:
        sha = s.scalar(select(MediaBlob.sha256).limit(1))
    bogus = "0" * 64
    with ctx.db.write() as s:  # point one file at another file's bytes
        s.execute(ItemFile.__table__.update().where(ItemFile.sha256 == sha).values(
            sha256=bogus))
        s.execute(MediaBlob.__table__.update().where(MediaBlob.sha256 == sha).values(
            sha256=bogus))
    result = service.sync_once()
    assert result.files_failed == 1
    with ctx.db.read() as s:
        assert s.get(MediaBlob, bogus).state != "ready"
    store = MediaStore(ctx.paths.media)
    assert not store.has(bogus) and not store.part_path(bogus).exists()


@pytest.mark.slow
def test_flaky_link_converges_to_clean_state(tmp_path, make_sim) -> None:  # type: ignore[no-untyped-def]
    from console.app import open_station

    clean = open_station(tmp_path / "clean")
    flaky = open_station(tmp_path / "flaky")
    try:
        logged_in(clean, make_sim(seed=11)).sync_once()
        sim = make_sim(seed=11, fail_rate=0.2)
        service = logged_in(flaky, sim)
        for _ in range(20):
            try:
                result = service.sync_once()
            except SourceUnavailable:
                continue
            if result.files_failed == 0:
                break
        assert _db_fingerprint(flaky) == _db_fingerprint(clean)
    finally:
        clean.close()
        flaky.close()


def test_eviction_spares_scheduled_and_local_media(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from console.media.cache import evict
    from console.models import Programme, ProgrammeEntry

    service = logged_in(ctx, sim)
    service.sync_once()
    with ctx.db.read() as s:
        rows = s.execute(select(ItemFile.item_id, ItemFile.sha256)
                         .order_by(ItemFile.sha256)).all()
    scheduled_item, scheduled_sha = rows[0]
    local_item, local_sha = next((i, h) for i, h in rows if h != scheduled_sha)
    with ctx.db.write() as s:
        programme = Programme(name="Bản tin sáng", start_at=dt.datetime.now(dt.UTC)
                              + dt.timedelta(days=1))
        programme.entries.append(ProgrammeEntry(position=0, kind="item",
                                                item_id=scheduled_item))
        s.add(programme)
        s.get(SourceItem, local_item).local = True
    store = MediaStore(ctx.paths.media)
    freed = evict(ctx.db, store, limit_bytes=0)
    assert freed > 0
    assert store.has(scheduled_sha) and store.has(local_sha)
    kept = {h for i, h in rows if i in {scheduled_item, local_item}}  # every file of both
    cache = here(ctx.db)  # this PC's states (its own rows on a shared database)
    with ctx.db.read() as s:
        others = s.execute(cache.with_blobs(MediaBlob.sha256, cache.state)).all()
    for sha, blob_state in others:
        assert (blob_state == "ready") == (sha in kept)
        assert store.has(sha) == (sha in kept)


@pytest.mark.sqlite_only  # PostgreSQL indexes in the writer's transaction: no queue
def test_a_long_pull_indexes_its_texts_in_batches(ctx, sim, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The pages of a long pull are indexed for search some INDEX_EVERY items at a time,
    the last ones by the pull's last transaction: nothing is left queued when it returns."""
    from console.search.backlog import backlog_size
    from console.search.query import search
    from console.sync import catalogue
    from console.sync.catalogue import CatalogueSync

    monkeypatch.setattr(catalogue, "INDEX_EVERY", 100)
    batches: list[int] = []
    given = catalogue.index_new_texts

    def counted(conn, texts):  # type: ignore[no-untyped-def]
        done = given(conn, texts)
        batches.append(done)
        return done

    monkeypatch.setattr(catalogue, "index_new_texts", counted)
    service = logged_in(ctx, sim)
    client = service.make_client()
    client.login()
    stats = CatalogueSync(ctx.db, client, page_size=50).pull()
    client.close()
    assert stats.added == 120 and stats.pages == 3
    # Pages 1-2 once they reach 100 items, page 3 at the end (or all three together when
    # they waited for the writer as one group): never a batch of one page before the end.
    indexed = [n for n in batches if n]
    assert sum(indexed) == 120 and all(n >= 100 for n in indexed[:-1]), indexed
    with ctx.db.read() as s:
        assert backlog_size(s.connection()) == 0
        titles = s.scalars(select(SourceItem.title).order_by(SourceItem.id)).all()
    assert search(ctx.db, titles[0]) and search(ctx.db, titles[-1])


@pytest.mark.sqlite_only
def test_a_backlog_left_behind_is_indexed_by_the_next_sync(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """Texts a cut-short run left queued are indexed by the next sync (its pull's last
    transaction takes the whole queue; a pull that stores nothing leaves it to the
    search phase)."""
    from console.search.backlog import backlog_size
    from console.search.query import search
    from console.search.sqlfunctions import defer_indexing
    from tests.support.library import item_row

    with ctx.db.write() as session:
        defer_indexing(session.connection())
        for n in range(30):
            session.add(SourceItem(**item_row(f"left-{n}", f"Lịch tiêm phòng đợt {n}")))
    with ctx.db.read() as s:
        assert backlog_size(s.connection()) == 30
    assert not search(ctx.db, "tiem phong")
    phases: list[tuple[int, int]] = []
    result = logged_in(ctx, sim).sync_once(media=False, progress=lambda phase, r: phases.append(
        (r.search_indexed, r.search_backlog)) if phase == "search" else None)
    assert result.items_added == 120 and phases in ([], [(30, 30)])
    with ctx.db.read() as s:
        assert backlog_size(s.connection()) == 0
    found = {hit.id for hit in search(ctx.db, "tiem phong", limit=500)}
    assert {f"left-{n}" for n in range(30)} <= found


def test_emergency_moves_a_shared_queued_file_up(ctx) -> None:  # type: ignore[no-untyped-def]
    """A file already waiting for a routine item is fetched first once an emergency uses it."""
    from console.sync.catalogue import CatalogueSync
    from console.sync.client import ChangesPage, SourceClient

    client = SourceClient("http://127.0.0.1:9/api/v1", "demo", ctx.secrets)  # never called
    sync = CatalogueSync(ctx.db, client)
    sha = "b" * 64

    def item(item_id: str, priority: str) -> dict:  # type: ignore[type-arg]
        return {"id": item_id, "revision": 1, "kind": "audio", "title": f"Tin {item_id}",
                "priority": priority, "origin": "province",
                "published_at": "2026-11-26T07:00:00+07:00",
                "files": [{"role": "main", "name": "loa.mp3", "mime": "audio/mpeg",
                           "size": 10, "sha256": sha, "url": "files/" + sha}]}

    sync._store_page(ChangesPage([item("r", "normal")], [], "c1", False), PullStats(), None)
    sync._store_page(ChangesPage([item("e", "emergency")], [], "c2", False), PullStats(), None)
    client.close()
    with ctx.db.read() as s:
        assert s.scalar(select(MediaBlob.priority).where(MediaBlob.sha256 == sha)) == 100


def test_a_long_poll_that_returns_after_stop_stores_nothing(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """The window closed while the poll was out: nothing is read or written afterwards."""
    import threading

    from console.sync.catalogue import CatalogueSync
    from console.sync.errors import Cancelled

    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    client = service.make_client()
    client.login()
    cancel = threading.Event()
    sync = CatalogueSync(ctx.db, client, cancel=cancel)
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    with pytest.raises(Cancelled):
        sync.pull_waiting(1)
    timer.join()
    client.close()


def _pages(client, cursor, size: int) -> list:  # type: ignore[no-untyped-def]
    pages = []
    while True:
        page = client.changes(cursor, limit=size)
        pages.append(page)
        cursor = page.next_cursor
        if not page.has_more:
            return pages


def test_pages_stored_together(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """Pages that waited for the writer go into one transaction, in their order (a
    revision, a withdrawal, another revision), with the cursor after the last one; the
    search index follows in the same commit."""
    from console.search.query import search
    from console.sync.catalogue import CatalogueSync

    service = logged_in(ctx, sim)
    service.sync_once(media=False)
    with ctx.db.read() as s:
        ids = s.scalars(select(SourceItem.id).order_by(SourceItem.id).limit(3)).all()
    sim.revise(ids[0], title="Thông báo đã sửa: lịch tiêm chủng tại xã Đức Phổ")
    sim.withdraw(ids[1])
    sim.revise(ids[2], title="Lịch cắt điện tuần sau ở thôn Đông")
    client = service.make_client()
    client.login()
    sync = CatalogueSync(ctx.db, client)
    pages = [sync._check_page(p) for p in _pages(client, state.read(ctx.db, state.CURSOR), 1)]
    client.close()
    stats = PullStats()
    assert sync._write_pages(pages, stats, None) == len(pages) >= 3
    assert (stats.updated, stats.withdrawn) == (2, 1)
    assert state.read(ctx.db, state.CURSOR) == pages[-1].next_cursor
    with ctx.db.read() as s:
        rows = {i.id: i for i in s.scalars(select(SourceItem).where(SourceItem.id.in_(ids)))}
        assert s.scalar(select(func.count()).select_from(SourceItem)) == 120
    assert rows[ids[0]].title.startswith("Thông báo đã sửa") and rows[ids[0]].revision == 2
    assert rows[ids[1]].withdrawn and not rows[ids[0]].withdrawn
    assert [i.id for i in search(ctx.db, "cắt điện thôn Đông")][:1] == [ids[2]]


def test_pages_wait_for_a_busy_writer_in_groups(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """While the writer is busy, checked pages wait, GROUP_PAGES at most and never more
    than GROUP_ITEMS items together; a free writer takes a page at once."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from console.sync import catalogue
    from console.sync.catalogue import CatalogueSync

    service = logged_in(ctx, sim)
    client = service.make_client()
    client.login()
    sync = CatalogueSync(ctx.db, client)
    pages = [sync._check_page(p) for p in _pages(client, None, 10)]  # 12 pages of 10
    client.close()
    stats, waiting = PullStats(), []
    with ThreadPoolExecutor(1) as writer:
        busy = threading.Event()
        writing = writer.submit(lambda: busy.wait(10) and 0)
        for page in pages[:catalogue.GROUP_PAGES - 1]:
            assert sync._handed(writer, writing, waiting, stats, None, False, page) is writing
        assert len(waiting) == catalogue.GROUP_PAGES - 1
        busy.set()  # the writer is free once this page is in: the group goes to it
        writing = sync._handed(writer, writing, waiting, stats, None, False,
                               pages[catalogue.GROUP_PAGES - 1])
        assert not waiting and writing.result() == catalogue.GROUP_PAGES
        sync._written(writing, stats)
        assert stats.pages == catalogue.GROUP_PAGES and stats.added == 10 * stats.pages
        assert state.read(ctx.db, state.CURSOR) == pages[catalogue.GROUP_PAGES - 1].next_cursor
        busy.clear()  # a group full by its items goes before the page that would overflow it
        writing = writer.submit(lambda: busy.wait(10) and 0)
        rest = pages[catalogue.GROUP_PAGES:]
        old_limit, catalogue.GROUP_ITEMS = catalogue.GROUP_ITEMS, 25
        # The full group's write is held until the page after it was looked at: a write
        # that ended first would leave the writer free for that page as well.
        looked, write = threading.Event(), sync._write_pages
        sync._write_pages = lambda *a, **k: looked.wait(10) and write(*a, **k)  # type: ignore[method-assign]
        try:
            for page in rest[:2]:
                sync._handed(writer, writing, waiting, stats, None, False, page)
            busy.set()
            writing = sync._handed(writer, writing, waiting, stats, None, False, rest[2])
        finally:
            catalogue.GROUP_ITEMS = old_limit
            looked.set()
            del sync._write_pages
        assert writing.result() == 2 and waiting == [rest[2]]
        writing = sync._handed(writer, writing, waiting, stats, None, True)
        assert writing.result() == 1 and not waiting
    assert state.read(ctx.db, state.CURSOR) == rest[2].next_cursor


def test_a_pull_lets_go_of_what_it_remembered(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """The checks remember repeated titles, times and file values during a pull; after it
    they hold nothing, so a long pull's memory can be given back."""
    from console.db import bulk
    from console.sync import typed_items, validate
    from console.text import collation

    service = logged_in(ctx, sim)
    memos = (typed_items._titles, typed_items._times, validate._display_names,
             bulk._parsed, collation._TEXT_KEYS)
    seen: list[int] = []
    original = typed_items._finish

    def finish(*args, **kwargs):  # type: ignore[no-untyped-def]
        item = original(*args, **kwargs)
        seen.append(sum(map(len, memos)))
        return item

    typed_items._finish = finish
    try:
        service.sync_once(media=False)
    finally:
        typed_items._finish = original
    assert seen and max(seen) > 100   # remembered while the pull ran
    assert not any(memos), [len(m) for m in memos]


@pytest.mark.sqlite_only  # PostgreSQL has no write-ahead log file to copy
def test_a_pull_checkpoints_beside_its_writer_and_stops_doing_so(ctx, sim, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The log is copied on a thread of its own while the pull runs, and that thread is
    gone when the pull returns."""
    import threading
    from contextlib import contextmanager

    from console.sync import catalogue
    from console.sync.catalogue import CatalogueSync

    workers = []
    given = catalogue.checkpoints_beside

    @contextmanager
    def recorded(db):  # type: ignore[no-untyped-def]
        with given(db, every_s=0.001) as worker:
            workers.append(worker)
            yield worker

    monkeypatch.setattr(catalogue, "checkpoints_beside", recorded)
    client = logged_in(ctx, sim).make_client()
    client.login()
    stats = CatalogueSync(ctx.db, client, page_size=40).pull()
    client.close()
    assert stats.added == 120 and len(workers) == 1
    assert workers[0].taken >= 1 and workers[0].copied >= 1  # pages' commits copied
    assert not any(t.name == "wal-checkpoints" for t in threading.enumerate())
    with ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SourceItem)) == 120


@pytest.mark.sqlite_only  # the bulk load's deferred index is SQLite's (db/bulk_load.py)
def test_a_first_pull_builds_the_title_index_at_its_end(ctx, sim, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Into an empty library the pages go in without the titles' index, built once the
    pull ends; a later pull keeps it all along. The library sorts by title either way."""
    from console.services.library_query import LibraryFilter, Sort, SortKey, load_ids
    from console.sync import catalogue
    from console.sync.catalogue import CatalogueSync

    seen: list[bool] = []  # whether the index was there while a batch was written
    given = catalogue.index_new_texts

    def watched(conn, texts):  # type: ignore[no-untyped-def]
        seen.append(bool(conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'ix_library_title_title_key'"
        ).first()))
        return given(conn, texts)

    monkeypatch.setattr(catalogue, "INDEX_EVERY", 40)
    monkeypatch.setattr(catalogue, "index_new_texts", watched)
    client = logged_in(ctx, sim).make_client()
    client.login()

    def indexed() -> bool:
        with ctx.db.read() as s:
            return bool(s.connection().exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'ix_library_title_title_key'"
            ).first())

    assert CatalogueSync(ctx.db, client, page_size=40).pull().added == 120
    assert seen and not any(seen) and indexed()
    by_title = load_ids(ctx.db, LibraryFilter(), Sort(SortKey.TITLE, descending=False))
    assert len(by_title.ids) == 120
    seen.clear()
    for n in range(3):
        sim.publish(priority="normal", title=f"Tin mới {n}")
    assert CatalogueSync(ctx.db, client, page_size=40).pull().added == 3
    client.close()
    assert seen and all(seen) and indexed()
