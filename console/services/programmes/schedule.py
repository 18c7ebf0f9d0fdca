"""When a programme airs: once, daily, weekdays, chosen days of the week, or now; at one or
more times a day; from a first to a last date; skipped days and moved airings; replays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ...db import Database
from ...models import Programme, Schedule
from ...models.enums import RepeatKind
from ...recurrence import Rule, airing_key, parse_moment
from ...timezone import STATION_TZ, station_now
from ..errors import InvalidInput
from ..permissions import Actor
from ..translatable import QT_TRANSLATE_NOOP
from .common import begin_edit, hhmm, load

# How far ahead recurring programmes are expanded when looking for conflicts.
HORIZON_DAYS = 14
MAX_TIMES_A_DAY = 12


def _times(time_of_day: dt.time | str | None, times: Sequence[dt.time | str]) -> list[dt.time]:
    out = [hhmm(t) if isinstance(t, str) else t for t in times]
    if time_of_day is not None:
        out.insert(0, hhmm(time_of_day) if isinstance(time_of_day, str) else time_of_day)
    return sorted({t.replace(second=0, microsecond=0, tzinfo=None) for t in out})


def _skip_values(skip: Sequence[dt.date | dt.datetime | str]) -> list[str]:
    values = []
    for value in skip:
        moment = parse_moment(value)
        if isinstance(moment, dt.datetime):
            values.append(airing_key(moment))
        elif isinstance(moment, dt.date):
            values.append(moment.isoformat())
        else:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{value} is not a date (YYYY-MM-DD)"),
                               value=str(value))
    return sorted(set(values))


def set_schedule(db: Database, actor: Actor, programme_id: int, repeat: RepeatKind | str, *,
                 time_of_day: dt.time | str | None = None,
                 times: Sequence[dt.time | str] = (), start_date: dt.date | None = None,
                 end_date: dt.date | None = None, weekdays: Sequence[int] = (),
                 skip: Sequence[dt.date | dt.datetime | str] = (),
                 replay_count: int = 1, replay_interval_min: int = 0) -> None:
    """Set when the programme airs (its airings moved by hand are kept only if the rule is
    unchanged otherwise: a new rule starts clean)."""
    try:
        repeat = RepeatKind(repeat)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "unknown repeat {repeat} (once, daily, weekdays, weekly "
                                        "or now)"),
            repeat=str(repeat)) from None
    day_times = _times(time_of_day, times)
    if repeat != RepeatKind.NOW and not day_times:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "say at what time of day it airs"))
    if len(day_times) > MAX_TIMES_A_DAY:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "at most {count} start times a day"),
                           count=MAX_TIMES_A_DAY)
    if repeat == RepeatKind.WEEKLY and not weekdays:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "choose at least one weekday"))
    if any(not 1 <= d <= 7 for d in weekdays):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "weekdays are 1 (Monday) to 7 (Sunday)"))
    if start_date and end_date and end_date < start_date:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the date range ends before it starts"))
    if replay_count < 1 or replay_count > 10 or replay_interval_min < 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "replays: 1 to 10, with a non-negative interval"))
    if replay_count > 1 and replay_interval_min <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "replays need an interval in minutes"))
    skipped = _skip_values(skip)
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, "schedule changed")
        if programme.schedule is None:
            programme.schedule = Schedule()
        sched = programme.schedule
        sched.repeat = repeat.value
        sched.times = [t.strftime("%H:%M") for t in day_times]
        sched.time_of_day = day_times[0] if day_times else None
        sched.start_date = start_date or station_now().date()
        sched.end_date = end_date if repeat != RepeatKind.ONCE else sched.start_date
        sched.weekdays = sorted(set(weekdays)) if repeat == RepeatKind.WEEKLY else []
        sched.skip = skipped
        sched.extra = []
        sched.replay_count = replay_count
        sched.replay_interval_min = replay_interval_min
        _set_first_start(programme)


def _set_first_start(programme: Programme) -> None:
    """Programme.start_at: the first airing (lists sort and filter by it)."""
    sched = programme.schedule
    assert sched is not None
    if sched.repeat == RepeatKind.NOW:
        programme.start_at = station_now()
        return
    rule = rule_of(sched)
    since = dt.datetime.combine(sched.start_date or station_now().date(), dt.time(),
                                STATION_TZ)
    first = rule.starts(since, since + dt.timedelta(days=370))
    programme.start_at = first[0] if first else None


def move_airing(db: Database, actor: Actor, programme_id: int, airing: dt.datetime,
                to: dt.datetime, *, series: bool = False) -> None:
    """Move one airing (the others stay), or the whole series by the same shift of time
    of day (and of date for a one-off programme)."""
    airing, to = airing.astimezone(STATION_TZ), to.astimezone(STATION_TZ)
    with db.write() as session:
        programme = load(session, programme_id)
        sched = programme.schedule
        if sched is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the programme has no schedule to move"))
        rule = rule_of(sched)
        day = dt.datetime.combine(airing.date(), dt.time(), STATION_TZ)
        if airing not in rule.starts(day, day + dt.timedelta(days=1)):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the programme does not air at {time}"),
                               time=airing.strftime("%d/%m/%Y %H:%M"))
        if series and rule.repeating and to.date() != airing.date():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a repeating series moves by its time of day; move "
                                            "one airing to change its day"))
        begin_edit(session, programme, actor, "airing moved")
        if series or not rule.repeating:
            shift = dt.datetime.combine(dt.date.min, to.time()) - \
                dt.datetime.combine(dt.date.min, airing.time())
            if not rule.repeating:
                sched.start_date = to.date()
                sched.end_date = to.date()
            moved = []
            for t in sched.times or [sched.time_of_day.strftime("%H:%M")]:
                shifted = dt.datetime.combine(dt.date(2000, 1, 2), hhmm(t)) + shift
                moved.append(shifted.time().strftime("%H:%M"))
            sched.times = sorted(set(moved))
            sched.time_of_day = hhmm(sched.times[0])
        else:
            key = airing_key(airing)
            extra = [e for e in (sched.extra or []) if e != key]
            skip = list(sched.skip or [])
            if key not in extra and key not in skip:
                skip.append(key)
            extra.append(airing_key(to))
            sched.skip = sorted(set(skip) - {airing_key(to)})
            sched.extra = sorted(set(extra))
        _set_first_start(programme)


def rule_of(sched: Schedule) -> Rule:
    """The recurrence of a programme's schedule row."""
    times = [hhmm(t) for t in (sched.times or [])]
    if not times and sched.time_of_day is not None:
        times = [sched.time_of_day]
    return Rule.of(sched.repeat, sched.start_date, times, end_date=sched.end_date,
                   weekdays=sched.weekdays or (), skip=sched.skip or (),
                   extra=sched.extra or ())


def occurrences(programme: Programme, since: dt.datetime | None = None,
                days: int = HORIZON_DAYS) -> list[dt.datetime]:
    """Every start (replays included) from `since` for `days`, in station time.

    A programme with no schedule row airs once at its start_at; one with neither has none.
    """
    sched = programme.schedule
    if sched is None or sched.repeat == RepeatKind.NOW:
        starts = [programme.start_at.astimezone(STATION_TZ)] if programme.start_at else []
        count = sched.replay_count if sched else 1
        interval = sched.replay_interval_min if sched else 0
    else:
        since = since or station_now()
        first = dt.datetime.combine(since.astimezone(STATION_TZ).date() - dt.timedelta(days=1),
                                    dt.time(), STATION_TZ)
        if sched.repeat == RepeatKind.ONCE and sched.start_date is not None:
            first, days = dt.datetime.combine(sched.start_date, dt.time(), STATION_TZ), 1
        starts = rule_of(sched).starts(first, first + dt.timedelta(days=days + 1))
        count, interval = sched.replay_count, sched.replay_interval_min
    return [s + dt.timedelta(minutes=interval * n) for s in starts for n in range(max(1, count))]


def airings_between(programme: Programme, since: dt.datetime,
                    until: dt.datetime) -> list[dt.datetime]:
    """The programme's airings (replays included) starting in [since, until)."""
    days = max(1, (until - since).days + 1)
    return [s for s in occurrences(programme, since, days) if since <= s < until]


def slot_templates(value: str) -> list[dt.time]:
    """The station's default slots ('05:30,17:00')."""
    return [hhmm(part) for part in value.split(",") if part.strip()]
