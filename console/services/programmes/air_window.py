"""When a programme is on the air, as its checks see it: which of its airings still count
(a repeating schedule's airings already over do not, yet the day's broadcast time counts
them), and whether an item may air over a span. The checks, the live commands and the
editor's offer of requested items share these rules."""

from __future__ import annotations

import datetime as dt

from ...models import Programme, SourceItem
from ...models.enums import RepeatKind
from ...timezone import STATION_TZ, station_now
from .schedule import occurrences
from .timing import total_seconds


def item_air_problem(item: SourceItem, begins: dt.datetime, ends: dt.datetime
                     ) -> str | None:
    """The code of what keeps an item off the air from `begins` to `ends` (withdrawn,
    expired, not_yet_valid), None when it may air: the rule programmes and live commands
    share."""
    if item.withdrawn:
        return "withdrawn"
    if item.valid_until is not None and ends > item.valid_until:
        return "expired"
    if item.valid_from is not None and begins < item.valid_from:
        return "not_yet_valid"
    return None


def repeats(programme: Programme) -> bool:
    sched = programme.schedule
    return sched is not None and sched.repeat not in (RepeatKind.NOW, RepeatKind.ONCE)


def not_over(programme: Programme, starts: list[dt.datetime], total: float
             ) -> list[dt.datetime]:
    """The airings of a repeating schedule that have not ended yet. occurrences() counts
    from the day before (an airing running past midnight); yesterday's morning can no
    longer play an item too early, nor break the quiet hours. A one-off keeps its start,
    past or not."""
    if not repeats(programme):
        return starts
    now = station_now()
    return [s for s in starts if s + dt.timedelta(seconds=total) > now]


def from_today(programme: Programme, starts: list[dt.datetime]) -> list[dt.datetime]:
    """The airings of a repeating schedule from today on, this morning's included: a day's
    broadcast time counts what aired earlier that day (the daily limit)."""
    if not repeats(programme):
        return starts
    today = station_now().astimezone(STATION_TZ).date()
    return [s for s in starts if s.astimezone(STATION_TZ).date() >= today]


def coming_airings(programme: Programme) -> list[dt.datetime]:
    """The starts of the programme's airings the checks look at (a repeating schedule's
    airings already over left out)."""
    return not_over(programme, occurrences(programme), total_seconds(programme))


def air_span(programme: Programme, starts: list[dt.datetime] | None = None
             ) -> tuple[dt.datetime, dt.datetime] | None:
    """From the start of the programme's first airing not yet over to the end of its last
    one the checks look at (what an item added to it must be valid for); None when none
    is coming. `starts`: coming_airings(programme), when the caller has them."""
    starts = coming_airings(programme) if starts is None else starts
    if not starts:
        return None
    return starts[0], starts[-1] + dt.timedelta(seconds=total_seconds(programme))
