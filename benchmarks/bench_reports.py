"""Report statistics over a year of as-run entries (200,000 by default).

    python benchmarks/bench_reports.py                 # 200,000 entries in a temp folder
    python benchmarks/bench_reports.py --entries 50000 --runs 5

A station of 12 clusters and 2 boards in 6 villages airs 2,000 items over 2026: every
airing is played by every target, so entries come in groups as real programmes do. The
figure is compute_statistics() for the year (every as-run row) and for one month; the floor
is a single COUNT(*) over the same rows, measured in the same run. Then the annual report
with a plan of 13 themes (one a month and one for the year, matched by category): building
it (figures and plan against actual) against the statistics alone, in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(root: Path, entries: int, seed: int = 7) -> None:
    from sqlalchemy import insert

    from console.app import open_station
    from console.models import AsRunEntry, Category, DeliveryTarget, DeviceStatusSample, SourceItem
    from console.models.station import Village

    rng = random.Random(seed)
    ctx = open_station(root)
    utc = dt.UTC
    year_start = dt.datetime(2025, 12, 31, 17, 0, tzinfo=utc)  # 1 Jan 2026 00:00 VN
    targets = [(f"c{i:02d}", "loudspeaker_cluster", 1 + i % 6) for i in range(12)]
    targets += [("b01", "bulletin_board", None), ("b02", "bulletin_board", None)]
    with ctx.db.write() as s:
        s.add_all([Village(id=i, name=f"Thôn {i}") for i in range(1, 7)])
        s.add_all([Category(code=f"cat{i}", name=f"Chuyên mục {i}") for i in range(8)])
        s.flush()
        for tid, kind, village in targets:
            s.add(DeliveryTarget(id=tid, kind=kind, name=tid, village_id=village,
                                 protocol="reference", address="http://127.0.0.1:9"))
        s.flush()
        items = []
        for i in range(2000):
            items.append({"id": f"it-{i}", "kind": "stream" if i % 50 == 0 else "audio",
                          "title": f"Bản tin {i}", "priority": rng.choice(
                              ["normal"] * 8 + ["priority", "emergency"]),
                          "category_code": f"cat{i % 8}", "origin": "province",
                          "published_at": year_start + dt.timedelta(minutes=i * 262),
                          "local": False})
        s.execute(insert(SourceItem), items)
        rows, n = [], 0
        while n < entries:
            item = items[rng.randrange(len(items))]
            start = item["published_at"] + dt.timedelta(minutes=rng.randrange(5, 600))
            length = rng.uniform(60, 900)
            for tid, kind, _v in targets:
                result = rng.choices(["success", "partial", "failed"], [90, 6, 4])[0]
                played = length if result == "success" else length / 2 if result == "partial" \
                    else 0.0
                rows.append({"id": f"e{n:07d}", "item_id": item["id"], "title": item["title"],
                             "target_id": tid, "target_kind": kind, "scheduled_at": start,
                             "started_at": start + dt.timedelta(seconds=rng.randrange(3)),
                             "ended_at": start + dt.timedelta(seconds=played),
                             "played_s": played, "requested_s": length, "result": result,
                             "priority": item["priority"], "content_origin": "source",
                             "source": "device", "uploaded": True})
                n += 1
                if n >= entries:
                    break
            if len(rows) >= 20_000:
                s.execute(insert(AsRunEntry), rows)
                rows = []
        if rows:
            s.execute(insert(AsRunEntry), rows)
        samples = [{"target_id": tid, "at": year_start + dt.timedelta(minutes=30 * k),
                    "status": rng.choices(["online", "offline"], [95, 5])[0]}
                   for k in range(0, 17520, 4) for tid, _k, _v in targets]
        s.execute(insert(DeviceStatusSample), samples)
    ctx.close()


def measure(root: Path, runs: int) -> None:
    from sqlalchemy import func, select

    from console.app import open_station
    from console.models import AsRunEntry
    from console.services.reports.indicators import compute_statistics
    from console.services.reports.periods import aware_bounds, parse_period

    ctx = open_station(root)
    try:
        for code in ("2026", "2026-06"):
            period = parse_period(code)
            start, end = aware_bounds(period)
            with ctx.db.read() as s:
                rows = s.scalar(select(func.count()).select_from(AsRunEntry).where(
                    AsRunEntry.started_at >= start, AsRunEntry.started_at < end))
            times, floors = [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                stats = compute_statistics(ctx, period)
                times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                with ctx.db.read() as s:
                    s.scalar(select(func.count()).select_from(AsRunEntry).where(
                        AsRunEntry.started_at >= start, AsRunEntry.started_at < end))
                floors.append(time.perf_counter() - t0)
            fig, floor = statistics.median(times), statistics.median(floors)
            report(f"statistics {code} ({rows} rows)", f"median {fig * 1000:.0f} ms",
                   f"COUNT(*) {floor * 1000:.1f} ms", fig / floor if floor else None,
                   "a year's report in under 5 s")
            assert stats.indicators["plays_requested"].value == rows
    finally:
        ctx.close()


def measure_report(root: Path, runs: int) -> None:
    """The annual report with its plan against actual, against the year's statistics."""
    from console.app import open_station
    from console.models import PlanTheme
    from console.services.permissions import SYSTEM
    from console.services.reports import forms
    from console.services.reports.indicators import compute_statistics
    from console.services.reports.periods import parse_period

    ctx = open_station(root)
    try:
        with ctx.db.write() as s:
            s.add_all([PlanTheme(year=2026, period_kind="month", period_index=m,
                                 title=f"Chủ đề tháng {m}", tags=[f"cat{m % 8}"],
                                 planned_airings=200, position=m) for m in range(1, 13)])
            s.add(PlanTheme(year=2026, period_kind="year", period_index=None,
                            title="Chủ đề cả năm", tags=["cat0", "cat1"],
                            planned_airings=3000, position=13))
        period = parse_period("2026")
        builds, stats = [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            view = forms.build_report(ctx, SYSTEM, period)
            builds.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            compute_statistics(ctx, period)
            stats.append(time.perf_counter() - t0)
        fig, floor = statistics.median(builds), statistics.median(stats)
        airings = sum(t["actual"]["airings"] for t in view.sections["plan"])
        report(f"annual report with plan against actual ({airings} themed airings)",
               f"median {fig:.2f} s", f"statistics alone {floor:.2f} s",
               fig / floor if floor else None, "at most 1.5× the statistics alone")
    finally:
        ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        t0 = time.perf_counter()
        build(Path(tmp), args.entries)
        print(f"built {args.entries} as-run entries in {time.perf_counter() - t0:.1f} s")
        measure(Path(tmp), args.runs)
        measure_report(Path(tmp), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
