"""Nói trực tiếp on Debian's icecast2: the microphone's sound (a tone, made as the microphone
delivers it: 16-bit mono PCM in 50 ms chunks at the speaking pace) reaches a cluster tuned
to the emergency mount, under its title; ending it takes the source off the mount and
audits how long it lasted. Quiet hours, a station without a stream and an emergency on
air refuse it before anything goes out."""

from __future__ import annotations

import array
import math
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from console.models import AsRunEntry
from console.services import audit
from console.services.errors import InvalidInput
from console.services.live_commands import QuietHours, QuietOverride, emergency_start
from console.services.live_microphone import LiveBroadcast, plan_live
from console.services.programmes.recording import PcmFormat
from console.station import StationContext
from console.timezone import station_now
from tests.support.delivery import ADMIN, wait_for

from .icecast_server import Listener
from .test_icecast_emergency import URGENT, _register

pytestmark = pytest.mark.slow

MIC = PcmFormat(44100, 1, "int16")
CHUNK_S = 0.05
TITLE = "Thông báo trực tiếp: họp dân Thôn Tây lúc 19 giờ"
MORNING = station_now().replace(hour=9, minute=0)  # within the allowed hours


def tone(seconds: float, freq: float = 440.0) -> Iterator[bytes]:
    """PCM chunks of a tone, as a microphone hands them over."""
    per_chunk = int(MIC.sample_rate * CHUNK_S)
    step = 2 * math.pi * freq / MIC.sample_rate
    for start in range(0, int(MIC.sample_rate * seconds), per_chunk):
        samples = array.array("h", (int(12000 * math.sin(step * (start + n)))
                                    for n in range(per_chunk)))
        yield samples.tobytes()


def speak(live: LiveBroadcast, seconds: float) -> None:
    for chunk in tone(seconds):
        live.feed(chunk)
        time.sleep(CHUNK_S)


def _actions(ctx: StationContext) -> list[tuple[str, str | None, dict]]:  # type: ignore[type-arg]
    return [(r.action, r.subject, r.detail) for r in audit.query(ctx.db, ADMIN)
            if r.action.startswith("device.")][::-1]


def test_live_sound_reaches_the_clusters_and_ends_when_stopped(  # type: ignore[no-untyped-def]
        ctx, icecast, memory_keyring) -> None:
    _register(ctx, icecast)
    live = LiveBroadcast(ctx, ADMIN, MIC, title=TITLE)
    plan = live.start(now=MORNING)
    assert plan.targets == [("ic-01", "Đài truyền thanh xã")] and live.on_air
    cluster = Listener(icecast.url + URGENT)  # tuned as clusters are: the emergency mount
    cluster.start()
    try:
        speak(live, 3.0)
        assert wait_for(lambda: cluster.audio > 8000 and cluster.title == TITLE, 10), (
            cluster.audio, cluster.titles, cluster.error)
        assert live.problem() is None
        seconds = live.stop()
    finally:
        cluster.stop.set()
    assert seconds >= 3.0 and not live.on_air
    assert not any(s.alive for s in live.streams)
    actions = _actions(ctx)
    assert [a for a, _s, _d in actions] == ["device.live_start", "device.live_stop"]
    assert actions[0][1] == "ic-01" and actions[0][2]["title"] == TITLE
    assert actions[1][2]["seconds"] >= 3.0
    # The broadcast log: the stream played the commune's own words for that long.
    with ctx.db.read() as session:
        rows = session.scalars(select(AsRunEntry)).all()
    assert [(r.target_id, r.target_kind, r.title, r.result, r.content_origin, r.source,
             r.item_id) for r in rows] == [
        ("ic-01", "loudspeaker_cluster", TITLE, "success", "own", "console", None)]
    assert rows[0].played_s == pytest.approx(seconds, abs=0.01)


def test_quiet_hours_refuse_live_sound_unless_a_leader_allows_it(  # type: ignore[no-untyped-def]
        ctx, icecast, memory_keyring) -> None:
    _register(ctx, icecast)
    night = MORNING.replace(hour=4, minute=45)  # before 05:30, when sound is allowed
    assert plan_live(ctx, ADMIN, now=night).quiet
    assert not plan_live(ctx, ADMIN, now=MORNING).quiet
    with pytest.raises(QuietHours):
        LiveBroadcast(ctx, ADMIN, MIC, title=TITLE).start(now=night)
    with pytest.raises(InvalidInput, match="reason"):
        LiveBroadcast(ctx, ADMIN, MIC, title=TITLE,
                      override=QuietOverride(ADMIN, "gấp")).start(now=night)
    assert _actions(ctx) == []  # nothing went out

    live = LiveBroadcast(ctx, ADMIN, MIC, title=TITLE,
                         override=QuietOverride(ADMIN, "Lũ về trong đêm, báo bà con"))
    live.start(now=night)
    speak(live, 0.5)
    live.stop()
    actions = _actions(ctx)
    assert [a for a, _s, _d in actions] == ["device.quiet_override", "device.live_start",
                                           "device.live_stop"]
    assert actions[0][2]["reason"] == "Lũ về trong đêm, báo bà con"


def test_no_stream_or_an_emergency_on_air_refuses_live_sound(  # type: ignore[no-untyped-def]
        ctx, icecast, memory_keyring) -> None:
    with pytest.raises(InvalidInput, match="no Icecast stream"):
        LiveBroadcast(ctx, ADMIN, MIC, title=TITLE).start(now=MORNING)
    _register(ctx, icecast)
    emergency_start(ctx, ADMIN, text="Cháy rừng ở đồi thông, tránh xa khu vực")
    assert plan_live(ctx, ADMIN).emergency
    with pytest.raises(InvalidInput, match="emergency is on air"):
        LiveBroadcast(ctx, ADMIN, MIC, title=TITLE).start(now=MORNING)
    assert "device.live_start" not in [a for a, _s, _d in _actions(ctx)]
