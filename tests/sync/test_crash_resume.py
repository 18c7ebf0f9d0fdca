"""Kill -9 during sync at random points, then resume: nothing lost, nothing unverified,
nothing that was verified downloaded again."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from console.app import open_station
from console.media.store import MediaStore
from console.search import schema
from console.search.backlog import backlog_size
from console.services.users import UserService
from console.sim.source import SimulatorConfig, SourceSimulator

from .helpers import logged_in


def _ready_blobs(db_path: Path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        return dict(conn.execute("SELECT sha256, size FROM media_blob WHERE state = 'ready'"))
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_during_sync_then_resume(tmp_path: Path, sim_media_dir: Path) -> None:
    rng = random.Random(20261126)
    config = SimulatorConfig(items=400, seed=21, media_dir=sim_media_dir, bulk_files=12,
                             bulk_file_bytes=3_000_000, rate_kbps=400_000)
    data = tmp_path / "station"
    ctx = open_station(data)
    UserService(ctx.db).create_first_admin("admin", "quantri-1")  # named with --as
    ctx.close()
    with SourceSimulator(config) as sim:
        kills = 0
        for _ in range(6):
            proc = subprocess.Popen(
                [sys.executable, "-m", "console", "--data-dir", str(data), "sync", "--once",
                 "--server", sim.url, "--user", "demo", "--as", "admin", "--password-stdin"],
                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                text=True)
            assert proc.stdin is not None
            proc.stdin.write("demo\nquantri-1\n")
            proc.stdin.close()
            time.sleep(rng.uniform(0.8, 3.0))
            if proc.poll() is None:
                proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
                kills += 1
            proc.wait()
            # After every kill: the database is sound and every "ready" file is what it claims.
            db = data / "console.sqlite3"
            if db.exists():
                conn = sqlite3.connect(db)
                assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                conn.close()
                store = MediaStore(data / "media")
                for sha, size in _ready_blobs(db).items():
                    blob = store.path(sha).read_bytes()
                    assert len(blob) == size and hashlib.sha256(blob).hexdigest() == sha
        assert kills >= 1
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
