"""Incremental catalogue pull: pages of changes stored idempotently with their cursor.

Each page is stored in one transaction together with the cursor that follows it, so a
crash anywhere loses at most the page in flight, which is fetched again. Items are keyed
by (id, revision): an older or equal revision changes nothing. Withdrawn items are
marked, never deleted. A 410 starts a full pull that reconciles what disappeared.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..db import Database
from ..db.bulk import insert_many
from ..models import Category, ItemFile, ItemRevision, MediaBlob, ProgrammeEntry, SourceItem
from ..models.base import utcnow
from ..models.enums import Priority
from ..text import clean_display_text
from . import state
from .client import ChangesPage, SourceClient
from .errors import Cancelled, CursorExpired
from .validate import ItemRejected, ValidItem, validate_item

log = logging.getLogger(__name__)

MEDIA_PRIORITY = {Priority.EMERGENCY.value: 100, Priority.PRIORITY.value: 50,
                  Priority.NORMAL.value: 0}
_ITEM_COLUMNS = (
    "kind", "title", "summary", "body", "category_code", "tags", "language", "priority",
    "origin", "issuer", "published_at", "valid_from", "valid_until", "reviewed", "channels",
    "duration_s", "stream_url", "requested_airings", "updated_at",
)


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


_PULL_LOCKS: weakref.WeakKeyDictionary[Database, threading.Lock] = weakref.WeakKeyDictionary()
_PULL_LOCKS_GUARD = threading.Lock()


def pull_lock(db: Database) -> threading.Lock:
    """One catalogue pull at a time per database (the live link and "sync now" share it)."""
    with _PULL_LOCKS_GUARD:
        return _PULL_LOCKS.setdefault(db, threading.Lock())


ANNOUNCE_WITHIN = dt.timedelta(days=3)


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


class CatalogueSync:
    def __init__(self, db: Database, client: SourceClient, *, page_size: int = 1000,
                 cancel: threading.Event | None = None,
                 progress: Callable[[PullStats], None] | None = None) -> None:
        self.db = db
        self.client = client
        self.page_size = page_size
        self.cancel = cancel
        self.progress = progress

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

        The next page is fetched while the current one is stored: the network and the
        server's time overlap with ours instead of adding to it.
        """
        with pull_lock(self.db):
            return self._pull()

    def _pull(self) -> PullStats:
        stats = PullStats()
        with self.db.read() as session:
            cursor = state.get(session, state.CURSOR)
        seen: set[str] | None = None
        pool = ThreadPoolExecutor(1, thread_name_prefix="catalogue-prefetch")
        try:
            future = pool.submit(self.client.changes, cursor, limit=self.page_size)
            while True:
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("sync cancelled")
                try:
                    page = future.result()
                except CursorExpired:
                    log.info("the change cursor expired: pulling everything again to reconcile")
                    seen, stats.reconciled = set(), True
                    with self.db.write() as session:
                        state.put(session, state.CURSOR, None)
                    future = pool.submit(self.client.changes, None, limit=self.page_size)
                    continue
                if page.has_more:
                    future = pool.submit(self.client.changes, page.next_cursor,
                                         limit=self.page_size)
                self._store_page(page, stats, seen)
                stats.pages += 1
                if self.progress is not None:
                    self.progress(stats)
                if not page.has_more:
                    break
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        if seen is not None:
            self._reconcile(seen, stats)
        return stats

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
        stats = PullStats(pages=1)
        if page.items or page.deleted or page.next_cursor != cursor:
            with pull_lock(self.db):
                if state.read(self.db, state.CURSOR) != cursor:
                    return None  # someone else stored this page meanwhile
                self._store_page(page, stats, None)
        return stats

    # -- storing one page ---------------------------------------------------------------

    def _store_page(self, page: ChangesPage, stats: PullStats, seen: set[str] | None) -> None:
        valid: dict[str, ValidItem] = {}
        for raw in page.items:
            try:
                item = validate_item(raw, self.client.base_url, self.client.owns)
            except ItemRejected as exc:
                ident = raw.get("id") if isinstance(raw, dict) else None
                reason = f"item {str(ident)[:80]!r} rejected: {exc}"
                log.warning(reason)
                stats.rejected += 1
                if len(stats.rejections) < 50:
                    stats.rejections.append(reason)
                continue
            known = valid.get(item.id)
            if known is None or item.revision > known.revision:  # duplicate ids: newest wins
                valid[item.id] = item
        if seen is not None:
            seen.update(valid)
        deleted = {}
        for entry in page.deleted:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                rev = entry.get("revision")
                deleted[entry["id"]] = rev if isinstance(rev, int) else None
        with self.db.write() as session:
            self._upsert(session, list(valid.values()), stats)
            if deleted:
                self._withdraw(session, deleted, stats)
            state.put(session, state.CURSOR, page.next_cursor)

    def _upsert(self, session: Session, items: list[ValidItem], stats: PullStats) -> None:
        if not items:
            return
        existing = dict(session.execute(
            select(SourceItem.id, SourceItem.revision).where(
                SourceItem.id.in_([i.id for i in items]))
        ).all())
        now = utcnow()
        new_rows, changed_rows, fresh = [], [], []
        for item in items:
            row = {col: getattr(item, col) for col in _ITEM_COLUMNS}
            row.update(id=item.id, revision=item.revision, received_at=now, withdrawn=False,
                       withdrawn_at=None)
            old = existing.get(item.id)
            if old is None:
                row.update(local=False, seen=False)
                new_rows.append(row)
            elif item.revision > old:
                changed_rows.append(row)
            else:
                stats.unchanged += 1
                continue
            fresh.append(item)
            if old is None and is_current_emergency(item, now):
                stats.emergencies.append(item.id)
        # Core statements on the tables: executemany straight to the driver (the ORM's
        # bulk path costs several times more per row and buys nothing here).
        if new_rows:
            insert_many(session, SourceItem.__table__, new_rows)
        if changed_rows:
            table = SourceItem.__table__
            session.execute(
                update(table).where(table.c.id == bindparam("item_id")),
                [{**row, "item_id": row["id"]} for row in changed_rows])
            session.query(ItemFile).filter(
                ItemFile.item_id.in_([r["id"] for r in changed_rows])
            ).delete(synchronize_session=False)
        stats.added += len(new_rows)
        stats.updated += len(changed_rows)
        self._store_files(session, fresh, now)

    def _store_files(self, session: Session, items: Iterable[ValidItem], now: Any) -> None:
        files, blobs, revisions = [], {}, []
        for item in items:
            revisions.append({"item_id": item.id, "revision": item.revision, "received_at": now,
                              "title": item.title, "payload": {}})
            weight = MEDIA_PRIORITY.get(item.priority, 0)
            for f in item.files:
                files.append({"item_id": item.id, "role": f.role, "name": f.name,
                              "mime": f.mime, "size": f.size, "sha256": f.sha256, "url": f.url})
                old = blobs.get(f.sha256)
                if old is None or old["priority"] < weight:
                    blobs[f.sha256] = {"sha256": f.sha256, "size": f.size, "mime": f.mime,
                                       "state": "missing", "priority": weight,
                                       "bytes_done": 0, "attempts": 0, "created_at": now}
        if files:
            insert_many(session, ItemFile.__table__, files)
        if revisions:
            session.execute(_insert_ignore(self.db, ItemRevision.__table__), revisions)
        if blobs:
            session.execute(_insert_ignore(self.db, MediaBlob.__table__), list(blobs.values()))
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
