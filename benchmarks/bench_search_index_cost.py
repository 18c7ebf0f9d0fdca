"""What the search index costs a first sync, beside the rest of its writing.

The texts of N simulator items, as the sync hands them to the index (search/new_texts.py:
đ folded, tags joined), are indexed as a first sync does: a contentless FTS5 table with
the unicode61 tokenizer folding accents, its automerge and hash size, batches of
catalogue.INDEX_EVERY items in one transaction each. Three forms of the index: with word
positions (detail=full: what the library's phrase queries need, the one in use), with
columns only (detail=column) and with neither (detail=none). The floor is the same texts
inserted into a plain table in the same batches, in the same run.

    python benchmarks/bench_search_index_cost.py [--items 100000] [--rounds 3]

Compare the figures with the console's CPU in `bench_sync_catalogue.py` (about 10 s for
100,000 items): they say how much a lighter index could give back.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time

from _common import MEDIA_CACHE, median, report

from console.search import ddl
from console.search.new_texts import texts_of
from console.sim.source.catalogue import Catalogue
from console.sim.source.media import MediaPool
from console.sync.catalogue import INDEX_EVERY

COLUMNS = ", ".join(ddl.COLUMNS)


def _texts(items: int) -> list[tuple[object, ...]]:
    pool = MediaPool(MEDIA_CACHE, 3)
    pool.ensure()
    catalogue = Catalogue(seed=3, size=items, pool=pool)
    rows = []
    for n in range(items):
        item = catalogue.item(n)
        rows.append((n + 1, *texts_of(item["title"], item.get("summary"), item.get("body"),
                                      item.get("tags") or [], item.get("issuer"))))
    return rows


def _index(rows: list[tuple[object, ...]], create: list[str], table: str) -> float:
    """CPU seconds to insert `rows` into `table` (made by `create`) in a new file."""
    with tempfile.TemporaryDirectory(prefix="bench-fts-") as tmp:
        conn = sqlite3.connect(os.path.join(tmp, "index.sqlite3"), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        for statement in create:
            conn.execute(statement)
        insert = f"INSERT INTO {table} (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
        start = time.process_time()
        for first in range(0, len(rows), INDEX_EVERY):
            conn.execute("BEGIN")
            conn.executemany(insert, rows[first:first + INDEX_EVERY])
            conn.execute("COMMIT")
        spent = time.process_time() - start
        conn.close()
    return spent


def _fts(detail: str | None) -> list[str]:
    create = ddl.CREATE_FTS if detail is None else ddl.CREATE_FTS[:-1] + f", detail={detail})"
    return [create, ddl.SET_AUTOMERGE, ddl.SET_HASHSIZE]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rows = _texts(args.items)
    chars = sum(len(t or "") for row in rows for t in row[1:] if isinstance(t, str))
    print(f"search index cost: {args.items} items, {chars / args.items:.0f} characters of "
          f"text an item, {args.rounds} rounds")
    kinds = {"plain table": ([f"CREATE TABLE texts (rowid INTEGER PRIMARY KEY, {COLUMNS})"],
                             "texts"),
             "FTS5 detail=full (in use)": (_fts(None), ddl.FTS_TABLE),
             "FTS5 detail=column": (_fts("column"), ddl.FTS_TABLE),
             "FTS5 detail=none": (_fts("none"), ddl.FTS_TABLE)}
    spent: dict[str, list[float]] = {kind: [] for kind in kinds}
    for _round in range(args.rounds):  # interleaved: a noisy spell hits every kind alike
        for kind, (create, table) in kinds.items():
            spent[kind].append(_index(rows, create, table))
    floor = median(spent["plain table"])
    for kind in list(kinds)[1:]:
        cpu = median(spent[kind])
        report(f"index, {kind}", f"{cpu:.2f} s cpu ({cpu / args.items * 1e6:.1f} µs/item)",
               f"plain table {floor:.2f} s", cpu / floor, "- (what the index adds)")


if __name__ == "__main__":
    main()
