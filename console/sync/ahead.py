"""The change feed's pages fetched ahead of the pull, on a thread of their own.

Each page is asked for as soon as the one before it has arrived (and its cursor has
been judged), not when the pull has finished checking the page in hand: the source
system then works on page N+1 while page N is checked and page N-1 written. A few pages
wait at most; the fetcher waits while they do.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .errors import Cancelled

Page = TypeVar("Page")

DEPTH = 2  # pages fetched and waiting to be checked, at most
_POLL_S = 0.2  # how often a waiting side looks at the stop and cancel flags


@dataclass(frozen=True, slots=True)
class Fetched(Generic[Page]):
    page: Page
    asked_with: str | None  # the cursor the page was asked for with
    stop: Exception | None  # why no further page was asked for (None: the feed goes on)


class PagesAhead(Generic[Page]):
    """`fetch(cursor)` page after page from `cursor`, while `follow(page, asked_with)`
    answers which cursor comes next: a cursor, or None after the last page, or an
    exception saying why the feed must stop there (the page is still handed over)."""

    def __init__(self, fetch: Callable[[str | None], Page],
                 follow: Callable[[Page, str | None], str | Exception | None],
                 cursor: str | None, *, cancel: threading.Event | None = None,
                 depth: int = DEPTH) -> None:
        self._fetch, self._follow = fetch, follow
        self._cancel = cancel
        self._pages: queue.Queue[Fetched[Page] | BaseException] = queue.Queue(depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(cursor,), daemon=True,
                                        name="catalogue-prefetch")
        self._thread.start()

    def _run(self, cursor: str | None) -> None:
        try:
            while not self._stop.is_set():
                page = self._fetch(cursor)
                after = self._follow(page, cursor)
                stop = after if isinstance(after, Exception) else None
                self._put(Fetched(page, cursor, stop))
                if stop is not None or after is None:
                    return
                cursor = after
        except BaseException as exc:  # handed to the pull, which raises it
            self._put(exc)

    def _put(self, entry: Fetched[Page] | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._pages.put(entry, timeout=_POLL_S)
                return
            except queue.Full:
                continue

    def next(self) -> Fetched[Page]:
        """The next page (raising what fetching it raised)."""
        while True:
            if self._cancel is not None and self._cancel.is_set():
                raise Cancelled("sync cancelled")
            try:
                entry = self._pages.get(timeout=_POLL_S)
            except queue.Empty:
                if not self._thread.is_alive() and self._pages.empty():
                    raise RuntimeError("the change feed's fetcher stopped") from None
                continue
            if isinstance(entry, BaseException):
                raise entry
            return entry

    def close(self) -> None:
        """Ask for no more pages (a page being fetched is let go of when it arrives)."""
        self._stop.set()
