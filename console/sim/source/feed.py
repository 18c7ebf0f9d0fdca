"""The change feed behind GET /items/changes, and its opaque cursors.

Positions 0..size-1 are the base catalogue (item i at position i, generated lazily); later
positions are changes made while the simulator runs (publish, revise, withdraw). A position is
skipped when the same item changed again later, so a page only carries current revisions.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import struct
import threading
import time
import zlib
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from .catalogue import Catalogue, iso, item_id, parse_item_id
from .wire import dumps

_CURSOR = struct.Struct(">BIIIQQ")  # version, catalogue fingerprint, boot, epoch, pos, issued ms
_CURSOR_VERSION = 1
_MAC_LEN = 8
# Cursors are opaque, not secret: the MAC only tells a mangled cursor (400) from a real one.
_MAC_KEY = b"commune-console source simulator cursor"
# Serialized base items kept for the next page (see ChangeFeed.prefetch): ~1.5 kB each.
_JSON_CACHE_MAX = 10_000


@dataclass(frozen=True)
class Cursor:
    fingerprint: int
    boot: int
    epoch: int
    pos: int
    issued_ms: int


def encode_cursor(c: Cursor) -> str:
    payload = _CURSOR.pack(_CURSOR_VERSION, c.fingerprint, c.boot, c.epoch, c.pos, c.issued_ms)
    mac = hmac.new(_MAC_KEY, payload, hashlib.sha256).digest()[:_MAC_LEN]
    return base64.urlsafe_b64encode(payload + mac).rstrip(b"=").decode("ascii")


def decode_cursor(text: str) -> Cursor | None:
    """The cursor, or None when it is not one of ours (garbled, truncated, forged)."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != _CURSOR.size + _MAC_LEN:
        return None
    payload, mac = raw[: _CURSOR.size], raw[_CURSOR.size :]
    good = hmac.new(_MAC_KEY, payload, hashlib.sha256).digest()[:_MAC_LEN]
    if not hmac.compare_digest(mac, good):
        return None
    version, fp, boot, epoch, pos, issued = _CURSOR.unpack(payload)
    if version != _CURSOR_VERSION:
        return None
    return Cursor(fp, boot, epoch, pos, issued)


@dataclass(frozen=True)
class _Change:
    item_id: str
    revision: int
    item: dict[str, Any] | None  # None: withdrawn


@dataclass
class Page:
    items: list[Any]  # item dicts, or their JSON (bytes) from page(as_json=True)
    deleted: list[dict[str, Any]]
    next_pos: int
    end: int

    @property
    def has_more(self) -> bool:
        return self.next_pos < self.end

    @property
    def empty(self) -> bool:
        return not self.items and not self.deleted


class ChangeFeed:
    """Append-only change log over a lazily generated base catalogue. Thread-safe."""

    def __init__(self, catalogue: Catalogue, *, boot: int, fingerprint_extra: str = "") -> None:
        self.catalogue = catalogue
        self.base = catalogue.size
        self.boot = boot
        # Positions in the base catalogue are stable across restarts for the same catalogue.
        self.fingerprint = zlib.crc32(
            f"{catalogue.seed}:{catalogue.size}:{fingerprint_extra}".encode()
        )
        self.epoch = 0
        self._log: list[_Change] = []
        self._latest: dict[str, int] = {}  # item id -> position of its latest change
        self._next_index = catalogue.size
        self._cond = threading.Condition()
        self._closed = False
        # Base items are immutable, so their JSON can be cached without invalidation.
        self._json: dict[int, bytes] = {}
        self._json_lock = threading.Lock()
        self._inflight: dict[int, Future[None]] = {}
        self._prefetcher: ThreadPoolExecutor | None = None

    # -- reading -------------------------------------------------------------------------
    @property
    def end(self) -> int:
        return self.base + len(self._log)

    def current(self, ident: str) -> dict[str, Any] | None:
        """The current revision of an item, None if unknown or withdrawn."""
        with self._cond:
            pos = self._latest.get(ident)
            if pos is not None:
                return self._log[pos - self.base].item
        index = parse_item_id(ident)
        if index is not None and index < self.base and item_id(index) == ident:
            return self.catalogue.item(index)
        return None

    def page(self, pos: int, limit: int, *, as_json: bool = False) -> Page:
        """Up to ``limit`` current changes from position ``pos``; with ``as_json`` the items
        come as serialized JSON objects (what the handler sends)."""
        picked: list[int | _Change] = []
        with self._cond:
            end, latest, base = self.end, self._latest, self.base
            p = pos
            while p < end and len(picked) < limit:
                if p < base:
                    if not latest or item_id(p) not in latest:
                        picked.append(p)
                else:
                    change = self._log[p - base]
                    if latest[change.item_id] == p:
                        picked.append(change)
                p += 1
            # Skip superseded positions at the tail so that has_more is honest.
            while p < end and self._superseded(p):
                p += 1
        if as_json:
            pending = self._inflight.get(pos)
            if pending is not None:  # the prefetcher is building exactly this page
                with contextlib.suppress(Exception):  # cancelled or failed: build it here
                    pending.result(timeout=30)
        # Generate base items outside the lock: publishers never wait for a page.
        items: list[Any] = []
        deleted: list[dict[str, Any]] = []
        for entry in picked:
            if isinstance(entry, int):
                items.append(self._base_json(entry) if as_json else self.catalogue.item(entry))
            elif entry.item is None:
                deleted.append({"id": entry.item_id, "revision": entry.revision})
            else:
                items.append(dumps(entry.item) if as_json else entry.item)
        return Page(items, deleted, p, end)

    def _base_json(self, index: int) -> bytes:
        with self._json_lock:
            data = self._json.get(index)
        if data is None:
            data = dumps(self.catalogue.item(index))
            self._remember(index, data)
        return data

    def _remember(self, index: int, data: bytes) -> None:
        with self._json_lock:
            self._json[index] = data
            while len(self._json) > _JSON_CACHE_MAX:
                del self._json[next(iter(self._json))]  # oldest first (insertion order)

    def prefetch(self, pos: int, limit: int) -> None:
        """Build the base items of the page starting at ``pos`` in the background, while the
        client is busy storing the current one (a full pull of 200,000 items stays bound by
        the client, not by item generation)."""
        if pos >= self.base or self._closed:
            return
        with self._json_lock:
            if pos in self._inflight or pos in self._json:
                return
            if self._prefetcher is None:
                self._prefetcher = ThreadPoolExecutor(1, thread_name_prefix="source-sim-prefetch")
            future = self._prefetcher.submit(self._build_range, pos, min(pos + limit, self.base))
            self._inflight[pos] = future
        future.add_done_callback(lambda _f: self._inflight.pop(pos, None))

    def _build_range(self, start: int, stop: int) -> None:
        for index in range(start, stop):
            if self._closed:
                return
            with self._json_lock:
                if index in self._json:
                    continue
            self._remember(index, dumps(self.catalogue.item(index)))

    def _superseded(self, p: int) -> bool:
        if p < self.base:
            return item_id(p) in self._latest
        return self._latest[self._log[p - self.base].item_id] != p

    def wait_beyond(self, pos: int, timeout: float) -> bool:
        """Block until the log grows past ``pos`` (True) or timeout/close (False)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self.end <= pos and not self._closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return self.end > pos

    # -- changes (test hooks) ------------------------------------------------------------
    def publish(
        self, *, priority: str, kind: str, title: str | None, fields: Mapping[str, Any]
    ) -> str:
        with self._cond:
            index = self._next_index
            self._next_index += 1
            item = self.catalogue.new_item(
                index, time.time(), priority=priority, kind=kind, title=title, fields=fields
            )
            self._append(_Change(item["id"], int(item["revision"]), item))
            return str(item["id"])

    def revise(self, ident: str, fields: Mapping[str, Any]) -> int:
        with self._cond:
            current = self.current(ident)
            if current is None:
                raise KeyError(ident)
            revision = int(current["revision"]) + 1
            item = {**current, **fields, "revision": revision, "updated_at": iso(time.time())}
            self._append(_Change(ident, revision, item))
            return revision

    def withdraw(self, ident: str) -> None:
        with self._cond:
            current = self.current(ident)
            if current is None:
                raise KeyError(ident)
            # The withdrawal is itself a new revision: newer than anything a client holds.
            self._append(_Change(ident, int(current["revision"]) + 1, None))

    def expire_cursors(self) -> None:
        with self._cond:
            self.epoch += 1

    def close(self) -> None:
        """Wake every long poll (server stopping)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        with self._json_lock:
            prefetcher, self._prefetcher = self._prefetcher, None
        if prefetcher is not None:
            prefetcher.shutdown(wait=False, cancel_futures=True)

    def reopen(self) -> None:
        with self._cond:
            self._closed = False

    def _append(self, change: _Change) -> None:
        self._log.append(change)
        self._latest[change.item_id] = self.end - 1
        self._cond.notify_all()

    # -- cursors -------------------------------------------------------------------------
    def cursor_for(self, pos: int) -> str:
        return encode_cursor(
            Cursor(self.fingerprint, self.boot, self.epoch, pos, int(time.time() * 1000))
        )

    def check_cursor(self, c: Cursor, ttl: float | None) -> str | None:
        """None when usable, else why it expired (the handler answers 410)."""
        if c.fingerprint != self.fingerprint:
            return "the cursor belongs to another catalogue"
        if ttl is not None and time.time() * 1000 - c.issued_ms > ttl * 1000:
            return "the cursor is too old"
        if c.boot == self.boot:
            if c.epoch < self.epoch:
                return "the change log was compacted"
            if c.pos > self.end:
                return "the cursor points past the end of the change log"
        else:
            # Issued by an earlier run: only positions in the stable base catalogue survive.
            if c.pos > self.base or self.epoch > 0:
                return "the server's change log was reset"
        return None
