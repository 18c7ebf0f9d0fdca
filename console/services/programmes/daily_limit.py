"""The station's daily limit: the most broadcast minutes a day, emergencies aside.

A programme is held back when, on one of its days, it and the other programmes that day
(on the air, not emergencies) would together play longer than the limit (Settings,
Quy định phát sóng; 0 means no limit).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Programme
from ...models.enums import Priority
from ...timezone import STATION_TZ
from .common import on_the_air
from .schedule import occurrences
from .timing import total_seconds


def over_daily_limit(session: Session, programme: Programme, starts: list[dt.datetime],
                     total_s: float, limit_s: float) -> tuple[dt.date, float] | None:
    """The first day on which the limit would be passed, with that day's broadcast seconds."""
    if limit_s <= 0 or programme.priority == Priority.EMERGENCY or not starts:
        return None
    days: dict[dt.date, float] = defaultdict(float)
    for start in starts:
        days[start.astimezone(STATION_TZ).date()] += total_s
    since = min(starts)
    others = session.scalars(select(Programme).where(
        Programme.id != programme.id, on_the_air(),
        Programme.priority != Priority.EMERGENCY.value))
    for other in others:
        length = total_seconds(other)
        for start in occurrences(other, since):
            day = start.astimezone(STATION_TZ).date()
            if day in days:
                days[day] += length
    for day in sorted(days):
        if days[day] > limit_s:
            return day, days[day]
    return None
