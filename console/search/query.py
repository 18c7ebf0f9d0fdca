"""Full-text queries over the library: what the operator typed → ranked item ids.

What was typed is cut into words and turned into an FTS5 expression of quoted words, so
nothing typed is FTS syntax. Every word must appear; the last one, while it is being
typed, also as the start of a longer word once it has three letters: the words of the
index with that start are looked up (terms.py) and any of them matches. Folding is the
index's own: đ/Đ become d here, and FTS5's tokenizer folds case and accents of both
sides, so "dong nai", "Dong Nai", "đồng nai" and decomposed (NFD) input all find
"Đồng Nai".

Ranking (ranking_tiers): with several words, items holding them side by side as typed
come first, those with the phrase in the title before the others, the latest received
first; then every item with the words anywhere, by bm25 with the title weighted most
(ddl.WEIGHTS). One word: the word itself first ("thôn" before "thông"), then the longer
words it starts, each by bm25.
bm25 ranks a query that matches a thousand items or fewer over all of them, a vaguer
one ("xã") over its newest RANK_WINDOW matches: bm25 must look at every match it ranks,
and the newest bulletins are the ones an operator looks for. This keeps queries within a
few milliseconds on 150,000 items (benchmarks/bench_library.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from ..db import Database
from ..text.folding import fold
from .ddl import FTS_TABLE, LIST_TABLE, WEIGHTS
from .terms import words_starting_with
from .words import MIN_PREFIX, RANK_WINDOW, query_words

BM25 = f"bm25({FTS_TABLE}, {', '.join(str(w) for w in WEIGHTS)})"

# The index's words starting with a folded word, or None: too many (words_starting_with).
Completions = Callable[[str], list[str] | None]


def completions_in(conn: Any) -> Completions:
    """The index's words that start with a word, read through this connection."""
    return lambda start: words_starting_with(conn, start)


def _phrases(head: list[str], last: str, completions: Completions | None) -> str:
    """FTS5: the words `head` then `last` side by side, `last` also as the start of a
    longer word once it is long enough. Words hold letters and digits only."""
    before = "".join(w + " " for w in head)
    if len(last) < MIN_PREFIX:
        return f'"{before}{last}"'
    start = fold(last)
    words = completions(start) if completions is not None and start.isascii() else None
    if words is None:  # FTS5's own prefix query: slower, never wrong
        return f'"{before}{last}"*'
    if not words or words == [start]:  # none (nothing is found), or just the word
        return f'"{before}{last}"'
    alternatives = [f'"{before}{w}"' for w in words]
    return alternatives[0] if len(words) == 1 else "(" + " OR ".join(alternatives) + ")"


def match_expression(query: str, completions: Completions | None = None) -> str | None:
    """The FTS5 MATCH expression for what was typed, or None when there is nothing to
    find. `completions` gives the longer words the last word may be the start of
    (completions_in(conn)); without it, FTS5 looks for them itself, more slowly."""
    words = query_words(query)
    if not words:
        return None
    return " AND ".join([*('"' + w + '"' for w in words[:-1]),
                         _phrases([], words[-1], completions)])


@dataclass(frozen=True)
class Tier:
    """One step of the ranking: an FTS5 expression and how its matches are ordered."""

    match: str
    by_bm25: bool   # False: the latest received first (cheap: it stops after `limit`)


def ranking_tiers(query: str, completions: Completions | None = None) -> list[Tier]:
    """The steps of the ranking, best first. Several words: the words side by side as
    typed in the title ("Đồng Nai", not "chủ động … nai"), then side by side anywhere,
    both the latest received first; then the words anywhere, by bm25. One word: the word
    as typed, then the words it starts, both by bm25. Every tier's matches are matches of
    match_expression()."""
    words = query_words(query)
    if not words:
        return []
    everywhere = match_expression(query, completions)
    assert everywhere is not None
    if len(words) == 1:
        exact = f'"{words[0]}"'
        return [Tier(exact, True)] + ([Tier(everywhere, True)] if everywhere != exact else [])
    phrase = _phrases(words[:-1], words[-1], completions)
    return [Tier("{title} : " + phrase, False), Tier(phrase, False), Tier(everywhere, True)]


def rank_floor(conn: Any, match: str, window: int = RANK_WINDOW) -> int:
    """The smallest index key worth ranking: the newest `window` matches, or all of them."""
    row = conn.execute(text(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :m "
        "ORDER BY rowid DESC LIMIT 1 OFFSET :n"), {"m": match, "n": window - 1}).first()
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    kind: str
    priority: str


def ranked(conn: Any, query: str, *, limit: int, include_withdrawn: bool = False,
           columns: str = "k.item_id, s.title, k.kind, k.priority") -> list[Any]:
    """Rows of the best `limit` items for what was typed, best first (`k` is the item's
    library_item row, `s` its source_item row; the first column must be the id)."""
    rows: list[Any] = []
    taken: set[str] = set()
    for tier in ranking_tiers(query, completions_in(conn)):
        floor = rank_floor(conn, tier.match) if tier.by_bm25 else 0
        order = f"{BM25}, f.rowid DESC" if tier.by_bm25 else "f.rowid DESC"
        for row in conn.execute(text(
                f"SELECT {columns} FROM {FTS_TABLE} f JOIN {LIST_TABLE} k ON k.key = f.rowid "
                "JOIN source_item s ON s.id = k.item_id "
                f"WHERE {FTS_TABLE} MATCH :m AND f.rowid >= :floor "
                "AND (:withdrawn OR k.withdrawn = 0) "
                f"ORDER BY {order} LIMIT :limit"),
                {"m": tier.match, "floor": floor, "withdrawn": include_withdrawn,
                 "limit": limit + len(taken)}):
            if row[0] not in taken:
                taken.add(row[0])
                rows.append(row)
        if len(rows) >= limit:
            break
    return rows[:limit]


def search(db: Database, query: str, *, limit: int = 50,
           include_withdrawn: bool = False) -> list[SearchHit]:
    """The best `limit` items for what was typed, best first (withdrawn items left out)."""
    if match_expression(query) is None or limit <= 0:
        return []
    with db.read() as session:
        conn = session.connection()
        if conn.dialect.name == "postgresql":  # its own index: search/postgres.py
            from . import postgres

            rows = postgres.ranked(conn, query, limit=limit, include_withdrawn=include_withdrawn)
        else:
            rows = ranked(conn, query, limit=limit, include_withdrawn=include_withdrawn)
    return [SearchHit(*row) for row in rows]
