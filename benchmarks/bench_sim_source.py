"""How fast the source-system simulator serves: it must never be the bottleneck of a sync
benchmark.

    python benchmarks/bench_sim_source.py --items 200000 --bulk-files 20 --bulk-mb 5
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from console.sim.source import SimulatorConfig, SourceSimulator
from console.sim.source.wire import dumps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=200_000)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--bulk-files", type=int, default=10)
    ap.add_argument("--bulk-mb", type=float, default=5.0)
    ap.add_argument("--media-dir", type=Path, default=None)
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    args = ap.parse_args(argv)

    results: dict[str, float] = {}
    cfg = SimulatorConfig(
        items=args.items, bulk_files=args.bulk_files,
        bulk_file_bytes=int(args.bulk_mb * 1_000_000),
        media_dir=args.media_dir or Path(tempfile.gettempdir()) / "commune-console-bench-media",
    )
    t0 = time.perf_counter()
    with SourceSimulator(cfg) as sim, requests.Session() as http:
        results["start_s"] = time.perf_counter() - t0
        assert sim.feed is not None

        t0 = time.perf_counter()
        pages = 20
        for n in range(pages):
            dumps({"items": sim.feed.page((n * 7919) % max(1, args.items), 1000).items})
        results["page_1000_build_ms"] = (time.perf_counter() - t0) / pages * 1000

        r = http.post(f"{sim.url}/auth/token",
                      json={"username": "demo", "password": "demo", "client_id": "bench"})
        http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

        t0 = time.perf_counter()
        cursor, count, wire = None, 0, 0
        while True:
            params = {"limit": args.limit, **({"cursor": cursor} if cursor else {})}
            r = http.get(f"{sim.url}/items/changes", params=params)
            wire += len(r.content)
            page = r.json()
            count += len(page["items"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        elapsed = time.perf_counter() - t0
        results["full_pull_items"] = count
        results["full_pull_s"] = elapsed
        results["full_pull_items_per_s"] = count / elapsed
        results["full_pull_mb"] = wire / 1e6

        if args.bulk_files:
            files = [f for i in sim.catalogue_items() for f in i["files"]
                     if f["size"] == cfg.bulk_file_bytes]
            t0 = time.perf_counter()
            total = 0
            for f in files:
                h = hashlib.sha256()
                with http.get(f"{sim.url}/{f['url']}", stream=True) as resp:
                    for block in resp.iter_content(1 << 20):
                        h.update(block)
                        total += len(block)
                assert h.hexdigest() == f["sha256"]
            elapsed = time.perf_counter() - t0
            results["bulk_mb"] = total / 1e6
            results["bulk_mb_per_s"] = total / 1e6 / elapsed

    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for key, value in results.items():
            print(f"{key:24} {value:,.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
