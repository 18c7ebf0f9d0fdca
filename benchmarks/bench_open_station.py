"""CPU to open a station's data folder (console.app.open_station): a new one (the schema
built by the migrations) and an existing one at the current schema (the console's every
start, and each command line run).

The floor, measured in the same run: what any open must do at least, a sqlite3 connection
that reads the schema's revision and the settings table, then closes. Medians of --rounds
opens, in CPU milliseconds of this process.

    python benchmarks/bench_open_station.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import report

from console.app import open_station


def cpu_ms(func: Callable[[], object]) -> float:
    start = time.process_time()
    func()
    return (time.process_time() - start) * 1000


def floor_open(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.execute("SELECT key, value FROM setting").fetchall()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        open_station(root / "warm").close()  # imports and first-use caches, not measured
        folders = [root / f"station{n}" for n in range(args.rounds)]
        new = [cpu_ms(lambda f=f: open_station(f).close()) for f in folders]
        existing = [cpu_ms(lambda f=f: open_station(f).close()) for f in folders]
        floor = [cpu_ms(lambda f=f: floor_open(f / "console.sqlite3")) for f in folders]
    floor_ms = statistics.median(floor)
    for name, figures in (("open a new station", new), ("open an existing station", existing)):
        ms = statistics.median(figures)
        report(name, f"{ms:.1f} ms CPU (median)", f"{floor_ms:.2f} ms", ms / floor_ms,
               "measured (no goal set)")


if __name__ == "__main__":
    main()
