"""When a programme airs: once, daily, weekly on chosen weekdays, a date range, replays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ...db import Database
from ...models import Programme, Schedule
from ...models.enums import RepeatKind
from ...recurrence import Rule
from ...timezone import STATION_TZ, station_now
from ..errors import InvalidInput
from ..permissions import Actor
from .common import hhmm, load
from .editing import begin_edit

# How far ahead recurring programmes are expanded when looking for conflicts.
HORIZON_DAYS = 14


def set_schedule(db: Database, actor: Actor, programme_id: int, repeat: RepeatKind | str, *,
                 time_of_day: dt.time | str | None = None, start_date: dt.date | None = None,
                 end_date: dt.date | None = None, weekdays: Sequence[int] = (),
                 replay_count: int = 1, replay_interval_min: int = 0) -> None:
    repeat = RepeatKind(repeat)
    if isinstance(time_of_day, str):
        time_of_day = hhmm(time_of_day)
    if repeat in (RepeatKind.DAILY, RepeatKind.WEEKLY, RepeatKind.ONCE) and time_of_day is None:
        raise InvalidInput("say at what time of day it airs")
    if repeat == RepeatKind.WEEKLY and not weekdays:
        raise InvalidInput("choose at least one weekday")
    if any(not 1 <= d <= 7 for d in weekdays):
        raise InvalidInput("weekdays are 1 (Monday) to 7 (Sunday)")
    if start_date and end_date and end_date < start_date:
        raise InvalidInput("the date range ends before it starts")
    if replay_count < 1 or replay_count > 10 or replay_interval_min < 0:
        raise InvalidInput("replays: 1 to 10, with a non-negative interval")
    if replay_count > 1 and replay_interval_min <= 0:
        raise InvalidInput("replays need an interval in minutes")
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, "schedule changed")
        if programme.schedule is None:
            programme.schedule = Schedule()
        sched = programme.schedule
        sched.repeat = repeat.value
        sched.time_of_day = time_of_day
        sched.start_date = start_date or station_now().date()
        sched.end_date = end_date if repeat != RepeatKind.ONCE else sched.start_date
        sched.weekdays = sorted(set(weekdays))
        sched.replay_count = replay_count
        sched.replay_interval_min = replay_interval_min
        if repeat == RepeatKind.NOW:
            programme.start_at = station_now()
        else:
            first = next(rule_of(sched).days(sched.start_date, sched.start_date
                                             + dt.timedelta(days=7)), None)
            programme.start_at = (dt.datetime.combine(first, time_of_day, STATION_TZ)
                                  if first and time_of_day else None)


def rule_of(sched: Schedule) -> Rule:
    """The recurrence of a programme's schedule row."""
    times = (sched.time_of_day,) if sched.time_of_day is not None else ()
    return Rule.of(sched.repeat, sched.start_date, times, end_date=sched.end_date,
                   weekdays=sched.weekdays or ())


def occurrences(programme: Programme, since: dt.datetime | None = None,
                days: int = HORIZON_DAYS) -> list[dt.datetime]:
    """Every start (replays included) from `since` for `days`, in station time.

    A programme with no schedule row airs once at its start_at; one with neither has none.
    """
    sched = programme.schedule
    starts: list[dt.datetime] = []
    if sched is None or sched.repeat in (RepeatKind.ONCE, RepeatKind.NOW):
        if programme.start_at is not None:
            starts = [programme.start_at.astimezone(STATION_TZ)]
        count = sched.replay_count if sched else 1
        interval = sched.replay_interval_min if sched else 0
    else:
        since = since or station_now()
        first = since.astimezone(STATION_TZ).date() - dt.timedelta(days=1)
        assert sched.time_of_day is not None
        starts = [dt.datetime.combine(d, sched.time_of_day, STATION_TZ)
                  for d in rule_of(sched).days(first, first + dt.timedelta(days=days))]
        count, interval = sched.replay_count, sched.replay_interval_min
    return [s + dt.timedelta(minutes=interval * n) for s in starts for n in range(max(1, count))]


def slot_templates(value: str) -> list[dt.time]:
    """The station's default slots ('05:30,17:00')."""
    return [hhmm(part) for part in value.split(",") if part.strip()]
