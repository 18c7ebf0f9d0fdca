"""Library search on PostgreSQL: the same words, folding and ranking as the SQLite index.

Migration 0009 builds it: `item_search(key, doc)` holds each library_item's weighted
tsvector (title A, tags B, summary and issuer C, body D) of its text folded by the SQL
function fold() (NFC, đ/Đ → d, unaccent, lower case), under a GIN index; a trigger on
source_item keeps it, library_item and library_title in step in the writer's own
transaction, so there is no queue or backlog here.

What was typed becomes a tsquery of quoted, folded words (nothing typed is tsquery
syntax): every word must appear, the last one, once it has three letters, also as the
start of a longer word. The ranking tiers are those of query.py: the words side by side
in the title (`'dong':A <-> 'nai':*A`), then side by side anywhere, both the latest
received first; then every item with the words anywhere by ts_rank with the title
weighted most, over the newest RANK_WINDOW matches when the query is vague.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, bindparam, column, select, table, text

from ..models import LibraryItem as L
from ..text.folding import fold
from .query import MIN_PREFIX, RANK_WINDOW, query_words

log = logging.getLogger(__name__)

SEARCH_TABLE = "item_search"
TRIGGER = "source_item_library"
# ts_rank's weights of the classes D (body), C (summary, issuer), B (tags), A (title),
# the SQLite index's bm25 weights (query.py, ddl.WEIGHTS) brought to 0..1.
RANK = "ts_rank('{0.1, 0.4, 0.6, 1.0}', f.doc, to_tsquery('simple', :q))"

item_search = table(SEARCH_TABLE, column("key"), column("doc"))


def is_postgres(conn: Any) -> bool:
    return bool(conn.dialect.name == "postgresql")


def _lexeme(word: str, *, prefix: bool, weight: str = "") -> str:
    # Words hold letters and digits only (query_words), so quoting is all they need.
    return f"'{word}'" + (":*" if prefix else ":" if weight else "") + weight


def tsquery(query: str) -> str | None:
    """The tsquery text for what was typed (every word), or None when there is nothing."""
    words = [fold(w) for w in query_words(query)]
    if not words:
        return None
    last = len(words) - 1
    return " & ".join(_lexeme(w, prefix=i == last and len(w) >= MIN_PREFIX)
                      for i, w in enumerate(words))


@dataclass(frozen=True)
class Tier:
    """One step of the ranking: a tsquery and how its matches are ordered."""

    tsquery: str
    by_rank: bool   # False: the latest received first
    # Every word anywhere: said beside a phrase, it lets the planner see how few items a
    # phrase can match (it guesses phrases badly and would scan every document instead).
    every: str = ""

    @property
    def condition(self) -> str:
        """SQL over `f` (item_search) with :q (and :every) bound."""
        if self.every and self.every != self.tsquery:
            return ("f.doc @@ to_tsquery('simple', :every) "
                    "AND f.doc @@ to_tsquery('simple', :q)")
        return "f.doc @@ to_tsquery('simple', :q)"

    def params(self) -> dict[str, str]:
        return {"q": self.tsquery, "every": self.every or self.tsquery}


def ranking_tiers(query: str) -> list[Tier]:
    """The steps of the ranking, best first (as query.ranking_tiers)."""
    words = [fold(w) for w in query_words(query)]
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

    return [Tier(phrase("A"), False, everywhere), Tier(phrase(""), False, everywhere),
            Tier(everywhere, True)]


def matches(tsq: str) -> ColumnElement[bool]:
    """SQL: the item_search row's document matches `tsq`."""
    return text("item_search.doc @@ to_tsquery('simple', :pg_q)").bindparams(pg_q=tsq)


def matching_keys(query: str):  # type: ignore[no-untyped-def]
    """SQL: library_item keys of the items whose text matches what was typed."""
    tsq = tsquery(query)
    assert tsq is not None
    return select(item_search.c.key).where(matches(tsq))


def rank_floor(conn: Any, tsq: str, window: int = RANK_WINDOW) -> int:
    """The smallest key worth ranking: the newest `window` matches, or all of them."""
    row = conn.execute(text(
        f"SELECT key FROM {SEARCH_TABLE} WHERE doc @@ to_tsquery('simple', :q) "
        "ORDER BY key DESC LIMIT 1 OFFSET :n"), {"q": tsq, "n": window - 1}).first()
    return int(row[0]) if row else 0


def ranked(conn: Any, query: str, *, limit: int, include_withdrawn: bool = False,
           columns: str = "k.item_id, s.title, k.kind, k.priority") -> list[Any]:
    """Rows of the best `limit` items for what was typed, best first (as query.ranked)."""
    rows: list[Any] = []
    taken: set[str] = set()
    for tier in ranking_tiers(query):
        floor = rank_floor(conn, tier.tsquery) if tier.by_rank else 0
        order = f"{RANK} DESC, f.key DESC" if tier.by_rank else "f.key DESC"
        for row in conn.execute(text(
                f"SELECT {columns} FROM {SEARCH_TABLE} f JOIN library_item k ON k.key = f.key "
                "JOIN source_item s ON s.id = k.item_id "
                f"WHERE {tier.condition} AND f.key >= :floor "
                "AND (:withdrawn OR NOT k.withdrawn) "
                f"ORDER BY {order} LIMIT :limit"),
                {**tier.params(), "floor": floor, "withdrawn": include_withdrawn,
                 "limit": limit + len(taken)}):
            if row[0] not in taken:
                taken.add(row[0])
                rows.append(row)
        if len(rows) >= limit:
            break
    return rows[:limit]


def ranked_head(session: Any, query: str, where: list[Any], limit: int) -> list[str]:
    """The library's best `limit` ids under its filter clauses (over library_item)."""
    f = item_search.alias("f")
    head: list[str] = []
    for tier in ranking_tiers(query):
        conn = session.connection()
        floor = rank_floor(conn, tier.tsquery) if tier.by_rank else 0
        q = bindparam("q", tier.tsquery)
        every = bindparam("every", tier.params()["every"])
        order = [text(f"{RANK} DESC").bindparams(q)] if tier.by_rank else []
        condition = text(tier.condition)
        condition = (condition.bindparams(q, every) if ":every" in tier.condition
                     else condition.bindparams(q))
        stmt = (select(L.item_id).select_from(f).join(L, L.key == f.c.key)
                .where(condition, f.c.key >= floor, *where)
                .order_by(*order, f.c.key.desc())
                .limit(limit + len(head)))
        taken = set(head)
        head.extend(i for i in session.execute(stmt).scalars() if i not in taken)
        if len(head) >= limit:
            break
    return head[:limit]


# --- health ------------------------------------------------------------------------------


def index_problems(conn: Connection) -> list[str]:
    """What is wrong with the search tables (an empty list: in step with source_item)."""
    problems = []
    if conn.exec_driver_sql(f"SELECT to_regclass('{SEARCH_TABLE}')").scalar() is None:
        return [f"{SEARCH_TABLE} is missing"]
    if not conn.exec_driver_sql(
            "SELECT count(*) FROM pg_trigger WHERE tgname = %(t)s "
            "AND tgrelid = 'source_item'::regclass", {"t": TRIGGER}).scalar():
        problems.append(f"{TRIGGER} is missing")
    items, rows, titles, docs = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM source_item), (SELECT count(*) FROM library_item), "
        f"(SELECT count(*) FROM library_title), (SELECT count(*) FROM {SEARCH_TABLE})").one()
    if not items == rows == titles == docs:
        problems.append(f"{items} items but {rows} list rows, {titles} title keys and "
                        f"{docs} indexed texts")
    return problems


_TEXTS = "s.title, s.summary, s.body, s.tags, s.issuer"
_LIST = ("kind, priority, category_code, issuer, origin, language, published_at, valid_from, "
         "valid_until, duration_s, reviewed, local, withdrawn, seen")


def rebuild(conn: Connection) -> None:
    """Refill the list, title keys and search documents from source_item and put the
    trigger back (its function is migration 0009's); caller's transaction."""
    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER} ON source_item")
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
    conn.exec_driver_sql(f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "
                         f"source_item FOR EACH ROW EXECUTE FUNCTION {TRIGGER}()")
