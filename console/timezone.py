"""Station time: everything is Asia/Ho_Chi_Minh, with explicit offsets on the wire."""

from __future__ import annotations

import datetime as dt
import logging

log = logging.getLogger(__name__)


def _station_tz() -> dt.tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Ho_Chi_Minh")
    except Exception:  # no tz database: Vietnam has had no daylight saving since 1975
        log.debug("no tz database; using a fixed +07:00 offset")
        return dt.timezone(dt.timedelta(hours=7), "ICT")


STATION_TZ = _station_tz()


def station_now() -> dt.datetime:
    return dt.datetime.now(STATION_TZ)


def to_station(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:  # the database hands back UTC; be safe with naive values
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(STATION_TZ)


# Clocks further apart than this (the province's server, a device and this PC) are told to
# the operator in plain words: a schedule in the right zone still plays at the wrong moment.
CLOCK_SKEW_LIMIT_S = 60.0
