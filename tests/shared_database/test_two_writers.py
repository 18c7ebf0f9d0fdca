"""Two console processes on one PostgreSQL database, each with a dispatcher, draining the
same 200 delivery jobs against the device simulators: every job is sent exactly once (the
simulators count every command they receive). Then one process is killed (SIGKILL) while
it holds claimed jobs; the other sends them once the killed one's lock is gone."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.models import DeliveryJob, DeliveryTarget
from console.models.enums import JobState
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from tests.support.delivery import register

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
JOBS = 200


def queue_commands(ctx: StationContext, count: int, tag: str) -> list[str]:
    """`count` volume commands spread over every target; their idempotency keys."""
    with ctx.db.write() as session:
        targets = list(session.scalars(select(DeliveryTarget.id).order_by(DeliveryTarget.id)))
        jobs = []
        for n in range(count):
            job = DeliveryJob(target_id=targets[n % len(targets)], kind="command",
                              lane="routine", state=JobState.QUEUED.value, payload={})
            session.add(job)
            jobs.append(job)
        session.flush()
        for n, job in enumerate(jobs):
            job.payload = {"command": {"type": "set_volume", "volume": n % 10,
                                       "id": f"{tag}-{job.idempotency_key}"}}
        return [j.payload["command"]["id"] for j in jobs]


def calls(fleet: DeviceFleet) -> dict[str, int]:
    out: dict[str, int] = {}
    for device in fleet.devices.values():
        with device.lock:
            for ident, n in device.command_calls.items():
                out[ident] = out.get(ident, 0) + n
    return out


def delivered(ctx: StationContext) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(DeliveryJob).where(
            DeliveryJob.state == JobState.DELIVERED.value)) or 0)


def child(data_dir: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.shared_database.dispatch_child",
                             str(data_dir)], cwd=ROOT, env=dict(os.environ), text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc


def test_two_dispatchers_send_every_job_once_and_survive_a_kill(
        ctx: StationContext, tmp_path: Path) -> None:
    assert ctx.db.is_postgres
    config = FleetConfig(clusters=20, boards=0, protocol="reference", latency_ms=60)
    with DeviceFleet(config) as fleet:
        for device in fleet.devices.values():
            device.key = ""  # the children have no access to the test's in-memory keyring
        register(ctx, fleet)

        # 1. Two processes, 200 jobs: each sent exactly once, both did some of the work.
        ids = queue_commands(ctx, JOBS, "one")
        first, second = child(tmp_path / "a"), child(tmp_path / "b")
        outputs = [p.communicate(timeout=240) for p in (first, second)]
        for proc, (out, err) in zip((first, second), outputs, strict=True):
            assert proc.returncode == 0, err[-2000:]
            assert json.loads(out.splitlines()[-1]) == {"left": 0}
        numbers = {json.loads(out.splitlines()[0])["number"] for out, _ in outputs}
        assert len(numbers) == 2  # two dispatchers, two claim locks
        seen = calls(fleet)
        assert {i: seen.get(i, 0) for i in ids} == dict.fromkeys(ids, 1)
        assert delivered(ctx) == JOBS

        # 2. Killed with jobs in hand: the other process sends them after the lock is gone.
        ids = queue_commands(ctx, JOBS, "two")
        for device in fleet.devices.values():
            device.command_calls.clear()
        victim, survivor = child(tmp_path / "victim"), child(tmp_path / "survivor")
        number = json.loads(victim.stdout.readline())["number"]  # type: ignore[union-attr]
        survivor_number = json.loads(survivor.stdout.readline())["number"]  # type: ignore[union-attr]
        deadline = time.monotonic() + 60
        while delivered(ctx) < JOBS + 40:  # well under way
            assert time.monotonic() < deadline and victim.poll() is None
            time.sleep(0.01)
        while True:  # frozen, then killed at a moment it holds claimed jobs
            victim.send_signal(signal.SIGSTOP)
            time.sleep(0.2)  # a commit it had already sent lands before we look
            with ctx.db.read() as session:
                held = set(session.scalars(select(DeliveryJob.id).where(
                    DeliveryJob.claimed_by == number, DeliveryJob.state == "sending")))
            if held or time.monotonic() > deadline:
                break
            victim.send_signal(signal.SIGCONT)
            time.sleep(0.01)
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        out, err = survivor.communicate(timeout=240)
        assert survivor.returncode == 0, err[-2000:]
        assert json.loads(out.splitlines()[-1]) == {"left": 0}
        assert delivered(ctx) == 2 * JOBS
        seen = calls(fleet)
        assert all(seen.get(i, 0) >= 1 for i in ids)
        # Only what the victim had in flight may have reached a device twice.
        twice = [i for i in ids if seen.get(i, 0) > 1]
        assert len(twice) <= 4 and all(seen[i] == 2 for i in twice)
        assert held  # the kill came with jobs in hand…
        with ctx.db.read() as session:  # …and the survivor sent them
            taken_over = dict(session.execute(select(DeliveryJob.id, DeliveryJob.claimed_by)
                                              .where(DeliveryJob.id.in_(held))).all())
        assert set(taken_over.values()) == {survivor_number}
