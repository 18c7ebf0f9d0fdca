"""The player: real QMediaPlayer on real MP3s (silent when the machine has no sound card).

The sound-device check is a seam: "a device" lets Qt play (through the speakers where
there are some, on its own clock where there are none); "no device" must log a failure
with its reason and keep the console running.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.media.playout_store import PlayoutStore
from console.models import AsRunEntry
from console.playout.engine import NO_DEVICE, NOT_RUNNING
from console.services.live_commands import (
    device_command,
    emergency_start,
    emergency_stop,
    play_item_now,
)
from console.station import StationContext
from tests.support.delivery import ADMIN, cache_media, make_item, no_quiet_hours

from .conftest import drain, push

pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def rows(ctx: StationContext) -> list[AsRunEntry]:
    with ctx.db.read() as session:
        found = list(session.scalars(select(AsRunEntry).order_by(AsRunEntry.started_at)))
        session.expunge_all()
        return found


def test_plays_a_due_entry_and_logs_it(qtbot, ctx, local, tone, engines) -> None:  # type: ignore[no-untyped-def]
    sha = tone(1.5)
    pid = push(ctx, [sha], start_in_s=-0.5, durations=1.5, name="Bản tin trưa")
    engine = engines()
    qtbot.waitUntil(lambda: engine.now_playing == "Bản tin trưa", timeout=5000)
    with qtbot.waitSignal(engine.logged, timeout=10_000):
        pass
    engine.wait_idle()
    [row] = rows(ctx)
    assert (row.target_id, row.source, row.result, row.programme_id) == (
        local, "local", "success", pid)
    assert row.played_s == pytest.approx(1.5, abs=0.3)
    assert row.requested_s == pytest.approx(1.5)
    assert row.target_kind == "local_playout" and row.title.startswith("Bản tin số 1")
    assert row.scheduled_at is not None
    assert abs((row.started_at - row.scheduled_at).total_seconds()) < 5
    # Played once: later ticks and a second player on the same data leave it alone.
    qtbot.wait(300)
    engine.stop()
    again = engines()
    qtbot.wait(300)
    again.wait_idle()
    assert len(rows(ctx)) == 1
    log = PlayoutStore(ctx.paths.root, local).read_log()
    assert [entry["result"] for entry in log] == ["success"]


def test_emergency_pre_empts_a_playing_entry(qtbot, ctx, local, tone, engines) -> None:  # type: ignore[no-untyped-def]
    long_sha, alarm_sha = tone(4.0), tone(0.8, frequency=880)
    push(ctx, [long_sha], start_in_s=-0.2, durations=4.0, name="Chương trình dài")
    item = make_item(ctx, alarm_sha, title="Khẩn cấp: lũ quét")
    engine = engines()
    qtbot.waitUntil(lambda: engine.now_playing == "Chương trình dài", timeout=5000)
    qtbot.wait(700)
    _eid, ids = emergency_start(ctx, ADMIN, item_id=item, target_ids=[local])
    drain(ctx, ids)
    qtbot.waitUntil(lambda: engine.now_playing == "Khẩn cấp: lũ quét", timeout=3000)
    qtbot.waitUntil(lambda: engine.now_playing is None, timeout=5000)  # the alarm ended
    assert engine.emergency_id is not None  # still on: the schedule is held back
    _ids, stop_ids = emergency_stop(ctx, ADMIN)
    drain(ctx, stop_ids)
    qtbot.waitUntil(lambda: engine.emergency_id is None, timeout=3000)
    engine.wait_idle()
    found = {r.priority: r for r in rows(ctx)}
    assert found["normal"].result == "partial"
    assert 0.2 < found["normal"].played_s < 3.5
    assert found["emergency"].result == "success"
    assert found["emergency"].played_s == pytest.approx(0.8, abs=0.3)
    assert found["emergency"].item_id == item and found["emergency"].scheduled_at is None
    reasons = {e["result"]: e["reason"] for e in PlayoutStore(ctx.paths.root, local).read_log()}
    assert reasons["partial"] == "pre-empted by an emergency"


def test_play_now_volume_and_stop(qtbot, ctx, local, tone, engines) -> None:  # type: ignore[no-untyped-def]
    sha = tone(4.0)
    item = make_item(ctx, sha, title="Thông báo của Ủy ban xã")
    engine = engines()
    no_quiet_hours(ctx)
    drain(ctx, device_command(ctx, ADMIN, "set_volume", [local], volume=4))
    drain(ctx, play_item_now(ctx, ADMIN, item, [local]))
    qtbot.waitUntil(lambda: engine.now_playing == "Thông báo của Ủy ban xã", timeout=3000)
    assert engine.volume == 4
    qtbot.wait(500)
    drain(ctx, device_command(ctx, ADMIN, "stop", [local]))
    qtbot.waitUntil(lambda: engine.now_playing is None, timeout=3000)
    engine.wait_idle()
    [row] = rows(ctx)
    assert row.result == "partial" and 0.1 < row.played_s < 3.5
    state = PlayoutStore(ctx.paths.root, local).read_state()
    assert state["running"] and state["volume"] == 4 and state["now_playing"] is None


def test_missed_while_closed_is_logged_once(qtbot, ctx, local, tone, engines, clock) -> None:  # type: ignore[no-untyped-def]
    sha = tone(0.5)
    pid = push(ctx, [sha], start_in_s=3600, durations=0.5, name="Bản tin sáng")
    clock.offset = dt.timedelta(hours=3)  # the console opens three hours later
    first = engines()
    qtbot.waitSignal(first.logged, timeout=5000).wait()
    first.stop()
    second = engines()
    qtbot.wait(400)
    second.stop()
    [row] = rows(ctx)
    assert (row.result, row.played_s, row.programme_id, row.source) == (
        "failed", 0.0, pid, "local")
    assert row.scheduled_at is not None and row.started_at == row.scheduled_at
    [entry] = PlayoutStore(ctx.paths.root, local).read_log()
    assert entry["reason"] == NOT_RUNNING and entry["missed"] is True


def test_a_play_a_little_late_still_goes_out(qtbot, ctx, local, tone, engines, clock) -> None:  # type: ignore[no-untyped-def]
    from console.settings import PLAYOUT_RESUME

    ctx.settings.set(PLAYOUT_RESUME, "top")  # from the top, not at the place it had reached
    sha = tone(0.5)
    push(ctx, [sha], start_in_s=60, durations=600)  # its slot is still running
    clock.offset = dt.timedelta(minutes=4)  # opened four minutes after the start
    engine = engines()
    with qtbot.waitSignal(engine.logged, timeout=5000):
        pass
    engine.wait_idle()
    [row] = rows(ctx)
    assert row.result == "success"


def test_no_sound_device_is_a_logged_failure(qtbot, ctx, local, tone, engines) -> None:  # type: ignore[no-untyped-def]
    # Still on air when the engine starts, however slow the machine: a programme that ended
    # before it started would be logged as missed while the console was closed instead.
    sha = tone(4.0)
    push(ctx, [sha], start_in_s=-0.2, durations=4.0)
    engine = engines(device=False)
    with qtbot.waitSignal(engine.logged, timeout=5000):
        pass
    engine.wait_idle()
    [row] = rows(ctx)
    assert row.result == "failed" and row.played_s == 0
    [entry] = PlayoutStore(ctx.paths.root, local).read_log()
    assert entry["reason"] == NO_DEVICE
    assert engine.timer.isActive() and engine.detail == NO_DEVICE
    assert PlayoutStore(ctx.paths.root, local).read_state()["detail"] == NO_DEVICE


def test_a_file_that_does_not_decode_fails_with_a_reason(qtbot, ctx, local, engines) -> None:  # type: ignore[no-untyped-def]
    [sha] = cache_media(ctx, [40_000], seed=7)  # bytes, not audio
    push(ctx, [sha], start_in_s=-0.2, durations=2.0)
    engine = engines()
    with qtbot.waitSignal(engine.logged, timeout=10_000):
        pass
    engine.wait_idle()
    [row] = rows(ctx)
    assert row.result == "failed"
    [entry] = PlayoutStore(ctx.paths.root, local).read_log()
    assert entry["reason"]
    assert engine.timer.isActive()


def test_an_old_emergency_is_not_played_late(qtbot, ctx, local, tone, engines) -> None:  # type: ignore[no-untyped-def]
    import time

    sha = tone(0.5)
    store = PlayoutStore(ctx.paths.root, local)
    store.add_command({"id": "e-old", "type": "emergency_start", "media": [sha],
                       "durations": [0.5], "title": "Khẩn cấp hôm qua"})
    path = store.commands_dir / "e-old.json"
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    data["queued_ns"] = time.time_ns() - int(3600e9)  # queued an hour before the window opened
    path.write_text(json.dumps(data), encoding="utf-8")
    engine = engines()
    with qtbot.waitSignal(engine.logged, timeout=5000):
        pass
    engine.wait_idle()
    assert engine.emergency_id is None and engine.now_playing is None
    [row] = rows(ctx)
    assert (row.result, row.priority, row.played_s) == ("failed", "emergency", 0.0)
    assert store.pending_commands() == []


def test_files_of_a_programme_play_one_after_another(qtbot, ctx, local, tone, engines) -> None:  # type: ignore[no-untyped-def]
    first, second = tone(0.6), tone(0.6, frequency=660)
    # The player runs first: one started after the programme's start would take it for a
    # power cut and resume it part-way (which a slow push on a busy machine caused).
    engine = engines()
    push(ctx, [first, second], start_in_s=0.3, durations=0.6)
    qtbot.waitUntil(lambda: len(PlayoutStore(ctx.paths.root, local).read_log()) == 2,
                    timeout=8000)
    engine.wait_idle()
    found = rows(ctx)
    assert [r.result for r in found] == ["success", "success"]
    assert found[1].started_at >= found[0].started_at + dt.timedelta(seconds=0.4)
    assert {r.title for r in found} == {"Bản tin số 1: Đắk Lắk phòng chống bão",
                                        "Bản tin số 2: Đắk Lắk phòng chống bão"}
