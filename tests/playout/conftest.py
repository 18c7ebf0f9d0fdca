"""A station with one local playout target (this computer's speakers) and real MP3s."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from collections.abc import Callable, Iterator

import pytest

from console.audio.ffmpeg import ffmpeg_path, silent_popen_kwargs
from console.delivery.dispatcher import Dispatcher
from console.media.store import MediaStore
from console.models import MediaBlob
from console.models.base import utcnow
from console.playout.engine import PlayoutEngine
from console.services.device_registry import import_device_rows
from console.services.push import create_delivery_jobs
from console.settings import STATION_CODE
from console.station import StationContext
from tests.support.delivery import ADMIN, FAST_RETRY, make_programme

LOCAL_ID = "pc-loa"
LOCAL_ROW = {"id": LOCAL_ID, "kind": "local", "name": "Loa máy tính (đài truyền thanh)",
             "village": "", "latitude": "", "longitude": "", "protocol": "local",
             "address": "", "device_id": "", "key": "", "groups": ""}


@pytest.fixture
def local(ctx: StationContext) -> str:
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    report = import_device_rows(ctx, [LOCAL_ROW], ADMIN)
    assert not report.errors, report.errors
    return LOCAL_ID


@pytest.fixture
def tone(ctx: StationContext, tmp_path) -> Callable[[float], str]:  # type: ignore[no-untyped-def]
    """A real MP3 of `seconds` in the media cache, as a verified download leaves it."""
    store = MediaStore(ctx.paths.media)

    def make(seconds: float, frequency: int = 440) -> str:
        out = tmp_path / f"tone-{frequency}-{seconds}.mp3"
        subprocess.run([str(ffmpeg_path()), "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                        f"sine=frequency={frequency}:duration={seconds}", "-c:a", "libmp3lame",
                        "-b:a", "64k", str(out)], check=True, capture_output=True,
                       **silent_popen_kwargs())
        body = out.read_bytes()
        sha = hashlib.sha256(body).hexdigest()
        path = store.path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)
        with ctx.db.write() as session:
            session.merge(MediaBlob(sha256=sha, size=len(body), state="ready",
                                    bytes_done=len(body), verified_at=utcnow(),
                                    duration_s=seconds, mime="audio/mpeg"))
        return sha

    return make


def push(ctx: StationContext, shas: list[str], *, start_in_s: float, durations: float,
         name: str = "Chương trình phát thanh chiều") -> int:
    """Approve-and-push a programme to every target; returns the programme id."""
    pid = make_programme(ctx, shas, start_in_s=start_in_s, durations=durations, name=name)
    with ctx.db.write() as session:
        ids = create_delivery_jobs(session, pid, ADMIN)
    drain(ctx, ids)
    return pid


def drain(ctx: StationContext, ids: list[int]) -> None:
    dispatcher = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=3.0)
    try:
        views = dispatcher.drain(ids, timeout_s=10)
    finally:
        dispatcher.close()
    assert {v.state for v in views} == {"delivered"}, views


class Clock:
    """The engine's clock: real time plus an offset a test can move."""

    def __init__(self) -> None:
        self.offset = dt.timedelta(0)

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def engines(qapp, ctx: StationContext, clock: Clock) -> Iterator[Callable[..., PlayoutEngine]]:  # type: ignore[no-untyped-def]
    made: list[PlayoutEngine] = []

    def make(*, device: bool = True, start: bool = True) -> PlayoutEngine:
        engine = PlayoutEngine(ctx, LOCAL_ID, clock=clock, has_output=lambda: device,
                               tick_ms=40)
        made.append(engine)
        return engine.start() if start else engine

    yield make
    for engine in made:
        if engine.timer.isActive():
            engine.stop()
