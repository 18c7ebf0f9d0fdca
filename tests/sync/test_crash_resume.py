"""Kill -9 during sync at points chosen from its progress, then resume: nothing lost,
nothing unverified, nothing that was verified downloaded again, a half-saved file resumed
where it stopped."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from console.app import open_station
from console.media.store import MediaStore
from console.search import schema
from console.search.backlog import backlog_size
from console.services.users import UserService
from console.sim.source import SimulatorConfig, SourceSimulator
from tests.support.sync import PART, kept_part_way, logged_in, part_way

from ..killpoints import At, ConsoleRunner


def _ready_blobs(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT sha256, size FROM media_blob WHERE state = 'ready'"))
    finally:
        conn.close()


def _check(data: Path) -> None:
    """After every kill: the database is sound and every "ready" file is what it claims."""
    db = data / "console.sqlite3"
    if not db.exists():
        return
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    if "media_blob" not in tables:
        return  # killed while the station's database was being created
    store = MediaStore(data / "media")
    for sha, size in _ready_blobs(db).items():
        blob = store.path(sha).read_bytes()
        assert len(blob) == size and hashlib.sha256(blob).hexdigest() == sha


def _stops(n: int, data: Path, rng: random.Random) -> list[At]:
    """The n-th kill, in the order of the work: a point the run is sure to reach."""
    if n == 0:
        return [At("commit")]  # the first run, at its first write (its admin exists)
    if n == 1:
        return [At(r"request GET \S*/items/changes"), At("commit")]  # fetched, not stored
    if n == 2:
        return [At(r"request GET \S*/files/", nth=3)]  # the first files on their way
    if n == 4:
        return [At(rf"rename {PART} ->", nth=2), At("commit")]  # in place, not marked ready
    return [part_way(data, rng)]  # a file half saved


@pytest.mark.slow
@pytest.mark.sqlite_only  # reads the station's SQLite file after each kill
def test_kill_during_sync_then_resume(tmp_path: Path, sim_media_dir: Path) -> None:
    rng = random.Random(20261126)
    config = SimulatorConfig(items=400, seed=21, media_dir=sim_media_dir, bulk_files=12,
                             bulk_file_bytes=3_000_000, rate_kbps=128_000)
    data = tmp_path / "station"
    ctx = open_station(data)
    UserService(ctx.db).create_first_admin("admin", "quantri-1")  # named with --as
    ctx.close()
    with SourceSimulator(config) as sim:
        args = ["--data-dir", str(data), "sync", "--once", "--server", sim.url,
                "--user", "demo", "--as", "admin", "--password-stdin"]
        kills = part_way_kills = 0
        with ConsoleRunner() as runner:
            for n in range(6):
                stopped = runner.kill_at(args, *_stops(n, data, rng), stdin="demo\nquantri-1\n",
                                         watch=[data / "media" / ".partial"])
                kills += 1
                _check(data)
                part_way_kills += kept_part_way(data, stopped.event)
        assert kills == 6
        print(f"\nsync: 6 kills, {part_way_kills} with a file half saved")
        verified_before = _ready_blobs(data / "console.sqlite3")
        sent_before = sim.stats.file_bytes_sent
        ctx = open_station(data)
        try:
            result = logged_in(ctx, sim).sync_once()
            assert result.files_failed == 0
            with ctx.db.read() as session:
                not_ready = session.execute(
                    text("SELECT count(*) FROM media_blob WHERE state != 'ready'")).scalar()
            assert not_ready == 0
            assert not list((data / "media").glob(".partial/*.part"))
            all_blobs = _ready_blobs(data / "console.sqlite3")
            missing = sum(size for sha, size in all_blobs.items() if sha not in verified_before)
            # Verified files are never fetched again; partial ones resume where they stopped.
            assert sim.stats.file_bytes_sent - sent_before <= missing
            with ctx.db.read() as session:
                count = session.execute(text("SELECT count(*) FROM source_item")).scalar()
                # the search index is whole too: nothing left queued, nothing out of step
                assert schema.index_problems(session.connection()) == []
                assert backlog_size(session.connection()) == 0
            assert count == 400
        finally:
            ctx.close()
