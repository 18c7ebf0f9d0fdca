"""Initial catalogue sync of N items against a floor, an incremental sync with nothing new,
and how fast a misbehaving change feed is stopped.

Floor: the same pages fetched with plain requests and inserted with sqlite3 executemany,
in the same run against the same simulator process.

Two figures for the initial sync: the catalogue stored (every item validated, listed,
sortable and browsable in the library), and the search index complete as well (what a
pull leaves to the index's batches, if anything, is taken in as `sync` does right after).
The peak resident memory of this process (floor and sync) is printed too.

One more round takes the same pages from files already on disk instead of from the
simulator: the console's own work with both cores to itself, as when the source system
runs on another machine (the simulator otherwise takes a core's worth of the two). Its
floor reads the same files with json and inserts them with executemany.

The misbehaving feeds (the simulator's --feed-fault: "more" with the same cursor, a cursor
that goes back, a gzip page expanding past the size limit) each start after the first or
second page; a line gives the time from the start of `sync` to its clean stop, the items
kept, and how often the broken page was asked for.

    python benchmarks/bench_sync_catalogue.py [--items 100000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import requests
from _common import MEDIA_CACHE, median, report, simulator_process, timed

from console.app import open_station
from console.runtime import tune_interpreter
from console.search.backlog import index_backlog
from console.sim.source import FeedFault, SimulatorConfig, SourceSimulator
from console.sync.catalogue import CatalogueSync
from console.sync.client import ChangesPage
from console.sync.errors import IncompleteSync
from console.sync.pages import decode_page
from console.sync.service import SyncService

PAGE = 1000
# What the pull's threads do (CatalogueSync.pull: the caller's thread checks the pages).
ROLES = {"catalogue-writer": "writer", "MainThread": "checks", "catalogue-prefetch": "fetch"}


def floor_database(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE item (id TEXT PRIMARY KEY, revision INT, kind TEXT, title TEXT,"
                 " summary TEXT, body TEXT, priority TEXT, published_at TEXT, doc TEXT)")
    conn.execute("CREATE TABLE file (item_id TEXT, sha256 TEXT, size INT, url TEXT)")
    return conn


def floor_store(conn: sqlite3.Connection, page: dict[str, Any]) -> int:
    """A decoded page inserted with executemany, in one transaction; returns its items."""
    rows = [(i["id"], i["revision"], i["kind"], i["title"], i.get("summary"),
             i.get("body"), i["priority"], i["published_at"], json.dumps(i.get("tags")))
            for i in page["items"]]
    files = [(i["id"], f["sha256"], f["size"], f["url"]) for i in page["items"]
             for f in i["files"]]
    with conn:
        conn.executemany("INSERT OR REPLACE INTO item VALUES (?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO file VALUES (?,?,?,?)", files)
    return len(rows)


def signed_in(url: str, client_id: str) -> requests.Session:
    """A plain requests session with the simulator's demo account's token."""
    session = requests.Session()
    token = session.post(url + "/auth/token", json={
        "username": "demo", "password": "demo", "client_id": client_id}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    return session


def floor_sync(url: str, db_path: Path) -> int:
    session = signed_in(url, "floor")
    conn = floor_database(db_path)
    cursor, count = None, 0
    while True:
        params = {"limit": PAGE, **({"cursor": cursor} if cursor else {})}
        page = session.get(url + "/items/changes", params=params).json()
        count += floor_store(conn, page)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    conn.close()
    return count


def save_pages(url: str, folder: Path) -> dict[str | None, Path]:
    """Every page of the feed as the simulator sends it, one file each, by the cursor it
    was asked with."""
    session = signed_in(url, "saver")
    folder.mkdir()
    files: dict[str | None, Path] = {}
    cursor = None
    while True:
        params = {"limit": PAGE, **({"cursor": cursor} if cursor else {})}
        body = session.get(url + "/items/changes", params=params).content
        files[cursor] = folder / f"page{len(files)}.json"
        files[cursor].write_bytes(body)
        page = json.loads(body)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return files


class SavedPages:
    """The change feed read back from save_pages()'s files, decoded as the client decodes a
    page (what CatalogueSync asks of a client)."""

    def __init__(self, url: str, files: dict[str | None, Path]) -> None:
        self.base_url = url.rstrip("/") + "/"
        self.files = files

    def owns(self, url: str) -> bool:
        return url.startswith(self.base_url)

    def changes(self, cursor: str | None, *, limit: int = PAGE, wait: int = 0) -> ChangesPage:
        decoded = decode_page(self.files[cursor].read_bytes())
        assert decoded is not None
        return ChangesPage(*decoded)


def floor_from_files(files: dict[str | None, Path], db_path: Path) -> int:
    """floor_sync() with the pages read from save_pages()'s files."""
    conn = floor_database(db_path)
    count = sum(floor_store(conn, json.loads(path.read_bytes())) for path in files.values())
    conn.close()
    return count


def pages_from_files(url: str, tmp: Path) -> None:
    """The initial sync with the simulator's pages already on disk: no simulator on the
    cores while it runs."""
    files = save_pages(url, tmp / "pages")
    floor_s = timed(lambda: floor_from_files(files, tmp / "floor-files.sqlite3"))
    ctx = open_station(tmp / "ours-files")
    cpu, start = time.process_time(), time.perf_counter()
    stats = CatalogueSync(ctx.db, SavedPages(url, files), page_size=PAGE).pull()
    index_backlog(ctx.db)
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    ctx.close()
    report("initial sync, pages from disk", f"{took:.2f} s, {cpu / took:.2f} cores used",
           f"{floor_s:.2f} s", took / floor_s,
           f"- ({stats.added} items; no simulator on the cores)")


def children_cpu_s() -> float | None:
    """CPU seconds used so far by this process's children (the simulator), where /proc
    tells; None elsewhere."""
    try:
        pids = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
        total = 0
        for pid in pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        return total / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class CpuMeter:
    """CPU seconds of this process and of the simulator over a stretch of work: on a shared
    machine the wall-clock ratio moves with the other users' load, this one does not."""

    def __init__(self) -> None:
        self.ours, self.sim = time.process_time(), children_cpu_s()

    def stop(self) -> tuple[float, float | None]:
        sim = children_cpu_s()
        return (time.process_time() - self.ours,
                None if sim is None or self.sim is None else sim - self.sim)


class ThreadMeter:
    """Each thread's CPU seconds and its seconds waiting for a core over a stretch of work,
    by thread name, where /proc tells (Linux: schedstat). Threads that end during the
    stretch are sampled every 0.1 s, so their last tenth of a second may be missed."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[str, float, float]] = {}
        self._start = self._read()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="thread-meter")
        if self._start:
            self._thread.start()

    @staticmethod
    def _read() -> dict[int, tuple[float, float]]:
        out = {}
        try:
            for task in Path(f"/proc/{os.getpid()}/task").iterdir():
                run, wait, _ = (task / "schedstat").read_text().split()
                out[int(task.name)] = (int(run) / 1e9, int(wait) / 1e9)
        except (OSError, ValueError):
            return {}
        return out

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def _sample(self) -> None:
        names = {t.native_id: t.name for t in threading.enumerate()}
        for tid, (run, wait) in self._read().items():
            name = names.get(tid) or self._seen.get(tid, ("?", 0.0, 0.0))[0]
            self._seen[tid] = (name, run, wait)

    def stop(self) -> dict[str, tuple[float, float]]:
        """CPU seconds and seconds waiting for a core, by thread name (empty off Linux)."""
        if not self._start:
            return {}
        self._stop.set()
        self._thread.join()
        self._sample()
        totals: dict[str, tuple[float, float]] = {}
        for tid, (name, run, wait) in self._seen.items():
            run0, wait0 = self._start.get(tid, (0.0, 0.0))
            name = name.rstrip("_0123456789")  # a pool's threads under the pool's name
            cpu, waited = totals.get(name, (0.0, 0.0))
            totals[name] = (cpu + run - run0, waited + wait - wait0)
        return {n: t for n, t in totals.items() if n != "thread-meter" and t[0] >= 0.05}


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def misbehaving_feeds(tmp: Path) -> None:
    """Each fault in a feed of four pages, the real client with the field's retries: "more"
    with the same cursor from the second page on, the third page handing back the cursor
    the second was asked with, a gzip bomb as the second page."""
    sim = SourceSimulator(SimulatorConfig(items=4 * PAGE, seed=3, media_dir=MEDIA_CACHE,
                                          page_cap=PAGE)).start()
    try:
        for kind, after in (("stuck", PAGE), ("rewind", 2 * PAGE), ("bomb", PAGE)):
            sim.hostile.clear()
            sim.hostile.served.clear()
            sim.hostile.feed = FeedFault(kind, after=after)
            ctx = open_station(tmp / f"feed-{kind}")
            service = SyncService(ctx)
            service.login(sim.url, "demo", "demo")
            start = time.perf_counter()
            try:
                service.sync_once(media=False)
                outcome, kept = "did NOT stop", None
            except IncompleteSync as exc:
                outcome, kept = "stopped: " + str(exc)[:60] + "…", exc.result.items_added
            took = time.perf_counter() - start
            asked = sim.hostile.served.get(f"feed-{kind}", 0)
            report(f"feed fault '{kind}'", f"clean stop in {took:.2f} s", None, None,
                   f"<= a few s; {kept} items kept; broken page asked {asked}x; {outcome}")
            ctx.close()
    finally:
        sim.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    tune_interpreter()  # as the program does at start
    with simulator_process("--items", str(args.items), "--seed", "3") as url, \
            tempfile.TemporaryDirectory() as tmp:
        floors, ours, indexed, counts = [], [], [], []
        floor_cpu: list[tuple[float, float | None]] = []
        our_cpu: list[tuple[float, float | None]] = []
        our_threads: list[dict[str, tuple[float, float]]] = []
        for r in range(args.rounds):
            meter = CpuMeter()
            floors.append(timed(lambda r=r: floor_sync(url, Path(tmp) / f"floor{r}.sqlite3")))
            floor_cpu.append(meter.stop())
            ctx = open_station(Path(tmp) / f"ours{r}")
            service = SyncService(ctx)
            service.login(url, "demo", "demo")
            client = service.make_client()
            client.login()
            meter, threads = CpuMeter(), ThreadMeter()
            start = time.perf_counter()
            stats = CatalogueSync(ctx.db, client, page_size=PAGE).pull()
            ours.append(time.perf_counter() - start)
            index_backlog(ctx.db)
            indexed.append(time.perf_counter() - start)
            our_cpu.append(meter.stop())
            our_threads.append(threads.stop())
            counts.append(stats.added)
            incremental = [timed(lambda c=client, ctx=ctx: CatalogueSync(
                ctx.db, c, page_size=PAGE).pull()) for _ in range(5)]
            client.close()
            ctx.close()
        floor_s, ours_s, indexed_s = median(floors), median(ours), median(indexed)
        print(f"catalogue sync benchmark: {args.items} items, {args.rounds} rounds, "
              f"items stored {counts}")
        floor = f"{floor_s:.2f} s ({args.items / floor_s:,.0f}/s)"
        report("initial sync, catalogue stored", f"{ours_s:.2f} s ({counts[0] / ours_s:,.0f} "
               "items/s)", floor, ours_s / floor_s, "<= 1.5x")
        report("  + search index complete", f"{indexed_s:.2f} s", floor, indexed_s / floor_s,
               "<= 1.5x")
        for r in range(args.rounds):  # the ratio of each round, against its own floor
            report(f"  round {r + 1}", f"{ours[r]:.2f} s / {indexed[r]:.2f} s",
                   f"{floors[r]:.2f} s", indexed[r] / floors[r], "search ready")
        for r in range(args.rounds):  # CPU seconds: what the load of others does not move
            (fc, fs), (oc, os_) = floor_cpu[r], our_cpu[r]
            if fs is None or os_ is None:
                continue
            report(f"  round {r + 1}, cpu seconds", f"sync {oc:.1f} + simulator {os_:.1f}",
                   f"{fc:.1f} + {fs:.1f}", (oc + os_) / (fc + fs), "cpu, not wall")
        for r in range(args.rounds):  # the client's own share: what this program spends
            (fc, _), (oc, _) = floor_cpu[r], our_cpu[r]
            report(f"  round {r + 1}, cpu per item", f"sync {1e6 * oc / args.items:.0f} µs",
                   f"{1e6 * fc / args.items:.0f} µs", oc / fc, "client only")
        for r in range(args.rounds):  # where the sync's time goes: the longest thread
            if our_threads[r]:
                parts = sorted(our_threads[r].items(), key=lambda kv: -kv[1][0])
                report(f"  round {r + 1}, threads", ", ".join(
                    f"{ROLES.get(n, n)} {c:.1f}+{w:.1f}" for n, (c, w) in parts), None, None,
                    "cpu s + s waiting for a core")
        report("incremental sync, nothing new", f"median {median(incremental):.3f} s", None,
               None, "<= 0.3 s")
        rss = peak_rss_mb()
        if rss is not None:
            report("peak resident memory", f"{rss:.0f} MB", None, None, "< 300 MB")
        pages_from_files(url, Path(tmp))
        sys.stdout.flush()
        misbehaving_feeds(Path(tmp))


if __name__ == "__main__":
    main()
