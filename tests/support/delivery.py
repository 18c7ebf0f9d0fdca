"""Shared helpers of the delivery tests: cached media, programmes, a registered fleet."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from console.media import copies
from console.media.store import MediaStore
from console.models import MediaBlob, Programme, ProgrammeEntry, SourceItem
from console.models.base import utcnow
from console.models.enums import Role
from console.retry import RetryPolicy
from console.services.device_registry import import_device_rows
from console.services.permissions import Actor
from console.sim.devices import DeviceFleet
from console.station import StationContext

ADMIN = Actor("admin", Role.ADMIN, "Quản trị viên")
FAST_RETRY = RetryPolicy(attempts=1_000_000, base_s=0.05, cap_s=0.2)


def cache_media(ctx: StationContext, sizes: list[int], seed: int = 0) -> list[str]:
    """Files put into the media cache as the downloader leaves them (verified, renamed)."""
    store = MediaStore(ctx.paths.media)
    shas = []
    with ctx.db.write() as session:
        for n, size in enumerate(sizes):
            body = hashlib.sha256(f"{seed}-{n}".encode()).digest() * (size // 32 + 1)
            body = body[:size]
            sha = hashlib.sha256(body).hexdigest()
            path = store.path(sha)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body)
            session.merge(MediaBlob(sha256=sha, size=size, state="ready", bytes_done=size,
                                    verified_at=utcnow(), duration_s=0.4, mime="audio/mpeg"))
            copies.made_here(session, sha, size)  # this PC's own (a shared database)
            shas.append(sha)
    return shas


def make_programme(ctx: StationContext, shas: list[str], *, status: str = "approved",
                   start_in_s: float = 3600.0, priority: str = "normal",
                   name: str = "Chương trình phát thanh sáng", durations: float = 0.4) -> int:
    with ctx.db.write() as session:
        programme = Programme(name=name, status=status, priority=priority, all_targets=True,
                              start_at=utcnow() + dt.timedelta(seconds=start_in_s),
                              approved_by="lanhdao")
        for n, sha in enumerate(shas):
            programme.entries.append(ProgrammeEntry(
                position=n, kind="file", title=f"Bản tin số {n + 1}: Đắk Lắk phòng chống bão",
                media_sha256=sha, duration_s=durations))
        session.add(programme)
        session.flush()
        return programme.id


def make_item(ctx: StationContext, sha: str, title: str = "Khẩn cấp: bão số 3") -> str:
    from console.models import ItemFile

    with ctx.db.write() as session:
        session.add(SourceItem(id=f"it-{sha[:8]}", kind="audio", title=title,
                               priority="emergency", published_at=utcnow()))
        session.flush()
        session.add(ItemFile(item_id=f"it-{sha[:8]}", role="main", name="bao.mp3",
                             mime="audio/mpeg", size=1, sha256=sha, url="http://x/"))
    return f"it-{sha[:8]}"


def register(ctx: StationContext, fleet: DeviceFleet) -> None:
    report = import_device_rows(ctx, fleet.registry_rows(), ADMIN)
    assert not report.errors, report.errors


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0, step: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


def quiet_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


SPEECH = ("Ủy ban nhân dân xã thông báo: từ ngày 5 tháng 12, trạm y tế xã tiêm chủng cho "
          "trẻ em dưới năm tuổi vào sáng thứ hai hằng tuần. Đề nghị các gia đình đưa trẻ đến "
          "đúng giờ.")
MUSIC = ("anoisesrc=color=pink:amplitude=0.3:duration={s}:sample_rate=44100,"
         "aformat=channel_layouts=mono")


def cache_sound(ctx: StationContext, folder: Path, kind: str, lufs: float,
                seconds: float = 6.0) -> str:
    """A real recording put into the media cache at a chosen loudness: the bundled voice
    reading a notice (`kind` "speech") or pink noise under a chord ("music"), MP3."""
    from console.audio.ffmpeg import run_ffmpeg
    from console.audio.render import measure_integrated
    from console.audio.speech.espeak_lib import BundledEspeakEngine

    folder.mkdir(parents=True, exist_ok=True)
    raw = folder / f"{kind}-raw.wav"
    if kind == "speech":
        BundledEspeakEngine().synthesize(SPEECH, "vi", 150, raw)
    else:
        run_ffmpeg(["-f", "lavfi", "-i", MUSIC.format(s=seconds), "-f", "lavfi", "-i",
                    f"sine=frequency=220:duration={seconds}", "-filter_complex",
                    "amix=inputs=2", "-y", raw], timeout=60)
    gain = lufs - (measure_integrated(raw) or -70.0)
    out = folder / f"{kind}{lufs:+.0f}.mp3"
    # Loud masters are limited as they are in the field: at the top of the scale.
    run_ffmpeg(["-i", raw, "-af", f"volume={gain:.2f}dB,alimiter=limit=0.99:level=false",
                "-c:a", "libmp3lame", "-q:a", "2", "-y", out], timeout=60)
    body = out.read_bytes()
    sha = hashlib.sha256(body).hexdigest()
    store = MediaStore(ctx.paths.media)
    store.path(sha).parent.mkdir(parents=True, exist_ok=True)
    store.path(sha).write_bytes(body)
    from console.audio.probe import probe_duration

    with ctx.db.write() as session:
        session.merge(MediaBlob(sha256=sha, size=len(body), state="ready", bytes_done=len(body),
                                verified_at=utcnow(), duration_s=probe_duration(out),
                                mime="audio/mpeg"))
    return sha


def ebur128(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) measured by ffmpeg itself, outside the console."""
    import re
    import subprocess

    import imageio_ffmpeg

    done = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-nostdin", "-hide_banner",
                           "-nostats", "-i", str(path), "-af",
                           "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
                          capture_output=True, text=True, check=True, timeout=120)
    summary = done.stderr[done.stderr.rfind("Summary:"):]
    integrated = float(re.search(r"I:\s*(-?[\d.]+) LUFS", summary).group(1))  # type: ignore[union-attr]
    peak = float(re.search(r"Peak:\s*(-?[\d.]+|-inf) dBFS", summary).group(1))  # type: ignore[union-attr]
    return integrated, peak


def encoded(ctx: StationContext, sha: str, fmt: str) -> str:
    """The sha256 of the normalised encode of `sha` that targets of format `fmt` are sent."""
    from sqlalchemy import select

    from console.models import LoudnessEncode

    with ctx.db.read() as session:
        found = session.scalar(select(LoudnessEncode.sha256).where(
            LoudnessEncode.source_sha256 == sha, LoudnessEncode.format == fmt))
    assert found is not None, f"no {fmt} encode of {sha[:12]}"
    return found


# A test started this close to 23:59 station time waits for the next day first.
LAST_START_BEFORE_23_59 = 90.0


def no_quiet_hours(ctx: StationContext, *, now: dt.datetime | None = None,
                   sleep: Callable[[float], None] = time.sleep) -> None:
    """Sound allowed all day (tests of play-now run at any hour; see longest_before_23_59
    for sound that lasts minutes). The broadcast window cannot span midnight, so ends at
    23:59: a test starting in the last minutes before it first waits for 00:00 (`now` and
    `sleep` are for the helper's own test)."""
    from console.settings import QUIET_END, QUIET_START
    from console.timezone import STATION_TZ, station_now

    now = now or station_now()
    closing = dt.datetime.combine(now.date(), dt.time(23, 59), STATION_TZ)
    if (closing - now).total_seconds() < LAST_START_BEFORE_23_59:
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0),
                                       STATION_TZ)
        sleep(max(0.0, (midnight - now).total_seconds()) + 1.0)
    ctx.settings.set_many({QUIET_START: "00:00", QUIET_END: "23:59"})


def quiet_now(ctx: StationContext) -> None:
    """Quiet hours now: the allowed window starts two hours from now (and lasts one)."""
    from console.settings import QUIET_END, QUIET_START
    from console.timezone import station_now

    now = station_now()
    ctx.settings.set(QUIET_START, f"{now + dt.timedelta(hours=2):%H:%M}")
    ctx.settings.set(QUIET_END, f"{now + dt.timedelta(hours=3):%H:%M}")


def audit_rows(ctx: StationContext, *actions: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(action, actor, detail) of the audit log's entries of these actions, in order."""
    from console.models import AuditEntry

    with ctx.db.read() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.detail)
            .where(AuditEntry.action.in_(actions)).order_by(AuditEntry.id))]


def longest_before_23_59(wanted_s: float, *, margin_s: float = 60.0) -> float:
    """`wanted_s`, or less when played now it would run past 23:59 (no_quiet_hours' end: a
    window cannot span midnight), with `margin_s` to spare; 5 s at the least."""
    import datetime as dt

    from console.timezone import STATION_TZ, station_now

    now = station_now()
    end = dt.datetime.combine(now.date(), dt.time(23, 59), STATION_TZ)
    return max(5.0, min(wanted_s, (end - now).total_seconds() - margin_s))


def device_format(fleet: DeviceFleet, device_id: str) -> str:
    """The sound format a simulated device is sent (console.delivery.adapters)."""
    meta = fleet.meta[device_id]
    if meta["kind"] == "bulletin_board":
        return "m4a"
    return "mp3-low" if meta["protocol"] == "gateway" else "mp3"


def cache_tones(ctx: StationContext, seconds: list[float], seed: int = 0) -> list[str]:
    """Real MP3 files in the media cache (a tone per file, its pitch from the seed), as the
    downloader leaves them: a push normalises and encodes them like any bulletin."""
    import tempfile

    from console.audio.ffmpeg import run_ffmpeg
    from console.audio.probe import probe_duration

    store = MediaStore(ctx.paths.media)
    shas = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, length in enumerate(seconds):
            out = Path(tmp) / f"tone-{n}.mp3"
            frequency = 220 + 37 * seed + 11 * n
            run_ffmpeg(["-f", "lavfi", "-i", f"sine=frequency={frequency}:duration={length}",
                        "-af", "volume=-12dB", "-c:a", "libmp3lame", "-b:a", "128k", "-y", out],
                       timeout=60)
            body = out.read_bytes()
            sha = hashlib.sha256(body).hexdigest()
            store.path(sha).parent.mkdir(parents=True, exist_ok=True)
            store.path(sha).write_bytes(body)
            with ctx.db.write() as session:
                session.merge(MediaBlob(sha256=sha, size=len(body), state="ready",
                                        bytes_done=len(body), verified_at=utcnow(),
                                        duration_s=probe_duration(out), mime="audio/mpeg"))
            shas.append(sha)
    return shas
