"""The library at 150,000 items: search latency against a LIKE scan, the cost of keeping the
search index in step with the sync's inserts, the list's first paint and memory, and the
programme editor's campaign suggestions (which read the items' tags).

    python benchmarks/bench_library.py                    # 150,000 items in a temp folder
    python benchmarks/bench_library.py --items 30000 --overhead-items 5000
    python benchmarks/bench_library.py --keep /tmp/lib150k   # keep the built station
    python benchmarks/bench_library.py --reuse /tmp/lib150k  # measure a kept one again
    python benchmarks/bench_library.py --postgres         # SQLite, then PostgreSQL, same run
    python benchmarks/bench_library.py --postgres --keep /tmp/lib150k --overhead-items 0
    python benchmarks/bench_library.py --postgres --reuse /tmp/lib150k --overhead-items 0

With --postgres the same items are stored and measured a second time on a throwaway
PostgreSQL server (Debian's postgresql package, tests/pg_server.py), or on the server of
--postgres-url URL (an empty database), and both back ends' figures are printed. With
--keep DIR the throwaway server's cluster and station are kept beside DIR, in DIR-postgres
(the server stopped at the end), and --reuse DIR starts it again and measures what it
holds.

Each back end's slowest queries are printed with their median time, so a slow kind of
query (a rare phrase, a short prefix) shows by name.

Items come from the source simulator's catalogue generator (realistic Vietnamese text)
and are stored through the sync's own page-storing code (CatalogueSync), so the
triggers see exactly what a real sync writes. The list is measured in a fresh process
(python … --model DIR) so that its memory is the console's, not the generator's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

from _common import MEDIA_CACHE, report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGE = 1000
# What operators type: places, topics, with and without accents, NFD, half-typed words.
QUERIES = [
    "dong nai", "Đồng Nai", unicodedata.normalize("NFD", "đồng nai"), "DONG NAI",
    "bão số 3", "bao so 7", "khắc phục hậu quả", "lũ quét", "sat lo dat", "Krông Búk",
    "Đắk Lắk", "dak lak", "tiêm chủng", "tiem phong", "dịch tả lợn châu phi", "cúm gia cầm",
    "sốt xuất huyết", "lúa", "hạn mặn", "nông thôn mới", "chuyển đổi số", "bầu cử",
    "an toàn giao thông", "phòng cháy", "thông báo", "xã", "H'Mông", "tiếng Khmer",
    "bảo hiểm y tế", "Ea Kar", "Cư M'gar", "giá lúa", "tuyển quân", "nghĩa vụ quân sự",
    # as typed, the last word unfinished
    "thôn", "tha", "nghi", "dong n", "bao s", "tiem ch", "chuyen do", "khac ph",
]


class _Client:
    """What CatalogueSync needs of a source client to store a page."""

    base_url = "http://127.0.0.1:9/api/v1/"

    def owns(self, url: str) -> bool:
        return url.startswith(self.base_url)


def build(root: Path, items: int, *, triggers: bool = True,
          database: str | None = None) -> dict[str, float]:
    """A station with `items` catalogue items stored by the sync's code; timings."""
    from console.app import open_station
    from console.models import Category
    from console.search import ddl
    from console.sim.source.catalogue import Catalogue
    from console.sim.source.media import MediaPool
    from console.sync.catalogue import CatalogueSync, PullStats
    from console.sync.client import ChangesPage

    pool = MediaPool(MEDIA_CACHE, 3)
    pool.ensure()
    catalogue = Catalogue(seed=3, size=items, pool=pool)
    ctx = open_station(root, database=database)
    try:
        if not triggers:
            with ctx.db.write() as session:
                drops = (["DROP TRIGGER source_item_library ON source_item"]
                         if ctx.db.is_postgres else
                         [f"DROP TRIGGER {trigger}" for trigger in ddl.TRIGGERS])
                for drop in drops:
                    session.connection().exec_driver_sql(drop)
        with ctx.db.write() as session:
            for c in catalogue.categories():
                session.merge(Category(**c))
        sync = CatalogueSync(ctx.db, _Client())  # type: ignore[arg-type]
        stats = PullStats()
        wall = cpu = 0.0
        for start in range(0, items, PAGE):
            page = [catalogue.item(i) for i in range(start, min(items, start + PAGE))]
            w, c = time.perf_counter(), time.process_time()
            sync._store_page(ChangesPage(page, [], f"c{start}", True), stats, None)
            wall += time.perf_counter() - w
            cpu += time.process_time() - c
        assert stats.added == items, stats
        if ctx.db.is_postgres:  # the planner's statistics, as autovacuum would gather them
            with ctx.db.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM ANALYZE")
        return {"wall": wall, "cpu": cpu}
    finally:
        ctx.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


SLOWEST = 5  # queries named with their time


def bench_search(root: Path, rounds: int, database: str | None = None) -> dict[str, Any]:
    from sqlalchemy import text

    from console.db.migrate import open_server_database
    from console.search.query import search
    from console.search.schema import ensure_index
    from console.search.terms import forget as forget_words
    from console.station import open_station_database

    # The station's own opener: fold() and the index's hooks on SQLite connections.
    db = (open_server_database(database) if database else
          open_station_database(root / "console.sqlite3"))
    try:
        ensure_index(db)
        results = {q: [h.id for h in search(db, q, limit=50)] for q in QUERIES}  # warm up
        variants = [results[q] for q in QUERIES[:4]]
        assert all(v == variants[0] for v in variants), "accent variants disagree"
        assert variants[0], "dong nai found nothing"
        fts: list[float] = []
        per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
        for _ in range(rounds):
            for q in QUERIES:
                start = time.perf_counter()
                search(db, q, limit=50)
                fts.append(time.perf_counter() - start)
                per_query[q].append(fts[-1])
        # Each search looking the last word's longer words up afresh (terms.py remembers
        # them until the index changes; the runs above found them remembered).
        afresh: list[float] = []
        for q in QUERIES:
            forget_words()
            start = time.perf_counter()
            search(db, q, limit=50)
            afresh.append(time.perf_counter() - start)
        like: list[float] = []
        with db.read() as session:
            conn = session.connection()
            sql = text("SELECT count(*) FROM source_item WHERE title LIKE :p OR summary LIKE :p"
                       " OR body LIKE :p OR issuer LIKE :p OR CAST(tags AS TEXT) LIKE :p")
            for q in QUERIES:
                start = time.perf_counter()
                conn.execute(sql, {"p": f"%{q}%"}).scalar()
                like.append(time.perf_counter() - start)
            start = time.perf_counter()
            folded = conn.execute(text(
                "SELECT count(*) FROM source_item WHERE fold(title) LIKE :p "
                "OR fold(summary) LIKE :p OR fold(body) LIKE :p"), {"p": "%dong nai%"}).scalar()
            folded_s = time.perf_counter() - start
        return {"fts_p50": statistics.median(fts), "fts_p95": percentile(fts, 95),
                "fts_max": max(fts), "afresh_p50": statistics.median(afresh),
                "afresh_p95": percentile(afresh, 95), "like_p50": statistics.median(like),
                "like_p95": percentile(like, 95), "folded_like": folded_s,
                "folded_hits": folded or 0, "dong_nai_hits": len(variants[0]),
                "runs": len(fts),
                "slowest": sorted(((statistics.median(t), q) for q, t in per_query.items()),
                                  reverse=True)[:SLOWEST]}
    finally:
        db.dispose()


def bench_suggestions(root: Path, rounds: int, database: str | None = None
                      ) -> dict[str, float]:
    """The editor's campaign suggestion when no item carries the theme (its worst case:
    every item's tags read, newest first), against the same rows read with plain sqlite3
    (SQLite only; 0 for PostgreSQL)."""
    import datetime as dt
    import sqlite3

    from console.app import open_station
    from console.models.enums import Role
    from console.services.permissions import Actor
    from console.services.programmes import campaigns

    # A village event of its own, three days after a day no national event is near, with a
    # theme no item carries.
    day = dt.date(2026, 12, 7)
    editor = Actor("bench", Role.ADMIN, "Benchmark")
    ctx = open_station(root, database=database)
    try:
        assert not campaigns.near(ctx.db, day, 7).themes
        event = campaigns.save_entry(ctx.db, editor, campaigns.Campaign(
            12, 10, "Hội thi chưa ai gắn thẻ", "hoi-thi-chua-ai-gan-the", level="local"))
        try:
            times = []
            for _ in range(max(3, rounds)):
                start = time.perf_counter()
                found = campaigns.suggest_items(ctx.db, day, 7, 10)
                times.append(time.perf_counter() - start)
            assert found == [], found
        finally:
            campaigns.delete_entry(ctx.db, editor, event)
    finally:
        ctx.close()
    floor = 0.0
    if database is None:
        conn = sqlite3.connect(root / "console.sqlite3")
        floors = []
        for _ in range(max(3, rounds)):
            start = time.perf_counter()
            conn.execute("SELECT id, tags FROM source_item WHERE NOT withdrawn "
                         "ORDER BY published_at DESC").fetchall()
            floors.append(time.perf_counter() - start)
        conn.close()
        floor = statistics.median(floors)
    return {"suggest": statistics.median(times), "floor": floor}


def model_child(root: Path) -> None:
    """In a fresh process: the list's first paint, full list, title sort, a search; memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from console.app import open_station
    from console.services.library_query import LibraryFilter, Sort, SortKey
    from console.ui.library.model import Column, LibraryModel
    from console.ui.library.table import LibraryTable
    from console.ui.tasks import TaskRunner

    app = QApplication(sys.argv[:1])
    ctx = open_station(root)
    tasks = TaskRunner()
    model = LibraryModel(ctx, tasks)
    view = LibraryTable(model)
    view.resize(1100, 700)
    view.show()
    out: dict[str, float] = {}

    def wait(condition, timeout: float = 120.0) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        while not condition():
            app.processEvents()
            if time.perf_counter() - start > timeout:
                raise TimeoutError("the list did not load")
            time.sleep(0.001)
        return time.perf_counter() - start

    def visible_rows_ready() -> bool:
        if model.rowCount() == 0:
            return False
        for row in range(min(20, model.rowCount())):
            model.data(model.index(row, Column.TITLE))   # what the view asks for
        return all(model.row_data(r) is not None for r in range(min(20, model.rowCount())))

    loads: list[tuple[int, bool]] = []
    model.loaded.connect(lambda n, complete: loads.append((n, complete)))

    def load(f: LibraryFilter, sort: Sort | None = None) -> tuple[float, float]:
        """(until the first rows are shown, until every id is in), seconds."""
        loads.clear()
        start = time.perf_counter()
        model.set_query(f, sort)
        wait(lambda: bool(loads) and visible_rows_ready())
        view.viewport().repaint()
        first = time.perf_counter() - start
        wait(lambda: bool(loads) and loads[-1][1])
        return first, time.perf_counter() - start

    # The window is on screen before the library is opened: its first paint (fonts,
    # style) is the application's start, not the list's.
    view.viewport().repaint()
    app.processEvents()
    out["first_paint"], out["all_ids"] = load(LibraryFilter())
    out["rows"] = model.rowCount()
    out["reload_first"], out["reload_all"] = load(LibraryFilter(origins=frozenset()))
    out["sort_title_first"], out["sort_title"] = load(LibraryFilter(),
                                                      Sort(SortKey.TITLE, False))
    out["sort_issuer_first"], out["sort_issuer"] = load(LibraryFilter(),
                                                        Sort(SortKey.ISSUER, False))
    out["search_first"], out["search_all"] = load(LibraryFilter(text="xã"))
    out["search_rows"] = model.rowCount()
    out["search2_first"], out["search2_all"] = load(LibraryFilter(text="dong nai"))
    load(LibraryFilter())
    # scrolling: a jump paints at once ("…" where rows are still being read), the rows
    # follow a block at a time; old blocks are let go
    import random

    rng = random.Random(1)
    paints, fills = [], []
    for _ in range(40):
        row = rng.randrange(model.rowCount())
        start = time.perf_counter()
        view.scrollTo(model.index(row, 0))
        view.viewport().repaint()
        paints.append(time.perf_counter() - start)
        top = view.rowAt(0)
        fills.append(wait(lambda top=top: all(model.row_data(r) is not None
                                              for r in range(top, top + 20))))
        view.viewport().repaint()
    for _ in range(40):   # then rows already read: what scrolling back and forth costs
        start = time.perf_counter()
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 3)
        view.viewport().repaint()
        paints.append(time.perf_counter() - start)
    out["paint_p50"], out["paint_p95"] = statistics.median(paints), percentile(paints, 95)
    out["fill_p50"], out["fill_p95"] = statistics.median(fills), percentile(fills, 95)
    out["blocks_kept"] = len(model._blocks)
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines()
                      if ":" in line)
        out["rss_mb"] = int(fields["VmRSS"].split()[0]) / 1024
        out["peak_rss_mb"] = int(fields["VmHWM"].split()[0]) / 1024
    else:  # pragma: no cover - Windows: peak working set through the resource-free API
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                        ("PeakWorkingSetSize", ctypes.c_size_t),
                        ("WorkingSetSize", ctypes.c_size_t)] + [
                (f"f{i}", ctypes.c_size_t) for i in range(5)]

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
            ctypes.windll.kernel32.GetCurrentProcess(), ctypes.byref(counters),  # type: ignore[attr-defined]
            counters.cb)
        out["rss_mb"] = counters.WorkingSetSize / 2**20
        out["peak_rss_mb"] = counters.PeakWorkingSetSize / 2**20
    tasks.shutdown()
    ctx.close()
    print(json.dumps(out))


def measure(label: str, root: Path, tmp: Path, args: argparse.Namespace,
            server: Any | None = None) -> dict[str, float]:
    """Build (unless reused) and measure one back end; prints its figures, returns the
    search p95 and the list's first rows."""
    database = server.url(server.database) if server is not None else None

    def fresh(name: str) -> str | None:
        if server is None:
            return None
        server.create(name)
        return server.url(name)

    if not args.reuse:
        timing = build(root, args.items, database=database)
        report(f"{label}: store {args.items} items", f"{timing['wall']:.1f} s wall "
               f"({args.items / timing['wall']:.0f}/s)", None, None, "sync unaffected")
    if args.overhead_items:
        plain = build(tmp / f"{label}-plain", args.overhead_items, triggers=False,
                      database=fresh("plain"))
        indexed = build(tmp / f"{label}-indexed", args.overhead_items, database=fresh("indexed"))
        per_item = (indexed["cpu"] - plain["cpu"]) / args.overhead_items * 1e6
        report(f"{label}: store {args.overhead_items}, index in step",
               f"{indexed['wall']:.2f} s wall {indexed['cpu']:.2f} s cpu",
               f"{plain['wall']:.2f} s wall {plain['cpu']:.2f} s cpu (no index)",
               # the server's work is not this process's cpu: PostgreSQL compares wall time
               (indexed["wall"] / plain["wall"] if server is not None
                else indexed["cpu"] / plain["cpu"]), f"+{per_item:.0f} us cpu per item")
    s = bench_search(root, args.rounds, database)
    report(f"{label}: search p50 ({s['runs']:.0f} runs)", f"{s['fts_p50'] * 1000:.1f} ms",
           f"LIKE scan {s['like_p50'] * 1000:.0f} ms", s["like_p50"] / s["fts_p50"], "-")
    report(f"{label}: search p95", f"{s['fts_p95'] * 1000:.1f} ms (max "
           f"{s['fts_max'] * 1000:.0f})", f"LIKE scan {s['like_p95'] * 1000:.0f} ms",
           s["like_p95"] / s["fts_p95"], "<= 20 ms")
    report(f"{label}: search p95, words afresh", f"{s['afresh_p95'] * 1000:.1f} ms "
           f"(p50 {s['afresh_p50'] * 1000:.1f})", f"LIKE scan {s['like_p95'] * 1000:.0f} ms",
           s["like_p95"] / s["afresh_p95"], "<= 20 ms (the last word's longer words "
           "looked up for each search)")
    for ms, q in s["slowest"]:
        report(f"{label}:   slow query {q!r}", f"{ms * 1000:.1f} ms (median)", None, None,
               "<= 20 ms")
    report(f"{label}: folded LIKE scan ('dong nai')", f"{s['folded_like'] * 1000:.0f} ms",
           None, None, f"{s['folded_hits']:.0f} items; FTS top 50 in "
           f"{s['fts_p50'] * 1000:.1f} ms")
    c = bench_suggestions(root, args.rounds, database)
    report(f"{label}: campaign suggestions (no tagged item: every item read)",
           f"{c['suggest'] * 1000:.0f} ms (median)",
           f"plain SELECT of ids and tags {c['floor'] * 1000:.0f} ms" if c["floor"] else None,
           c["suggest"] / c["floor"] if c["floor"] else None,
           "<= 2x (a programme chosen in the editor near a campaign)")
    env = dict(os.environ)
    if database:
        env["COMMUNE_CONSOLE_DATABASE"] = database
    child = subprocess.run([sys.executable, __file__, "--model", str(root)],
                           capture_output=True, text=True, timeout=1800, env=env)
    if child.returncode != 0:
        raise SystemExit(f"model measurement failed:\n{child.stderr[-2000:]}")
    m = json.loads(child.stdout.strip().splitlines()[-1])
    report(f"{label}: list first rows ({m['rows']:.0f})", f"{m['first_paint'] * 1000:.0f} ms",
           None, None, "<= 300 ms")
    report(f"{label}: list, every id read", f"{m['all_ids'] * 1000:.0f} ms", None, None, "-")
    report(f"{label}: list read again (F5)", f"first {m['reload_first'] * 1000:.0f} ms, "
           f"all {m['reload_all'] * 1000:.0f} ms", None, None, "-")
    for key, name in (("sort_title", "list sorted by title (vi)"),
                      ("sort_issuer", "list sorted by issuer (vi)"),
                      ("search", f"list search 'xã' ({m['search_rows']:.0f})"),
                      ("search2", "list search 'dong nai'")):
        report(f"{label}: {name}", f"first {m[key + '_first'] * 1000:.0f} ms, "
               f"all {m[key] * 1000 if key in m else m[key + '_all'] * 1000:.0f} ms",
               None, None, "-")
    report(f"{label}: list paint (scrolling)", f"p50 {m['paint_p50'] * 1000:.1f} ms "
           f"p95 {m['paint_p95'] * 1000:.1f} ms", None, None, "smooth")
    report(f"{label}: rows filled after a jump", f"p50 {m['fill_p50'] * 1000:.0f} ms "
           f"p95 {m['fill_p95'] * 1000:.0f} ms", None, None, "-")
    report(f"{label}: memory with the list", f"{m['rss_mb']:.0f} MB "
           f"(peak {m['peak_rss_mb']:.0f})", None, None, "<= 300 MB")
    return {"p95": s["fts_p95"], "first": m["first_paint"], "search_first": m["search_first"]}


class _Server:
    """Where the PostgreSQL run keeps its databases: a throwaway server, or --postgres-url."""

    def __init__(self, url: str | None, cluster: Path | None = None,
                 reuse: bool = False) -> None:
        self.given = url
        self.database = "bench_library"
        self._throwaway: Any = None
        if url is None:
            from tests.pg_server import ThrowawayServer

            if reuse and (cluster is None or not (cluster / "data").exists()):
                raise SystemExit(f"no PostgreSQL cluster kept in {cluster} (--keep first)")
            self._throwaway = ThrowawayServer(cluster).start()
            if not reuse:
                self.create(self.database)

    def url(self, name: str) -> str:
        if self._throwaway is not None:
            return str(self._throwaway.url(name))
        from sqlalchemy.engine import make_url

        assert self.given is not None
        return make_url(self.given).set(database=name).render_as_string(hide_password=False)

    def create(self, name: str) -> None:
        if self._throwaway is not None:
            self._throwaway.sql(f"DROP DATABASE IF EXISTS {name}")
            self._throwaway.sql(f"CREATE DATABASE {name}")
        elif name != self.database:
            raise SystemExit("--overhead-items 0 with --postgres-url (it needs more databases)")

    def stop(self) -> None:
        if self._throwaway is not None:
            self._throwaway.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=150_000)
    parser.add_argument("--overhead-items", type=int, default=20_000,
                        help="items stored with and without the search triggers")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the query list")
    parser.add_argument("--keep", type=Path, help="build the station here and keep it")
    parser.add_argument("--reuse", type=Path, help="measure a station kept earlier")
    parser.add_argument("--model", type=Path, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--postgres", action="store_true",
                        help="measure PostgreSQL too (a throwaway server unless --postgres-url)")
    parser.add_argument("--postgres-url", help="an empty PostgreSQL database to measure on")
    args = parser.parse_args()
    if args.model:
        model_child(args.model)
        return

    tmp = Path(tempfile.mkdtemp(prefix="bench-library-"))
    server = None
    try:
        root = args.reuse or args.keep or tmp / "station"
        figures = {"SQLite": measure("SQLite", root, tmp, args)}
        if args.postgres or args.postgres_url:
            kept = args.reuse or args.keep
            # Beside the SQLite station: its folder is private, the server runs as its own
            # user when the benchmark runs as root.
            cluster = kept.with_name(kept.name + "-postgres") if kept else None
            server = _Server(args.postgres_url, cluster, reuse=bool(args.reuse))
            figures["PostgreSQL"] = measure(
                "PostgreSQL", cluster / "station" if cluster else tmp / "pg-station", tmp,
                args, server)
            sq, pg = figures["SQLite"], figures["PostgreSQL"]
            report("search p95, PostgreSQL against SQLite", f"{pg['p95'] * 1000:.1f} ms",
                   f"{sq['p95'] * 1000:.1f} ms", pg["p95"] / sq["p95"], "<= 20 ms both")
            report("list first rows, PostgreSQL against SQLite",
                   f"{pg['first'] * 1000:.0f} ms", f"{sq['first'] * 1000:.0f} ms",
                   pg["first"] / sq["first"], "<= 300 ms both")
    finally:
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
