"""The data budget against the source simulator with large videos: `sync --once --budget-mb 5`
as a real process receives at most 5 MB plus emergency media, priority items first; the
bytes it received are counted for the station day; on a metered link large files wait."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from console.app import open_station
from console.models import ItemFile, MediaBlob, SourceItem
from console.models.enums import MediaState
from console.services.users import UserService
from console.settings import LARGE_FILE_MB, LINK_METERED
from console.sim.source import SourceSimulator
from console.sync.budget import read_use

MB = 2**20
LOCAL = "quantri-1"  # the local admin's password, named with --as (second line on stdin)


@pytest.fixture
def data_dir(data_dir: Path) -> Path:
    """A station with its admin: a sync from the command line names a local user."""
    ctx = open_station(data_dir)
    UserService(ctx.db).create_first_admin("admin", LOCAL)
    ctx.close()
    return data_dir


def console(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "console", *args], input=stdin, text=True,
                          capture_output=True, timeout=300, env=dict(os.environ))


def sync(data_dir: Path, sim: SourceSimulator, *extra: str) -> dict:  # type: ignore[type-arg]
    done = console("--data-dir", str(data_dir), "sync", "--once", "--json", "--server", sim.url,
                   "--user", "demo", "--as", "admin", "--password-stdin", *extra,
                   stdin=f"demo\n{LOCAL}\n")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def files_by_priority(data_dir: Path) -> dict[str, dict[str, tuple[int, str]]]:
    """priority -> {sha256: (size, state)} of the items' files."""
    return {p: {sha: (size, st) for sha, (size, st, _) in files.items()}
            for p, files in files_with_mime(data_dir).items()}


def files_with_mime(data_dir: Path) -> dict[str, dict[str, tuple[int, str, str]]]:
    """priority -> {sha256: (size, state, mime)} of the items' files."""
    ctx = open_station(data_dir)
    try:
        with ctx.db.read() as session:
            rows = session.execute(
                select(SourceItem.priority, MediaBlob.sha256, MediaBlob.size, MediaBlob.state,
                       MediaBlob.mime)
                .join(ItemFile, ItemFile.item_id == SourceItem.id)
                .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)).all()
        out: dict[str, dict[str, tuple[int, str, str]]] = {}
        for priority, sha, size, state, mime in rows:
            out.setdefault(priority, {})[sha] = (size, state, mime)
        return out
    finally:
        ctx.close()


@pytest.mark.slow
def test_budget_of_five_mb_gets_priority_first_and_emergencies_always(
        make_sim, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    sim = make_sim(items=120, bulk_files=6, bulk_file_bytes=3 * MB)
    # An emergency whose file is one of the large videos: fetched whatever the budget says.
    alarm_file = sim.bulk.hashes[0]
    sim.publish(priority="emergency", kind="video", title="Cảnh báo lũ quét khẩn cấp",
                files=[{"role": "main", "name": "canh-bao.mp4", "mime": "video/mp4",
                        "size": 3 * MB, "sha256": alarm_file, "url": f"files/{alarm_file}"}])

    figures = sync(data_dir, sim, "--budget-mb", "5")

    files = files_by_priority(data_dir)
    emergency = files["emergency"]
    assert emergency[alarm_file][1] == MediaState.READY
    assert all(state == MediaState.READY for _, state in emergency.values())
    emergency_bytes = sum(size for size, _ in emergency.values())
    # Every byte on the wire (catalogue pages, login, media) but emergency media: <= 5 MB.
    wire = sim.stats.snapshot()["bytes_sent"]
    assert wire - emergency_bytes <= 5 * MB, (wire, emergency_bytes)
    # The budget was binding: normal items' files wait, priority items' files came first.
    priority_missing = {s for s, (_, st) in files["priority"].items()
                        if st != MediaState.READY and s not in emergency}
    normal_missing = [s for s, (_, st) in files["normal"].items() if st != MediaState.READY]
    assert normal_missing and figures["held_back"] >= len(normal_missing) - 1
    assert not priority_missing
    # What was received is what the station day counts (every body byte, to the byte).
    ctx = open_station(data_dir)
    try:
        use = read_use(ctx.db)
    finally:
        ctx.close()
    assert use.total == wire and use.emergency >= 3 * MB
    assert figures["received"] <= wire and figures["budget_bytes"] == 5 * MB

    # Nothing left in the budget: only a new emergency's file comes down.
    second_alarm = sim.bulk.hashes[1]
    if files["normal"].get(second_alarm, (0, ""))[1] == MediaState.READY:
        second_alarm = sim.bulk.hashes[2]
    before = sim.stats.snapshot()["file_bytes_sent"]
    sim.publish(priority="emergency", kind="video", title="Cảnh báo sạt lở đất",
                files=[{"role": "main", "name": "sat-lo.mp4", "mime": "video/mp4",
                        "size": 3 * MB, "sha256": second_alarm, "url": f"files/{second_alarm}"}])
    again = sync(data_dir, sim, "--budget-mb", "0")
    assert again["files_downloaded"] == 1
    assert sim.stats.snapshot()["file_bytes_sent"] - before == 3 * MB


@pytest.mark.slow
def test_metered_link_leaves_videos_and_large_files_for_later(make_sim, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    sim = make_sim(items=120, bulk_files=3, bulk_file_bytes=3 * MB)
    ctx = open_station(data_dir)
    try:
        ctx.settings.set_many({LINK_METERED: True, LARGE_FILE_MB: 2})
    finally:
        ctx.close()
    figures = sync(data_dir, sim)
    files = {sha: info for group in files_with_mime(data_dir).values()
             for sha, info in group.items()}
    large = {sha for sha, (size, _, mime) in files.items()
             if size > 2 * MB or mime.startswith("video/")}
    assert set(sim.bulk.hashes) < large  # the large videos, the small ones and a big picture
    assert any(size <= 2 * MB for size, _, _ in (files[sha] for sha in large))
    assert all(files[sha][1] != MediaState.READY for sha in large)
    assert all(st == MediaState.READY for sha, (_, st, _) in files.items() if sha not in large)
    assert figures["held_back"] == len(large) and figures["budget_bytes"] is None
    assert sim.stats.snapshot()["file_bytes_sent"] == sum(
        size for sha, (size, _, _) in files.items() if sha not in large)
    assert figures["status"] == "complete"
