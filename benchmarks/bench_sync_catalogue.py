"""Initial catalogue sync of N items against a floor, and an incremental sync with nothing new.

Floor: the same pages fetched with plain requests and inserted with sqlite3 executemany,
in the same run against the same simulator process.

Two figures for the initial sync: the catalogue stored (every item validated, listed,
sortable and browsable in the library), and the search index complete as well (a long
pull leaves its texts to the index's batches, which `sync` runs right after).

    python benchmarks/bench_sync_catalogue.py [--items 100000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import time
from pathlib import Path

import requests
from _common import median, report, simulator_process, timed

from console.app import open_station
from console.runtime import tune_interpreter
from console.search.backlog import index_backlog
from console.sync.catalogue import CatalogueSync
from console.sync.service import SyncService

PAGE = 1000


def floor_sync(url: str, db_path: Path) -> int:
    session = requests.Session()
    token = session.post(url + "/auth/token", json={
        "username": "demo", "password": "demo", "client_id": "floor"}).json()["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE item (id TEXT PRIMARY KEY, revision INT, kind TEXT, title TEXT,"
                 " summary TEXT, body TEXT, priority TEXT, published_at TEXT, doc TEXT)")
    conn.execute("CREATE TABLE file (item_id TEXT, sha256 TEXT, size INT, url TEXT)")
    cursor, count = None, 0
    while True:
        params = {"limit": PAGE, **({"cursor": cursor} if cursor else {})}
        page = session.get(url + "/items/changes", params=params).json()
        rows = [(i["id"], i["revision"], i["kind"], i["title"], i.get("summary"),
                 i.get("body"), i["priority"], i["published_at"], json.dumps(i.get("tags")))
                for i in page["items"]]
        files = [(i["id"], f["sha256"], f["size"], f["url"]) for i in page["items"]
                 for f in i["files"]]
        with conn:
            conn.executemany("INSERT OR REPLACE INTO item VALUES (?,?,?,?,?,?,?,?,?)", rows)
            conn.executemany("INSERT INTO file VALUES (?,?,?,?)", files)
        count += len(rows)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    conn.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    tune_interpreter()  # as the program does at start
    with simulator_process("--items", str(args.items), "--seed", "3") as url, \
            tempfile.TemporaryDirectory() as tmp:
        floors, ours, indexed, counts = [], [], [], []
        for r in range(args.rounds):
            floors.append(timed(lambda r=r: floor_sync(url, Path(tmp) / f"floor{r}.sqlite3")))
            ctx = open_station(Path(tmp) / f"ours{r}")
            service = SyncService(ctx)
            service.login(url, "demo", "demo")
            client = service.make_client()
            client.login()
            start = time.perf_counter()
            stats = CatalogueSync(ctx.db, client, page_size=PAGE).pull()
            ours.append(time.perf_counter() - start)
            index_backlog(ctx.db)
            indexed.append(time.perf_counter() - start)
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
               "-")
        report("incremental sync, nothing new", f"median {median(incremental):.3f} s", None,
               None, "<= 0.3 s")


if __name__ == "__main__":
    main()
