"""The broadcast log (nhật ký phát thanh): as-run entries, filtered, paged and totalled."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select

from ...models import AsRunEntry, Category, DeliveryTarget, SourceItem
from ...models.station import Village
from ...station import StationContext
from ...text.folding import fold
from ...timezone import STATION_TZ
from .periods import station_midnight_utc

SUCCESS_RESULTS = ("success", "partial")  # the content reached the air, if only in part
ORIGINS = ("own", "relay", "source")


@dataclass(frozen=True)
class LogFilter:
    start: dt.date | None = None          # station dates, inclusive
    end: dt.date | None = None
    target_ids: tuple[str, ...] = ()
    village_ids: tuple[int, ...] = ()     # 0 means "no village"
    item_id: str | None = None
    results: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()         # own | relay | source (see origin_expression)
    categories: tuple[str, ...] = ()      # category codes
    text: str | None = None               # title contains, accent- and đ-insensitive
    entry_ids: tuple[str, ...] | None = None  # drill-down: exactly these entries
    target_kinds: tuple[str, ...] = ()    # loudspeaker_cluster, bulletin_board, …


@dataclass(frozen=True)
class LogRow:
    id: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    target_id: str
    target_name: str
    target_kind: str
    village: str | None
    item_id: str | None
    title: str
    programme_id: int | None
    priority: str
    result: str
    played_s: float
    requested_s: float | None
    origin: str | None
    source: str
    category: str | None
    scheduled_at: dt.datetime | None = None


@dataclass(frozen=True)
class LogTotals:
    entries: int
    success: int
    partial: int
    failed: int
    other: int
    played_s: float


def origin_expression() -> Any:
    """own / relay / source of an entry.

    relay: marked so, or the item is a live stream (tiếp sóng); own: no source item, an item
    made in the commune, or marked own; source: an item received from the source system.
    """
    return case(
        (or_(AsRunEntry.content_origin == "relay", SourceItem.kind == "stream"), "relay"),
        (or_(AsRunEntry.item_id.is_(None), SourceItem.local.is_(True),
             AsRunEntry.content_origin == "own"), "own"),
        else_="source")


def _joined(query: Select[Any]) -> Select[Any]:
    return (query.select_from(AsRunEntry)
            .outerjoin(SourceItem, SourceItem.id == AsRunEntry.item_id)
            .outerjoin(DeliveryTarget, DeliveryTarget.id == AsRunEntry.target_id)
            .outerjoin(Village, Village.id == DeliveryTarget.village_id)
            .outerjoin(Category, Category.code == SourceItem.category_code))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def conditions(flt: LogFilter) -> list[Any]:
    """SQL conditions of a filter over the joined query."""
    out: list[Any] = []
    if flt.entry_ids is not None:
        out.append(AsRunEntry.id.in_(flt.entry_ids))
    if flt.start is not None:
        out.append(AsRunEntry.started_at >= station_midnight_utc(flt.start))
    if flt.end is not None:
        out.append(AsRunEntry.started_at < station_midnight_utc(flt.end + dt.timedelta(days=1)))
    if flt.target_ids:
        out.append(AsRunEntry.target_id.in_(flt.target_ids))
    if flt.target_kinds:
        out.append(AsRunEntry.target_kind.in_(flt.target_kinds))
    if flt.village_ids:
        real = [v for v in flt.village_ids if v]
        parts = [DeliveryTarget.village_id.in_(real)] if real else []
        if 0 in flt.village_ids:
            parts.append(DeliveryTarget.village_id.is_(None))
        out.append(or_(*parts))
    if flt.item_id:
        out.append(AsRunEntry.item_id == flt.item_id)
    if flt.results:
        out.append(AsRunEntry.result.in_(flt.results))
    if flt.priorities:
        out.append(AsRunEntry.priority.in_(flt.priorities))
    if flt.origins:
        out.append(origin_expression().in_(flt.origins))
    if flt.categories:
        out.append(SourceItem.category_code.in_(flt.categories))
    if flt.text and flt.text.strip():
        needle = _like_escape(fold(flt.text.strip()))
        out.append(func.fold(AsRunEntry.title).like(f"%{needle}%", escape="\\"))
    return out


def _filtered(query: Select[Any], flt: LogFilter) -> Select[Any]:
    conds = conditions(flt)
    return _joined(query).where(and_(*conds)) if conds else _joined(query)


def count_log(ctx: StationContext, flt: LogFilter) -> int:
    with ctx.db.read() as session:
        return int(session.scalar(_filtered(select(func.count(AsRunEntry.id)), flt)) or 0)


def query_log(ctx: StationContext, flt: LogFilter, offset: int = 0,
              limit: int = 200) -> list[LogRow]:
    """One page of the log, newest first."""
    query = _filtered(select(
        AsRunEntry.id, AsRunEntry.started_at, AsRunEntry.ended_at, AsRunEntry.target_id,
        DeliveryTarget.name, AsRunEntry.target_kind, Village.name, AsRunEntry.item_id,
        AsRunEntry.title, AsRunEntry.programme_id, AsRunEntry.priority, AsRunEntry.result,
        AsRunEntry.played_s, AsRunEntry.requested_s, origin_expression(), AsRunEntry.source,
        Category.name, AsRunEntry.scheduled_at), flt)
    query = query.order_by(AsRunEntry.started_at.desc(), AsRunEntry.id).offset(max(0, offset))
    if limit is not None and limit >= 0:
        query = query.limit(limit)
    with ctx.db.read() as session:
        rows = session.execute(query).all()
    return [LogRow(id=r[0], started_at=r[1].astimezone(STATION_TZ),
                   ended_at=r[2].astimezone(STATION_TZ) if r[2] else None, target_id=r[3],
                   target_name=r[4] or r[3], target_kind=r[5], village=r[6], item_id=r[7],
                   title=r[8], programme_id=r[9], priority=r[10], result=r[11],
                   played_s=float(r[12] or 0.0), requested_s=r[13], origin=r[14], source=r[15],
                   category=r[16],
                   scheduled_at=r[17].astimezone(STATION_TZ) if r[17] else None)
            for r in rows]


def log_totals(ctx: StationContext, flt: LogFilter) -> LogTotals:
    def n(result: str) -> Any:
        return func.coalesce(func.sum(case((AsRunEntry.result == result, 1), else_=0)), 0)
    query = _filtered(select(func.count(AsRunEntry.id), n("success"), n("partial"), n("failed"),
                             func.coalesce(func.sum(AsRunEntry.played_s), 0.0)), flt)
    with ctx.db.read() as session:
        entries, success, partial, failed, played = session.execute(query).one()
    entries, success, partial, failed = int(entries), int(success), int(partial), int(failed)
    return LogTotals(entries=entries, success=success, partial=partial, failed=failed,
                     other=entries - success - partial - failed, played_s=float(played))


def log_span(ctx: StationContext) -> tuple[dt.date, dt.date] | None:
    """The station dates of the first and the last play in the log (None: it is empty)."""
    with ctx.db.read() as session:
        first, last = session.execute(
            select(func.min(AsRunEntry.started_at), func.max(AsRunEntry.started_at))).one()
    if first is None or last is None:
        return None
    return first.astimezone(STATION_TZ).date(), last.astimezone(STATION_TZ).date()


def log_choices(ctx: StationContext) -> dict[str, list[tuple[str, str]]]:
    """What the filters offer: targets, villages and categories, by name."""
    from ...text.collation import vi_key

    with ctx.db.read() as session:
        targets = [(i, n) for i, n in session.execute(
            select(DeliveryTarget.id, DeliveryTarget.name))]
        villages = [(str(i), n) for i, n in session.execute(select(Village.id, Village.name))]
        categories = [(c, n) for c, n in session.execute(select(Category.code, Category.name))]
    def order(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted(pairs, key=lambda p: (vi_key(p[1]) or "", p[0]))
    # Devices with the same name (three "Bảng tin điện tử Thôn Đông") told apart by their id.
    names = Counter(n for _i, n in targets)
    targets = [(i, f"{n} ({i})" if names[n] > 1 else n) for i, n in targets]
    return {"targets": order(targets), "villages": order(villages),
            "categories": order(categories)}
