"""Statistics of a period: the indicators of the periodic report and their breakdowns.

Every number is computed from the station's own records (as-run log, status history,
catalogue, contributions) and, where it comes from the log, carries the filter that lists
the entries behind it (`Indicator.drill`). Definitions (also in docs/reports.md):

=============================== ==========================================================
code                            definition
=============================== ==========================================================
bulletins_broadcast             airings (lượt phát) of bulletins and programmes, relays
                                excluded: see AIRING below; only airings that reached the
                                air (result success or partial on at least one target)
hours_total                     broadcast hours: Σ over airings on loudspeaker clusters,
                                streams and local playout (boards excluded) of the longest
                                `played_s` among the airing's entries, ÷ 3600, 2 decimals
hours_own / hours_relay /       the same split by origin: relay = an entry marked relay or
hours_source                    an item of kind `stream` (tiếp sóng); own = no item, a
                                commune-made (local) item, or marked own; source = an item
                                received from the source system
emergency_broadcasts            airings with priority `emergency` (any target kind)
plays_requested                 as-run entries in the period, every target counted, every
                                result (success, partial, failed — missed plays are
                                stored as failed)
plays_succeeded                 as-run entries with result `success`
clusters_total / boards_total   enabled loudspeaker clusters / bulletin boards in the
                                registry when the statistics are computed
clusters_operating /            of those, how many played something (success or partial)
boards_operating                or reported `online`/`playing` at least once in the period
cluster_availability_pct /      status checks in the period that found the device `online`
board_availability_pct          or `playing`, as a share of all checks with a known
                                status (online, playing, offline, fault), 1 decimal;
                                the console checks every device at each poll, so this is the
                                share of polled time up. No checks: no figure (None)
items_contributed               contributions sent to the source system (queued) in the period
items_received                  items of the source system (not made in the commune, not
                                withdrawn) published in the period
items_received_broadcast        of those, items first aired before the end of the period
first_airing_delay_median_min   median minutes from `published_at` to the first airing (the
                                earliest success/partial entry, whenever it happened) of the
                                received items that have one, live streams excluded;
                                1 decimal; none aired: None
emergencies_within_15min_pct    emergency items published in the period whose first airing
                                began at most 15 minutes after publication, as a share of
                                all emergency items published in the period; 1 decimal;
                                none published: None
=============================== ==========================================================

AIRING: the entries of the same content (item id, or the title for content without one)
with the same scheduled start are one airing, however many clusters and boards played it;
unscheduled entries (emergencies, play-now) of the same content that started within
5 minutes of the airing's first entry join it. An airing belongs to the month of its
earliest entry. Period bounds are station days (00:00 Asia/Ho_Chi_Minh).
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, case, cast, func, select

from ...models import AsRunEntry, Category, Contribution, DeliveryTarget, SourceItem
from ...models.devices import DeviceStatusSample
from ...models.station import Village
from ...station import StationContext
from ...text.collation import vi_key
from ...timezone import STATION_TZ
from .log import SUCCESS_RESULTS, LogFilter
from .periods import Period, aware_bounds, months_in, station_midnight_utc, utc_bounds
from .template import INDICATOR_ROWS

INDICATOR_CODES: tuple[str, ...] = tuple(row.code for row in INDICATOR_ROWS)
CLUSTER, BOARD = "loudspeaker_cluster", "bulletin_board"
AUDIO_KINDS = (CLUSTER, "stream", "local_playout")
UP, KNOWN = ("online", "playing"), ("online", "playing", "offline", "fault")
JOIN_WINDOW = dt.timedelta(minutes=5)
EMERGENCY_WITHIN = dt.timedelta(minutes=15)
NO_CATEGORY = "Không phân loại"
NO_VILLAGE = "Không thuộc thôn, ấp"
PRIORITIES = ("normal", "priority", "emergency")


@dataclass(frozen=True)
class Indicator:
    code: str
    value: float | int | None   # None: no data to compute it from (shown as a dash)
    drill: LogFilter | None


@dataclass(frozen=True)
class Breakdown:
    key: str
    label: str
    bulletins: int
    hours: float
    drill: LogFilter | None
    received: int | None = None            # by_priority / by_category: items received
    received_broadcast: int | None = None  # … and of those, first aired by the period's end
    plays: int | None = None               # as-run entries (every target, every result)


@dataclass(frozen=True)
class AvailabilityPoint:
    day: dt.date
    clusters_pct: float | None
    boards_pct: float | None


@dataclass(frozen=True)
class Statistics:
    period: Period
    indicators: dict[str, Indicator]
    by_month: list[Breakdown]
    by_category: list[Breakdown]
    by_village: list[Breakdown]
    by_priority: list[Breakdown]
    availability: list[AvailabilityPoint]

    def values(self) -> dict[str, float | int | None]:
        return {code: ind.value for code, ind in self.indicators.items()}


@dataclass(slots=True)
class _Entry:
    id: str
    content: str
    scheduled: str | None  # as stored: only compared for equality
    started: float         # days (SQLite julianday, UTC): cheap to read and compare
    month: str             # 'YYYY-MM' on the station calendar
    played: float
    result: str
    priority: str
    kind: str
    origin: str
    category: str | None
    category_name: str | None
    village: int | None
    village_name: str | None
    target: str = ""


@dataclass(slots=True)
class _Airing:
    first: _Entry
    entries: list[_Entry]
    seconds: float = 0.0  # longest audio play among the entries: the airing's length on air


def _offset_minutes(period: Period) -> int:
    offset = STATION_TZ.utcoffset(dt.datetime.combine(period.start, dt.time()))
    return int((offset or dt.timedelta()).total_seconds() // 60)


def _offset(period: Period) -> str:
    """The station's UTC offset as an SQLite date modifier ('+7 hours')."""
    return f"{_offset_minutes(period):+d} minutes"


def _origin(content_origin: str | None, item_id: str | None,
            item: tuple[str, bool, str | None] | None) -> str:
    """The rule of log.origin_expression(), in Python."""
    if content_origin == "relay" or (item is not None and item[0] == "stream"):
        return "relay"
    if item_id is None or (item is not None and item[1]) or content_origin == "own":
        return "own"
    return "source"


# SQLite's julianday() on PostgreSQL (a naive timestamp is UTC here).
_PG_JULIAN = "(extract(epoch FROM {}::timestamp) / 86400.0 + 2440587.5)::float8"


def _stored(moment: dt.datetime) -> str:
    """A naive UTC datetime as SQLAlchemy stores it in SQLite (compared as text)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _load(ctx: StationContext, period: Period) -> list[_Entry]:
    """The period's entries, in start order.

    A year's log is hundreds of thousands of rows, so this reads plain values (a Julian day
    number for the start, the stored text for the schedule), gives each row its station
    month by bisecting the months' bounds, and looks up the small tables (items, targets,
    villages, categories) in memory rather than joining them row by row. Over a quarter or
    more a table scan beats the start-time index.
    """
    start, end = utc_bounds(period)
    months = months_in(period)
    keys = [f"{m.year}-{m.index:02d}" for m in months]
    if ctx.db.is_postgres:  # the same Julian days from PostgreSQL's epoch seconds
        julian, mark, hint = _PG_JULIAN, "%s", ""
        scheduled_at, bound = "scheduled_at::text", lambda moment: moment
    else:
        julian, mark, hint = "julianday({})", "?", "NOT INDEXED" if period.days > 92 else ""
        scheduled_at, bound = "scheduled_at", _stored
    sql = (f"SELECT id, item_id, title, {scheduled_at}, {julian.format('started_at')}, "
           f"played_s, result, priority, target_kind, content_origin, target_id "
           f"FROM as_run {hint} WHERE started_at >= {mark} AND started_at < {mark} "
           "AND result != 'removed'")
    with ctx.db.read() as session:
        conn = session.connection()
        # month bounds computed by the database too, so a play at 00:00:00 compares exactly
        bounds = [conn.exec_driver_sql(f"SELECT {julian.format(mark)}", (bound(
            station_midnight_utc(m.start).replace(tzinfo=None)),)).scalar_one()
            for m in months[1:]]
        cursor = conn.connection.driver_connection.cursor()  # plain tuples, no wrappers
        try:
            rows = cursor.execute(sql, (bound(start), bound(end))).fetchall()
        finally:
            cursor.close()
        used = sorted({r[1] for r in rows if r[1]})
        items: dict[str, tuple[str, bool, str | None]] = {}
        for i in range(0, len(used), 500):
            items.update({i_: (k, bool(local), c) for i_, k, local, c in conn.execute(
                select(SourceItem.id, SourceItem.kind, SourceItem.local,
                       SourceItem.category_code).where(SourceItem.id.in_(used[i:i + 500])))})
        categories = dict(conn.execute(select(Category.code, Category.name)).all())
        villages = dict(conn.execute(select(Village.id, Village.name)).all())
        targets = dict(conn.execute(select(DeliveryTarget.id, DeliveryTarget.village_id)).all())
    out = []
    origins: dict[tuple[str | None, str | None], str] = {}
    for (entry_id, item_id, title, scheduled, started, played, result, priority, kind,
         marked, target_id) in rows:
        item = items.get(item_id) if item_id else None
        origin = origins.get((marked, item_id))
        if origin is None:
            origin = origins[(marked, item_id)] = _origin(marked, item_id, item)
        category = item[2] if item else None
        village = targets.get(target_id)
        out.append(_Entry(entry_id, item_id or f"title:{title}", scheduled, started,
                          keys[bisect.bisect_right(bounds, started)], float(played or 0.0),
                          result, priority, kind, origin, category,
                          categories.get(category) if category else None,
                          village, villages.get(village) if village else None, target_id))
    out.sort(key=lambda e: (e.started, e.id))
    return out


def load_entries(ctx: StationContext, period: Period) -> list[_Entry]:
    """The as-run entries of a period in start order, as the indicators read them (for the
    plan's actual counts, which group airings the same way: see `airings`)."""
    return _load(ctx, period)


def airings(entries: list[_Entry]) -> list[_Airing]:
    """Group successful entries into airings (see AIRING in the module docstring)."""
    scheduled: dict[tuple[str, str], _Airing] = {}
    window = JOIN_WINDOW / dt.timedelta(days=1)
    loose: dict[str, list[_Airing]] = defaultdict(list)
    out: list[_Airing] = []
    for entry in entries:  # in start order
        if entry.result not in SUCCESS_RESULTS:
            continue
        if entry.scheduled is not None:
            airing = scheduled.get((entry.content, entry.scheduled))
            if airing is None:
                airing = scheduled[(entry.content, entry.scheduled)] = _Airing(entry, [])
                out.append(airing)
        else:
            recent = loose[entry.content]
            if recent and entry.started - recent[-1].first.started <= window:
                airing = recent[-1]
            else:
                airing = _Airing(entry, [])
                recent.append(airing)
                out.append(airing)
        airing.entries.append(entry)
        if entry.kind in AUDIO_KINDS and entry.played > airing.seconds:
            airing.seconds = entry.played
    out.sort(key=lambda a: (a.first.started, a.first.id))
    return out


def _hours(seconds: float) -> float:
    return round(seconds / 3600.0, 2)


def _pct(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _availability(ctx: StationContext, period: Period
                  ) -> tuple[dict[str, tuple[int, int]], list[AvailabilityPoint], set[str]]:
    """(kind → (up checks, known checks)), per-day points, targets seen up."""
    start, end = aware_bounds(period)
    up = func.sum(case((DeviceStatusSample.status.in_(UP), 1), else_=0))
    if ctx.db.is_postgres:
        day = cast(DeviceStatusSample.at + func.make_interval(0, 0, 0, 0, 0, _offset_minutes(
            period)), Date)
    else:
        day = func.date(DeviceStatusSample.at, _offset(period))
    where = (DeviceStatusSample.at >= start, DeviceStatusSample.at < end,
             DeviceStatusSample.status.in_(KNOWN), DeliveryTarget.enabled.is_(True),
             DeliveryTarget.kind.in_((CLUSTER, BOARD)))
    query = (select(DeliveryTarget.kind, day, up, func.count())
             .join(DeliveryTarget, DeliveryTarget.id == DeviceStatusSample.target_id)
             .where(*where).group_by(DeliveryTarget.kind, day))
    totals: dict[str, list[int]] = {CLUSTER: [0, 0], BOARD: [0, 0]}
    days: dict[tuple[dt.date, str], tuple[int, int]] = {}
    with ctx.db.read() as session:
        for kind, when, ups, count in session.execute(query):
            totals[kind][0] += int(ups or 0)
            totals[kind][1] += int(count)
            day_ = when if isinstance(when, dt.date) else dt.date.fromisoformat(when)
            days[(day_, kind)] = (int(ups or 0), int(count))
        seen_up = set(session.scalars(
            select(DeviceStatusSample.target_id).distinct()
            .join(DeliveryTarget, DeliveryTarget.id == DeviceStatusSample.target_id)
            .where(*where, DeviceStatusSample.status.in_(UP))))
    points = []
    current = period.start
    while current <= period.end:
        c, b = days.get((current, CLUSTER), (0, 0)), days.get((current, BOARD), (0, 0))
        points.append(AvailabilityPoint(current, _pct(c[0], c[1]), _pct(b[0], b[1])))
        current += dt.timedelta(days=1)
    return {k: (v[0], v[1]) for k, v in totals.items()}, points, seen_up


def _received(ctx: StationContext, period: Period) -> list[tuple[str, str, str, dt.datetime,
                                                                    str | None, str | None]]:
    """Items received in the period: (id, priority, kind, published_at, category, name)."""
    start, end = aware_bounds(period)
    query = (select(SourceItem.id, SourceItem.priority, SourceItem.kind, SourceItem.published_at,
                    SourceItem.category_code, Category.name)
             .outerjoin(Category, Category.code == SourceItem.category_code)
             .where(SourceItem.local.is_(False), SourceItem.withdrawn.is_(False),
                    SourceItem.published_at >= start, SourceItem.published_at < end))
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(query)]  # type: ignore[misc]


def _first_airings(ctx: StationContext, period: Period) -> dict[str, tuple[str, dt.datetime]]:
    """item id → (entry id, start) of its earliest success/partial entry, at any time."""
    start, end = aware_bounds(period)
    received = (select(SourceItem.id).where(
        SourceItem.local.is_(False), SourceItem.withdrawn.is_(False),
        SourceItem.published_at >= start, SourceItem.published_at < end))
    first = (select(AsRunEntry.item_id, func.min(AsRunEntry.started_at).label("at"))
             .where(AsRunEntry.item_id.in_(received), AsRunEntry.result.in_(SUCCESS_RESULTS))
             .group_by(AsRunEntry.item_id).subquery())
    query = (select(AsRunEntry.item_id, AsRunEntry.id, AsRunEntry.started_at)
             .join(first, (first.c.item_id == AsRunEntry.item_id)
                   & (first.c.at == AsRunEntry.started_at))
             .where(AsRunEntry.result.in_(SUCCESS_RESULTS))
             .order_by(AsRunEntry.id))
    out: dict[str, tuple[str, dt.datetime]] = {}
    with ctx.db.read() as session:
        for item_id, entry_id, started in session.execute(query):
            out.setdefault(item_id, (entry_id, started))
    return out


def _targets(ctx: StationContext) -> dict[str, set[str]]:
    with ctx.db.read() as session:
        rows = session.execute(select(DeliveryTarget.id, DeliveryTarget.kind).where(
            DeliveryTarget.enabled.is_(True))).all()
    out: dict[str, set[str]] = {CLUSTER: set(), BOARD: set()}
    for target_id, kind in rows:
        if kind in out:
            out[kind].add(target_id)
    return out


def _played_targets(ctx: StationContext, period: Period) -> set[str]:
    start, end = aware_bounds(period)
    with ctx.db.read() as session:
        return set(session.scalars(select(AsRunEntry.target_id).distinct().where(
            AsRunEntry.started_at >= start, AsRunEntry.started_at < end,
            AsRunEntry.result.in_(SUCCESS_RESULTS))))


def compute_statistics(ctx: StationContext, period: Period, *,
                       entries: list[_Entry] | None = None) -> Statistics:
    """The period's figures; `entries` (load_entries of the same period) when the caller
    has read them already, so a report reads its as-run rows once."""
    entries = _load(ctx, period) if entries is None else entries
    all_airings = airings(entries)
    counted = [a for a in all_airings if a.first.origin != "relay"]  # bulletins
    base = LogFilter(start=period.start, end=period.end)

    def drill(**kw: Any) -> LogFilter:
        return LogFilter(start=period.start, end=period.end, **kw)

    values: dict[str, Indicator] = {}

    def put(code: str, value: float | int | None, flt: LogFilter | None = None) -> None:
        values[code] = Indicator(code, value, flt)

    ok = SUCCESS_RESULTS
    put("bulletins_broadcast", len(counted), drill(results=ok, origins=("own", "source")))
    put("hours_total", _hours(sum(a.seconds for a in all_airings)),
        drill(results=ok, target_kinds=AUDIO_KINDS))
    for origin in ("own", "relay", "source"):
        put(f"hours_{origin}", _hours(sum(a.seconds for a in all_airings
                                          if a.first.origin == origin)),
            drill(results=ok, target_kinds=AUDIO_KINDS, origins=(origin,)))
    put("emergency_broadcasts", sum(a.first.priority == "emergency" for a in all_airings),
        drill(results=ok, priorities=("emergency",)))
    put("plays_requested", len(entries), base)
    put("plays_succeeded", sum(e.result == "success" for e in entries), drill(results=("success",)))

    registry = _targets(ctx)
    checks, points, seen_up = _availability(ctx, period)
    working = seen_up | _played_targets(ctx, period)
    for kind, plural, single in ((CLUSTER, "clusters", "cluster"), (BOARD, "boards", "board")):
        put(f"{plural}_total", len(registry[kind]))
        put(f"{plural}_operating", len(registry[kind] & working))
        up, known = checks[kind]
        put(f"{single}_availability_pct", _pct(up, known))

    start, end = aware_bounds(period)
    with ctx.db.read() as session:
        contributed = int(session.scalar(select(func.count(Contribution.id)).where(
            Contribution.created_at >= start, Contribution.created_at < end)) or 0)
    put("items_contributed", contributed)

    received = _received(ctx, period)
    firsts = _first_airings(ctx, period)
    aired = {i for i, (_, at) in firsts.items() if at < end}
    put("items_received", len(received))
    put("items_received_broadcast", len(aired),
        LogFilter(entry_ids=tuple(sorted(firsts[i][0] for i in aired))))
    delays, delay_ids = [], []
    emergencies = within = 0
    emergency_ids = []
    for item_id, priority, kind, published, _cat, _name in received:
        first = firsts.get(item_id)
        if first is not None and kind != "stream":
            delays.append(max(0.0, (first[1] - published).total_seconds() / 60.0))
            delay_ids.append(first[0])
        if priority == "emergency":
            emergencies += 1
            if first is not None:
                emergency_ids.append(first[0])
                within += first[1] - published <= EMERGENCY_WITHIN
    put("first_airing_delay_median_min",
        round(statistics.median(delays), 1) if delays else None,
        LogFilter(entry_ids=tuple(sorted(delay_ids))))
    put("emergencies_within_15min_pct", _pct(within, emergencies),
        LogFilter(entry_ids=tuple(sorted(emergency_ids))))

    return Statistics(
        period=period, indicators={code: values[code] for code in INDICATOR_CODES},
        by_month=_by_month(period, all_airings, entries),
        by_category=_by_category(period, all_airings, entries, received, aired),
        by_village=_by_village(period, all_airings, entries),
        by_priority=_by_priority(period, all_airings, entries, received, aired),
        availability=points)


def _by_month(period: Period, all_airings: list[_Airing],
              entries: list[_Entry]) -> list[Breakdown]:
    airings_of: dict[str, list[_Airing]] = defaultdict(list)
    for airing in all_airings:
        airings_of[airing.first.month].append(airing)
    plays: dict[str, int] = defaultdict(int)
    for entry in entries:
        plays[entry.month] += 1
    out = []
    for month in months_in(period):
        key = f"{month.year}-{month.index:02d}"
        mine = airings_of.get(key, [])
        out.append(Breakdown(
            month.code, f"{month.index:02d}/{month.year}",
            sum(a.first.origin != "relay" for a in mine), _hours(sum(a.seconds for a in mine)),
            LogFilter(start=month.start, end=month.end, results=SUCCESS_RESULTS),
            plays=plays.get(key, 0)))
    return out


def _by_category(period: Period, all_airings: list[_Airing], entries: list[_Entry],
                 received: list[Any], aired: set[str]) -> list[Breakdown]:
    names: dict[str, str] = {}
    groups: dict[str, list[_Airing]] = defaultdict(list)
    for airing in all_airings:
        key = airing.first.category or ""
        names[key] = airing.first.category_name or NO_CATEGORY
        groups[key].append(airing)
    got: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item_id, _prio, _kind, _pub, category, name in received:
        key = category or ""
        names.setdefault(key, name or NO_CATEGORY)
        got[key][0] += 1
        got[key][1] += item_id in aired
    plays: dict[str, int] = defaultdict(int)
    for entry in entries:
        plays[entry.category or ""] += 1
    out = []
    for key in sorted(names, key=lambda k: (k == "", vi_key(names[k]) or "")):
        mine = groups.get(key, [])
        out.append(Breakdown(
            key, names[key], sum(a.first.origin != "relay" for a in mine),
            _hours(sum(a.seconds for a in mine)),
            LogFilter(start=period.start, end=period.end, results=SUCCESS_RESULTS,
                      categories=(key,)) if key else None,
            received=got[key][0], received_broadcast=got[key][1], plays=plays.get(key, 0)))
    return out


def _by_village(period: Period, all_airings: list[_Airing],
                entries: list[_Entry]) -> list[Breakdown]:
    names: dict[int, str] = {}
    plays: dict[int, int] = defaultdict(int)
    for entry in entries:
        names[entry.village or 0] = entry.village_name or NO_VILLAGE
        plays[entry.village or 0] += 1
    bulletins: dict[int, int] = defaultdict(int)
    seconds: dict[int, float] = defaultdict(float)
    for airing in all_airings:
        longest: dict[int, float] = {}
        for entry in airing.entries:
            key = entry.village or 0
            audio = entry.played if entry.kind in AUDIO_KINDS else 0.0
            longest[key] = max(longest.get(key, 0.0), audio)
        for key, value in longest.items():
            bulletins[key] += airing.first.origin != "relay"
            seconds[key] += value
    return [Breakdown(str(key), names[key], bulletins.get(key, 0), _hours(seconds.get(key, 0.0)),
                      LogFilter(start=period.start, end=period.end, results=SUCCESS_RESULTS,
                                village_ids=(key,)), plays=plays[key])
            for key in sorted(names, key=lambda k: (k == 0, vi_key(names[k]) or ""))]


def _by_priority(period: Period, all_airings: list[_Airing], entries: list[_Entry],
                 received: list[Any], aired: set[str]) -> list[Breakdown]:
    plays = Counter(e.priority for e in entries)
    out = []
    for priority in PRIORITIES:
        mine = [a for a in all_airings if a.first.priority == priority]
        mine_received = [r for r in received if r[1] == priority]
        out.append(Breakdown(
            priority, priority, sum(a.first.origin != "relay" for a in mine),
            _hours(sum(a.seconds for a in mine)),
            LogFilter(start=period.start, end=period.end, results=SUCCESS_RESULTS,
                      priorities=(priority,)),
            received=len(mine_received),
            received_broadcast=sum(r[0] in aired for r in mine_received),
            plays=plays.get(priority, 0)))
    return out
