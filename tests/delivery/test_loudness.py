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

from .helpers import ADMIN, FAST_RETRY, cache_sound, ebur128, register


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
