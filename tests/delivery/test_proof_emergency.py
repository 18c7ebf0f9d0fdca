"""Proof of play (device logs and inference) and emergency start/stop through adapters."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from console.delivery.commands import active_emergencies
from console.delivery.proof import collect
from console.delivery.status import poll
from console.models import (
    AsRunEntry,
    AuditEntry,
    DeliveryJob,
    DeliveryTarget,
    OutboxEntry,
    Programme,
)
from console.models.base import utcnow
from console.services.live_commands import emergency_start, emergency_stop
from console.services.push import create_delivery_jobs
from tests.support.delivery import ADMIN, cache_media, encoded, make_item, make_programme, wait_for


def test_play_logs_become_as_run_and_reach_the_outbox(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [4_000, 6_000])
    # Entries of 3 s: the devices show "playing" for 6 s, wide enough for a status poll on a
    # loaded machine; the waits below end as soon as their condition holds.
    pid = make_programme(ctx, shas, start_in_s=1.5, durations=3.0)
    with ctx.db.write() as s:
        ids = create_delivery_jobs(s, pid, ADMIN)
    assert {v.state for v in dispatcher.drain(ids, timeout_s=60)} == {"delivered"}
    # status polls while the programme plays: the gateway's only evidence
    assert wait_for(lambda: any(st.status == "playing" for st in poll(ctx, dispatcher)), 60,
                    step=0.1)
    assert wait_for(lambda: all(len(d.play_log) == 2 for d in fleet.reference_devices), 60)
    poll(ctx, dispatcher)
    later = utcnow() + dt.timedelta(minutes=2)  # past the inference grace
    stats = collect(ctx, dispatcher, now=later)
    assert stats.collected == 3 * 2 and stats.unreachable == []
    assert stats.inferred == 2 * 2
    with ctx.db.read() as s:
        rows = s.scalars(select(AsRunEntry)).all()
        outbox = s.scalars(select(OutboxEntry)).all()
    device_rows = [r for r in rows if r.source == "device"]
    inferred = [r for r in rows if r.source == "inferred"]
    assert len(device_rows) == 6 and len(inferred) == 4
    assert all(r.result == "success" and r.programme_id == pid for r in device_rows)
    assert all(abs(r.played_s - 3.0) < 0.01 for r in device_rows)
    assert {r.result for r in inferred} <= {"success", "partial"}
    assert len(outbox) == 1 and outbox[0].kind == "broadcast_logs"
    body = outbox[0].payload
    assert body["station_code"] == "XA-PHULOC" and len(body["entries"]) == 10
    first = body["entries"][0]
    assert first["started_at"].endswith("+07:00") and first["target_kind"] in (
        "loudspeaker_cluster", "bulletin_board")
    assert set(first) == {"id", "item_id", "title", "target_id", "target_kind", "scheduled_at",
                          "started_at", "ended_at", "played_s", "requested_s", "result",
                          "priority"}
    # collecting again stores and sends nothing twice
    again = collect(ctx, dispatcher, now=later)
    assert (again.collected, again.inferred, again.queued) == (0, 0, 0)


def test_emergency_start_and_stop_through_adapters(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    sha = cache_media(ctx, [12_000])[0]
    item = make_item(ctx, sha)
    eid, jobs = emergency_start(ctx, ADMIN, item_id=item)
    views = dispatcher.drain(jobs, timeout_s=10)
    assert {v.state for v in views} == {"delivered"}, views
    assert all(d.emergency is not None for d in fleet.devices.values())
    # each holds the file at the station's loudness in its format (gateways fetched it)
    formats = {"reference": "mp3", "gateway": "mp3-low"}
    for device in fleet.devices.values():
        meta = fleet.meta[device.device_id]
        fmt = "m4a" if meta["kind"] == "bulletin_board" else formats[meta["protocol"]]
        assert device.has(encoded(ctx, sha, fmt)), device.device_id
    with ctx.db.read() as s:
        assert list(active_emergencies(s)) == [eid]
        lanes = set(s.scalars(select(DeliveryJob.lane).where(DeliveryJob.id.in_(jobs))))
    assert lanes == {"emergency"}
    stopped, stop_jobs = emergency_stop(ctx, ADMIN)
    assert stopped == [eid]
    assert {v.state for v in dispatcher.drain(stop_jobs, timeout_s=10)} == {"delivered"}
    assert all(d.emergency is None for d in fleet.devices.values())
    with ctx.db.read() as s:
        assert active_emergencies(s) == {}
        actions = s.scalars(select(AuditEntry.action)).all()
    assert "emergency.start" in actions and "emergency.stop" in actions
    # the reference devices log what the emergency played; it comes back as as-run
    assert all(any(r["entry_id"] for r in d.play_log) for d in fleet.reference_devices)
    # the gateway's two keep no log: their emergency, from its start to its stop, is inferred
    stats = collect(ctx, dispatcher)
    assert stats.collected == 3 and stats.inferred == 2
    with ctx.db.read() as s:
        rows = s.scalars(select(AsRunEntry)).all()
        lanes = s.scalars(select(OutboxEntry.lane)).all()
        gateways = set(s.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.protocol == "gateway")))
    assert {(r.title, r.priority, r.item_id) for r in rows} == {
        ("Khẩn cấp: bão số 3", "emergency", item)}
    assert {r.target_id for r in rows if r.source == "inferred"} == gateways
    assert all(r.played_s > 0 for r in rows if r.source == "inferred")
    assert lanes == ["emergency"]


def test_missed_plays_are_reconciled(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [3_000, 3_000])
    pid = make_programme(ctx, shas, start_in_s=-120, durations=0.2)  # over before it arrived
    with ctx.db.write() as s:
        ids = create_delivery_jobs(s, pid, ADMIN)
    assert {v.state for v in dispatcher.drain(ids, timeout_s=10)} == {"delivered"}
    stats = collect(ctx, dispatcher)
    assert (stats.collected, stats.missed, stats.inferred) == (0, 3 * 2, 2 * 2)
    with ctx.db.read() as s:
        rows = s.scalars(select(AsRunEntry)).all()
    assert {(r.result, r.source, r.played_s) for r in rows} == {("failed", "inferred", 0.0)}
    assert collect(ctx, dispatcher).missed == 0  # once only
    # a newer version of the same slot: the slot is already accounted for, not missed twice
    with ctx.db.write() as s:
        s.get(Programme, pid).version = 2
        ids = create_delivery_jobs(s, pid, ADMIN)
    dispatcher.drain(ids, timeout_s=10)
    assert collect(ctx, dispatcher).missed == 0


def test_typed_emergency_is_spoken_for_every_cluster(ctx, fleet, dispatcher, monkeypatch,  # type: ignore[no-untyped-def]
                                                     tmp_path) -> None:
    # A PC with no espeak-ng program: the voice that comes with the console reads it.
    monkeypatch.setenv("PATH", str(tmp_path))
    _eid, jobs = emergency_start(ctx, ADMIN, text="Cháy rừng tại Thôn Tây, tránh xa khu vực")
    views = dispatcher.drain(jobs, timeout_s=20)
    assert {v.state for v in views} == {"delivered"}, views
    fleet.gateway.wait_downloads()
    for device in fleet.gateway_devices:  # the vendor gateway plays it as a file
        assert device.emergency is not None and device.media, device.device_id
    held = {d.device_id: set(d.media) for d in fleet.devices.values()}
    assert all(len(h) == 1 for h in held.values())
    # one reading, encoded once per kind of target: reference clusters, gateways, the board
    assert held["cl-001"] == held["cl-003"] and held["cl-002"] == held["cl-004"]
    assert len(set.union(*held.values())) == 3


def test_typed_emergency_without_a_voice(ctx, fleet, dispatcher, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from console.audio import speech

    def no_voice(*_a, **_k):  # type: ignore[no-untyped-def]
        raise speech.SpeechUnavailable("no speech engine is installed")

    monkeypatch.setattr(speech.SpeechCache, "speak", no_voice)
    _eid, jobs = emergency_start(ctx, ADMIN, text="Cháy rừng tại Thôn Tây")
    views = {v.target_id: v for v in dispatcher.drain(jobs, timeout_s=10)}
    assert views["cl-001"].state == "delivered"  # reference clusters read the text
    assert views["bd-01"].state == "delivered"  # boards show it
    assert views["cl-002"].state == "failed"
    assert "only play a file or a stream" in views["cl-002"].detail


def test_demo_devices_and_background_service(ctx) -> None:  # type: ignore[no-untyped-def]
    from console.delivery.service import DeliveryService
    from console.demo import DEMO_VILLAGES, seed_station, start_demo_devices
    from console.models import DeliveryTarget, Village

    seed_station(ctx)
    stop = start_demo_devices(ctx)
    service = DeliveryService(ctx, poll_every_s=0.3, collect_every_s=0.5, idle_s=0.2).start()
    try:
        with ctx.db.read() as s:
            targets = s.scalars(select(DeliveryTarget)).all()
            villages = {v.id: v.name for v in s.scalars(select(Village))}
        assert len(targets) == 14
        assert sum(t.kind == "bulletin_board" for t in targets) == 2
        assert {t.protocol for t in targets} == {"reference", "gateway"}
        assert {villages[t.village_id] for t in targets} == set(DEMO_VILLAGES)
        shas = cache_media(ctx, [5_000])
        pid = make_programme(ctx, shas, start_in_s=1.0, durations=0.2)
        with ctx.db.write() as s:
            ids = create_delivery_jobs(s, pid, ADMIN)
        service.wake()

        def all_delivered() -> bool:
            with ctx.db.read() as s:
                return set(s.scalars(select(DeliveryJob.state).where(
                    DeliveryJob.id.in_(ids)))) == {"delivered"}

        assert wait_for(all_delivered, 60)

        def as_run_from_devices() -> int:
            with ctx.db.read() as s:
                return len(s.scalars(select(AsRunEntry).where(
                    AsRunEntry.source == "device")).all())

        assert wait_for(lambda: as_run_from_devices() >= 8, 60)  # 6 clusters + 2 boards
    finally:
        service.stop()
        stop()


def test_a_failed_device_is_named_with_its_reason_apart_from_the_quiet_ones(  # type: ignore[no-untyped-def]
        ctx, fleet) -> None:
    from console.models import DeliveryTarget
    from console.services.reports.collect import collect_play_logs

    with ctx.db.write() as s:  # nothing listens on port 9
        s.add(DeliveryTarget(id="cum-hong", kind="loudspeaker_cluster", name="Cụm loa hỏng",
                             protocol="reference", address="http://127.0.0.1:9", options={}))
        devices = set(s.scalars(select(DeliveryTarget.id)))
    result = collect_play_logs(ctx, timeout_s=2.0)
    assert len(result.failed) == 1 and result.failed[0].startswith("cum-hong: ")
    assert len(result.failed[0]) > len("cum-hong: ")      # with its reason
    # The fleet's devices answered with nothing to send: not failures.
    assert set(result.nothing_new) == devices - {"cum-hong"}
    assert (result.collected, result.inferred) == (0, 0)
