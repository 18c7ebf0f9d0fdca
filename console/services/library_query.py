"""The library's lists: filters, sorting, ids in order, rows by block, counts per filter.

Qt-free; the window's table model calls these from background workers. Big lists are
ids only (150,000 strings is a few MB); rows are read a block at a time, by id, with the
columns a list shows (never the bodies).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    exists,
    func,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from ..db import Database
from ..media import copies
from ..media.copies import LocalCache
from ..models import (
    Category,
    ItemFile,
    LibraryItem,
    LibraryTitle,
    ProgrammeEntry,
    SavedFilter,
    SourceItem,
)
from ..models.enums import MediaState
from ..models.library import item_fts
from ..search import postgres as pg_search
from ..search.backlog import backlog_size
from ..search.query import BM25, completions_in, match_expression, rank_floor, ranking_tiers
from ..search.schema import ensure_index
from ..text import clean_display_text
from ..text.collation import vi_key
from ..timezone import STATION_TZ, station_now
from .audit import record
from .errors import InvalidInput, NotFound
from .permissions import Actor
from .translatable import QT_TRANSLATE_NOOP

# How many of a search's best matches come first, ranked; the rest follow, newest first.
RANKED_HEAD = 200


class Validity(StrEnum):
    CURRENT = "current"        # may be broadcast now
    EXPIRED = "expired"        # past valid_until: never broadcast
    NOT_YET = "not_yet"        # valid_from still ahead
    WITHDRAWN = "withdrawn"    # deleted by the source; kept, never broadcast


class CacheState(StrEnum):
    READY = "ready"            # every file verified in the media cache
    MISSING = "missing"        # a file still has to be downloaded
    NONE = "none"              # nothing to download (text, stream)


class SortKey(StrEnum):
    RELEVANCE = "relevance"    # only while searching: best matches first
    PRIORITY = "priority"
    TITLE = "title"
    KIND = "kind"
    CATEGORY = "category"
    ISSUER = "issuer"
    LANGUAGE = "language"
    PUBLISHED = "published"
    VALID_UNTIL = "valid_until"
    DURATION = "duration"
    CACHED = "cached"
    USED = "used"


@dataclass(frozen=True)
class Sort:
    key: SortKey = SortKey.PUBLISHED
    descending: bool = True


@dataclass(frozen=True)
class LibraryFilter:
    """What the operator asked to see. Empty sets mean "any"; None means "either"."""

    text: str = ""
    kinds: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()     # a category includes its subcategories
    priorities: frozenset[str] = frozenset()
    origins: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    validity: frozenset[str] = frozenset()       # empty: everything but withdrawn items
    cache: frozenset[str] = frozenset()          # CacheState values
    published_from: dt.date | None = None        # station days, both ends included
    published_to: dt.date | None = None
    published_days: int | None = None            # published since N days ago (0 = today)
    reviewed: bool | None = None                 # reviewed by the province's editors
    used: bool | None = None                     # used in a programme
    unseen: bool = False                         # not opened yet in this console

    def to_spec(self) -> dict[str, Any]:
        """A JSON-able form, for saved filters."""
        spec: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, "", frozenset(), False):
                continue
            if isinstance(value, frozenset):
                value = sorted(value)
            elif isinstance(value, dt.date):
                value = value.isoformat()
            spec[f.name] = value
        return spec

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> LibraryFilter:
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in spec:
                continue
            value = spec[f.name]
            default = f.default
            if isinstance(default, frozenset):
                value = frozenset(str(v) for v in value or ())
            elif f.name in ("published_from", "published_to"):
                value = dt.date.fromisoformat(value) if value else None
            elif f.name == "published_days":
                value = int(value) if value is not None else None
            elif f.name == "text":
                value = str(value)
            elif f.name == "unseen":
                value = bool(value)
            else:
                value = None if value is None else bool(value)
            values[f.name] = value
        return cls(**values)

    @property
    def searching(self) -> bool:
        return match_expression(self.text) is not None


# --- SQL pieces -------------------------------------------------------------------------
# Lists read library_item (L), the narrow copy of each item the triggers keep in step.

L = LibraryItem
fts_rowid = literal_column("item_fts.rowid")


def cache_state_expr(local: LocalCache | None = None) -> ColumnElement[str]:
    """SQL: CacheState of the item in this PC's cache (correlated to library_item)."""
    local = local or LocalCache(None)
    has_files = exists().where(ItemFile.item_id == L.item_id)
    missing = exists().where(
        ItemFile.item_id == L.item_id,
        ~exists().where(and_(local.on(ItemFile.sha256),
                             local.entity.state == MediaState.READY.value)))
    return case((~has_files, CacheState.NONE.value), (missing, CacheState.MISSING.value),
                else_=CacheState.READY.value)


def validity_expr(now: dt.datetime) -> ColumnElement[str]:
    return case(
        (L.withdrawn.is_(True), Validity.WITHDRAWN.value),
        (and_(L.valid_until.is_not(None), L.valid_until <= now), Validity.EXPIRED.value),
        (and_(L.valid_from.is_not(None), L.valid_from > now), Validity.NOT_YET.value),
        else_=Validity.CURRENT.value)


def used_expr() -> ColumnElement[bool]:
    return exists().where(ProgrammeEntry.item_id == L.item_id)


def _station_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=STATION_TZ)


def category_descendants(session: Session, codes: Iterable[str]) -> set[str]:
    children: dict[str | None, list[str]] = {}
    for code, parent in session.execute(select(Category.code, Category.parent_code)):
        children.setdefault(parent, []).append(code)
    found, todo = set(), list(codes)
    while todo:
        code = todo.pop()
        if code in found:
            continue
        found.add(code)
        todo.extend(children.get(code, ()))
    return found


@dataclass
class _Clauses:
    """The WHERE clauses of a filter, by facet (so counts can leave one facet out)."""

    by_facet: dict[str, ColumnElement[bool]] = field(default_factory=dict)
    other: list[ColumnElement[bool]] = field(default_factory=list)
    # The text searched for: every match (the ranking's tiers each find their own).
    search: list[ColumnElement[bool]] = field(default_factory=list)

    def all(self, *, without: str | None = None,
            search: bool = True) -> list[ColumnElement[bool]]:
        return [*(self.search if search else ()), *self.other,
                *(c for k, c in self.by_facet.items() if k != without)]


def _clauses(session: Session, f: LibraryFilter, now: dt.datetime,
             match: str | None) -> _Clauses:
    c = _Clauses()
    if match is not None and _on_postgres(session):
        c.search.append(L.key.in_(pg_search.matching_keys(f.text)))
    elif match is not None:  # the last word's longer words looked up (search/terms.py)
        c.search.append(L.key.in_(_matching_keys(
            match_expression(f.text, completions_in(session.connection())) or match)))
    if f.kinds:
        c.by_facet["kind"] = L.kind.in_(sorted(f.kinds))
    if f.categories:
        codes = sorted(category_descendants(session, f.categories))
        c.by_facet["category"] = L.category_code.in_(codes)
    if f.priorities:
        c.by_facet["priority"] = L.priority.in_(sorted(f.priorities))
    if f.origins:
        c.by_facet["origin"] = L.origin.in_(sorted(f.origins))
    if f.languages:
        c.by_facet["language"] = L.language.in_(sorted(f.languages))
    if f.validity:
        c.by_facet["validity"] = validity_expr(now).in_(sorted(f.validity))
    else:  # by default, everything but what the source withdrew
        c.by_facet["validity"] = L.withdrawn.is_(False)
    if f.cache:
        c.by_facet["cache"] = cache_state_expr(copies.here(session)).in_(sorted(f.cache))
    if f.reviewed is not None:
        c.by_facet["reviewed"] = L.reviewed.is_(f.reviewed)
    if f.used is not None:
        c.by_facet["used"] = used_expr() if f.used else ~used_expr()
    if f.unseen:
        c.other.append(L.seen.is_(False))
    today = now.astimezone(STATION_TZ).date()
    if f.published_days is not None:
        start = today - dt.timedelta(days=max(0, f.published_days))
        c.other.append(L.published_at >= _station_midnight(start))
    if f.published_from is not None:
        c.other.append(L.published_at >= _station_midnight(f.published_from))
    if f.published_to is not None:
        end = f.published_to + dt.timedelta(days=1)
        c.other.append(L.published_at < _station_midnight(end))
    return c


def _on_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _matching_keys(match: str):  # type: ignore[no-untyped-def]
    """SQL: index keys of the items whose text matches."""
    return (select(fts_rowid).select_from(item_fts)
            .where(text("item_fts MATCH :match").bindparams(match=match)))


# Sorted in the database: columns whose order SQLite knows.
def _order_by(key: SortKey, descending: bool, local: LocalCache) -> list[Any]:
    def direction(expr: Any) -> Any:
        return expr.desc() if descending else expr.asc()

    newest = [L.published_at.desc(), L.key.desc()]
    priority_rank = case((L.priority == "emergency", 2), (L.priority == "priority", 1),
                         else_=0)
    used_count = (select(func.count(func.distinct(ProgrammeEntry.programme_id)))
                  .where(ProgrammeEntry.item_id == L.item_id).scalar_subquery())
    if key == SortKey.PUBLISHED:
        return [direction(L.published_at), direction(L.key)]
    column = {
        SortKey.PRIORITY: priority_rank, SortKey.KIND: L.kind, SortKey.LANGUAGE: L.language,
        SortKey.VALID_UNTIL: L.valid_until, SortKey.DURATION: L.duration_s,
        SortKey.CACHED: cache_state_expr(local), SortKey.USED: used_count,
    }.get(key, L.published_at)
    return [direction(column).nulls_last(), *newest]


# Sorted here: text columns with few distinct values, in Vietnamese order.
_PYTHON_SORTED = (SortKey.CATEGORY, SortKey.ISSUER)


def _sorted_in_python(session: Session, query: Any, key: SortKey,
                      descending: bool) -> list[str]:
    column = L.category_code if key == SortKey.CATEGORY else L.issuer
    rows = session.execute(query.with_only_columns(L.item_id, column)
                           .order_by(L.published_at.desc(), L.key.desc())).all()
    if key == SortKey.CATEGORY:
        names = dict(session.execute(select(Category.code, Category.name)).all())
    else:
        names = {}
    ranks = {value: vi_key(names.get(value, value)) for value in {r[1] for r in rows}
             if value is not None}
    present = [r for r in rows if r[1] is not None]
    present.sort(key=lambda r: ranks[r[1]], reverse=descending)  # stable: newest first
    return [r[0] for r in present] + [r[0] for r in rows if r[1] is None]


# --- ids in order -----------------------------------------------------------------------


@dataclass(frozen=True)
class IdList:
    ids: list[str]
    complete: bool = True    # False: only the first ones were asked for, more may follow
    ranked: int = 0          # while searching by relevance: how many come first, ranked
    searching: bool = False


def load_ids(db: Database, f: LibraryFilter, sort: Sort | None = None, *,
             first: int | None = None, now: dt.datetime | None = None) -> IdList:
    """Every id the filter lets through, in the order asked for. With `first`, only the
    first ones (a list can show them while the rest is read; the full list starts with
    the same ids unless the catalogue changed meanwhile).

    While searching and sorted by relevance, the best RANKED_HEAD matches come first
    (bm25), then every other match, newest first.
    """
    sort = sort or Sort()
    now = now or station_now()
    match = match_expression(f.text)
    searching = match is not None
    limit = None if first is None else first + 1  # one more tells whether there are more

    def done(ids: list[str], ranked: int = 0) -> IdList:
        if limit is not None and len(ids) >= limit:
            return IdList(ids[:first], False, ranked, searching)
        return IdList(ids, True, ranked, searching)

    with db.read() as session:
        clauses = _clauses(session, f, now, match)
        where = clauses.all()
        query = select(L.item_id).where(*where)
        key = sort.key
        if key == SortKey.RELEVANCE and match is None:
            key = SortKey.PUBLISHED
        if key == SortKey.RELEVANCE:
            # Every tier's matches are matches: the filters are enough there.
            head = _ranked_head(session, f.text, clauses.all(search=False), RANKED_HEAD)
            if limit is not None and (limit <= len(head) or len(head) == RANKED_HEAD):
                # The best ones first; every other match (maybe most of the catalogue)
                # comes with the full list.
                return IdList(head[:first], False, len(head), searching)
            taken = set(head)
            rest = session.execute(query.order_by(L.published_at.desc(), L.key.desc())
                                   .limit(None if limit is None else limit + len(head)))
            return done(head + [i for i in rest.scalars() if i not in taken], len(head))
        if key in _PYTHON_SORTED:
            return done(_sorted_in_python(session, query, key, sort.descending))
        if key == SortKey.TITLE:
            query = (query.join(LibraryTitle, LibraryTitle.key == L.key)
                     .order_by(direction(LibraryTitle.title_key, sort.descending),
                               direction(L.key, sort.descending)))
        else:
            query = query.order_by(*_order_by(key, sort.descending, copies.here(db)))
        return done(list(session.execute(query.limit(limit)).scalars()))


def direction(expr: Any, descending: bool) -> Any:
    return expr.desc() if descending else expr.asc()


def _ranked_head(session: Session, query: str, where: Sequence[ColumnElement[bool]],
                 limit: int) -> list[str]:
    """The best `limit` ids, tier by tier (see console.search.query.ranking_tiers)."""
    if _on_postgres(session):
        return pg_search.ranked_head(session, query, list(where), limit)
    head: list[str] = []
    for tier in ranking_tiers(query, completions_in(session.connection())):
        floor = rank_floor(session.connection(), tier.match) if tier.by_bm25 else 0
        order = ((literal_column(BM25), fts_rowid.desc()) if tier.by_bm25
                 else (fts_rowid.desc(),))
        ranked = (select(L.item_id).select_from(item_fts)
                  .join(L, L.key == fts_rowid)
                  .where(text("item_fts MATCH :match").bindparams(match=tier.match),
                         fts_rowid >= floor, *where)
                  .order_by(*order)
                  .limit(limit + len(head)))
        taken = set(head)
        head.extend(i for i in session.execute(ranked).scalars() if i not in taken)
        if len(head) >= limit:
            break
    return head[:limit]


def count_items(db: Database, f: LibraryFilter, *, now: dt.datetime | None = None) -> int:
    now = now or station_now()
    with db.read() as session:
        where = _clauses(session, f, now, match_expression(f.text)).all()
        return int(session.scalar(select(func.count()).select_from(L).where(*where)) or 0)


# --- rows, a block at a time ------------------------------------------------------------


@dataclass(frozen=True)
class LibraryRow:
    """What the list shows of one item."""

    id: str
    title: str
    kind: str
    priority: str
    category_code: str | None
    category_name: str | None
    issuer: str | None
    origin: str
    language: str
    published_at: dt.datetime
    valid_from: dt.datetime | None
    valid_until: dt.datetime | None
    duration_s: float | None
    cache: str                 # CacheState
    used: int                  # programmes using it
    seen: bool
    local: bool
    reviewed: bool
    withdrawn: bool

    def validity(self, now: dt.datetime) -> Validity:
        if self.withdrawn:
            return Validity.WITHDRAWN
        if self.valid_until is not None and self.valid_until <= now:
            return Validity.EXPIRED
        if self.valid_from is not None and self.valid_from > now:
            return Validity.NOT_YET
        return Validity.CURRENT


def load_rows(db: Database, ids: Sequence[str]) -> list[LibraryRow | None]:
    """The rows of `ids`, in that order (None for an id that no longer exists)."""
    if not ids:
        return []
    wanted = list(dict.fromkeys(ids))
    with db.read() as session:
        items = {row[0]: row for row in session.execute(
            select(L.item_id, SourceItem.title, L.kind, L.priority, L.category_code,
                   Category.name, L.issuer, L.origin, L.language, L.published_at,
                   L.valid_from, L.valid_until, L.duration_s, L.seen, L.local, L.reviewed,
                   L.withdrawn)
            .join(SourceItem, SourceItem.id == L.item_id)
            .outerjoin(Category, Category.code == L.category_code)
            .where(L.item_id.in_(wanted)))}
        files: dict[str, list[bool]] = {}
        local = copies.here(session)
        for item_id, state in session.execute(
                local.outerjoin(select(ItemFile.item_id, local.state), ItemFile.sha256)
                .where(ItemFile.item_id.in_(wanted))):
            files.setdefault(item_id, []).append(state == MediaState.READY)
        used = dict(session.execute(
            select(ProgrammeEntry.item_id, func.count(func.distinct(ProgrammeEntry.programme_id)))
            .where(ProgrammeEntry.item_id.in_(wanted)).group_by(ProgrammeEntry.item_id)).all())
    out: list[LibraryRow | None] = []
    for item_id in ids:
        r = items.get(item_id)
        if r is None:
            out.append(None)
            continue
        ready = files.get(item_id)
        cache = (CacheState.NONE if not ready else
                 CacheState.READY if all(ready) else CacheState.MISSING)
        out.append(LibraryRow(
            id=r[0], title=r[1], kind=r[2], priority=r[3], category_code=r[4],
            category_name=r[5], issuer=r[6], origin=r[7], language=r[8], published_at=r[9],
            valid_from=r[10], valid_until=r[11], duration_s=r[12], cache=cache.value,
            used=int(used.get(item_id, 0)), seen=bool(r[13]), local=bool(r[14]),
            reviewed=bool(r[15]), withdrawn=bool(r[16])))
    return out


# --- counts per filter ------------------------------------------------------------------

FACETS = ("kind", "category", "priority", "origin", "language", "validity", "cache",
          "reviewed", "used")


@dataclass(frozen=True)
class FacetCounts:
    """For each facet value: how many items the filter would show with that value chosen
    (the facet's own choice left out, every other one applied)."""

    counts: dict[str, dict[str, int]]
    total: int
    not_indexed: int = 0  # changed items the search index has yet to take in (backlog.py)

    def get(self, facet: str, value: str) -> int:
        return self.counts.get(facet, {}).get(value, 0)


def _file_states(local: LocalCache):  # type: ignore[no-untyped-def]
    """SQL: per item with files, whether one of them is still missing from this PC's
    cache."""
    missing = func.max(case((local.state == MediaState.READY.value, 0), else_=1))
    return (local.outerjoin(select(ItemFile.item_id.label("item_id"),
                                   missing.label("missing")), ItemFile.sha256)
            .group_by(ItemFile.item_id).subquery("file_states"))


def facet_counts(db: Database, f: LibraryFilter, *, now: dt.datetime | None = None
                 ) -> FacetCounts:
    """One pass over the matching items, grouped by every facet at once."""
    now = now or station_now()
    match = match_expression(f.text)
    states = _file_states(copies.here(db))
    used = (select(ProgrammeEntry.item_id.label("item_id"))
            .where(ProgrammeEntry.item_id.is_not(None)).distinct().subquery("used"))
    with db.read() as session:
        clauses = _clauses(session, f, now, match)
        # facets are applied below, one left out at a time
        base = [*clauses.search, *clauses.other]
        exprs = {
            "kind": L.kind, "category": L.category_code, "priority": L.priority,
            "origin": L.origin, "language": L.language, "validity": validity_expr(now),
            "cache": case((states.c.item_id.is_(None), CacheState.NONE.value),
                          (states.c.missing == 1, CacheState.MISSING.value),
                          else_=CacheState.READY.value),
            "reviewed": L.reviewed,
            "used": used.c.item_id.is_not(None),
        }
        labelled = [e.label(k) for k, e in exprs.items()]
        groups = session.execute(
            select(*labelled, func.count())
            .select_from(L)
            .outerjoin(states, states.c.item_id == L.item_id)
            .outerjoin(used, used.c.item_id == L.item_id)
            .where(*base).group_by(*labelled)).all()
        descendants = (category_descendants(session, f.categories) if f.categories
                       else set())
        not_indexed = backlog_size(session.connection()) if db.is_sqlite else 0
    chosen = {
        "kind": f.kinds, "category": descendants, "priority": f.priorities,
        "origin": f.origins, "language": f.languages,
        "validity": f.validity or frozenset(v.value for v in Validity
                                            if v != Validity.WITHDRAWN),
        "cache": f.cache,
        "reviewed": {_flag(f.reviewed)} if f.reviewed is not None else set(),
        "used": {_flag(f.used)} if f.used is not None else set(),
    }
    counts: dict[str, Counter[str]] = {k: Counter() for k in FACETS}
    total = 0
    for *values, n in groups:
        row = dict(zip(FACETS, (_value(k, v) for k, v in zip(FACETS, values, strict=True)),
                       strict=True))
        passes = {k: (not chosen[k] or row[k] in chosen[k]) for k in FACETS}
        if all(passes.values()):
            total += n
        for k in FACETS:
            if all(p for other, p in passes.items() if other != k):
                counts[k][row[k]] += n
    return FacetCounts({k: dict(v) for k, v in counts.items()}, total, not_indexed)


def _flag(value: bool | None) -> str:
    return "yes" if value else "no"


def _value(facet: str, value: Any) -> str:
    if facet in ("reviewed", "used"):
        return _flag(bool(value))
    return "" if value is None else str(value)


# --- categories and languages (for the filter tree) ------------------------------------


def check_index(db: Database) -> bool:
    """Check the search index once per process; rebuild it if it fell out of step."""
    return ensure_index(db)


@dataclass(frozen=True)
class CategoryNode:
    code: str
    name: str
    parent_code: str | None


def categories(db: Database) -> list[CategoryNode]:
    with db.read() as session:
        return [CategoryNode(*row) for row in session.execute(
            select(Category.code, Category.name, Category.parent_code))]


def languages(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(L.language).distinct()))


# --- saved filters ---------------------------------------------------------------------


class Preset(StrEnum):
    """Saved filters every station has."""

    ALL = "all"
    NEW_TODAY = "new_today"      # "Bản tin mới hôm nay"
    EMERGENCY = "emergency"      # "Khẩn cấp còn hiệu lực": in force or not yet
    UNSEEN = "unseen"
    NOT_CACHED = "not_cached"
    LOCAL = "local"              # made in the commune: to be approved before air


PRESETS: dict[Preset, LibraryFilter] = {
    Preset.ALL: LibraryFilter(),
    Preset.NEW_TODAY: LibraryFilter(published_days=0),
    Preset.EMERGENCY: LibraryFilter(priorities=frozenset({"emergency"}),
                                    validity=frozenset({Validity.CURRENT.value,
                                                        Validity.NOT_YET.value})),
    Preset.UNSEEN: LibraryFilter(unseen=True),
    Preset.NOT_CACHED: LibraryFilter(cache=frozenset({CacheState.MISSING.value})),
    Preset.LOCAL: LibraryFilter(origins=frozenset({"commune"})),
}


@dataclass(frozen=True)
class SavedFilterRow:
    id: int
    name: str
    filter: LibraryFilter


def saved_filters(db: Database) -> list[SavedFilterRow]:
    with db.read() as session:
        return [SavedFilterRow(row.id, row.name, LibraryFilter.from_spec(row.spec or {}))
                for row in session.scalars(select(SavedFilter).order_by(SavedFilter.name))]


def save_filter(db: Database, actor: Actor, name: str, f: LibraryFilter) -> SavedFilterRow:
    """Save (or replace) a filter under `name`; the search text is not part of it."""
    name = clean_display_text(name)[:200]
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a saved filter needs a name"))
    spec = replace(f, text="").to_spec()
    with db.write() as session:
        row = session.scalar(select(SavedFilter).where(SavedFilter.name == name))
        if row is None:
            row = SavedFilter(name=name, spec=spec, created_by=actor.username)
            session.add(row)
        else:
            row.spec = spec
        session.flush()
        record(session, actor, "library.save_filter", name, spec=spec)
        return SavedFilterRow(row.id, row.name, LibraryFilter.from_spec(spec))


def delete_filter(db: Database, actor: Actor, filter_id: int) -> None:
    with db.write() as session:
        row = session.get(SavedFilter, filter_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no saved filter {id}"),
                           id=filter_id)
        record(session, actor, "library.delete_filter", row.name)
        session.delete(row)


def preset_counts(db: Database, extra: Sequence[SavedFilterRow] = (), *,
                  now: dt.datetime | None = None) -> dict[str, int]:
    """How many items each preset (by value) and saved filter (by "saved:<id>") shows."""
    now = now or station_now()
    out: dict[str, int] = {}
    for preset, f in PRESETS.items():
        out[preset.value] = count_items(db, f, now=now)
    for row in extra:
        out[f"saved:{row.id}"] = count_items(db, row.filter, now=now)
    return out


# --- seen / unseen ---------------------------------------------------------------------


def unseen_count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(L).where(
            L.seen.is_(False), L.withdrawn.is_(False))) or 0)


def mark_seen(db: Database, ids: Iterable[str], seen: bool = True) -> int:
    """Mark items as opened (or not); returns how many changed."""
    ids = list(ids)
    changed = 0
    with db.write() as session:
        for start in range(0, len(ids), 500):
            result = session.execute(
                update(SourceItem)
                .where(SourceItem.id.in_(ids[start:start + 500]),
                       SourceItem.seen.is_(not seen))
                .values(seen=seen))
            changed += result.rowcount or 0
    return changed


def mark_all_seen(db: Database, f: LibraryFilter | None = None) -> int:
    """Everything the filter shows (everything when None) is marked as opened."""
    if f is None or f == LibraryFilter():
        with db.write() as session:
            result = session.execute(update(SourceItem).where(SourceItem.seen.is_(False))
                                     .values(seen=True))
            return result.rowcount or 0
    return mark_seen(db, load_ids(db, f).ids)


__all__ = [
    "FACETS", "PRESETS", "RANKED_HEAD", "CacheState", "CategoryNode", "FacetCounts", "IdList",
    "LibraryFilter", "LibraryRow", "Preset", "SavedFilterRow", "Sort", "SortKey", "Validity",
    "cache_state_expr", "categories", "check_index", "count_items", "delete_filter", "facet_counts",
    "languages", "load_ids", "load_rows", "mark_all_seen", "mark_seen", "preset_counts",
    "save_filter", "saved_filters", "unseen_count", "validity_expr",
]
