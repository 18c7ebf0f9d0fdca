"""`push`, `devices`, `emergency` and `simulate devices` from the command line."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from console.cli.main import main
from console.services.users import UserService
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from tests.support.delivery import (
    cache_sound,
    cache_tones,
    device_format,
    encoded,
    make_programme,
    register,
    wait_for,
)

from ..killpoints import At, ConsoleRunner


def run(capsys, monkeypatch, *args: str, stdin: str = "quantri-1\n") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station(ctx: StationContext, data_dir: Path):  # type: ignore[no-untyped-def]
    UserService(ctx.db).create_first_admin("admin", "quantri-1", "Quản trị")
    return ["--data-dir", str(data_dir)]


def test_push_cli(ctx, station, fleet, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    shas = [cache_sound(ctx, tmp_path, "speech", -20.0), cache_sound(ctx, tmp_path, "music",
                                                                    -12.0, seconds=2.0)]
    draft = make_programme(ctx, shas, status="submitted")
    code, out, err = run(capsys, monkeypatch, *station, "push", str(draft), "--json", "--as",
                         "admin", "--password-stdin")
    assert code == 1 and "an unapproved programme cannot be pushed" in err and not out
    pid = make_programme(ctx, shas)
    code, out, _ = run(capsys, monkeypatch, *station, "push", str(pid), "--json", "--no-wait",
                       "--as", "admin", "--password-stdin")
    assert code == 0
    queued = json.loads(out)["targets"]
    assert len(queued) == 5 and {t["state"] for t in queued} == {"queued"}
    code, out, _ = run(capsys, monkeypatch, *station, "push", str(pid), "--json", "--as",
                       "admin", "--password-stdin")
    assert code == 0, out
    targets = json.loads(out)["targets"]
    assert [t["id"] for t in targets] == sorted(fleet.devices)
    assert {t["state"] for t in targets} == {"delivered"}
    assert set(targets[0]) == {"id", "state", "detail"}
    code, out, _ = run(capsys, monkeypatch, *station, "devices", "status", "--json")
    states = json.loads(out)["targets"]
    assert code == 0 and all(s["status"] in ("online", "playing") for s in states)
    assert {s["schedule_version"] is not None for s in states if s["protocol"] == "reference"} \
        == {True}
    code, out, _ = run(capsys, monkeypatch, *station, "devices", "list")
    assert code == 0 and "cl-001" in out and "Bảng tin" in out


def test_emergency_cli(ctx, station, fleet, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, monkeypatch, *station, "emergency", "start", "--text",
                       "Bão số 3 đổ bộ, người dân không ra đồng", "--targets", "cl-001",
                       "cl-003", "bd-01", "--as", "admin", "--password-stdin")
    assert code == 0, out
    assert "3 of 3 targets acknowledged" in out
    assert fleet.devices["cl-001"].emergency and not fleet.devices["cl-002"].emergency
    code, out, _ = run(capsys, monkeypatch, *station, "emergency", "stop", "--json", "--as",
                       "admin", "--password-stdin")
    assert code == 0 and len(json.loads(out)["targets"]) == 3
    assert not fleet.devices["cl-001"].emergency
    code, _, err = run(capsys, monkeypatch, *station, "emergency", "stop", "--as", "admin",
                       "--password-stdin")
    assert code == 1 and "no emergency is on" in err


def _lines(stream) -> queue.Queue[str]:  # type: ignore[no-untyped-def]
    """The child's output lines, read in a thread: a wait on them has a bound."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=read, daemon=True, name="child stdout").start()
    return lines


def test_simulate_devices_then_import(ctx, station, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    registry, kept = tmp_path / "devices.csv", tmp_path / "kept"
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "simulate", "devices", "--clusters", "4", "--boards",
         "1", "--registry-out", str(registry), "--keep-files", str(kept)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=dict(os.environ))
    # Every wait below ends when its condition holds; the bounds only stop a real hang
    # (a loaded machine starts the child and moves files far slower than a quiet one).
    try:
        assert proc.stdout is not None
        lines = _lines(proc.stdout)
        first = lines.get(timeout=120).split()
        assert len(first) == 2 and all(u.startswith("http://127.0.0.1:") for u in first)
        assert "registry" in lines.get(timeout=60)
        rows = list(csv.DictReader(registry.open(encoding="utf-8")))
        assert len(rows) == 5 and {r["protocol"] for r in rows} == {"reference", "gateway"}
        code, out, _ = run(capsys, monkeypatch, *station, "devices", "import", str(registry),
                           "--json", "--as", "admin", "--password-stdin")
        assert code == 0 and json.loads(out)["imported"] == 5

        def statuses() -> set[str]:
            code, out, _ = run(capsys, monkeypatch, *station, "devices", "status", "--json")
            assert code == 0
            return {s["status"] for s in json.loads(out)["targets"]}

        assert wait_for(lambda: statuses() == {"online"}, 60, step=0.2)
        # --keep-files: what a device receives is kept as DIR/<device id>/<sha256>.<ext>
        [sha] = cache_tones(ctx, [2.0])
        code, out, err = run(capsys, monkeypatch, *station, "push",
                             str(make_programme(ctx, [sha])), "--json", "--as", "admin",
                             "--password-stdin")
        assert code == 0, err
        sent = encoded(ctx, sha, "mp3")  # a reference cluster's copy, at the station's loudness
        assert wait_for(lambda: (kept / "cl-001" / f"{sent}.mp3").exists(), 60)
        body = (kept / "cl-001" / f"{sent}.mp3").read_bytes()
        assert hashlib.sha256(body).hexdigest() == sent
        board_copy = kept / "bd-01" / f"{encoded(ctx, sha, 'm4a')}.m4a"
        assert wait_for(board_copy.exists, 60)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    assert proc.returncode == 0


def _delivered(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT target_id, state FROM delivery_job"))
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.sqlite_only  # reads the file; tests/shared_database kills a dispatcher on PG
def test_kill_during_push_then_restart(ctx, station, data_dir) -> None:  # type: ignore[no-untyped-def]
    config = FleetConfig(clusters=16, boards=2, protocol="both", latency_ms=60)
    fleet = DeviceFleet(config)
    for device in fleet.devices.values():
        device.key = ""  # the child process has no access to the test's in-memory keyring
    with fleet:
        register(ctx, fleet)
        from console.models import DeliveryTarget

        with ctx.db.write() as s:  # files fetched before the kill are not fetched again
            for target in s.scalars(select(DeliveryTarget)):
                target.options = {**target.options, "fetch_wait_s": 2}
        shas = cache_tones(ctx, [12.0, 9.0, 6.0])
        pid = make_programme(ctx, shas)
        args = [*station, "push", str(pid), "--json", "--as", "admin", "--password-stdin"]
        with ConsoleRunner() as runner:
            # Killed when five devices have taken the schedule, before that is recorded.
            runner.kill_at(args, At(r"request PUT \S*/schedule", nth=5), At("commit"),
                           stdin="quantri-1\n")
            states = _delivered(data_dir / "console.sqlite3")
            assert set(states.values()) != {"delivered"}, "push finished before the kill"
            done = runner.finish(args, stdin="quantri-1\n")
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)["targets"]
        assert len(result) == 18 and {t["state"] for t in result} == {"delivered"}
        for device in fleet.devices.values():  # at the station's loudness, in its own format
            fmt = device_format(fleet, device.device_id)
            assert set(device.media) == {encoded(ctx, sha, fmt) for sha in shas}
            assert len(device.schedule_applied) == 1, device.device_id  # applied exactly once
            assert all(n == 1 for n in device.media_puts.values()), device.media_puts
