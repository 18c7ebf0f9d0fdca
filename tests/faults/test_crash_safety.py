"""Crash safety: kill -9 the console during sync, push and render at 50 random points.

After every kill: `PRAGMA integrity_check` passes, no media is marked ready that is not
verified on disk, nothing half written sits where a finished file belongs. After the
restart that finishes the work: every outbox entry was delivered exactly once, every
delivery job is delivered and every device received each file once, the rendered
programme is whole, and no programme or job is stuck between states.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from console.app import open_station
from console.audio.probe import probe_duration
from console.db.outbox import enqueue
from console.media.store import MediaStore
from console.models import DeliveryTarget
from console.models.enums import JobState, OutboxState, ProgrammeStatus
from console.services.users import UserService
from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.source import SourceSimulator

from ..delivery.helpers import (
    cache_tones,
    device_format,
    encoded,
    make_programme,
    quiet_env,
    register,
)
from .net_helpers import db_rows, integrity_ok, logged_in, make_sim

SYNC_KILLS, PUSH_KILLS, RENDER_KILLS = 24, 14, 12  # 50 in all
STATION = "DTT-24343"  # the simulator's station
RNG = random.Random(20261126)


def console(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "console", "--data-dir", str(data), *args]


def run_and_kill(args: list[str], stdin: str, delay: float) -> bool:
    """Start a console process, SIGKILL it after `delay` s; True when it was still running."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=err, text=True, env=quiet_env())
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        try:
            proc.wait(delay)
        except subprocess.TimeoutExpired:
            proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
            proc.wait(10)
            return True
        err.seek(0)
        assert proc.returncode == 0, err.read().decode("utf-8", "replace")[-3000:]
        return False


def check_after_kill(data: Path) -> None:
    """What must hold at any instant, whatever was cut off."""
    db = data / "console.sqlite3"
    if not db.exists():
        return
    assert integrity_ok(db)
    store = MediaStore(data / "media")
    ready = dict(db_rows(db, "SELECT sha256, size FROM media_blob WHERE state = 'ready'"))
    for sha, size in ready.items():
        blob = store.path(sha).read_bytes()
        assert len(blob) == size and hashlib.sha256(blob).hexdigest() == sha
    for path in (data / "media").glob("??/*"):  # in place means verified, and recorded so
        if path.name not in ready:  # renamed just before the kill: the hash must still hold
            assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name


def _asrun(title: str) -> tuple[str, dict]:  # type: ignore[type-arg]
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(microsecond=0)
    entry_id = str(uuid.uuid4())
    return entry_id, {"station_code": STATION, "entries": [{
        "id": entry_id, "item_id": None, "title": title, "target_id": "cum-loa-01",
        "target_kind": "loudspeaker_cluster", "started_at": now.isoformat(),
        "ended_at": now.isoformat(), "played_s": 60.0, "result": "success",
        "priority": "normal"}]}


def _enqueue(data: Path, n: int, start: int) -> list[str]:
    ctx = open_station(data)
    ids = []
    try:
        with ctx.db.write() as session:
            for i in range(start, start + n):
                entry_id, body = _asrun(f"Bản tin số {i}: lịch tiêm phòng ở thôn Đông")
                enqueue(session, "broadcast_logs", body)
                ids.append(entry_id)
    finally:
        ctx.close()
    return ids


def _phase(data: Path) -> str:
    """Where a sync was when it died, judged by what it left unfinished."""
    db = data / "console.sqlite3"
    if not db.exists() or not db_rows(db, "SELECT count(*) FROM sqlite_master "
                                          "WHERE name = 'outbox'")[0][0]:
        return "start-up"
    if not db_rows(db, "SELECT count(*) FROM source_item")[0][0]:
        return "login-or-first-page"
    if db_rows(db, "SELECT count(*) FROM media_blob WHERE state != 'ready'")[0][0]:
        return "catalogue-or-media"
    if db_rows(db, "SELECT count(*) FROM outbox WHERE state != 'done'")[0][0]:
        return "outbox"
    return "finishing"


@pytest.fixture(scope="module")
def sync_sim() -> Iterator[SourceSimulator]:
    sim = make_sim(items=150, bulk_files=8, bulk_file_bytes=1_500_000, rate_kbps=16_000,
                   latency_ms=15)
    yield sim
    sim.stop()


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory, sync_sim: SourceSimulator) -> Path:
    """The station of the sync test, left for the render and push tests."""
    return tmp_path_factory.mktemp("crash") / "station"


@pytest.mark.slow
@pytest.mark.parametrize("kills", [SYNC_KILLS], ids=lambda n: f"{n}-kills")
def test_sync_and_outbox_survive_kill_9(kills: int, synced: Path,
                                        sync_sim: SourceSimulator) -> None:
    data = synced
    data.mkdir(parents=True)
    sent_ids = _enqueue(data, 30, 0)
    ctx = open_station(data)
    UserService(ctx.db).create_first_admin("admin", "quantri-1")  # named with --as
    ctx.close()
    args = console(data, "sync", "--once", "--server", sync_sim.url, "--user", "demo",
                   "--as", "admin", "--password-stdin")
    killed = published = 0
    phases: Counter[str] = Counter()
    runs, cut = 0, True
    while killed < kills and runs < kills * 6:
        runs += 1
        if runs % 3 == 0 or not cut:  # new work: the kills stay spread over pull, media, outbox
            sent_ids += _enqueue(data, 5, len(sent_ids))
            sync_sim.publish(priority="normal", kind="audio")
            published += 1
        cut = run_and_kill(args, "demo\nquantri-1\n", RNG.uniform(0.8, 4.0))
        if cut:
            killed += 1
            phases[_phase(data)] += 1
        check_after_kill(data)
    assert killed == kills, f"only {killed} of {runs} runs were still working when killed"
    print(f"\nsync: {killed} kills in {runs} runs, by what was left unfinished: "
          f"{dict(phases)}; {len(sent_ids)} outbox entries, {published} items published")
    ctx = open_station(data)
    try:
        result = logged_in(ctx, sync_sim).sync_once()
        assert result.files_failed == 0
    finally:
        ctx.close()
    check_after_kill(data)
    db = data / "console.sqlite3"
    # Every outbox entry delivered exactly once, none left waiting.
    states = Counter(s for (s,) in db_rows(db, "SELECT state FROM outbox"))
    assert states == {OutboxState.DONE.value: len(sent_ids)}, states
    received = Counter(e["id"] for body in sync_sim.received["broadcast_logs"]
                       for e in body["entries"])
    assert set(received) == set(sent_ids) and set(received.values()) == {1}
    # Nothing lost, nothing half fetched.
    assert db_rows(db, "SELECT count(*) FROM source_item")[0][0] == 150 + published
    assert db_rows(db, "SELECT count(*) FROM media_blob WHERE state != 'ready'")[0][0] == 0
    assert not list((data / "media" / ".partial").glob("*.part"))


def _audio_shas(data: Path, count: int) -> list[str]:
    rows = db_rows(data / "console.sqlite3",
                   "SELECT sha256 FROM media_blob WHERE state = 'ready' AND mime = 'audio/mpeg' "
                   "ORDER BY size DESC LIMIT ?", count)
    assert len(rows) == count
    return [sha for (sha,) in rows]


@pytest.mark.slow
@pytest.mark.parametrize("kills", [RENDER_KILLS], ids=lambda n: f"{n}-kills")
def test_render_survives_kill_9(kills: int, synced: Path, tmp_path: Path,
                                sync_sim: SourceSimulator) -> None:
    ctx = open_station(synced)  # the sync test's station, or a fresh one synced now
    try:
        if not db_rows(synced / "console.sqlite3", "SELECT count(*) FROM media_blob")[0][0]:
            logged_in(ctx, sync_sim).sync_once()
        shas = _audio_shas(synced, 4)
        store = MediaStore(ctx.paths.media)
        durations = [probe_duration(store.path(sha)) for sha in shas]
        pid = make_programme(ctx, shas, durations=0.4)
        with ctx.db.write() as session:  # the running order with the files' real lengths
            from console.models import Programme

            programme = session.get(Programme, pid)
            assert programme is not None
            for entry, length in zip(programme.entries, durations, strict=True):
                entry.duration_s = length
    finally:
        ctx.close()
    out = tmp_path / "render" / "programme.mp3"
    args = console(synced, "programme", "render", str(pid), "--out", str(out))
    killed = 0
    for _ in range(kills * 3):
        if killed == kills:
            break
        out.unlink(missing_ok=True)
        killed += run_and_kill(args, "", RNG.uniform(0.5, 3.5))
        check_after_kill(synced)
        if out.exists():  # only a finished render is ever in place
            assert probe_duration(out) == pytest.approx(sum(durations), abs=1.0)
    assert killed == kills
    out.unlink(missing_ok=True)
    # A part file left by a render whose process is gone (as after a power cut) is cleared.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    out.parent.mkdir(parents=True, exist_ok=True)
    (out.parent / f".{out.name}.{dead}.part").write_bytes(b"half a programme")
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, env=quiet_env())
    assert done.returncode == 0, done.stderr
    assert probe_duration(out) == pytest.approx(sum(durations), abs=1.0)
    status = db_rows(synced / "console.sqlite3", "SELECT status FROM programme WHERE id = ?", pid)
    assert status[0][0] == ProgrammeStatus.APPROVED.value  # rendering never moves it
    time.sleep(0.5)  # ffmpeg children of killed renders finish writing their own part files
    leftovers = [p.name for p in out.parent.iterdir() if p.name != out.name]
    assert not leftovers, leftovers


@pytest.mark.slow
@pytest.mark.parametrize("kills", [PUSH_KILLS], ids=lambda n: f"{n}-kills")
def test_push_survives_kill_9(kills: int, tmp_path: Path) -> None:
    data = tmp_path / "station"
    ctx = open_station(data)
    UserService(ctx.db).create_first_admin("admin", "quantri-1", "Quản trị")
    fleet = DeviceFleet(FleetConfig(clusters=8, boards=1, protocol="both", latency_ms=60))
    for device in fleet.devices.values():
        device.key = ""  # the child process has no access to the test's in-memory keyring
    programmes: list[int] = []
    all_shas: list[str] = []
    with fleet:
        try:
            from console.settings import STATION_CODE

            ctx.settings.set(STATION_CODE, "XA-PHULOC")
            register(ctx, fleet)
            with ctx.db.write() as session:  # fetches take a while: kills land mid-push
                for target in session.scalars(select(DeliveryTarget)):
                    target.options = {**target.options, "fetch_wait_s": 2}
        finally:
            ctx.close()
        killed = 0
        for n in range(kills * 3):
            if killed == kills:
                break
            if n % 2 == 0:  # a new programme every other run, pushed while the others wait
                ctx = open_station(data)
                try:
                    shas = cache_tones(ctx, [7.0, 5.0], seed=n)
                    all_shas += shas
                    programmes.append(make_programme(ctx, shas, start_in_s=3600 + 600 * n))
                finally:
                    ctx.close()
            args = console(data, "push", str(programmes[-1]), "--json", "--as", "admin",
                           "--password-stdin")
            killed += run_and_kill(args, "quantri-1\n", RNG.uniform(1.0, 3.5))
            check_after_kill(data)
        assert killed == kills
        for pid in programmes:  # the restart: every programme pushed to the end
            done = subprocess.run(console(data, "push", str(pid), "--json", "--as", "admin",
                                          "--password-stdin"), input="quantri-1\n", text=True,
                                  capture_output=True, timeout=180, env=quiet_env())
            assert done.returncode == 0, done.stderr
            states = {t["state"] for t in json.loads(done.stdout)["targets"]}
            assert states == {"delivered"}
        db = data / "console.sqlite3"
        stuck = db_rows(db, "SELECT id, state FROM delivery_job WHERE state != ?",
                        JobState.DELIVERED.value)
        assert not stuck, stuck
        statuses = {s for (s,) in db_rows(db, "SELECT status FROM programme WHERE NOT is_template")}
        assert statuses <= {ProgrammeStatus.APPROVED.value, ProgrammeStatus.SCHEDULED.value}
        ctx = open_station(data)
        try:  # each holds every file once, at the station's loudness in its own format
            sent = {d: {encoded(ctx, sha, device_format(fleet, d)) for sha in all_shas}
                    for d in fleet.devices}
        finally:
            ctx.close()
        for device in fleet.devices.values():
            assert set(device.media) == sent[device.device_id], device.device_id
            assert all(count == 1 for count in device.media_puts.values()), device.media_puts
