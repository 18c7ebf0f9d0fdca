"""The change feed's pages fetched ahead: the next page is asked for as soon as the one
before it arrived, a few wait at most, errors and stops reach the pull."""

from __future__ import annotations

import threading
import time

import pytest

from console.sync import ahead
from console.sync.ahead import PagesAhead
from console.sync.errors import Cancelled


class Feed:
    """Pages "p0".."pN": each one's cursor is its number; asked cursors are recorded."""

    def __init__(self, pages: int, fail_at: int | None = None) -> None:
        self.pages, self.fail_at = pages, fail_at
        self.asked: list[str | None] = []

    def fetch(self, cursor: str | None) -> int:
        n = 0 if cursor is None else int(cursor)
        self.asked.append(cursor)
        if n == self.fail_at:
            raise ConnectionError(f"page {n} broke")
        return n

    def follow(self, page: int, asked_with: str | None) -> str | Exception | None:
        if page == 3 and self.pages < 0:
            return RuntimeError("stop at 3")
        return str(page + 1) if page + 1 < abs(self.pages) else None


def test_pages_are_fetched_ahead_while_the_pull_is_busy() -> None:
    feed = Feed(10)
    pages = PagesAhead(feed.fetch, feed.follow, None)
    first = pages.next()
    assert (first.page, first.asked_with, first.stop) == (0, None, None)
    deadline = time.monotonic() + 5
    # The pull is "checking" page 0: pages 1 and 2 wait, page 3 is in the fetcher's hand.
    while len(feed.asked) < 2 + ahead.DEPTH and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.1)
    assert feed.asked == [None, "1", "2", "3"]  # no further: DEPTH pages wait at most
    got = [pages.next().page for _ in range(9)]
    assert got == list(range(1, 10)) and len(feed.asked) == 10
    pages.close()


def test_a_stop_is_handed_over_with_its_page_and_nothing_more_is_asked() -> None:
    feed = Feed(-10)
    pages = PagesAhead(feed.fetch, feed.follow, None)
    got = [pages.next() for _ in range(4)]
    assert [f.page for f in got] == [0, 1, 2, 3]
    assert isinstance(got[3].stop, RuntimeError) and got[3].asked_with == "3"
    time.sleep(0.1)
    assert feed.asked == [None, "1", "2", "3"]
    pages.close()


def test_an_error_reaches_the_pull_after_the_pages_before_it() -> None:
    feed = Feed(10, fail_at=2)
    pages = PagesAhead(feed.fetch, feed.follow, None)
    assert [pages.next().page for _ in range(2)] == [0, 1]
    with pytest.raises(ConnectionError, match="page 2 broke"):
        pages.next()
    pages.close()


def test_cancel_and_close_stop_the_fetcher() -> None:
    cancel = threading.Event()
    release = threading.Event()
    feed = Feed(1000)

    def slow(cursor: str | None) -> int:
        release.wait(5)
        return feed.fetch(cursor)

    pages = PagesAhead(slow, feed.follow, None, cancel=cancel)
    cancel.set()
    with pytest.raises(Cancelled):
        pages.next()
    pages.close()
    release.set()
    time.sleep(0.3)
    assert len(feed.asked) <= 1 + ahead.DEPTH  # the page in hand, then it let go
