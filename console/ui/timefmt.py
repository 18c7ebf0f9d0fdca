"""Station time (Asia/Ho_Chi_Minh) for display; the database keeps aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..timezone import STATION_TZ, station_now, to_station

log = logging.getLogger(__name__)


def format_time(moment: dt.datetime) -> str:
    return to_station(moment).strftime("%H:%M")


def format_moment(moment: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """'05:12 today', '17:40 yesterday' or '05:12 14/03/2026', in station time."""
    local = to_station(moment)
    today = (now or station_now()).astimezone(STATION_TZ).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return QCoreApplication.translate("Time", "{time} today").format(time=clock)
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("Time", "{time} yesterday").format(time=clock)
    return f"{clock} {local.strftime('%d/%m/%Y')}"


def format_long_date(day: dt.date) -> str:
    """'Thứ Hai, 16/03/2026' in the current interface language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, dd/MM/yyyy")


def format_day_header(day: dt.date) -> str:
    """'Thứ Hai\n16/03': a column heading that fits a week on a 1366-pixel screen."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd\ndd/MM")
