"""A change feed that goes wrong on a bad day, served by the simulator over real HTTP.

Each answer keeps the contract's shape; what is wrong is what it means: "more" with the
very cursor it was asked with, a cursor that goes back, a gzip-coded page that expands past
any size a page may have. Each time the real client stops within seconds, keeps the pages
it stored, downloads their media, says "partial", and the next sync goes on from the last
stored cursor once the server behaves.
"""

from __future__ import annotations

import gzip
import json
import logging
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.app import open_station
from console.db.outbox import enqueue
from console.retry import RetryPolicy
from console.services.users import UserService
from console.sim.source import FeedFault, HostileBody, SourceSimulator
from console.sync import state
from console.sync.catalogue import STUCK_PAGES
from console.sync.errors import AnswerRefused, FeedStuck, IncompleteSync, SourceUnavailable
from console.ui.sync_messages import SYNC_MESSAGES

from .net_helpers import db_rows, logged_in, make_sim

ITEMS = 120
PAGE = 30  # the simulator sends at most this many items a page: four pages
# The contract's back-off, shortened: six tries, as in the field.
RETRY = RetryPolicy(attempts=6, base_s=0.05, cap_s=0.2)


@pytest.fixture(scope="module")
def sim() -> Iterator[SourceSimulator]:
    sim = make_sim(items=ITEMS, page_cap=PAGE)
    yield sim
    sim.stop()


@pytest.fixture(autouse=True)
def _honest_afterwards(sim: SourceSimulator) -> Iterator[None]:
    sim.hostile.clear()
    sim.hostile.served.clear()
    yield
    sim.hostile.clear()


def _ready_files_of_first_page(db: Path) -> tuple[int, int]:
    """(files of the stored items, of which verified and ready)."""
    rows = db_rows(db, "SELECT DISTINCT f.sha256, b.state FROM item_file f "
                       "JOIN media_blob b ON b.sha256 = f.sha256")
    return len(rows), sum(1 for _sha, st in rows if st == "ready")


def _stopped_sync(tmp_path: Path, sim: SourceSimulator, fault: FeedFault,
                  caplog: pytest.LogCaptureFixture) -> tuple[IncompleteSync, float, Path, object]:
    caplog.set_level(logging.INFO)
    sim.hostile.feed = fault
    ctx = open_station(tmp_path / "station")
    service = logged_in(ctx, sim, RETRY)
    with ctx.db.write() as session:
        enqueue(session, "broadcast_logs", {"station_code": "DTT-24343", "entries": []})
    started = time.monotonic()
    with pytest.raises(IncompleteSync) as stopped:
        service.sync_once()
    took = time.monotonic() - started
    return stopped.value, took, tmp_path / "station" / "console.sqlite3", (ctx, service)


@pytest.mark.parametrize("kind, pages, cause, words", [
    ("stuck", 1, FeedStuck, "same cursor back"),
    # The third page hands back the cursor the second was asked with: its items are kept,
    # the cursor stays where the third page began.
    ("rewind", 2, FeedStuck, "goes back to an earlier one"),
    ("bomb", 1, AnswerRefused, "expands"),
])
def test_a_feed_that_goes_wrong_stops_keeps_what_it_got_and_goes_on_later(
        kind: str, pages: int, cause: type, words: str, sim: SourceSimulator, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    stopped, took, db, (ctx, service) = _stopped_sync(
        tmp_path, sim, FeedFault(kind, after=pages * PAGE), caplog)
    try:
        # A clean stop at the first wrong answer, with the server's fault named; the wall
        # clock only guards against a hang (the run also fetches the kept items' media, which
        # takes seconds more on a loaded machine).
        wrong = STUCK_PAGES if kind == "stuck" else 1  # a stuck feed is given three pages
        assert sim.hostile.served.get(f"feed-{kind}") == wrong, sim.hostile.served
        assert took < 60, took
        assert isinstance(stopped.cause, cause) and words in str(stopped)
        assert stopped.message in SYNC_MESSAGES  # the window shows it translated
        # A first sync builds the titles' index at its end, however it ends.
        assert db_rows(db, "SELECT name FROM sqlite_master "
                           "WHERE name = 'ix_library_title_title_key'")
        assert any(words in r.getMessage() for r in caplog.records
                   if r.levelno >= logging.WARNING)
        result = stopped.result
        assert result.status == "partial" and not result.complete
        # What came before is kept: the pages before the fault (rewind: its own page too).
        kept = PAGE * (pages + 1 if kind == "rewind" else pages)
        assert db_rows(db, "SELECT count(*) FROM source_item")[0][0] == kept
        assert result.items_added == kept
        # Their media are downloaded in the same run, and the outbox went up.
        files, ready = _ready_files_of_first_page(db)
        assert files > 0 and ready == files and result.files_downloaded > 0
        assert result.outbox_sent == 1
        # The stored cursor is the last good one: never the one that went back.
        with ctx.db.read() as session:
            cursor = state.get(session, state.CURSOR)
        assert sim.hostile.feed is not None
        assert cursor == sim.hostile.feed.issued[pages - 1]
        # Once the server behaves, the next sync goes on from there.
        sim.hostile.clear()
        again = service.sync_once()
        assert again.status == "complete"
        assert again.items_added == ITEMS - kept
        assert db_rows(db, "SELECT count(*) FROM source_item")[0][0] == ITEMS
    finally:
        ctx.close()


def test_an_answer_that_is_not_json_is_not_asked_for_again(
        sim: SourceSimulator, tmp_path: Path) -> None:
    """A whole answer that breaks the contract is the server's own: one try. A dropped
    link is another matter: tried again with back-off (tests/faults/test_bad_links.py)."""
    sim.hostile.changes = HostileBody("<html>Bảo trì hệ thống</html>".encode(),
                                      content_type="text/html")
    ctx = open_station(tmp_path / "station")
    try:
        service = logged_in(ctx, sim, RETRY)
        with pytest.raises(IncompleteSync) as stopped:
            service.sync_once()
        assert "not JSON" in str(stopped.value)
        assert sim.hostile.served.get("changes") == 1
    finally:
        ctx.close()


def test_a_gzip_coded_feed_is_read(tmp_path: Path) -> None:
    sim = make_sim(items=40, gzip=True)
    ctx = open_station(tmp_path / "station")
    try:
        result = logged_in(ctx, sim, RETRY).sync_once(media=False)
        assert result.items_added == 40 and result.status == "complete"
        assert sim.stats.bytes_sent < 40 * 1500  # it did travel compressed
    finally:
        ctx.close()
        sim.stop()


def test_a_link_lost_before_anything_was_stored_is_a_failure(tmp_path: Path) -> None:
    sim = make_sim(items=10)
    ctx = open_station(tmp_path / "station")
    try:
        service = logged_in(ctx, sim, RetryPolicy(attempts=2, base_s=0.01, cap_s=0.02))
        sim.stop()
        with pytest.raises(SourceUnavailable):
            service.sync_once()
    finally:
        ctx.close()


LOCAL_ADMIN = "quantri-1"  # the local user a sync from the command line names with --as


def _cli_sync(data: Path, sim: SourceSimulator) -> subprocess.CompletedProcess[str]:
    if not (data / "console.sqlite3").exists():
        ctx = open_station(data)
        UserService(ctx.db).create_first_admin("admin", LOCAL_ADMIN)
        ctx.close()
    return subprocess.run(
        [sys.executable, "-m", "console", "--data-dir", str(data), "sync", "--once", "--json",
         "--server", sim.url, "--user", "demo", "--as", "admin", "--password-stdin"],
        input=f"demo\n{LOCAL_ADMIN}\n", capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_sync_once_says_partial_with_its_exit_code(sim: SourceSimulator,
                                                    tmp_path: Path) -> None:
    sim.hostile.feed = FeedFault("stuck", after=PAGE)
    partial = _cli_sync(tmp_path / "a", sim)
    assert partial.returncode == 3, partial.stderr
    figures = json.loads(partial.stdout)
    assert figures["status"] == "partial" and figures["items_added"] == PAGE
    assert figures["files_downloaded"] > 0 and "same cursor" in figures["stopped"]
    assert "stopped part-way" in partial.stderr
    # Nothing to keep at all (the first page already refused): a failure, exit 1.
    sim.hostile.feed = FeedFault("bomb", after=0)
    failed = _cli_sync(tmp_path / "b", sim)
    assert failed.returncode == 1 and "expands" in failed.stderr, failed.stderr
    assert failed.stdout == ""
    sim.hostile.clear()
    complete = _cli_sync(tmp_path / "a", sim)
    assert complete.returncode == 0, complete.stderr
    assert json.loads(complete.stdout)["status"] == "complete"


def _page_bytes(pad: int = 0) -> bytes:
    return json.dumps({"items": [], "deleted": [], "next_cursor": "c", "has_more": False,
                       "pad": " " * pad}).encode()


@pytest.mark.parametrize("name, body, headers, words, tries", [
    # Two megabytes of spaces in some two kilobytes: more than 200 times what arrived.
    ("expands too much", gzip.compress(_page_bytes(pad=2 * 2**20)), {"Content-Encoding": "gzip"},
     "expands more than 200 times", 1),
    ("coding not asked for", b"\x1b\x00", {"Content-Encoding": "br"}, "coded as br", 1),
    ("damaged", b"\x1f\x8b\x08\x00garbage" * 10, {"Content-Encoding": "gzip"}, "damaged", 1),
    # Whole as sent, but the gzip stream stops short: a broken answer, asked for again.
    ("cut short", gzip.compress(_page_bytes(pad=50_000))[:-12], {"Content-Encoding": "gzip"},
     "broke off", RETRY.attempts),
    ("deflate", zlib.compress(_page_bytes()), {"Content-Encoding": "deflate"}, "", 1),
])
def test_coded_answers_are_read_under_their_limits(
        name: str, body: bytes, headers: dict[str, str], words: str, tries: int,
        sim: SourceSimulator, tmp_path: Path) -> None:
    sim.hostile.changes = HostileBody(body, content_type="application/json", headers=headers)
    ctx = open_station(tmp_path / "station")
    try:
        service = logged_in(ctx, sim, RETRY)
        if not words:  # an honest deflate answer is simply read
            assert service.sync_once(media=False).status == "complete"
        else:
            with pytest.raises((IncompleteSync, SourceUnavailable)) as stopped:
                service.sync_once(media=False)
            assert words in str(stopped.value)
            if isinstance(stopped.value, IncompleteSync):
                assert stopped.value.message in SYNC_MESSAGES
        assert sim.hostile.served.get("changes") == tries
    finally:
        ctx.close()
