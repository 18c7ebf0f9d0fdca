"""Programme → jobs → dispatcher → every simulated target."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from console.delivery.jobs import programme_jobs
from console.models import AuditEntry, DeliveryJob, Programme
from console.models.base import utcnow
from console.models.enums import Role
from console.services.errors import InvalidInput, PermissionDenied
from console.services.live_commands import emergency_start
from console.services.permissions import Actor
from console.services.push import create_delivery_jobs
from console.sim.devices import DeviceFleet, FleetConfig
from tests.support.delivery import ADMIN, cache_media, make_programme, register, wait_for


def _push(ctx, programme_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:
        return create_delivery_jobs(session, programme_id, ADMIN)


def test_push_reaches_every_target_and_repush_changes_nothing(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [30_000, 40_000, 5_000])
    pid = make_programme(ctx, shas)
    ids = _push(ctx, pid)
    assert len(ids) == 5
    views = dispatcher.drain(ids, timeout_s=20)
    assert {v.state for v in views} == {"delivered"}, views
    for device in fleet.devices.values():
        assert set(device.media) == set(shas)
        assert all(n == 1 for n in device.media_puts.values())
        assert len(device.schedule_applied) == 1
    versions = {d.device_id: d.schedule["version"] for d in fleet.reference_devices}
    # Re-push: no new job, no byte, no schedule change.
    assert _push(ctx, pid) == []
    dispatcher.drain(None, timeout_s=2)
    assert {d.device_id: d.schedule["version"] for d in fleet.reference_devices} == versions
    assert all(len(d.schedule_applied) == 1 for d in fleet.devices.values())
    assert sum(d.media_bytes_received for d in fleet.devices.values()) == 5 * 75_000
    with ctx.db.read() as s:
        actions = s.scalars(select(AuditEntry.action)).all()
    assert actions.count("programme.push") == 2
    # A new version with the same files: schedule changes, no file is sent again.
    with ctx.db.write() as s:
        s.get(Programme, pid).version = 2
    new = _push(ctx, pid)
    assert {v.state for v in dispatcher.drain(new, timeout_s=20)} == {"delivered"}
    assert sum(d.media_bytes_received for d in fleet.devices.values()) == 5 * 75_000
    assert all(len(d.schedule_applied) == 2 for d in fleet.reference_devices)
    # the gateway playlist has no version or entry ids: the same songs change nothing
    assert all(len(d.schedule_applied) == 1 for d in fleet.gateway_devices)
    with ctx.db.read() as s:
        jobs = programme_jobs(s, pid)
        assert all("0 files sent, 3 already there" in j.detail for j in jobs)


def test_payload_and_lane(ctx, fleet) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [1000])
    pid = make_programme(ctx, shas, priority="emergency")
    _push(ctx, pid)
    with ctx.db.read() as s:
        job = s.scalars(select(DeliveryJob)).first()
    assert job.lane == "emergency" and len(job.idempotency_key) == 36
    entry = job.payload["entries"][0]
    assert entry["media"] == shas and entry["start"].endswith("+07:00")
    assert entry["repeat"] == "once" and entry["durations"] == [0.4]


def test_unapproved_or_unauthorised_push_is_refused(ctx, fleet) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [1000])
    draft = make_programme(ctx, shas, status="draft")
    with pytest.raises(InvalidInput, match="an unapproved programme cannot be pushed"):
        _push(ctx, draft)
    approved = make_programme(ctx, shas)
    with pytest.raises(PermissionDenied), ctx.db.write() as s:
        create_delivery_jobs(s, approved, Actor("xem", Role.VIEWER))
    with ctx.db.read() as s:
        assert s.scalars(select(DeliveryJob)).all() == []


def test_offline_target_gets_its_job_when_it_comes_back(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [20_000])
    away = fleet.devices["cl-001"]
    away_gw = fleet.devices["cl-002"]
    away.online = away_gw.online = False
    ids = _push(ctx, make_programme(ctx, shas))
    views = {v.target_id: v for v in dispatcher.drain(ids, timeout_s=1.0)}
    assert views["cl-001"].state == "queued" and "does not answer" in views["cl-001"].detail
    assert views["cl-002"].state == "queued" and "offline" in views["cl-002"].detail
    assert views["cl-003"].state == "delivered"
    away.online = away_gw.online = True
    views = {v.target_id: v for v in dispatcher.drain(ids, timeout_s=10)}
    assert {v.state for v in views.values()} == {"delivered"}
    # A gateway fetches the files it was told of in its own time (the protocol has no ack).
    assert away.has(shas[0]) and wait_for(lambda: away_gw.has(shas[0]), 10)


def test_emergency_lane_is_never_behind_routine(ctx) -> None:  # type: ignore[no-untyped-def]
    from console.delivery.dispatcher import Dispatcher
    from tests.support.delivery import FAST_RETRY

    with DeviceFleet(FleetConfig(clusters=6, boards=0, protocol="reference",
                                 latency_ms=100)) as fleet:
        register(ctx, fleet)
        shas = cache_media(ctx, [10_000, 10_000, 10_000])
        routine = _push(ctx, make_programme(ctx, shas))
        dispatcher = Dispatcher(ctx, workers=2, emergency_workers=8, policy=FAST_RETRY)
        thread = threading.Thread(target=dispatcher.drain, kwargs={"timeout_s": 30})
        thread.start()
        try:
            assert wait_for(lambda: any(d.media for d in fleet.devices.values()), 5)
            t0 = time.monotonic()
            _eid, urgent = emergency_start(ctx, ADMIN, text="Khẩn cấp: lũ quét, sơ tán ngay")
            assert wait_for(lambda: all(d.emergency for d in fleet.devices.values()), 5)
            acked_in = time.monotonic() - t0
        finally:
            thread.join(30)
            dispatcher.close()
        with ctx.db.read() as s:
            jobs = {j.id: j for j in s.scalars(select(DeliveryJob))}
        last_urgent = max(jobs[i].updated_at for i in urgent)
        last_routine = max(jobs[i].updated_at for i in routine)
        assert all(jobs[i].state == "delivered" for i in urgent + routine)
        assert last_urgent < last_routine  # routine was still in flight
        assert acked_in < 2.0, acked_in


def test_an_emergency_reads_a_warnings_words_not_its_attached_picture(ctx) -> None:  # type: ignore[no-untyped-def]
    """A text warning with a picture attached (held in the cache) is read out; the picture
    is never sent as its sound, nor an audio item's thumbnail when its audio is missing."""
    from console.media.store import MediaStore
    from console.models import ItemFile, SourceItem
    from console.services.live_commands import item_content

    picture = cache_media(ctx, [2_000], seed=7)[0]
    with ctx.db.write() as session:
        session.add(SourceItem(id="kc-anh", kind="text", title="Khẩn cấp: sạt lở Thôn Tây",
                               body="Sơ tán ngay các hộ dưới chân đồi.", priority="emergency",
                               published_at=utcnow()))
        session.add(SourceItem(id="kc-am", kind="audio", title="Khẩn cấp: lũ",
                               priority="emergency", published_at=utcnow()))
        session.flush()
        session.add(ItemFile(item_id="kc-anh", role="attachment", name="ban-do.png",
                             mime="image/png", size=2_000, sha256=picture, url="http://x/a"))
        session.add(ItemFile(item_id="kc-am", role="thumbnail", name="anh.jpg",
                             mime="image/jpeg", size=2_000, sha256=picture, url="http://x/t"))
        session.add(ItemFile(item_id="kc-am", role="main", name="lu.mp3", mime="audio/mpeg",
                             size=9, sha256="f" * 64, url="http://x/m"))  # not downloaded
    store = MediaStore(ctx.paths.media)
    with ctx.db.read() as session:
        warning = item_content(session, "kc-anh", store)
        assert warning.media == [] and warning.text == "Sơ tán ngay các hộ dưới chân đồi."
        with pytest.raises(InvalidInput):
            item_content(session, "kc-am", store)  # no sound here: said, never the thumbnail
