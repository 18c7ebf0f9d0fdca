"""When a broadcast airs: the one reading of the once / daily / weekdays / weekly rules.

Programmes, the Today page, the schedule view, local playout and proof of play all ask
this module, so a rule means the same everywhere. Days are station days
(Asia/Ho_Chi_Minh); a repeating broadcast airs at the same wall-clock time(s) each day it
airs, from its first day to its last, except on the days it skips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .timezone import STATION_TZ

ONCE, NOW, DAILY, WEEKDAYS, WEEKLY = "once", "now", "daily", "weekdays", "weekly"
REPEATING = (DAILY, WEEKDAYS, WEEKLY)
WORKING_DAYS = (1, 2, 3, 4, 5)  # Monday … Friday (isoweekday)


@dataclass(frozen=True)
class Rule:
    """A broadcast's recurrence: how it repeats, on which days, at which times."""

    repeat: str
    start_date: dt.date | None
    times: tuple[dt.time, ...] = ()             # station wall clock, sorted
    end_date: dt.date | None = None
    weekdays: frozenset[int] = frozenset()      # 1 = Monday … 7 = Sunday (weekly)
    skip: frozenset[dt.date] = field(default_factory=frozenset)          # whole days
    skip_at: frozenset[dt.datetime] = field(default_factory=frozenset)   # single airings
    extra: tuple[dt.datetime, ...] = ()         # airings moved to another time

    @classmethod
    def of(cls, repeat: str, start_date: dt.date | None, times: Iterable[dt.time] = (), *,
           end_date: dt.date | None = None, weekdays: Iterable[int] = (),
           skip: Iterable[dt.date | dt.datetime | str] = (),
           extra: Iterable[dt.datetime | str] = ()) -> Rule:
        days: set[dt.date] = set()
        airings: set[dt.datetime] = set()
        for value in skip:
            moment = parse_moment(value)
            if isinstance(moment, dt.datetime):
                airings.add(moment)
            elif isinstance(moment, dt.date):
                days.add(moment)
        moved = sorted(m for m in (parse_moment(v) for v in extra)
                       if isinstance(m, dt.datetime))
        return cls(str(repeat), start_date, tuple(sorted(set(times))), end_date,
                   frozenset(int(d) for d in weekdays), frozenset(days), frozenset(airings),
                   tuple(moved))

    @property
    def repeating(self) -> bool:
        return self.repeat in REPEATING

    def regular_day(self, day: dt.date) -> bool:
        """Whether the rule itself airs on this station day (moved airings aside)."""
        if self.start_date is not None and day < self.start_date:
            return False
        if day in self.skip:
            return False
        if not self.repeating:
            return self.start_date == day
        if self.end_date is not None and day > self.end_date:
            return False
        if self.repeat == WEEKDAYS:
            return day.isoweekday() in WORKING_DAYS
        if self.repeat == WEEKLY and self.weekdays:
            return day.isoweekday() in self.weekdays
        return True  # daily (a weekly rule without weekdays airs every day, like daily)

    def airs_on(self, day: dt.date) -> bool:
        """Whether anything airs on this station day."""
        start = dt.datetime.combine(day, dt.time(), STATION_TZ)
        return bool(self.starts(start, start + dt.timedelta(days=1))) if self.times or \
            self.extra else self.regular_day(day)

    def days(self, first: dt.date, last: dt.date) -> Iterator[dt.date]:
        """The days in [first, last] on which the rule itself airs, oldest first."""
        if not self.repeating:
            if self.start_date is not None and first <= self.start_date <= last \
                    and self.regular_day(self.start_date):
                yield self.start_date
            return
        day = max(first, self.start_date or first)
        stop = min(last, self.end_date) if self.end_date is not None else last
        while day <= stop:
            if self.regular_day(day):
                yield day
            day += dt.timedelta(days=1)

    def starts(self, since: dt.datetime, until: dt.datetime) -> list[dt.datetime]:
        """Every start in [since, until), in station time, oldest first."""
        first = since.astimezone(STATION_TZ).date() - dt.timedelta(days=1)
        last = until.astimezone(STATION_TZ).date()
        out = [dt.datetime.combine(day, t if t.tzinfo else t.replace(tzinfo=STATION_TZ))
               for day in self.days(first, last) for t in self.times]
        out = [s for s in out if s not in self.skip_at]
        out += [s for s in self.extra if s not in self.skip_at]
        return sorted({s for s in out if since <= s < until})


def parse_moment(value: dt.date | dt.datetime | str) -> dt.date | dt.datetime | None:
    """A day ("YYYY-MM-DD") or an airing ("YYYY-MM-DDTHH:MM", station time); None if neither."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=STATION_TZ)
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=STATION_TZ)


def airing_key(moment: dt.datetime) -> str:
    """How an airing is written in a schedule's skip and extra lists."""
    return moment.astimezone(STATION_TZ).strftime("%Y-%m-%dT%H:%M")


def rule_of_entry(entry: dict[str, object]) -> Rule | None:
    """The rule of a pushed schedule entry (its `start` carries the first airing with its
    offset; without one it is station time); None when it has no valid start."""
    raw = entry.get("start")
    try:
        start = dt.datetime.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None
    if start is None:
        return None
    if start.tzinfo is None:
        start = start.replace(tzinfo=STATION_TZ)
    local = start.astimezone(STATION_TZ)
    end_date = None
    if entry.get("end_date"):
        try:
            end_date = dt.date.fromisoformat(str(entry["end_date"]))
        except ValueError:
            end_date = None
    weekdays = [int(d) for d in entry.get("weekdays") or []  # type: ignore[union-attr]
                if str(d).isdigit()]
    return Rule.of(str(entry.get("repeat") or ONCE), local.date(), (local.timetz(),),
                   end_date=end_date, weekdays=weekdays,
                   skip=[str(v) for v in entry.get("skip") or []])  # type: ignore[union-attr]
