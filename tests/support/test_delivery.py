"""The delivery tests' helpers: sound allowed all day, whatever the hour they start."""

from __future__ import annotations

import datetime as dt

import pytest

from console.settings import QUIET_END, QUIET_START
from console.station import StationContext
from console.timezone import STATION_TZ
from tests.support import delivery


@pytest.mark.parametrize(("clock", "waits"), [
    (dt.time(23, 58, 0), True),         # 60 s before the window closes: waits for midnight
    (dt.time(23, 59, 30), True),        # after it closed
    (dt.time(23, 57, 0), False),        # two minutes to go: starts at once
    (dt.time(5, 0), False),
])
def test_no_quiet_hours_waits_for_the_next_day_in_its_last_minutes(
        ctx: StationContext, clock: dt.time, waits: bool) -> None:
    moment = dt.datetime.combine(dt.date(2026, 12, 7), clock, STATION_TZ)
    slept: list[float] = []
    delivery.no_quiet_hours(ctx, now=moment, sleep=slept.append)
    if waits:
        midnight = dt.datetime(2026, 12, 8, tzinfo=STATION_TZ)
        assert slept == [pytest.approx((midnight - moment).total_seconds() + 1.0)]
    else:
        assert slept == []
    assert (ctx.settings.get(QUIET_START), ctx.settings.get(QUIET_END)) == ("00:00", "23:59")
