"""Incremental catalogue pull: pages of changes stored idempotently with their cursor.

Each page is stored in one transaction together with the cursor that follows it, so a
crash anywhere loses at most the page in flight, which is fetched again. Items are keyed
by (id, revision): an older or equal revision changes nothing. Withdrawn items are
marked, never deleted. A 410 starts a full pull that reconciles what disappeared.
"""

from __future__ import annotations

import datetime as dt
import logging
import operator
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..db import Database
from ..db.bulk import RowConverter, insert_many
from ..db.bulk_load import drop_deferred, ensure_deferred, restore_deferred
from ..db.checkpoints import checkpoints_beside
from ..models import (
    Category,
    ItemFile,
    ItemRevision,
    LibraryTitle,
    MediaBlob,
    ProgrammeEntry,
    SourceItem,
)
from ..models.base import utcnow
from ..models.enums import Priority
from ..runtime import long_lived_objects_set_aside
from ..search.new_texts import Texts, index_new_texts, texts_of
from ..search.sqlfunctions import defer_indexing, index_all_queued, queue_held
from ..text import clean_display_text
from ..text.collation import vi_key
from . import state
from .ahead import PagesAhead
from .client import ChangesPage, SourceClient
from .errors import Cancelled, CursorExpired, FeedStuck
from .pages import RawItem
from .typed_items import check_item, forget_repeats
from .validate import ItemRejected, ValidItem

log = logging.getLogger(__name__)

MEDIA_PRIORITY = {Priority.EMERGENCY.value: 100, Priority.PRIORITY.value: 50,
                  Priority.NORMAL.value: 0}
_ITEM_COLUMNS = (
    "kind", "title", "summary", "body", "category_code", "tags", "language", "priority",
    "origin", "issuer", "published_at", "valid_from", "valid_until", "reviewed", "channels",
    "duration_s", "stream_url", "requested_airings", "updated_at",
)
# What every new row of a page shares (when it came, a new item's flags): converted once a
# page rather than once a row (RowConverter's `given`).
_NEW_ITEM_SHARED = ("received_at", "withdrawn", "withdrawn_at", "local", "seen")
_NEW_ITEM_COLUMNS = (*_ITEM_COLUMNS, "id", "revision", *_NEW_ITEM_SHARED, "title_key")
_FILE_COLUMNS = ("item_id", "role", "name", "mime", "size", "sha256", "url")
_REVISION_COLUMNS = ("item_id", "revision", "received_at", "title", "payload")
_REVISION_SHARED = ("received_at", "payload")
_BLOB_COLUMNS = ("sha256", "size", "mime", "state", "priority", "bytes_done", "attempts",
                 "created_at")


@dataclass
class PullStats:
    added: int = 0
    updated: int = 0
    withdrawn: int = 0
    rejected: int = 0
    unchanged: int = 0
    pages: int = 0
    reconciled: bool = False
    emergencies: list[str] = field(default_factory=list)        # ids of new emergency items
    withdrawn_in_use: list[str] = field(default_factory=list)    # used by a programme
    rejections: list[str] = field(default_factory=list)         # first reasons, for the UI


def _new_row(item: ValidItem, now: dt.datetime) -> dict[str, Any]:
    row = {col: getattr(item, col) for col in _ITEM_COLUMNS}
    row.update(id=item.id, revision=item.revision, received_at=now, withdrawn=False,
               withdrawn_at=None, local=False, seen=False, title_key=vi_key(item.title))
    return row


_ITEM_FIELDS = operator.attrgetter(*_ITEM_COLUMNS)


def _new_item_shared(now: dt.datetime) -> dict[str, Any]:
    """_new_row()'s values of _NEW_ITEM_SHARED."""
    return {"received_at": now, "withdrawn": False, "withdrawn_at": None, "local": False,
            "seen": False}


def _new_row_values(item: ValidItem, shared: tuple[Any, ...]) -> list[Any]:
    """_new_row()'s values in _NEW_ITEM_COLUMNS order, without building the dict; the
    shared ones converted already (RowConverter.convert_given(_new_item_shared(now)))."""
    return [*_ITEM_FIELDS(item), item.id, item.revision, *shared, vi_key(item.title)]


def _file_values(item: ValidItem) -> list[tuple[Any, ...]]:
    """The item's files as driver tuples in _FILE_COLUMNS order (none needs converting;
    a ValidFile holds the columns after item_id, in order)."""
    item_id = item.id
    rows = []
    for f in item.files:  # a plain loop: a comprehension is a call of its own (3.11)
        rows.append((item_id, *f))
    return rows


def _file_rows(item: ValidItem) -> list[dict[str, Any]]:
    return [dict(zip(_FILE_COLUMNS, values, strict=True)) for values in _file_values(item)]


def _one_size_each(items: Iterable[ValidItem]) -> bool:
    """Whether every sha256 comes with one size (a plain loop: a generator costs more)."""
    first: dict[str, int] = {}  # sha256 -> the first size given
    for item in items:
        for f in item.files:
            if first.setdefault(f.sha256, f.size) != f.size:
                return False
    return True


@dataclass
class CheckedPage:
    """A page of changes after validation, ready to be written."""

    next_cursor: str | None
    has_more: bool
    valid: dict[str, ValidItem] = field(default_factory=dict)
    deleted: dict[str, int | None] = field(default_factory=dict)
    rejections: list[str] = field(default_factory=list)
    # Driver rows converted ahead (SQLite): the item as a new row, its files, its revision.
    item_rows: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    file_rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    revision_rows: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    search_texts: dict[str, Texts] = field(default_factory=dict)  # for new_texts.py


_PULL_LOCKS: weakref.WeakKeyDictionary[Database, threading.Lock] = weakref.WeakKeyDictionary()
_PULL_LOCKS_GUARD = threading.Lock()


def pull_lock(db: Database) -> threading.Lock:
    """One catalogue pull at a time per database (the live link and "sync now" share it)."""
    with _PULL_LOCKS_GUARD:
        return _PULL_LOCKS.setdefault(db, threading.Lock())


# A pull that goes nowhere stops (FeedStuck) and keeps what it stored; the next sync starts
# again from the last stored cursor. Pages answering "more" with the very cursor they were
# asked with: a few. Pages bringing nothing new (no item this pull has not had, no
# withdrawal) whatever their cursor says: a few more. A cursor that goes back to one this
# pull has used: at once. And one run takes so many pages at most, then leaves the rest to
# the next run (a feed handing out one item a page would otherwise hold it for hours).
# Pages written in one transaction at most (when they came in while the writer was busy).
GROUP_PAGES = 4
GROUP_ITEMS = 4000
# A long pull's texts go into the search index some INDEX_EVERY items at a time, in the
# transaction of the page group that reaches the mark (and in the last one): FTS5 writes
# one index segment per batch and merges segments as they pile up, and segments of a
# thousand items (one per page) cost about twice as much to merge as these.
INDEX_EVERY = 8000
STUCK_PAGES = 3
IDLE_PAGES = 10
MAX_PAGES_PER_RUN = 20_000
ANNOUNCE_WITHIN = dt.timedelta(days=3)
SYNC_CACHE_KIB = 16 * 1024  # SQLite page cache of a connection that stores pages
SYNC_CHECKPOINT_PAGES = 8192  # 32 MB of write-ahead log (SQLite's default: 1000 pages)
_TUNED = "catalogue_sync_pragmas"  # pool record info: the pragmas above are set


def is_current_emergency(item: ValidItem, now: dt.datetime) -> bool:
    """An emergency to announce: in force now and recent (not last month's storm)."""
    return (item.priority == Priority.EMERGENCY
            and (item.valid_from is None or item.valid_from <= now)
            and (item.valid_until is None or item.valid_until > now)
            and item.published_at >= now - ANNOUNCE_WITHIN)


def _insert_ignore(db: Database, table: Any) -> Any:
    """INSERT … ON CONFLICT DO NOTHING for the dialect in use."""
    if db.engine.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def _went_back(pages: int) -> FeedStuck:
    return FeedStuck("the source system sent a change cursor that goes back to an earlier "
                     "one (page {pages}): the pull stopped and keeps what it stored",
                     pages=pages)


class _Progress:
    """Whether a pull gets anywhere: the cursors it has asked with, what it has received,
    and how many pages in a row brought nothing (see STUCK_PAGES)."""

    def __init__(self, cursor: str | None) -> None:
        self.cursors: set[str | None] = {cursor}  # every cursor asked with in this pull
        self.received: dict[Any, Any] = {}        # item id -> revision received in this pull
        self.pages = self.stuck = self.idle = 0

    def follow(self, page: ChangesPage, asked_with: str | None) -> str | FeedStuck | None:
        """The cursor to ask with next (None after the last page), or why to stop."""
        stuck = self.judge(page, asked_with)
        if stuck is not None:
            return stuck
        return page.next_cursor if page.has_more else None

    def judge(self, page: ChangesPage, asked_with: str | None) -> FeedStuck | None:
        """Before the next page is asked for: None while the cursors move on, else the
        reason to stop."""
        self.pages += 1
        if page.next_cursor != asked_with and page.next_cursor in self.cursors:
            return _went_back(self.pages)  # also on a last page: never stored
        if not page.has_more:
            return None
        if page.next_cursor == asked_with:
            self.stuck += 1
            if self.stuck >= STUCK_PAGES:
                return FeedStuck(
                    "the source system keeps answering that more changes follow but sends "
                    "the same cursor back ({pages} pages in a row): the pull stopped and "
                    "keeps what it stored", pages=self.stuck)
        else:
            self.stuck = 0
        if self.pages >= MAX_PAGES_PER_RUN:
            return FeedStuck("the pull stopped after {pages} pages; the next sync goes on "
                             "from there", pages=self.pages)
        self.cursors.add(page.next_cursor)
        return None

    def judge_content(self, checked: CheckedPage) -> FeedStuck | None:
        """After the page was checked: pages in a row that bring nothing new stop the pull
        (rejected items count as something: the page moved on)."""
        if not checked.has_more:
            return None
        fresh = bool(checked.deleted or checked.rejections)
        received = self.received
        for ident, item in checked.valid.items():
            known = received.get(ident)
            if known is None or item.revision > known:
                received[ident] = item.revision
                fresh = True
        self.idle = 0 if fresh else self.idle + 1
        if self.idle >= IDLE_PAGES:
            return FeedStuck("the source system sent {pages} pages in a row with nothing new: "
                             "the pull stopped and keeps what it stored", pages=self.idle)
        return None


class CatalogueSync:
    def __init__(self, db: Database, client: SourceClient, *, page_size: int = 1000,
                 cancel: threading.Event | None = None,
                 progress: Callable[[PullStats], None] | None = None) -> None:
        self.db = db
        self.client = client
        self.page_size = page_size
        self.cancel = cancel
        self.progress = progress
        # SQLite: rows of new items, of their files, of the revisions a page brings.
        self._converters: tuple[RowConverter, RowConverter, RowConverter] | None = None
        self._unindexed = 0  # items of this pull written since its texts were last indexed
        # Texts of the pull's new items for the search index's next batch (SQLite): given
        # to it directly rather than read back from the table (search/new_texts.py).
        self._new_texts: dict[str, Texts] = {}
        # During a pull, until its first batch is left queued: where the queue's hold goes
        # (sqlfunctions.queue_held: from then to the pull's end, the process's other
        # commits leave the queue to the pull's next batch).
        self._hold_queue: ExitStack | None = None
        self.recent_cursors: set[str | None] = set()  # of the last pull (pull_waiting checks)
        self.stats = PullStats()  # of the last pull, also when it stopped part-way
        self._known_rows: tuple[RowConverter, RowConverter] | None = None
        if db.engine.dialect.name == "sqlite":
            dialect = db.engine.dialect
            self._converters = (
                RowConverter(dialect, SourceItem.__table__, _NEW_ITEM_COLUMNS,
                             given=_NEW_ITEM_SHARED),
                RowConverter(dialect, ItemFile.__table__, _FILE_COLUMNS),
                RowConverter(dialect, ItemRevision.__table__, _REVISION_COLUMNS,
                             given=_REVISION_SHARED))  # converting only: _known_rows inserts
            # Revisions and blobs an earlier page or pull may hold already: skipped.
            self._known_rows = (
                RowConverter(dialect, ItemRevision.__table__, _REVISION_COLUMNS,
                             skip_conflicts=True),
                RowConverter(dialect, MediaBlob.__table__, _BLOB_COLUMNS, skip_conflicts=True))

    def pull_categories(self) -> int:
        cats = self.client.categories()
        rows = []
        for raw in cats:
            if not isinstance(raw, dict) or not isinstance(raw.get("code"), str) or not (
                    isinstance(raw.get("name"), str)):
                log.warning("category skipped: not {code, name}")
                continue
            parent = raw.get("parent_code")
            rows.append({"code": raw["code"][:64], "name": clean_display_text(raw["name"])[:300],
                         "parent_code": parent[:64] if isinstance(parent, str) else None})
        with self.db.write() as session:
            for row in rows:
                session.merge(Category(**row))
        return len(rows)

    def pull(self) -> PullStats:
        """Pull every page after the saved cursor.

        Pages are fetched ahead (ahead.py: the next one is asked for as soon as the one
        before it arrives) while this one is checked and the ones before are written.
        Checking is Python; writing is mostly SQLite, which lets go of the interpreter
        lock, so the two overlap on two cores. Pages are written in order, each group in
        one transaction with the cursor after its last page.
        """
        with pull_lock(self.db), long_lived_objects_set_aside(), ExitStack() as held:
            # The log's checkpoints on a thread of their own, not in the writer's commits.
            held.enter_context(checkpoints_beside(self.db))
            if self._titles_indexed_at_the_end():
                held.callback(self._index_titles)
            self._hold_queue = held
            try:
                return self._pull()
            finally:
                self._hold_queue = None
                forget_repeats()

    def _titles_indexed_at_the_end(self) -> bool:
        """SQLite, an empty library (a first sync): the title index goes until the pull ends
        (db/bulk_load.py). Otherwise it is made sure of: a pull cut short may have left the
        library without it."""
        if self._converters is None:
            return False
        with self.db.read() as session:
            empty = session.scalar(select(LibraryTitle.key).limit(1)) is None
        if not empty:
            ensure_deferred(self.db)
            return False
        with self.db.write() as session:
            drop_deferred(session.connection())
        return True

    def _index_titles(self) -> None:
        try:
            with self.db.write() as session:
                restore_deferred(session.connection())
        except Exception as exc:  # the next pull, or opening the station, builds it
            log.error("the index of titles could not be built after the pull: %s", exc)

    def _pull(self) -> PullStats:
        stats = self.stats = PullStats()
        self._unindexed = 0
        self._new_texts = {}
        with self.db.read() as session:
            cursor = state.get(session, state.CURSOR)
        seen: set[str] | None = None
        progress = _Progress(cursor)
        self.recent_cursors = progress.cursors
        feed = PagesAhead(self._fetch, progress.follow, cursor, cancel=self.cancel)
        writer = ThreadPoolExecutor(1, thread_name_prefix="catalogue-writer")
        writing: Future[int] | None = None
        waiting: list[CheckedPage] = []  # checked, for the writer's next transaction
        try:
            while True:
                try:
                    fetched = feed.next()
                except CursorExpired:
                    log.info("the change cursor expired: pulling everything again to reconcile")
                    writing = self._handed(writer, writing, waiting, stats, seen, True)
                    writing = self._written(writing, stats)
                    seen, stats.reconciled = set(), True
                    with self.db.write() as session:
                        state.put(session, state.CURSOR, None)
                    progress = _Progress(None)
                    self.recent_cursors = progress.cursors
                    feed.close()
                    feed = PagesAhead(self._fetch, progress.follow, None, cancel=self.cancel)
                    continue
                page = fetched.page
                # Judged before the next page was asked for: a cursor that goes back is
                # never followed, nor stored.
                stuck = fetched.stop
                checked = self._check_page(page)
                if stuck is None:
                    stuck = progress.judge_content(checked)
                if stuck is not None:
                    checked.next_cursor = fetched.asked_with  # keep the last good cursor
                # Each group of pages is indexed for search on the writer's thread: SQLite's
                # FTS5 works there without the interpreter lock while the next page is
                # checked here, so the index is complete when the pull ends.
                writing = self._handed(writer, writing, waiting, stats, seen,
                                       stuck is not None or not page.has_more, checked)
                if stuck is not None:
                    writing = self._written(writing, stats)
                    log.warning("catalogue pull stopped: %s", stuck)
                    raise stuck
                if not page.has_more:
                    break
            writing = self._written(writing, stats)
        finally:
            feed.close()
            if writing is not None:
                wait([writing])  # never leave a page half written behind an error
            writer.shutdown(wait=True)
        if seen is not None:
            self._reconcile(seen, stats)
        return stats

    def _handed(self, writer: ThreadPoolExecutor, writing: Future[int] | None,
                waiting: list[CheckedPage], stats: PullStats, seen: set[str] | None,
                last: bool, page: CheckedPage | None = None) -> Future[int] | None:
        """`page` joins the pages waiting for the writer; they are handed to it once it is
        free, or they are the last, or GROUP_PAGES of them wait. Pages that came in while
        one transaction was being written go into the next one together: a pull that is
        faster than its writes commits fewer, larger transactions (an index page is copied
        to the log once per transaction rather than once per page), each with the cursor
        after its last page. A group holds GROUP_ITEMS items at most (a larger page on its
        own), so that its commit still indexes it for search.
        """
        if page is not None:
            if waiting and (sum(len(p.valid) for p in waiting) + len(page.valid)
                            > GROUP_ITEMS):
                writing = self._submit(writer, writing, waiting, stats, seen, False)
            waiting.append(page)
        if not waiting:
            return writing
        if (writing is not None and not writing.done() and not last
                and len(waiting) < GROUP_PAGES):
            return writing
        return self._submit(writer, writing, waiting, stats, seen, last)

    def _submit(self, writer: ThreadPoolExecutor, writing: Future[int] | None,
                waiting: list[CheckedPage], stats: PullStats, seen: set[str] | None,
                last: bool) -> Future[int]:
        """Wait for the writer, then give it the waiting pages as one transaction."""
        writing = self._written(writing, stats)
        group = waiting[:]
        waiting.clear()
        self._unindexed += sum(len(page.valid) for page in group)
        index_now = last or self._unindexed >= INDEX_EVERY
        if index_now:
            self._unindexed = 0
        return writer.submit(self._write_pages, group, stats, seen, index_now=index_now)

    def _written(self, writing: Future[int] | None, stats: PullStats) -> None:
        """Wait for the pages being written (raising their error) and report them."""
        if writing is not None:
            stats.pages += writing.result()
            if self.progress is not None:
                self.progress(stats)
        return None

    def _fetch(self, cursor: str | None) -> ChangesPage:
        return self.client.changes(cursor, limit=self.page_size)

    def pull_waiting(self, wait_s: int) -> PullStats | None:
        """Long-poll the feed from the saved cursor; store what arrives (None if nothing)."""
        with self.db.read() as session:
            cursor = state.get(session, state.CURSOR)
        if cursor is None:
            return None
        try:
            page = self.client.changes(cursor, limit=self.page_size, wait=wait_s)
        except CursorExpired:
            return None  # the next pull() starts again and reconciles
        if self.cancel is not None and self.cancel.is_set():
            # Stopped while the poll was out (the window closed): the database may be
            # closed already; the next start asks for this page again.
            raise Cancelled("sync cancelled")
        stats = PullStats(pages=1)
        back = page.next_cursor != cursor and page.next_cursor in self.recent_cursors
        if page.items or page.deleted or (page.next_cursor != cursor and not back):
            with pull_lock(self.db):
                if state.read(self.db, state.CURSOR) != cursor:
                    return None  # someone else stored this page meanwhile
                checked = self._check_page(page)
                if back:
                    checked.next_cursor = cursor
                self._write_page(checked, stats, None)
        if back:
            raise _went_back(stats.pages)
        return stats

    # -- storing one page ---------------------------------------------------------------

    def _store_page(self, page: ChangesPage, stats: PullStats, seen: set[str] | None) -> None:
        self._write_page(self._check_page(page), stats, seen)

    def _check_page(self, page: ChangesPage) -> CheckedPage:
        checked = CheckedPage(next_cursor=page.next_cursor, has_more=page.has_more)
        valid = checked.valid
        base_url, owns = self.client.base_url, self.client.owns
        for raw in page.items:
            try:
                item = check_item(raw, base_url, owns)
            except ItemRejected as exc:
                ident = raw.get("id") if isinstance(raw, dict | RawItem) else None
                checked.rejections.append(f"item {str(ident)[:80]!r} rejected: {exc}")
                continue
            if item.notes:
                log.info("item %r sanitised: %s", item.id[:80], "; ".join(item.notes)[:500])
            known = valid.get(item.id)
            if known is not None:
                log.warning("item %r appears twice in one page (revisions %d and %d); "
                            "the newer is kept", item.id[:80], known.revision, item.revision)
            if known is None or item.revision > known.revision:  # duplicate ids: newest wins
                valid[item.id] = item
        self._drop_size_liars(checked)
        for entry in page.deleted:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str) and (
                    entry["id"].isprintable()):
                rev = entry.get("revision")
                checked.deleted[entry["id"]] = rev if isinstance(rev, int) else None
        if self._converters is not None:
            items, _, revisions = self._converters
            now = utcnow()
            shared = items.convert_given(_new_item_shared(now))
            received, payload = revisions.convert_given({"received_at": now, "payload": {}})
            item_row, revision_row = items.convert_values, revisions.convert_values
            item_rows, file_rows = checked.item_rows, checked.file_rows
            search_texts, revision_rows = checked.search_texts, checked.revision_rows
            for ident, item in valid.items():
                title = item.title
                item_rows[ident] = item_row(_new_row_values(item, shared))
                file_rows[ident] = _file_values(item)
                search_texts[ident] = texts_of(title, item.summary, item.body, item.tags,
                                               item.issuer)
                revision_rows[ident] = revision_row([ident, item.revision, received, title,
                                                     payload])
        return checked

    def _drop_size_liars(self, checked: CheckedPage) -> None:
        """One sha256 has one size. When items disagree, a verified file's size decides, else
        the size most items give; an item claiming another is rejected, so its lie cannot
        spoil the download of a file honest items share."""
        if _one_size_each(checked.valid.values()):
            return  # the usual page
        claims: dict[str, Counter[int]] = {}
        for item in checked.valid.values():
            for f in item.files:
                claims.setdefault(f.sha256, Counter())[f.size] += 1
        disputed = {sha: sizes for sha, sizes in claims.items() if len(sizes) > 1}
        with self.db.read() as session:
            known = dict(session.execute(select(MediaBlob.sha256, MediaBlob.size).where(
                MediaBlob.sha256.in_(list(disputed)), MediaBlob.verified_at.is_not(None))).all())
        truth = {sha: known.get(sha, sizes.most_common(1)[0][0])
                 for sha, sizes in disputed.items()}
        for item_id, item in list(checked.valid.items()):
            liar = next((f for f in item.files
                         if f.sha256 in truth and f.size != truth[f.sha256]), None)
            if liar is not None:
                checked.rejections.append(
                    f"item {item_id[:80]!r} rejected: file {liar.sha256[:12]} is said to have "
                    f"{liar.size} bytes, other items say {truth[liar.sha256]}")
                del checked.valid[item_id]

    def _write_page(self, page: CheckedPage, stats: PullStats, seen: set[str] | None) -> None:
        self._write_pages([page], stats, seen)

    def _write_pages(self, pages: list[CheckedPage], stats: PullStats, seen: set[str] | None,
                     *, index_now: bool | None = None) -> int:
        """Store pages in order in one transaction with the cursor after the last one;
        returns how many.

        `index_now`: True indexes every queued text for search in this transaction, False
        leaves them queued for a later one, None lets the commit decide (a short queue is
        indexed, see sqlfunctions.install()).
        """
        for page in pages:
            for reason in page.rejections:
                log.warning(reason)
                stats.rejected += 1
                if len(stats.rejections) < 50:
                    stats.rejections.append(reason)
            if seen is not None:
                seen.update(page.valid)
        if index_now is False and self._hold_queue is not None:
            self._hold_queue.enter_context(queue_held(self.db.engine))
            self._hold_queue = None  # held until the pull's end
        with self.db.write() as session:
            conn = session.connection()
            if self._converters is not None and not conn.connection.info.get(_TUNED):
                # The item, list, title and file indexes a sync touches outgrow SQLite's
                # default 2 MB page cache at some 30,000 items; past that every page's
                # writes read back index pages. Per connection, memory only as used; 16 MB
                # went as fast as 64 MB over 100,000 items and keeps the peak some 50 MB
                # lower (benchmarks/bench_sync_catalogue.py: < 300 MB).
                conn.exec_driver_sql(f"PRAGMA cache_size = -{SYNC_CACHE_KIB}")
                # Each page adds some 3 MB. The checkpoints run beside the writer (pull());
                # should they fall behind, the writer checkpoints itself every ten pages or
                # so rather than at nearly every commit (hot index pages copied once).
                conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {SYNC_CHECKPOINT_PAGES}")
                conn.connection.info[_TUNED] = True
            for page in pages:
                new, changed = self._upsert(session, list(page.valid.values()), stats, page)
                if index_now is not None and page.search_texts:  # a pull's batch, SQLite
                    for item_id in changed:  # its old text leaves the index by the queue
                        self._new_texts.pop(item_id, None)
                    self._new_texts.update((i, page.search_texts[i]) for i in new)
                if page.deleted:
                    self._withdraw(session, page.deleted, stats)
            state.put(session, state.CURSOR, pages[-1].next_cursor)
            if index_now is not None and self._converters is not None:  # SQLite's FTS5
                if index_now:
                    index_new_texts(conn, self._new_texts.items())
                    self._new_texts = {}
                    index_all_queued(conn)  # and whatever else is queued
                else:
                    defer_indexing(conn)
        return len(pages)

    def _upsert(self, session: Session, items: list[ValidItem], stats: PullStats,
                page: CheckedPage | None = None) -> tuple[list[str], list[str]]:
        """Insert new items, update newer revisions; returns the ids of both."""
        if not items:
            return [], []
        ids = [i.id for i in items]
        if self._converters is not None:  # SQLite: the ids as one JSON parameter, the
            # answer as one JSON object (one row: see search/new_texts.py, _KEYS)
            existing = orjson.loads(session.connection().exec_driver_sql(
                "SELECT json_group_object(id, revision) FROM source_item WHERE id IN "
                "(SELECT value FROM json_each(?))", (orjson.dumps(ids).decode(),)).scalar_one())
        else:
            existing = dict(session.execute(
                select(SourceItem.id, SourceItem.revision).where(SourceItem.id.in_(ids))
            ).all())
        now = utcnow()
        new_items, changed_rows, fresh = [], [], []
        for item in items:
            old = existing.get(item.id)
            if old is None:
                new_items.append(item)
            elif item.revision > old:
                row = _new_row(item, now)
                del row["local"], row["seen"]  # an update keeps what the station set
                changed_rows.append(row)
            else:
                stats.unchanged += 1
                continue
            fresh.append(item)
            if old is None and is_current_emergency(item, now):
                stats.emergencies.append(item.id)
        # Straight to the driver's executemany (the ORM's bulk path costs several times
        # more per row and buys nothing here); rows converted ahead when the page has them.
        if new_items:
            if page is not None and self._converters is not None:
                self._converters[0].insert(session, [page.item_rows[i.id] for i in new_items])
            else:
                insert_many(session, SourceItem.__table__,
                            [_new_row(item, now) for item in new_items])
        if changed_rows:
            table = SourceItem.__table__
            session.execute(
                update(table).where(table.c.id == bindparam("item_id")),
                [{**row, "item_id": row["id"]} for row in changed_rows])
            session.query(ItemFile).filter(
                ItemFile.item_id.in_([r["id"] for r in changed_rows])
            ).delete(synchronize_session=False)
        stats.added += len(new_items)
        stats.updated += len(changed_rows)
        self._store_files(session, fresh, now, page)
        return [i.id for i in new_items], [r["id"] for r in changed_rows]

    def _store_files(self, session: Session, items: Iterable[ValidItem], now: Any,
                     page: CheckedPage | None = None) -> None:
        files: list[dict[str, Any]] = []
        file_params: list[tuple[Any, ...]] = []
        blobs: dict[str, dict[str, Any]] = {}
        revisions = []
        converted = page is not None and self._converters is not None
        revision_params: list[tuple[Any, ...]] = []
        for item in items:
            if converted:
                file_params.extend(page.file_rows[item.id])  # type: ignore[union-attr]
                revision_params.append(page.revision_rows[item.id])  # type: ignore[union-attr]
            else:
                files.extend(_file_rows(item))
                revisions.append({"item_id": item.id, "revision": item.revision,
                                  "received_at": now, "title": item.title, "payload": {}})
            weight = MEDIA_PRIORITY.get(item.priority, 0)
            for f in item.files:
                old = blobs.get(f.sha256)
                if old is None or old["priority"] < weight:
                    blobs[f.sha256] = {"sha256": f.sha256, "size": f.size, "mime": f.mime,
                                       "state": "missing", "priority": weight,
                                       "bytes_done": 0, "attempts": 0, "created_at": now}
        if file_params and self._converters is not None:
            self._converters[1].insert(session, file_params)
        if files:
            insert_many(session, ItemFile.__table__, files)
        if self._known_rows is not None:  # SQLite: many rows per statement, as above
            revision_rows, blob_rows = self._known_rows
            revision_rows.insert(session, revision_params
                                 + [revision_rows.convert(r) for r in revisions])
            blob_rows.insert(session, [blob_rows.convert(b) for b in blobs.values()])
        else:
            if revisions:
                session.execute(_insert_ignore(self.db, ItemRevision.__table__), revisions)
            if blobs:
                session.execute(_insert_ignore(self.db, MediaBlob.__table__),
                                list(blobs.values()))
        urgent = [{"blob_sha": b["sha256"], "new_priority": b["priority"]}
                  for b in blobs.values() if b["priority"] > 0]
        if urgent:  # a file already queued at a lower priority moves up
            table = MediaBlob.__table__
            session.execute(
                update(table)
                .where(table.c.sha256 == bindparam("blob_sha"),
                       table.c.priority < bindparam("new_priority"))
                .values(priority=bindparam("new_priority")), urgent)

    def _withdraw(self, session: Session, deleted: dict[str, int | None],
                  stats: PullStats) -> None:
        rows = session.execute(
            select(SourceItem.id, SourceItem.revision).where(
                SourceItem.id.in_(list(deleted)), SourceItem.withdrawn.is_(False),
                SourceItem.local.is_(False))
        ).all()
        ids = [i for i, rev in rows if deleted[i] is None or rev <= deleted[i]]
        self._mark_withdrawn(session, ids, stats)

    def _mark_withdrawn(self, session: Session, ids: list[str], stats: PullStats) -> None:
        if not ids:
            return
        now = utcnow()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            session.execute(update(SourceItem).where(SourceItem.id.in_(chunk))
                            .values(withdrawn=True, withdrawn_at=now))
            used = session.scalars(select(ProgrammeEntry.item_id).distinct()
                                   .where(ProgrammeEntry.item_id.in_(chunk))).all()
            stats.withdrawn_in_use.extend(i for i in used if i)
        stats.withdrawn += len(ids)
        for item_id in stats.withdrawn_in_use:
            log.warning("item %s was withdrawn by the source but a programme uses it", item_id)

    def _reconcile(self, seen: set[str], stats: PullStats) -> None:
        """After a full pull: what we hold and the server no longer lists is withdrawn."""
        with self.db.write() as session:
            held = session.scalars(select(SourceItem.id).where(
                SourceItem.withdrawn.is_(False), SourceItem.local.is_(False))).all()
            gone = [i for i in held if i not in seen]
            self._mark_withdrawn(session, gone, stats)
        if gone:
            log.info("reconcile: %d items no longer offered by the source", len(gone))
