"""Library search on PostgreSQL: the same words, folding and ranking as the SQLite index.

Migration 0009 builds it: `item_search(key, doc)` holds each library_item's weighted
tsvector (title A, tags B, summary and issuer C, body D) of its text folded by the SQL
function fold() (NFC, đ/Đ → d, unaccent, lower case), under a GIN index; a trigger on
source_item keeps it, library_item and library_title in step in the writer's own
transaction, so there is no queue or backlog here. Migration 0010 adds `item_pairs`:
each two words side by side in a field as one lexeme ('dong_nai', and '#dong_nai' in the
title), under a GIN index of its own, kept in step by a trigger on item_search.

What was typed becomes a tsquery of quoted, folded words (nothing typed is tsquery
syntax): every word must appear, the last one, once it has three letters, also as the
start of a longer word. The ranking tiers are those of query.py: the words side by side
in the title (`'dong':A <-> 'nai':*A`), then side by side anywhere, both the latest
received first; then every item with the words anywhere by ts_rank with the title
weighted most, over the newest RANK_WINDOW matches.

How the newest matches are found (newest_way()): a GIN index says which items match but
not in which order, and reading every match to sort them costs microseconds each (tens of
milliseconds for "xã", which 115,000 of 150,000 items hold); walking the items from the
newest and checking each stops early when matches are common but reads the whole table
when they are rare. PostgreSQL's planner estimates well how many items match (its
statistics of the lexemes) but undercosts checking a document, so for rare phrases it
walked the whole table (330 ms at 150,000 items). The estimate is asked for (EXPLAIN) and
the way chosen here: the index when reading its matches costs less than walking to the
`n`-th newest; a walk checks each document with ts_match_vq(), the function form of @@,
which no index serves.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)

from ..models import LibraryItem as L
from ..models import SourceItem
from ..text.folding import fold
from .words import MIN_PREFIX, RANK_WINDOW, query_words

log = logging.getLogger(__name__)

SEARCH_TABLE = "item_search"
PAIRS_TABLE = "item_pairs"
TRIGGER = "source_item_library"
PAIRS_TRIGGER = "item_search_pairs"
# ts_rank's weights of the classes D (body), C (summary, issuer), B (tags), A (title),
# the SQLite index's bm25 weights (query.py, ddl.WEIGHTS) brought to 0..1.
RANK_WEIGHTS = "'{0.1, 0.4, 0.6, 1.0}'"
# What a match costs, relative to checking one document while walking from the newest:
# read from the heap and sorted after the index lookup (measured at 150,000 items, about
# 5 µs against 0.7 µs).
INDEX_MATCH_COST = 8.0
WALK_SLACK = 2.0

item_search = table(SEARCH_TABLE, column("key"), column("doc"))
item_pairs = table(PAIRS_TABLE, column("key"), column("pairs"))


def is_postgres(conn: Any) -> bool:
    return bool(conn.dialect.name == "postgresql")


def _lexeme(word: str, *, prefix: bool, weight: str = "") -> str:
    # Words hold letters and digits only (query_words), so quoting is all they need.
    return f"'{word}'" + (":*" if prefix else ":" if weight else "") + weight


def _words(query: str) -> list[str]:
    return [fold(w) for w in query_words(query)]


def tsquery(query: str) -> str | None:
    """The tsquery text for what was typed (every word), or None when there is nothing."""
    words = _words(query)
    if not words:
        return None
    last = len(words) - 1
    return " & ".join(_lexeme(w, prefix=i == last and len(w) >= MIN_PREFIX)
                      for i, w in enumerate(words))


def pairs_tsquery(words: Sequence[str], *, prefix: bool, title: bool) -> str:
    """The item_pairs tsquery of a phrase of two words or more: each pair of neighbours
    ('#' marks the title's pairs), the last one a prefix while its last word is typed."""
    mark = "#" if title else ""
    last = len(words) - 2
    return " & ".join(f"'{mark}{a}_{b}'" + (":*" if prefix and i == last else "")
                      for i, (a, b) in enumerate(pairwise(words)))


@dataclass(frozen=True)
class Tier:
    """One step of the ranking: a tsquery and how its matches are ordered."""

    tsquery: str
    by_rank: bool   # False: the latest received first
    # A phrase: its word pairs in item_pairs. With two words the pair is the phrase
    # itself; with more, the items holding every pair are checked for the phrase.
    pairs: str = ""
    exact_pairs: bool = False


def ranking_tiers(query: str) -> list[Tier]:
    """The steps of the ranking, best first (as query.ranking_tiers)."""
    words = _words(query)
    everywhere = tsquery(query)
    if everywhere is None:
        return []
    if len(words) == 1:
        return [Tier(everywhere, True)]
    prefix = len(words[-1]) >= MIN_PREFIX
    last = len(words) - 1

    def phrase(weight: str) -> str:
        return " <-> ".join(_lexeme(w, prefix=prefix and i == last, weight=weight)
                            for i, w in enumerate(words))

    exact = len(words) == 2
    return [Tier(phrase("A"), False, pairs_tsquery(words, prefix=prefix, title=True),
                 exact),
            Tier(phrase(""), False, pairs_tsquery(words, prefix=prefix, title=False), exact),
            Tier(everywhere, True)]


def _doc_matches(tsq: str, name: str, alias: str = "f", *,
                 unindexed: bool = False) -> ColumnElement[bool]:
    """SQL: the document matches `tsq`. `unindexed`: as a function call, which no index
    serves, so the planner checks the rows it walks (or the index of another condition
    found) instead of reading every match from the GIN index."""
    match = "ts_match_vq({}, {})" if unindexed else "{} @@ {}"
    return text(match.format(f"{alias}.doc", f"to_tsquery('simple', :{name})")).bindparams(
        bindparam(name, tsq))


def _pairs_match(tsq: str, alias: str = "p") -> ColumnElement[bool]:
    # Pair lexemes are given as they are (to_tsquery would split them into words).
    return text(f"{alias}.pairs @@ CAST(:pairs_q AS tsquery)").bindparams(
        bindparam("pairs_q", tsq))


def matches(tsq: str) -> ColumnElement[bool]:
    """SQL: the item_search row's document matches `tsq`."""
    return text("item_search.doc @@ to_tsquery('simple', :pg_q)").bindparams(pg_q=tsq)


def matching_keys(query: str):  # type: ignore[no-untyped-def]
    """SQL: library_item keys of the items whose text matches what was typed."""
    tsq = tsquery(query)
    assert tsq is not None
    return select(item_search.c.key).where(matches(tsq))


# How each table's documents are matched, for the planner's estimates (%(t)s: a tsquery).
_ESTIMATED = {SEARCH_TABLE: "doc @@ to_tsquery('simple', %(t{})s)",
              PAIRS_TABLE: "pairs @@ CAST(%(t{})s AS tsquery)"}


def _terms(tier: Tier) -> tuple[str, list[str]]:
    """The table a tier's newest matches are found in, and the parts of its AND."""
    if tier.by_rank:
        return SEARCH_TABLE, tier.tsquery.split(" & ")
    return PAIRS_TABLE, tier.pairs.split(" & ")


def plan_rows(conn: Any, tiers: Sequence[Tier]) -> tuple[list[float], float]:
    """The planner's estimates of the matches of each tier, and of the items, from one
    EXPLAIN (written out: this runs for every search). A tier's matches are estimated as
    those of its rarest term: words of one phrase come together far more often than the
    planner's product of their shares says."""
    parts, params, owners = [], {}, []
    for number, tier in enumerate(tiers):
        table_name, terms = _terms(tier)
        for term in terms:
            parts.append(f"SELECT 1 FROM {table_name} WHERE "
                         + _ESTIMATED[table_name].format(len(params)))
            params[f"t{len(params)}"] = term
            owners.append(number)
    plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + " UNION ALL ".join(
        [*parts, f"SELECT 1 FROM {SEARCH_TABLE}"]), params).scalar()
    rows = [float(p["Plan Rows"])
            for p in (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plans"]]
    matching = [min(r for r, owner in zip(rows, owners, strict=False) if owner == number)
                for number in range(len(tiers))]
    return matching, rows[-1]


Way = Literal["index", "walk"]


def newest_way(matching: float, total: float, n: int) -> tuple[Way, float]:
    """How to find the newest `n` of about `matching` rows out of `total` (see above):
    ("index", 0), or ("walk", span): walk the newest `span` keys, then take what is still
    missing below them from the index. The span leaves room for twice the rows the walk
    is expected to check, so an estimate too high (words common apart but never
    together) costs that much more, no more."""
    matching = max(matching, 1.0)
    walked = n * total / matching   # rows checked before the n-th match
    if walked > INDEX_MATCH_COST * matching:
        return "index", 0.0
    return "walk", WALK_SLACK * walked


def _newest(conn: Any, way: tuple[Way, float], walk: Any, walk_key: Any, index: Any,
            index_key: Any, n: int) -> list[Any]:
    """The newest `n` rows: `walk` (a select ordered by nothing yet, its key column
    `walk_key`) walked from the newest, `index` (the same rows found by a GIN index)."""
    # key + 0 is not the primary key's order, nor a range of it: the planner takes the
    # GIN index, then sorts what it found.
    by_index = index_key + 0
    if way[0] == "index":
        return list(conn.execute(index.order_by(by_index.desc()).limit(n)).all())
    newest = select(func.max(item_search.c.key)).scalar_subquery()
    start = newest - int(way[1])
    rows = list(conn.execute(walk.where(walk_key > start).order_by(walk_key.desc())
                             .limit(n)).all())
    if len(rows) < n:
        rows += conn.execute(index.where(by_index <= start).order_by(by_index.desc())
                             .limit(n - len(rows))).all()
    return rows


def _ranked_window(conn: Any, tier: Tier, n: int, where: Sequence[ColumnElement[bool]],
                   columns: Sequence[Any], way: tuple[Way, float]) -> list[Any]:
    """ts_rank over the newest RANK_WINDOW matches, whatever the filters (as SQLite's
    rank_floor); the best `n` of them under `where`."""
    f = item_search.alias("f")
    # Ranked while found: each document is read once.
    rank = func.ts_rank(literal_column(f"{RANK_WEIGHTS}::real[]"), f.c.doc,
                        func.to_tsquery(literal_column("'simple'::regconfig"),
                                        bindparam("q_rank", tier.tsquery)))
    walk = select(f.c.key, rank).where(
        _doc_matches(tier.tsquery, "q_every", "f", unindexed=True))
    index = select(f.c.key, rank).where(_doc_matches(tier.tsquery, "q_every", "f"))
    found = _newest(conn, way, walk, f.c.key,
                    index, f.c.key, RANK_WINDOW)
    best = [key for key, _rank in sorted(found, key=lambda r: (-r[1], -r[0]))]
    rows: list[Any] = []
    step = max(2 * n, 100)
    for start in range(0, len(best), step):   # the filters, on the best first
        keys = best[start:start + step]
        passing = {row[0]: row[1:] for row in conn.execute(
            select(L.key, *columns).where(L.key.in_(keys), *where))}
        rows += [passing[k] for k in keys if k in passing]
        if len(rows) >= n:
            break
    return rows[:n]


def _tier_rows(conn: Any, tier: Tier, n: int, where: Sequence[ColumnElement[bool]],
               columns: Sequence[Any], estimate: tuple[float, float]) -> list[Any]:
    """The tier's best `n` rows of `columns` (over library_item L) under `where`;
    `estimate`: how many items match, out of how many."""
    f = item_search.alias("f")
    if tier.by_rank:
        return _ranked_window(conn, tier, n, where, columns,
                              newest_way(*estimate, RANK_WINDOW))
    p = item_pairs.alias("p")
    pairs = _pairs_match(tier.pairs, "p")
    phrase = _doc_matches(tier.tsquery, "q_phrase", "f", unindexed=True)
    walk = (select(*columns).select_from(f).join(L, L.key == f.c.key)
            .where(phrase, *where))
    index = select(*columns).select_from(p).join(L, L.key == p.c.key)
    if not tier.exact_pairs:  # pairs of a longer phrase: the phrase is checked too
        index = index.join(f, f.c.key == p.c.key).where(phrase)
    index = index.where(pairs, *where)
    return _newest(conn, newest_way(*estimate, n), walk, f.c.key, index, p.c.key, n)


def _ranked_rows(conn: Any, query: str, limit: int, where: Sequence[ColumnElement[bool]],
                 columns: Sequence[Any]) -> list[Any]:
    """Rows (the first column: a unique id) of the best `limit` items, tier by tier."""
    rows: list[Any] = []
    taken: set[Any] = set()
    tiers = ranking_tiers(query)
    matching, total = plan_rows(conn, tiers)
    for tier, estimate in zip(tiers, matching, strict=True):
        for row in _tier_rows(conn, tier, limit + len(taken), where, columns,
                              (estimate, total)):
            if row[0] not in taken:
                taken.add(row[0])
                rows.append(row)
        if len(rows) >= limit:
            break
    return rows[:limit]


def ranked(conn: Any, query: str, *, limit: int, include_withdrawn: bool = False) -> list[Any]:
    """(id, title, kind, priority) of the best `limit` items for what was typed, best
    first (as query.ranked)."""
    where = [] if include_withdrawn else [L.withdrawn.is_(False)]
    title = select(SourceItem.title).where(SourceItem.id == L.item_id).scalar_subquery()
    return _ranked_rows(conn, query, limit, where,
                        [L.item_id, title, L.kind, L.priority])


def ranked_head(session: Any, query: str, where: list[Any], limit: int) -> list[str]:
    """The library's best `limit` ids under its filter clauses (over library_item)."""
    return [row[0] for row in _ranked_rows(session.connection(), query, limit, where,
                                           [L.item_id])]


# --- health ------------------------------------------------------------------------------


def index_problems(conn: Connection) -> list[str]:
    """What is wrong with the search tables (an empty list: in step with source_item)."""
    problems = []
    for name in (SEARCH_TABLE, PAIRS_TABLE):
        if conn.exec_driver_sql(f"SELECT to_regclass('{name}')").scalar() is None:
            return [f"{name} is missing"]
    for trigger, table_name in ((TRIGGER, "source_item"), (PAIRS_TRIGGER, SEARCH_TABLE)):
        if not conn.exec_driver_sql(
                "SELECT count(*) FROM pg_trigger WHERE tgname = %(t)s "
                "AND tgrelid = %(r)s::regclass", {"t": trigger, "r": table_name}).scalar():
            problems.append(f"{trigger} is missing")
    items, rows, titles, docs, pairs = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM source_item), (SELECT count(*) FROM library_item), "
        f"(SELECT count(*) FROM library_title), (SELECT count(*) FROM {SEARCH_TABLE}), "
        f"(SELECT count(*) FROM {PAIRS_TABLE})").one()
    if not items == rows == titles == docs == pairs:
        problems.append(f"{items} items but {rows} list rows, {titles} title keys, "
                        f"{docs} indexed texts and {pairs} word pair sets")
    return problems


_TEXTS = "s.title, s.summary, s.body, s.tags, s.issuer"
_LIST = ("kind, priority, category_code, issuer, origin, language, published_at, valid_from, "
         "valid_until, duration_s, reviewed, local, withdrawn, seen")


def rebuild(conn: Connection) -> None:
    """Refill the list, title keys, search documents and word pairs from source_item and
    put the triggers back (their functions are migrations 0009's and 0010's); caller's
    transaction."""
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER} ON source_item")
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PAIRS_TRIGGER} ON {SEARCH_TABLE}")
    conn.exec_driver_sql(f"DELETE FROM {PAIRS_TABLE}")
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    conn.exec_driver_sql("DELETE FROM library_title")
    conn.exec_driver_sql("DELETE FROM library_item")
    conn.exec_driver_sql(f"INSERT INTO library_item (item_id, {_LIST}) "
                         f"SELECT id, {_LIST} FROM source_item ORDER BY received_at, id")
    conn.exec_driver_sql("INSERT INTO library_title (key, title_key) SELECT k.key, "
                         "coalesce(s.title_key, fold(s.title)) FROM library_item k "
                         "JOIN source_item s ON s.id = k.item_id")
    conn.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE} (key, doc) SELECT k.key, "
                         f"item_document({_TEXTS}) FROM library_item k "
                         "JOIN source_item s ON s.id = k.item_id")
    conn.exec_driver_sql(f"INSERT INTO {PAIRS_TABLE} (key, pairs) "
                         f"SELECT key, word_pairs(doc) FROM {SEARCH_TABLE}")
    conn.exec_driver_sql(f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "
                         f"source_item FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()")
    conn.exec_driver_sql(f"CREATE TRIGGER {PAIRS_TRIGGER} AFTER INSERT OR UPDATE OR DELETE "
                         f"ON {SEARCH_TABLE} FOR EACH ROW EXECUTE FUNCTION {PAIRS_TRIGGER}()")
