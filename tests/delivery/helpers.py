"""Shared helpers of the delivery tests: cached media, programmes, a registered fleet."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable

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
