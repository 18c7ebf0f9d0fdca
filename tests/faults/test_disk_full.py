"""Disk full: the data folder on a small filesystem (a tmpfs where the machine allows it,
else a write quota that answers ENOSPC at the media store's file writes).

A clear error, no partial file ever marked ready, the database sound and the program still
working; when space returns, the next sync completes and resumes what was half fetched.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from console.app import open_station
from console.media.store import MediaStore
from console.sim.source import SourceSimulator
from console.station import StationContext
from console.sync import downloads as media_module
from console.sync.downloads import DiskFull

from .net_helpers import db_rows, integrity_ok, logged_in, make_sim

BULK_FILES, BULK_BYTES = 3, 2_500_000


class SmallDisk:
    """A filesystem of `mb` megabytes at `path`; `grow()` gives space back."""

    def __init__(self, path: Path, mb: int) -> None:
        self.path = path
        self.mounted = False
        self.quota: int | None = None
        path.mkdir(parents=True)
        if sys.platform.startswith("linux") and not os.environ.get("FAULTS_NO_TMPFS"):
            done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={mb}m", "tmpfs",
                                   str(path)], capture_output=True)
            self.mounted = done.returncode == 0
        if not self.mounted:
            self.quota = mb * 2**20  # injected ENOSPC, see quota_open below

    def grow(self, mb: int) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", f"remount,size={mb}m", str(self.path)], check=True)
        else:
            self.quota = None

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.path)], check=False)


class _QuotaFile:
    """A .part file whose writes fail with ENOSPC once the quota is spent."""

    def __init__(self, fh: Any, disk: SmallDisk) -> None:
        self._fh, self._disk = fh, disk

    def write(self, data: bytes) -> int:
        used = sum(p.stat().st_size for p in self._disk.path.rglob("*") if p.is_file())
        if self._disk.quota is not None and used + len(data) > self._disk.quota:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self._fh.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fh, name)

    def __enter__(self) -> _QuotaFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


@pytest.fixture
def disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmallDisk]:
    small = SmallDisk(tmp_path / "fs", 8)
    if not small.mounted:  # no tmpfs here: the quota answers ENOSPC at the write seam
        real_open = Path.open

        def quota_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            fh = real_open(self, mode, *args, **kwargs)
            return _QuotaFile(fh, small) if self.suffix == ".part" else fh

        monkeypatch.setattr(Path, "open", quota_open)
    yield small
    small.close()


@pytest.fixture
def bulk_sim() -> Iterator[SourceSimulator]:
    sim = make_sim(items=12, bulk_files=BULK_FILES, bulk_file_bytes=BULK_BYTES)
    yield sim
    sim.stop()


def _check_nothing_false_is_ready(data: Path) -> int:
    """Every blob marked ready is on disk with its hash; returns how many are ready."""
    db = data / "console.sqlite3"
    assert integrity_ok(db)
    store = MediaStore(data / "media")
    ready = db_rows(db, "SELECT sha256, size FROM media_blob WHERE state = 'ready'")
    for sha, size in ready:
        blob = store.path(sha).read_bytes()
        assert len(blob) == size and hashlib.sha256(blob).hexdigest() == sha
    # A file in place is always whole and verified. It may not be marked ready yet when the
    # database could not record it (the disk filled between the rename and the update,
    # as after a crash there); the next sync re-hashes it and records it.
    for path in (data / "media").glob("??/*"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name, (
            f"{path.name} is in place but its bytes do not match")
    return len(ready)


def _resume_when_space_returns(ctx: StationContext, sim: SourceSimulator, disk: SmallDisk,
                               data: Path) -> None:
    disk.grow(512)
    result = logged_in(ctx, sim).sync_once()
    assert result.files_failed == 0
    assert db_rows(data / "console.sqlite3",
                   "SELECT count(*) FROM media_blob WHERE state != 'ready'")[0][0] == 0
    assert _check_nothing_false_is_ready(data) > 0
    assert not list((data / "media" / ".partial").glob("*.part"))


@pytest.mark.slow
def test_disk_fills_while_saving_media(disk: SmallDisk, bulk_sim: SourceSimulator,
                                       caplog: pytest.LogCaptureFixture,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills after the space check (another program writing): the writes
    themselves hit ENOSPC. The check is told of more space than there is to model that."""
    monkeypatch.setattr(media_module, "FREE_SPACE_MARGIN", -2**40)
    caplog.set_level(logging.INFO)
    data = disk.path / "station"
    ctx = open_station(data)
    try:
        with pytest.raises(DiskFull, match="disk is full"):
            logged_in(ctx, bulk_sim).sync_once()
        assert any("disk is full" in r.getMessage() and r.levelno >= logging.ERROR
                   for r in caplog.records)
        _check_nothing_false_is_ready(data)
        # The program keeps working: the catalogue is there and a catalogue-only sync runs.
        assert db_rows(data / "console.sqlite3", "SELECT count(*) FROM source_item")[0][0] == 12
        logged_in(ctx, bulk_sim).sync_once(media=False)
        sent_before = bulk_sim.stats.file_bytes_sent
        held = sum(p.stat().st_size for p in (data / "media").rglob("*") if p.is_file())
        _resume_when_space_returns(ctx, bulk_sim, disk, data)
        total = sum(size for (size,) in db_rows(data / "console.sqlite3",
                                                "SELECT size FROM media_blob"))
        # What was saved before the disk filled is not fetched again.
        assert bulk_sim.stats.file_bytes_sent - sent_before <= total - held
    finally:
        ctx.close()


@pytest.mark.slow
def test_too_little_space_is_said_before_writing(disk: SmallDisk, bulk_sim: SourceSimulator,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """With the real safety margin, a small disk is refused before a byte of media is saved."""
    if not disk.mounted:
        pytest.skip("needs a real small filesystem (tmpfs); the ENOSPC case covers the rest")
    caplog.set_level(logging.INFO)
    data = disk.path / "station"
    ctx = open_station(data)
    try:
        with pytest.raises(DiskFull, match="not enough disk space"):
            logged_in(ctx, bulk_sim).sync_once()
        assert any("not enough disk space" in r.getMessage() for r in caplog.records)
        assert _check_nothing_false_is_ready(data) == 0
        _resume_when_space_returns(ctx, bulk_sim, disk, data)
    finally:
        ctx.close()

