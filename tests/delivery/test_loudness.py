"""One loudness on air: a quiet and a loud bulletin pushed in one programme reach every kind
of loudspeaker at -16 LUFS (±1) with the true peak at or under -1 dBTP, measured on the files
the simulated devices kept, by ffmpeg outside the console; a second push encodes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from console.delivery.dispatcher import Dispatcher
from console.models import DeliveryJob, LoudnessEncode, Programme, ProgrammeEntry
from console.models.base import utcnow
from console.services.programmes.approval import approve
from console.services.push import prepare_programme
from console.settings import STATION_CODE
from console.sim.devices import DeviceFleet, FleetConfig
from tests.support.delivery import ADMIN, FAST_RETRY, cache_sound, ebur128, register


def test_quiet_and_loud_bulletins_arrive_at_one_loudness(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    quiet = cache_sound(ctx, tmp_path / "src", "speech", -30.0)
    loud = cache_sound(ctx, tmp_path / "src", "music", -8.0)
    kept = tmp_path / "kept"
    config = FleetConfig(clusters=2, boards=1, protocol="both", keep_dir=kept)
    with DeviceFleet(config) as fleet:
        register(ctx, fleet)
        with ctx.db.write() as session:
            programme = Programme(name="Bản tin sáng", status="submitted", all_targets=True,
                                  start_at=utcnow() + dt.timedelta(hours=2))
            for n, sha in enumerate((quiet, loud)):
                programme.entries.append(ProgrammeEntry(
                    position=n, kind="file", title=f"Bản tin {n + 1}", media_sha256=sha,
                    duration_s=6.0))
            session.add(programme)
            session.flush()
            pid = programme.id
        with ctx.db.write() as session:  # the quiet hours are not what this test is about
            session.get(Programme, pid).quiet_override_reason = "thử nghiệm âm lượng"
        result = approve(ctx, ADMIN, pid)
        assert result.status == "scheduled" and len(result.jobs) == 3, result
        dispatcher = Dispatcher(ctx, workers=3, policy=FAST_RETRY, timeout_s=5.0)
        try:
            views = dispatcher.drain(result.jobs, timeout_s=60)
        finally:
            dispatcher.close()
        assert {v.state for v in views} == {"delivered"}, views
        fleet.gateway.wait_downloads()  # type: ignore[union-attr]
    # reference cluster: MP3; gateway cluster: low-rate MP3; board: AAC
    by_device = {d.name: sorted(d.iterdir()) for d in kept.iterdir()}
    assert {p.suffix for p in by_device["cl-001"]} == {".mp3"}
    assert {p.suffix for p in by_device["bd-01"]} == {".m4a"}
    assert len(by_device["cl-002"]) == 2
    for device, files in by_device.items():
        assert len(files) == 2, (device, files)
        for path in files:
            integrated, peak = ebur128(path)
            assert abs(integrated + 16.0) <= 1.0, (device, path.name, integrated)
            assert peak <= -1.0, (device, path.name, peak)
    # none of the kept files is a source file: each was encoded for its target
    assert not {p.name.split(".")[0] for f in by_device.values() for p in f} & {quiet, loud}
    # the measured loudness travels with the job (and so into the as-run)
    with ctx.db.read() as session:
        payloads = session.scalars(select(DeliveryJob.payload).where(
            DeliveryJob.programme_id == pid)).all()
        encodes = session.scalar(select(LoudnessEncode.id).limit(1))
    assert encodes is not None
    for payload in payloads:
        lufs = payload["entries"][0]["loudness"]
        assert len(lufs) == 2 and all(abs(v + 16) <= 1 for v in lufs)
    # a second push of the same content: every encode is found, ffmpeg does not run
    assert prepare_programme(ctx, pid) == 0


def test_play_now_and_local_playout_carry_the_stations_loudness(ctx, fleet, dispatcher) -> None:  # type: ignore[no-untyped-def]
    """A play-now's as-run rows hold the loudness measured on the encode; this computer's
    own speakers get a FLAC encode at the same target."""
    from console.delivery.proof import collect
    from console.media.store import MediaStore
    from console.models import AsRunEntry
    from console.services.device_registry import import_device_rows
    from console.services.live_commands import play_item_now
    from tests.playout.conftest import LOCAL_ROW
    from tests.support.delivery import cache_tones, encoded, make_item, no_quiet_hours, wait_for

    assert not import_device_rows(ctx, [LOCAL_ROW], ADMIN).errors
    no_quiet_hours(ctx)
    [sha] = cache_tones(ctx, [1.5])
    item = make_item(ctx, sha, title="Thông báo lịch họp dân")
    jobs = play_item_now(ctx, ADMIN, item, ["cl-001", LOCAL_ROW["id"]])
    with ctx.db.read() as session:
        local = session.scalars(select(DeliveryJob).where(
            DeliveryJob.id.in_(jobs), DeliveryJob.target_id == LOCAL_ROW["id"])).one()
    # (the player that takes it runs with the window: tests/playout)
    command = local.payload["command"]
    assert command["media"] == [encoded(ctx, sha, "flac")], command
    assert abs(command["loudness"][0] + 16.0) <= 1.0
    views = dispatcher.drain([j for j in jobs if j != local.id], timeout_s=20)
    assert {v.state for v in views} == {"delivered"}, views
    flac = MediaStore(ctx.paths.media).path(encoded(ctx, sha, "flac"))
    integrated, peak = ebur128(flac)
    assert abs(integrated + 16.0) <= 1.0 and peak <= -1.0
    device = fleet.devices["cl-001"]
    assert device.has(encoded(ctx, sha, "mp3"))
    assert wait_for(lambda: len(device.play_log) == 1, 10)
    collect(ctx, dispatcher)
    with ctx.db.read() as session:
        row = session.scalars(select(AsRunEntry).where(AsRunEntry.target_id == "cl-001")).one()
    assert row.loudness_lufs is not None and abs(row.loudness_lufs + 16.0) <= 1.0
    assert row.true_peak_dbtp is not None and row.true_peak_dbtp <= -1.0
