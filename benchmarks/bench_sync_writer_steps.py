"""Where a first catalogue sync spends its CPU, step by step, with the pages already on disk
(no simulator on the cores): the thread checking pages, and in the writer's thread each
table's inserts (triggers included), the search index and the commits. The floor is the
same pages read with json and inserted with executemany into two plain tables, in the same
run (bench_sync_catalogue.py's floor).

`--defer-indexes` measures one way out: every secondary index of the catalogue's tables
dropped for the pull and built at its end (only the titles' index is, today). The line
"indexes built at the end" then says what the building costs.

    python benchmarks/bench_sync_writer_steps.py [--items 100000] [--defer-indexes]
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import report, simulator_process, timed
from bench_sync_catalogue import PAGE, SavedPages, floor_from_files, save_pages

from console.app import open_station
from console.db import bulk_load
from console.db.bulk import RowConverter
from console.models import ItemFile, LibraryItem, LibraryTitle, SourceItem
from console.runtime import tune_interpreter
from console.search.backlog import index_backlog
from console.sync import catalogue

cpu_by_step: Counter[str] = Counter()
_lock = threading.Lock()


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    start = time.thread_time()
    try:
        yield
    finally:
        with _lock:
            cpu_by_step[name] += time.thread_time() - start


def counted(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with step(name):
            return func(*args, **kwargs)
    return wrapper


def instrument() -> None:
    """Count each step's thread CPU (the functions are wrapped, not changed)."""
    insert = RowConverter.insert

    def insert_counted(self: RowConverter, session: Any, params: list[Any]) -> None:
        table = self._head.split()[2]  # "INSERT INTO <table> (…"
        with step(f"writer: insert {table} (with its triggers)"):
            insert(self, session, params)

    RowConverter.insert = insert_counted  # type: ignore[method-assign]
    catalogue.index_new_texts = counted("writer: search index (FTS5)", catalogue.index_new_texts)
    sync = catalogue.CatalogueSync
    sync._write_pages = counted("writer: all", sync._write_pages)  # type: ignore[method-assign]
    sync._check_page = counted("checks: all", sync._check_page)  # type: ignore[method-assign]
    sync._index_titles = counted("indexes built at the end", sync._index_titles)  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--defer-indexes", action="store_true",
                        help="drop every secondary index of the catalogue for the pull")
    args = parser.parse_args()
    tune_interpreter()
    if args.defer_indexes:
        bulk_load.DEFERRED = (*LibraryTitle.__table__.indexes, *SourceItem.__table__.indexes,
                              *LibraryItem.__table__.indexes, *ItemFile.__table__.indexes)
    instrument()
    with simulator_process("--items", str(args.items), "--seed", "3") as url, \
            tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        files = save_pages(url, tmp / "pages")
        floor_s = timed(lambda: floor_from_files(files, tmp / "floor.sqlite3"))
        ctx = open_station(tmp / "station")
        cpu, start = time.process_time(), time.perf_counter()
        stats = catalogue.CatalogueSync(ctx.db, SavedPages(url, files), page_size=PAGE).pull()
        index_backlog(ctx.db)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu
        ctx.close()
    print(f"first sync of {stats.added} items from pages on disk"
          + (", every secondary index built at the end" if args.defer_indexes else ""))
    report("initial sync, search ready", f"{took:.2f} s, cpu {cpu:.2f} s", f"{floor_s:.2f} s",
           took / floor_s, "- (the whole: bench_sync_catalogue.py)")
    writer = cpu_by_step.pop("writer: all", 0.0)
    parts = sorted((name for name in cpu_by_step if name.startswith("writer: ")),
                   key=lambda name: -cpu_by_step[name])
    for name in ["checks: all", "indexes built at the end"]:
        if name in cpu_by_step:
            print(f"  {name:<48} {cpu_by_step[name]:6.2f} s cpu")
    print(f"  {'writer: all':<48} {writer:6.2f} s cpu")
    for name in parts:
        print(f"  {name:<48} {cpu_by_step[name]:6.2f} s cpu")
    rest = writer - sum(cpu_by_step[name] for name in parts)
    print(f"  {'writer: the rest (existing ids, commits, cursor)':<48} {rest:6.2f} s cpu")


if __name__ == "__main__":
    main()
