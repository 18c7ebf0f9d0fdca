"""Reporting periods on the station calendar (Asia/Ho_Chi_Minh), their bounds and due dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ...timezone import STATION_TZ
from .template import DUE_RULES

PERIOD_KINDS = ("month", "quarter", "half_year", "nine_months", "year", "custom")
# How many of each kind a year has; None: the kind has no index.
_INDEX_TOP = {"month": 12, "quarter": 4, "half_year": 2, "nine_months": None, "year": None}


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    index: int | None
    start: dt.date  # first day, inclusive
    end: dt.date    # last day, inclusive

    @property
    def code(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.index:02d}"
        if self.kind == "quarter":
            return f"{self.year}-Q{self.index}"
        if self.kind == "half_year":
            return f"{self.year}-H{self.index}"
        if self.kind == "nine_months":
            return f"{self.year}-9M"
        if self.kind == "year":
            return str(self.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def wire(self) -> dict[str, int | str]:
        """The contract's `period` object (custom ranges cannot be submitted)."""
        if self.kind == "custom":
            raise ValueError("a custom date range cannot be sent as a periodic report")
        out: dict[str, int | str] = {"kind": self.kind, "year": self.year}
        if self.index is not None:
            out["index"] = self.index
        return out


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_of(kind: str, year: int, index: int | None = None) -> Period:
    """The period of a kind; ValueError with a plain reason when it does not exist."""
    if kind not in _INDEX_TOP:
        raise ValueError(f"unknown period kind {kind!r} (one of {', '.join(_INDEX_TOP)})")
    if not 1900 <= year <= 9998:
        raise ValueError(f"year {year} is out of range")
    top = _INDEX_TOP[kind]
    if top is None:
        if index is not None:
            raise ValueError(f"a {kind.replace('_', ' ')} period has no index")
    elif index is None or not 1 <= index <= top:
        raise ValueError(f"{kind.replace('_', ' ')} must be numbered 1 to {top}")
    if kind == "month":
        assert index is not None
        return Period(kind, year, index, dt.date(year, index, 1), _month_end(year, index))
    if kind == "quarter":
        assert index is not None
        first = 3 * index - 2
        return Period(kind, year, index, dt.date(year, first, 1), _month_end(year, first + 2))
    if kind == "half_year":
        assert index is not None
        first = 6 * index - 5
        return Period(kind, year, index, dt.date(year, first, 1), _month_end(year, first + 5))
    if kind == "nine_months":
        return Period(kind, year, None, dt.date(year, 1, 1), dt.date(year, 9, 30))
    return Period(kind, year, None, dt.date(year, 1, 1), dt.date(year, 12, 31))


def custom_period(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValueError(f"the range ends ({end}) before it starts ({start})")
    return Period("custom", start.year, None, start, end)


_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), "month"),
    (re.compile(r"^(\d{4})-Q(\d)$", re.I), "quarter"),
    (re.compile(r"^(\d{4})-H(\d)$", re.I), "half_year"),
    (re.compile(r"^(\d{4})-9M$", re.I), "nine_months"),
    (re.compile(r"^(\d{4})$"), "year"),
)


def parse_period(text: str) -> Period:
    """'2026-11', '2026-Q4', '2026-H2', '2026-9M', '2026' or '2026-10-05..2026-11-20'."""
    value = (text or "").strip()
    if ".." in value:
        left, _, right = value.partition("..")
        try:
            start, end = dt.date.fromisoformat(left.strip()), dt.date.fromisoformat(right.strip())
        except ValueError:
            raise ValueError(f"{text!r} is not a date range like 2026-10-05..2026-11-20") from None
        return custom_period(start, end)
    for pattern, kind in _PATTERNS:
        match = pattern.match(value)
        if match:
            groups = match.groups()
            index = int(groups[1]) if len(groups) > 1 else None
            return period_of(kind, int(groups[0]), index)
    raise ValueError(f"{text!r} is not a period: use 2026-11, 2026-Q4, 2026-H2, 2026-9M, 2026 "
                     "or 2026-10-05..2026-11-20")


def station_midnight_utc(day: dt.date) -> dt.datetime:
    """00:00 station time of a day, as an aware UTC datetime."""
    return dt.datetime.combine(day, dt.time(), STATION_TZ).astimezone(dt.UTC)


def utc_bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00 station time, the day after the end 00:00) as naive UTC."""
    start = station_midnight_utc(period.start).replace(tzinfo=None)
    end = station_midnight_utc(period.end + dt.timedelta(days=1)).replace(tzinfo=None)
    return start, end


def aware_bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    """The same bounds as aware UTC datetimes (what the model columns take)."""
    start, end = utc_bounds(period)
    return start.replace(tzinfo=dt.UTC), end.replace(tzinfo=dt.UTC)


def months_in(period: Period) -> list[Period]:
    """Month periods the period touches, in order (clipped for a custom range)."""
    out: list[Period] = []
    year, month = period.start.year, period.start.month
    while dt.date(year, month, 1) <= period.end:
        full = period_of("month", year, month)
        if period.kind == "custom" and (full.start < period.start or full.end > period.end):
            out.append(Period("month", year, month, max(full.start, period.start),
                              min(full.end, period.end)))
        else:
            out.append(full)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def due_date(period: Period) -> dt.date:
    """When the report is due at the Department (template.DUE_RULES: month, day)."""
    if period.kind == "custom":
        return period.end
    month, day = DUE_RULES[period.kind]
    if month is None:  # relative to the period's last month
        month = period.end.month
    return dt.date(period.year, month, min(day, calendar.monthrange(period.year, month)[1]))


def periods_of_year(year: int) -> list[Period]:
    out = [period_of("month", year, m) for m in range(1, 13)]
    out += [period_of("quarter", year, q) for q in range(1, 5)]
    out += [period_of("half_year", year, h) for h in (1, 2)]
    out += [period_of("nine_months", year), period_of("year", year)]
    return out


def upcoming_due(today: dt.date, within_days: int = 14) -> list[tuple[Period, dt.date]]:
    """Reports due from today to `within_days` ahead, soonest first (for reminders)."""
    last = today + dt.timedelta(days=within_days)
    found = [(p, due_date(p)) for year in {today.year, last.year} for p in periods_of_year(year)]
    return sorted(((p, d) for p, d in found if today <= d <= last),
                  key=lambda pd: (pd[1], pd[0].days))


def current_month(today: dt.date | None = None) -> Period:
    today = today or dt.datetime.now(STATION_TZ).date()
    return period_of("month", today.year, today.month)
