"""Shared helpers of the sync tests."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from console.media.store import MediaStore
from console.models.enums import MediaState
from console.retry import RetryPolicy
from console.settings import DOWNLOAD_CONCURRENCY
from console.sim.source import SourceSimulator
from console.station import StationContext
from console.sync.service import SyncService
from tests.killpoints import At

DOWNLOADS_AT_ONCE = int(DOWNLOAD_CONCURRENCY.default)
PART = r"[0-9a-f]{64}\.part"  # a download not yet verified and in place

FAST_RETRY = RetryPolicy(attempts=12, base_s=0.02, cap_s=0.2)


def logged_in(ctx: StationContext, sim: SourceSimulator) -> SyncService:
    service = SyncService(ctx, policy=FAST_RETRY)
    service.login(sim.url, "demo", "demo")
    return service


def media_left(data: Path) -> tuple[list[tuple[str, int, int]], list[str]]:
    """What the next sync of station `data` has to do with media, as far as it is known:
    the files it will ask for, in its order, as (sha256, size, bytes already saved), and the
    files it will rename into place once verified."""
    conn = sqlite3.connect(data / "console.sqlite3")
    try:
        rows = conn.execute("SELECT sha256, size FROM media_blob WHERE state NOT IN (?, ?) "
                            "ORDER BY priority DESC, created_at, sha256",
                            (MediaState.READY.value, MediaState.EVICTED.value)).fetchall()
    finally:
        conn.close()
    store = MediaStore(data / "media")
    fetch, rename = [], []
    for sha, size in rows:
        if store.path(sha).is_file():
            continue  # renamed before a kill: only marked ready
        rename.append(sha)
        part = store.part_path(sha)
        done = part.stat().st_size if part.exists() else 0
        if done < size - 1:
            fetch.append((sha, size, done))
    return fetch, rename


def part_way(data: Path, rng: random.Random) -> At:
    """A stop part way through a download of the next sync of station `data`: the file with
    most left to fetch among those it starts at once, at a random byte past what is saved
    already (or, should the file finish between two looks, just before it is renamed)."""
    fetch, rename = media_left(data)
    first = set(rename[:DOWNLOADS_AT_ONCE])
    sha, size, done = max([f for f in fetch if f[0] in first] or fetch[:1],
                          key=lambda f: f[1] - f[2])
    # Within the first four fifths of what is left: time for a look before the file ends.
    return At(rf"partial {sha}\.part (?P<n>\d+)|rename {sha}\.part ->",
              at_least=done + rng.randint(1, max(1, (size - done) * 4 // 5)))


def kept_part_way(data: Path, event: str) -> bool:
    """True when a run killed at `event` ("partial SHA.part N") left at least those N bytes
    in the part file, and the file is not in place; False for a kill at another event."""
    if not event.startswith("partial "):
        return False
    _, name, size = event.split()
    part = MediaStore(data / "media").partial / name
    assert part.stat().st_size >= int(size), (event, part.stat().st_size)
    assert not MediaStore(data / "media").has(name.removesuffix(".part"))
    return True


def broadcast_records(station_code: str, title: str) -> dict[str, Any]:
    """One play's broadcast record, as the playout leaves it in the outbox for the province."""
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(microsecond=0)
    return {"station_code": station_code, "entries": [{
        "id": str(uuid.uuid4()), "item_id": None, "title": title, "target_id": "cum-loa-01",
        "target_kind": "loudspeaker_cluster", "started_at": now.isoformat(),
        "ended_at": now.isoformat(), "played_s": 60.0, "result": "success",
        "priority": "normal"}]}
