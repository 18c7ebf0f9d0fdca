"""The schedule view's data: what airs each day, per target group, with campaigns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select

from ...db import Database
from ...models import Programme, TargetGroup, TargetGroupMember
from ...timezone import STATION_TZ, station_now
from .airing_logs import AiringLog, airing_logs
from .campaigns import MonthTheme, Upcoming, load_calendar, month_themes, upcoming
from .checks import ALL, target_set
from .common import on_the_air
from .schedule import occurrences
from .timing import total_seconds


@dataclass(frozen=True)
class PlanRow:
    day: dt.date
    start: dt.datetime          # station time
    end: dt.datetime
    programme_id: int
    name: str
    status: str
    log: AiringLog = field(default_factory=AiringLog)  # play logs, once its time has come


@dataclass(frozen=True)
class Plan:
    days: list[dt.date]
    rows: list[PlanRow]
    campaigns: list[Upcoming]
    groups: list[str]
    months: list[tuple[dt.date, MonthTheme]] = field(default_factory=list)


def plan(db: Database, first_day: dt.date, days: int = 7, group: str | None = None,
         now: dt.datetime | None = None) -> Plan:
    """Every airing from `first_day` for `days` days, for one target group or all; with
    what the devices' play logs say of the ones whose time has come by `now`."""
    now = now or station_now()
    since = dt.datetime.combine(first_day, dt.time(0, 0), STATION_TZ)
    until = since + dt.timedelta(days=days)
    rows: list[PlanRow] = []
    with db.read() as session:
        groups = list(session.scalars(select(TargetGroup.name).order_by(TargetGroup.name)))
        members: set[str] | None = None
        if group:
            group_row = session.scalar(select(TargetGroup).where(TargetGroup.name == group))
            if group_row is not None:
                members = set(session.scalars(select(TargetGroupMember.target_id).where(
                    TargetGroupMember.group_id == group_row.id)))
        for programme in session.scalars(select(Programme).where(on_the_air())):
            if members is not None:
                targets = target_set(session, programme)
                if ALL not in targets and not targets & members:
                    continue
            length = dt.timedelta(seconds=total_seconds(programme))
            for start in occurrences(programme, since, days + 1):
                if since <= start < until:
                    rows.append(PlanRow(start.date(), start, start + length, programme.id,
                                        programme.name, programme.status))
        logs = airing_logs(session, [(r.programme_id, r.start, r.end) for r in rows], now)
        rows = [replace(row, log=log) for row, log in zip(rows, logs, strict=True)]
    rows.sort(key=lambda r: (r.start, r.programme_id))
    own = load_calendar(db)
    events = tuple(e for e in own.events if e.editable)
    months = tuple(m for m in own.months if m.editable)
    return Plan([first_day + dt.timedelta(days=n) for n in range(days)], rows,
                upcoming(first_day, days - 1, events), groups,
                month_themes(first_day, days, months))
