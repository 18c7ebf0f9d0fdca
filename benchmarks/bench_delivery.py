"""Delivery: a programme with 20 MB of media to 100 simulated clusters, and an emergency
acknowledged by all of them while that routine push is still in flight.

    python benchmarks/bench_delivery.py [--targets 100] [--mb 20] [--rate-mbps 40]

Figures: total push time against one target alone on the same link (goal ≤ 2×), bytes
sent against files × targets (each file at most once per target), and the emergency's
time to the last acknowledgement (goal ≤ 2 s). The simulated clusters run in a child
process (`simulate devices`, as in the field they are other machines); their bytes are
counted on the device side and read through the simulator's /_sim/stats hook. Each
connection is limited to --rate-mbps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import logging
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests
from _common import report
from sqlalchemy import select

from console.app import open_station
from console.delivery.dispatcher import Dispatcher
from console.media.store import MediaStore
from console.models import DeliveryJob, MediaBlob, Programme, ProgrammeEntry
from console.models.base import utcnow
from console.models.enums import Role
from console.services.device_registry import import_devices
from console.services.live_commands import emergency_start, emergency_stop
from console.services.permissions import Actor
from console.services.push import create_delivery_jobs
from console.station import StationContext

ADMIN = Actor("admin", Role.ADMIN)


def cache(ctx: StationContext, total: int, files: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    store = MediaStore(ctx.paths.media)
    shas = []
    with ctx.db.write() as session:
        for _ in range(files):
            body = rng.randbytes(total // files)
            sha = hashlib.sha256(body).hexdigest()
            store.path(sha).parent.mkdir(parents=True, exist_ok=True)
            store.path(sha).write_bytes(body)
            session.merge(MediaBlob(sha256=sha, size=len(body), state="ready",
                                    bytes_done=len(body), verified_at=utcnow(), duration_s=60))
            shas.append(sha)
    return shas


def programme(ctx: StationContext, shas: list[str]) -> int:
    with ctx.db.write() as session:
        p = Programme(name="Bản tin chiều", status="approved", all_targets=True,
                      start_at=utcnow() + dt.timedelta(hours=3))
        for n, sha in enumerate(shas):
            p.entries.append(ProgrammeEntry(position=n, kind="file", media_sha256=sha,
                                            duration_s=60))
        session.add(p)
        session.flush()
        return p.id


def push(ctx: StationContext, pid: int) -> list[int]:
    with ctx.db.write() as session:
        return create_delivery_jobs(session, pid, ADMIN)


@contextmanager
def devices_process(targets: int, rate_kbps: float, registry: Path) -> Iterator[str]:
    """`simulate devices` in a child process; yields the reference server's base URL."""
    cmd = [sys.executable, "-m", "console", "simulate", "devices", "--clusters", str(targets),
           "--boards", "0", "--protocol", "reference", "--rate-kbps", str(rate_kbps),
           "--registry-out", str(registry)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().split()[0]
        proc.stdout.readline()  # "registry written to …"
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def station(root: Path, registry: Path) -> StationContext:
    ctx = open_station(root)
    report_ = import_devices(ctx, registry, ADMIN)
    assert not report_.errors, report_.errors
    return ctx


def stats(url: str) -> dict:
    return requests.get(f"{url}/_sim/stats", timeout=30).json()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--targets", type=int, default=100)
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--rate-mbps", type=float, default=40.0)
    parser.add_argument("--workers", type=int, default=100)
    parser.add_argument("--emergency-workers", type=int, default=None,
                        help="emergency lane threads (default: the dispatcher's, one per "
                             "target up to 128)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    total = int(args.mb * 1_000_000)
    rate_kbps = args.rate_mbps * 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # Floor: one target alone on the same link.
        with devices_process(1, rate_kbps, root / "one.csv") as url1:
            ctx1 = station(root / "one", root / "one.csv")
            d1 = Dispatcher(ctx1, workers=args.workers)
            d1.drain(push(ctx1, programme(ctx1, cache(ctx1, 1000, 1, seed=9))))  # warm-up
            ids = push(ctx1, programme(ctx1, cache(ctx1, total, args.files, seed=1)))
            t0 = time.perf_counter()
            d1.drain(ids, timeout_s=600)
            floor = time.perf_counter() - t0
            d1.close()
            ctx1.close()
            del url1

        with devices_process(args.targets, rate_kbps, root / "many.csv") as url:
            ctx = station(root / "many", root / "many.csv")
            shas = cache(ctx, total, args.files, seed=1)
            ids = push(ctx, programme(ctx, shas))
            lanes = ({} if args.emergency_workers is None
                     else {"emergency_workers": args.emergency_workers})
            dispatcher = Dispatcher(ctx, workers=args.workers, **lanes)
            t0 = time.perf_counter()
            views = dispatcher.drain(ids, timeout_s=900)
            elapsed = time.perf_counter() - t0
            delivered = sum(v.state == "delivered" for v in views)
            device_side = stats(url)
            received = sum(d["bytes"] for d in device_side.values())
            max_puts = max(n for d in device_side.values() for n in d["media_puts"].values())
            report(f"push {args.mb:g} MB to {args.targets}", f"{elapsed:.2f} s ({delivered} ok)",
                   f"{floor:.2f} s (1 target)", elapsed / floor, "≤ 2×")
            report("bytes received by devices", f"{received / 1e6:.1f} MB",
                   f"{total * args.targets / 1e6:.1f} MB", received / (total * args.targets),
                   f"= 1× (max puts per file per target {max_puts})")
            # Files a target already holds are not sent again.
            again = push(ctx, programme(ctx, shas))
            dispatcher.drain(again, timeout_s=900)
            extra = sum(d["bytes"] for d in stats(url).values()) - received
            report("another programme, same files", f"{extra} bytes more", None, None, "0")

            # Floor: the same emergency with nothing else in flight.
            t0 = time.perf_counter()
            _eid, alone = emergency_start(ctx, ADMIN, text="Thử còi báo động")
            dispatcher.drain(alone, timeout_s=60)
            alone_s = time.perf_counter() - t0
            dispatcher.drain(emergency_stop(ctx, ADMIN)[1], timeout_s=60)

            # Emergency while a routine push (new files) is in flight.
            routine = push(ctx, programme(ctx, cache(ctx, total, args.files, seed=2)))
            thread = threading.Thread(target=dispatcher.drain, kwargs={"timeout_s": 900})
            thread.start()
            time.sleep(1.0)
            t0 = time.perf_counter()
            _eid, urgent = emergency_start(ctx, ADMIN, text="Khẩn cấp: lũ quét, sơ tán ngay")
            created = time.perf_counter() - t0  # speech synthesis + one transaction
            while True:
                with ctx.db.read() as session:
                    states = set(session.scalars(select(DeliveryJob.state)
                                                 .where(DeliveryJob.id.in_(urgent))))
                if states == {"delivered"}:
                    break
                time.sleep(0.01)
            acked = time.perf_counter() - t0
            with ctx.db.read() as session:
                in_flight = sum(s != "delivered" for s in session.scalars(
                    select(DeliveryJob.state).where(DeliveryJob.id.in_(routine))))
            on = sum(d["emergency"] for d in stats(url).values())
            with ctx.db.read() as session:
                jobs = session.scalars(select(DeliveryJob).where(
                    DeliveryJob.id.in_(urgent))).all()
                retried = [j.detail for j in jobs if j.attempts > 1]
                first = min(j.created_at for j in jobs)
                spread = sorted((j.updated_at - first).total_seconds() for j in jobs)
            if retried:
                print(f"  {len(retried)} emergency jobs needed a retry, e.g. {retried[0]}")
            print(f"  jobs created (message spoken, 1 transaction) in {created:.2f} s; "
                  f"acknowledgements after creation at {spread[0]:.2f} s … median "
                  f"{spread[len(spread) // 2]:.2f} s … {spread[-1]:.2f} s")
            report(f"emergency ack by {args.targets}", f"{acked:.2f} s ({on} on air)",
                   f"{alone_s:.2f} s alone", acked / alone_s,
                   f"≤ 2 s ({in_flight} routine jobs still open)")
            thread.join()
            dispatcher.close()
            ctx.close()


if __name__ == "__main__":
    main()
