"""A programme's airings as the repeat dialog and the schedule show them: the next ones for
a rule being edited (before it is saved), each with the quiet-hours and conflict problems
that fall on it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from ...models import Programme
from ...models.enums import Priority, RepeatKind
from ...recurrence import Rule
from ...settings import QUIET_END, QUIET_START
from ...station import StationContext
from ...timezone import STATION_TZ, station_now
from .checks import ALL, Problem, target_names, target_set
from .common import hhmm, load, on_the_air
from .schedule import occurrences, rule_of
from .timing import total_seconds


@dataclass(frozen=True)
class ScheduleDraft:
    """A rule as the repeat dialog edits it (nothing saved yet)."""

    repeat: str = RepeatKind.ONCE.value
    times: tuple[str, ...] = ("05:30",)           # "HH:MM"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    weekdays: tuple[int, ...] = ()
    skip: tuple[str, ...] = ()                    # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
    extra: tuple[str, ...] = ()

    def rule(self) -> Rule:
        return Rule.of(self.repeat, self.start_date, [hhmm(t) for t in self.times],
                       end_date=self.end_date if self.repeat != RepeatKind.ONCE else
                       self.start_date, weekdays=self.weekdays, skip=self.skip,
                       extra=self.extra)


@dataclass(frozen=True)
class AiringPreview:
    start: dt.datetime          # station time
    end: dt.datetime
    problems: tuple[Problem, ...] = field(default_factory=tuple)


def schedule_draft(ctx: StationContext, programme_id: int) -> ScheduleDraft:
    """The programme's schedule as the dialog starts from (a one-off at its start, or the
    next default slot for a programme with none)."""
    with ctx.db.read() as session:
        programme = load(session, programme_id)
        sched = programme.schedule
        if sched is None:
            start = programme.start_at.astimezone(STATION_TZ) if programme.start_at else None
            return ScheduleDraft(times=(start.strftime("%H:%M"),) if start else ("05:30",),
                                 start_date=start.date() if start else station_now().date())
        times = tuple(sched.times or ([sched.time_of_day.strftime("%H:%M")]
                                      if sched.time_of_day else []))
        return ScheduleDraft(sched.repeat, times, sched.start_date, sched.end_date,
                             tuple(sched.weekdays or ()), tuple(sched.skip or ()),
                             tuple(sched.extra or ()))


def preview_airings(ctx: StationContext, programme_id: int, draft: ScheduleDraft, *,
                    count: int = 10, now: dt.datetime | None = None) -> list[AiringPreview]:
    """The next `count` airings the draft rule would give, each with its problems."""
    now = (now or station_now()).astimezone(STATION_TZ)
    first, last = hhmm(ctx.settings.get(QUIET_START)), hhmm(ctx.settings.get(QUIET_END))
    rule = draft.rule()
    since = now
    if draft.start_date is not None and draft.repeat == RepeatKind.ONCE:
        since = dt.datetime.combine(draft.start_date, dt.time(), STATION_TZ)
    starts = rule.starts(since, since + dt.timedelta(days=400))[:count]
    out = []
    with ctx.db.read() as session:
        programme = load(session, programme_id)
        length = dt.timedelta(seconds=total_seconds(programme))
        mine = target_set(session, programme)
        others = []
        if starts:
            for other in session.scalars(select(Programme).where(
                    Programme.id != programme.id, on_the_air())):
                theirs = target_set(session, other)
                shared = mine | theirs if ALL in mine or ALL in theirs else mine & theirs
                if not shared:
                    continue
                o_length = dt.timedelta(seconds=total_seconds(other))
                days = (starts[-1] - starts[0]).days + 2
                spans = [(s, s + o_length) for s in occurrences(other, starts[0], days)]
                others.append((other, spans, target_names(session, shared) if ALL not in shared
                               else ""))
        for start in starts:
            end = start + length
            problems = []
            latest = dt.datetime.combine(start.date(), last, STATION_TZ)
            if programme.priority != Priority.EMERGENCY and (
                    start.time() < first or end > latest):
                problems.append(Problem(
                    "quiet_hours", f"quiet hours: it would play {start:%Y-%m-%d %H:%M}-"
                    f"{end:%H:%M}, outside the allowed {first:%H:%M}-{last:%H:%M}", "",
                    params={"start": start, "end": end, "first": first, "last": last}))
            for other, spans, names in others:
                for o_start, o_end in spans:
                    if start < o_end and o_start < end:
                        problems.append(Problem(
                            "conflict", f"it overlaps \u201c{other.name}\u201d", "",
                            params={"other": other.name, "other_id": other.id,
                                    "start": o_start.astimezone(STATION_TZ),
                                    "end": o_end.astimezone(STATION_TZ), "targets": names}))
                        break
            out.append(AiringPreview(start, end, tuple(problems)))
    return out


def programme_rule(ctx: StationContext, programme_id: int) -> Rule | None:
    with ctx.db.read() as session:
        programme = load(session, programme_id)
        return rule_of(programme.schedule) if programme.schedule is not None else None
