"""Crash safety: kill -9 the console during sync, push and render at 50 chosen points.

Each point is chosen from the work's own progress (a request about to go out, a transaction
about to commit, a verified file about to be renamed into place, a render at N %: see
tests/killpoints.py), so every kill lands mid-work and where it was meant to, on any machine.
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
import re
import subprocess
import sys
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
from tests.support.delivery import (
    cache_tones,
    device_format,
    encoded,
    make_programme,
    register,
)
from tests.support.sync import PART, kept_part_way, media_left, part_way

from ..killpoints import At, ConsoleRunner
from .net_helpers import db_rows, integrity_ok, logged_in, make_sim

SYNC_KILLS, PUSH_KILLS, RENDER_KILLS = 24, 14, 12  # 50 in all
STATION = "DTT-24343"  # the simulator's station
RNG = random.Random(20261126)
RENDER_PART_S = 20.0


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


# A sync's kills in the order of its work (a kill in the outbox comes after every file was
# fetched, so the media kills come before): phase, kills.
SYNC_PLAN = (("login", 3), ("catalogue", 4), ("media", 9), ("outbox", 8))


def _sync_stops(phase: str, n: int, data: Path) -> list[At]:
    """The n-th kill of `phase`: a point the run is sure to reach, given the work it has."""
    if phase == "login":
        categories = At(r"request GET \S*/categories")
        return [[At(r"request POST \S*/auth/token")],  # not logged in yet
                [categories],  # logged in, nothing pulled
                [categories, At("commit")]][n % 3]  # categories fetched, not stored
    if phase == "catalogue":  # something new was published before this run
        changes = At(r"request GET \S*/items/changes")
        return [[changes], [changes, At("commit")]][n % 2]  # asked for; fetched, not stored
    if phase == "outbox":
        pending = db_rows(data / "console.sqlite3",
                          "SELECT count(*) FROM outbox WHERE state = ?",
                          OutboxState.PENDING.value)[0][0]
        post = At(r"request POST \S*/broadcast-logs", nth=RNG.randint(1, min(5, pending)))
        # Before it goes; or sent and stored upstream but not yet marked done here, so the
        # restart sends it again and the idempotency key must keep it from being stored twice.
        return [[post], [post, At("commit")]][n % 2]
    fetch, rename = media_left(data)
    if not rename:  # the catalogue is not stored yet: the run stores it, then fetches
        return [At(r"request GET \S*/files/")]
    choices = [[At(rf"rename {PART} ->", nth=RNG.randint(1, min(3, len(rename))))],
               [At(rf"rename {PART} ->", nth=RNG.randint(1, min(3, len(rename)))),
                At("commit")]]  # in place, not yet marked ready
    if fetch:
        choices += [[At(r"request GET \S*/files/", nth=RNG.randint(1, min(3, len(fetch))))],
                    [part_way(data, RNG)]]
    return choices[n % len(choices)]


def _stored_not_done(data: Path, sim: SourceSimulator) -> int:
    """1 when an entry the simulator stored is still waiting here (it is sent again)."""
    waiting = {json.loads(p)["entries"][0]["id"] for (p,) in db_rows(
        data / "console.sqlite3", "SELECT payload FROM outbox WHERE state = ?",
        OutboxState.PENDING.value)}
    upstream = {e["id"] for body in sim.received["broadcast_logs"] for e in body["entries"]}
    assert waiting & upstream, "the entry sent last should be stored upstream, not marked done"
    return 1


def _short(event: str) -> str:
    """An event without its hashes and sizes, to count kinds of kill points."""
    return re.sub(r" \d+$", "", re.sub(r"[0-9a-f]{64}", "…", event))


@pytest.mark.slow
@pytest.mark.parametrize("kills", [SYNC_KILLS], ids=lambda n: f"{n}-kills")
def test_sync_and_outbox_survive_kill_9(kills: int, synced: Path,
                                        sync_sim: SourceSimulator) -> None:
    assert sum(n for _, n in SYNC_PLAN) == kills
    data = synced
    data.mkdir(parents=True)
    sent_ids = _enqueue(data, 30, 0)
    ctx = open_station(data)
    UserService(ctx.db).create_first_admin("admin", "quantri-1")  # named with --as
    ctx.close()
    args = ["--data-dir", str(data), "sync", "--once", "--server", sync_sim.url,
            "--user", "demo", "--as", "admin", "--password-stdin"]
    published = resent = 0
    stops: Counter[str] = Counter()
    with ConsoleRunner() as runner:
        for phase, count in SYNC_PLAN:
            for n in range(count):
                if phase in ("catalogue", "outbox"):  # new work upstream and in the outbox
                    sent_ids += _enqueue(data, 5, len(sent_ids))
                    sync_sim.publish(priority="normal", kind="audio")
                    published += 1
                stopped = runner.kill_at(args, *_sync_stops(phase, n, data),
                                         stdin="demo\nquantri-1\n",
                                         watch=[data / "media" / ".partial"])
                stops[f"{phase}: {_short(stopped.event)}"] += 1
                check_after_kill(data)
                kept_part_way(data, stopped.event)
                if phase == "outbox" and stopped.event == "commit":
                    resent += _stored_not_done(data, sync_sim)
    assert sum(stops.values()) == kills and resent == 4
    print(f"\nsync: {kills} kills, where: {dict(stops)}; {len(sent_ids)} outbox entries "
          f"({resent} stored upstream but not marked sent when killed), {published} items "
          "published")
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


def _render_stops(kills: int) -> list[tuple[list[At], bool | None]]:
    """Where each render is killed, and whether the finished file is in place by then
    (None: either, as a last progress line may come just before or just after the rename)."""
    part = At(r"rename \.programme\.mp3\.\d+\.part -> programme\.mp3$")
    points: list[tuple[list[At], bool | None]] = [
        ([At("commit")], False),  # starting up
        ([At(r"spawn ffmpeg")], False),  # before the first ffmpeg (measuring or rendering)
        ([part], False),  # the whole file written, not yet renamed into place
        ([part, At(r"-> makeup-")], True),  # in place, the make-up not yet remembered
        ([At(r"exit 0")], True),  # done
    ]
    for percent in sorted(RNG.sample(range(5, 100, 5), kills - len(points))):
        points.append(([At(r"progress (?P<n>\d+)", at_least=percent)], None))
    RNG.shuffle(points)
    return points


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
        # 20 s of each of the four files (the whole of a shorter one): long enough for a
        # render at every stage, short enough for twelve of them.
        durations = [min(RENDER_PART_S, probe_duration(store.path(sha))) for sha in shas]
        pid = make_programme(ctx, shas, durations=0.4)
        with ctx.db.write() as session:  # the running order with these lengths
            from console.models import Programme

            programme = session.get(Programme, pid)
            assert programme is not None
            for entry, length in zip(programme.entries, durations, strict=True):
                entry.duration_s = length
    finally:
        ctx.close()
    out = tmp_path / "render" / "programme.mp3"
    args = ["--data-dir", str(synced), "programme", "render", str(pid), "--out", str(out)]
    points = _render_stops(kills)
    with ConsoleRunner() as runner:
        for stops, in_place in points:
            out.unlink(missing_ok=True)
            stopped = runner.kill_at(args, *stops)
            check_after_kill(synced)
            # Only a finished render is ever in place, and once renamed it is there.
            assert in_place is None or out.exists() == in_place, stopped.event
            if out.exists():
                assert probe_duration(out) == pytest.approx(sum(durations), abs=1.0)
        assert len(points) == kills
        out.unlink(missing_ok=True)
        # A part file left by a render whose process is gone (as after a power cut) goes.
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True).stdout.strip()
        out.parent.mkdir(parents=True, exist_ok=True)
        (out.parent / f".{out.name}.{dead}.part").write_bytes(b"half a programme")
        done = runner.finish(args)
        assert done.returncode == 0, done.stderr
    assert probe_duration(out) == pytest.approx(sum(durations), abs=1.0)
    status = db_rows(synced / "console.sqlite3", "SELECT status FROM programme WHERE id = ?", pid)
    assert status[0][0] == ProgrammeStatus.APPROVED.value  # rendering never moves it
    leftovers = [p.name for p in out.parent.iterdir() if p.name != out.name]
    assert not leftovers, leftovers


def _push_stops(n: int, data: Path, pid: int) -> list[At]:
    """The n-th push kill: a point the push of programme `pid` is sure to reach, given the
    targets still waiting for it (each waiting reference device is asked which files it
    has and sent its schedule; each waiting gateway is sent at least one packet)."""
    db = data / "console.sqlite3"
    waiting = Counter(dict(db_rows(db, "SELECT protocol, count(*) FROM delivery_target "
                                       "GROUP BY protocol")))
    waiting.subtract(dict(db_rows(
        db, "SELECT t.protocol, count(*) FROM delivery_job j JOIN delivery_target t "
            "ON t.id = j.target_id WHERE j.programme_id = ? AND j.state = ? "
            "GROUP BY t.protocol", pid, JobState.DELIVERED.value)))
    choices = [[At("commit", nth=RNG.randint(1, 2))]]  # signed in, jobs not yet queued
    if waiting["reference"] > 0:
        k = RNG.randint(1, waiting["reference"])
        schedule = At(r"request PUT \S*/schedule", nth=k)
        choices += [[At(r"request HEAD \S*/media/", nth=k)],  # files being checked and sent
                    [schedule],  # files there, schedule not yet sent
                    [schedule, At("commit")]]  # applied on the device, not recorded here
    if waiting["gateway"] > 0:  # a gateway told to fetch the files or given its playlist
        choices.append([At(r"request GET /eyJ", nth=RNG.randint(1, waiting["gateway"]))])
    return choices[n % len(choices)]


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
            # A gateway that already holds a file (sent before a kill) does not fetch it
            # again: the push waits for it this long, not the default 15 s.
            with ctx.db.write() as session:
                for target in session.scalars(select(DeliveryTarget)):
                    target.options = {**target.options, "fetch_wait_s": 2}
        finally:
            ctx.close()
        stops: Counter[str] = Counter()
        with ConsoleRunner() as runner:
            for n in range(kills):
                if n % 2 == 0:  # a new programme every other run, pushed while others wait
                    ctx = open_station(data)
                    try:
                        shas = cache_tones(ctx, [7.0, 5.0], seed=n)
                        all_shas += shas
                        programmes.append(make_programme(ctx, shas, start_in_s=3600 + 600 * n))
                    finally:
                        ctx.close()
                args = ["--data-dir", str(data), "push", str(programmes[-1]), "--json",
                        "--as", "admin", "--password-stdin"]
                stopped = runner.kill_at(args, *_push_stops(n, data, programmes[-1]),
                                         stdin="quantri-1\n")
                stops[_short(re.sub(r"/(devices/[^/]+|eyJ\S+)", "/…", stopped.event))] += 1
                check_after_kill(data)
            assert sum(stops.values()) == kills
            print(f"\npush: {kills} kills, where: {dict(stops)}")
            for pid in programmes:  # the restart: every programme pushed to the end
                done = runner.finish(["--data-dir", str(data), "push", str(pid), "--json",
                                      "--as", "admin", "--password-stdin"], stdin="quantri-1\n")
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
