"""A relay (tiếp sóng) through this computer's sound card: the player plays the stream from
a real HTTP server on 127.0.0.1 for the relay's length, and logs it as relayed; a stream
that cannot be opened is a logged failure with its reason, and the console goes on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from console.media.playout_store import PlayoutStore
from console.models import AsRunEntry, Programme, ProgrammeEntry, SourceItem
from console.models.base import utcnow
from console.services.live_commands import device_command, play_item_now
from console.services.push import create_delivery_jobs
from console.station import StationContext
from tests.support.delivery import ADMIN, no_quiet_hours
from tests.support.radio import serving_radio

from .conftest import drain

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", ".*404.*",
                                       ".*stream.*", extend=True)


@pytest.fixture
def radio(tmp_path: Path) -> Iterator[str]:
    with serving_radio(tmp_path) as url:
        yield url


def relay(ctx: StationContext, url: str, seconds: float, start_in_s: float) -> int:
    """An approved relay programme pushed to this computer's speakers."""
    with ctx.db.write() as session:
        programme = Programme(name="Tiếp sóng thời sự", status="approved", all_targets=True,
                              start_at=utcnow() + dt.timedelta(seconds=start_in_s),
                              approved_by="lanhdao")
        programme.entries.append(ProgrammeEntry(position=0, kind="stream", title="Thời sự VOV1",
                                                stream_url=url, duration_s=seconds))
        session.add(programme)
        session.flush()
        pid = programme.id
    with ctx.db.write() as session:
        ids = create_delivery_jobs(session, pid, ADMIN)
    drain(ctx, ids)
    return pid


def relayed(ctx: StationContext) -> list[AsRunEntry]:
    with ctx.db.read() as session:
        found = list(session.scalars(select(AsRunEntry)))
        session.expunge_all()
        return found


def test_a_relay_plays_the_stream_for_its_length(qtbot, ctx, local, radio, engines) -> None:  # type: ignore[no-untyped-def]
    engine = engines()
    pid = relay(ctx, f"{radio}/vov1.mp3", 2.0, start_in_s=0.3)
    qtbot.waitUntil(lambda: engine.now_playing == "Tiếp sóng thời sự", timeout=8000)
    qtbot.waitUntil(lambda: bool(PlayoutStore(ctx.paths.root, local).read_log()),
                    timeout=10_000)
    engine.wait_idle()
    [row] = relayed(ctx)
    assert (row.programme_id, row.source, row.content_origin, row.title) == (
        pid, "local", "relay", "Thời sự VOV1")
    assert row.result == "success", row
    assert row.played_s == pytest.approx(2.0, abs=0.5) and row.requested_s == 2.0
    assert engine.current is None  # and the player is free for what comes next


def test_a_stream_that_cannot_be_opened_is_a_failure_with_its_reason(
        qtbot, ctx, local, radio, engines) -> None:  # type: ignore[no-untyped-def]
    engine = engines()
    relay(ctx, f"{radio}/gone.mp3", 3.0, start_in_s=0.3)
    qtbot.waitUntil(lambda: bool(PlayoutStore(ctx.paths.root, local).read_log()),
                    timeout=15_000)
    engine.wait_idle()
    [row] = relayed(ctx)
    assert row.content_origin == "relay" and row.result == "failed"
    [line] = PlayoutStore(ctx.paths.root, local).read_log()
    assert line["reason"], line
    assert engine.timer.isActive()  # the player goes on


def test_a_relay_played_now_until_it_is_stopped(qtbot, ctx, local, radio, engines) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:  # the province's relay, with no length given
        session.add(SourceItem(id="ts-vov", kind="stream", title="Tiếp sóng VOV1",
                               priority="normal", published_at=utcnow(),
                               stream_url=f"{radio}/vov1.mp3", reviewed=True))
    engine = engines()
    no_quiet_hours(ctx)
    drain(ctx, play_item_now(ctx, ADMIN, "ts-vov", [local]))
    qtbot.waitUntil(lambda: engine.now_playing == "Tiếp sóng VOV1", timeout=5000)
    qtbot.wait(1500)
    assert engine.now_playing == "Tiếp sóng VOV1"  # no length: it goes on
    drain(ctx, device_command(ctx, ADMIN, "stop", [local]))
    qtbot.waitUntil(lambda: engine.now_playing is None, timeout=5000)
    engine.wait_idle()
    [row] = relayed(ctx)
    assert (row.content_origin, row.item_id, row.title) == ("relay", "ts-vov", "Tiếp sóng VOV1")
    assert row.played_s >= 1.0
