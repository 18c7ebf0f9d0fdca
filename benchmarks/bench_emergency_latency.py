"""Emergency latency: from publication on the source system to stored in the console
and announced to the window (the live link's long poll), median of N.

    python benchmarks/bench_emergency_latency.py [--runs 10]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

from _common import MEDIA_CACHE, median, report

from console.app import open_station
from console.models import SourceItem
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.live import LiveCallbacks, LiveSync
from console.sync.service import SyncService


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args()
    with SourceSimulator(SimulatorConfig(items=args.items, seed=9, media_dir=MEDIA_CACHE)
                         ) as sim, tempfile.TemporaryDirectory() as tmp:
        ctx = open_station(Path(tmp) / "data")
        SyncService(ctx).login(sim.url, "demo", "demo")
        arrived: dict[str, float] = {}
        event = threading.Event()
        ready = threading.Event()

        def on_emergency(ids: list[str]) -> None:
            now = time.perf_counter()
            for item_id in ids:
                arrived.setdefault(item_id, now)
            event.set()

        live = LiveSync(ctx, LiveCallbacks(emergency=on_emergency,
                                           changed=lambda stats: ready.set())).start()
        try:
            assert ready.wait(120), "the first pull did not finish"
            time.sleep(1.0)
            latencies = []
            for run in range(args.runs):
                event.clear()
                start = time.perf_counter()
                item_id = sim.publish(priority="emergency",
                                      title=f"Khẩn cấp số {run + 1}: cảnh báo lũ quét, Đắk Lắk")
                while item_id not in arrived and time.perf_counter() - start < 30:
                    event.wait(0.5)
                    event.clear()
                with ctx.db.read() as session:
                    assert session.get(SourceItem, item_id) is not None
                latencies.append(arrived[item_id] - start)
                time.sleep(0.5)
        finally:
            live.stop()
            ctx.close()
    print(f"emergency latency: {args.runs} publications, each stored and announced")
    report("publish -> stored + announced",
           f"median {median(latencies):.3f} s, max {max(latencies):.3f} s", None, None,
           "median <= 3 s")


if __name__ == "__main__":
    main()
