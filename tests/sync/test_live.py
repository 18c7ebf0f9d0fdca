"""The live link: long polls bring an emergency in within seconds."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from console.models import SourceItem
from console.sync.live import LiveCallbacks, LiveSync
from tests.support.sync import FAST_RETRY, logged_in


def test_emergency_arrives_within_seconds(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    logged_in(ctx, sim)
    arrived: list[str] = []
    got = threading.Event()
    first_round = threading.Event()
    links: list[str] = []

    def on_emergency(ids: list[str]) -> None:
        arrived.extend(ids)
        got.set()

    callbacks = LiveCallbacks(emergency=on_emergency, link=links.append,
                              changed=lambda stats: first_round.set())
    live = LiveSync(ctx, callbacks, long_poll_s=20, policy=FAST_RETRY).start()
    try:
        assert first_round.wait(30), "the first pull never finished"
        got.clear()
        arrived.clear()
        time.sleep(0.3)  # let the long poll start
        published_at = time.monotonic()
        item_id = sim.publish(priority="emergency",
                              title="Khẩn cấp: lũ quét tại xã Đắk Pxi, sơ tán ngay")
        assert got.wait(5)
        latency = time.monotonic() - published_at
        assert item_id in arrived and latency < 3.0
        with ctx.db.read() as s:
            stored = s.get(SourceItem, item_id)
        assert stored.priority == "emergency" and "Đắk" in stored.title
        assert "online" in links
    finally:
        live.stop()


def test_live_link_survives_the_server_going_away(ctx, make_sim) -> None:  # type: ignore[no-untyped-def]
    sim = make_sim()
    logged_in(ctx, sim)
    links: list[str] = []
    pulled, offline = threading.Event(), threading.Event()

    def on_link(state: str) -> None:
        links.append(state)
        if state == "offline":
            offline.set()

    live = LiveSync(ctx, LiveCallbacks(changed=lambda stats: pulled.set(), link=on_link),
                    long_poll_s=1, policy=FAST_RETRY).start()
    try:
        # The first pull has stored the catalogue before the server goes away (waited for,
        # not guessed: a loaded machine takes longer than a fixed pause); the bounds are
        # generous and end as soon as their event is set.
        assert pulled.wait(60), links
        sim.stop()
        assert offline.wait(60), links
    finally:
        live.stop()
    with ctx.db.read() as s:
        assert s.scalars(select(SourceItem.id)).first() is not None  # what it had stays
