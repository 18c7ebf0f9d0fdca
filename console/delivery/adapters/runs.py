"""Schedule entries for devices that know only date ranges: a rule with chosen weekdays,
Monday-to-Friday or skipped days becomes runs of consecutive airing days, each a plain daily
entry with its own first and last day (the vendor gateway's DateStart/DateStop; Anthias's
start and end dates)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...recurrence import rule_of_entry
from ...timezone import STATION_TZ

HORIZON_DAYS = 366  # how far an open-ended rule is laid out


def needs_runs(entry: dict[str, Any]) -> bool:
    """Whether a date range alone cannot say when this entry airs."""
    repeat = entry.get("repeat") or "once"
    return repeat in ("weekly", "weekdays") or (repeat == "daily" and bool(entry.get("skip")))


def as_runs(entry: dict[str, Any], horizon_days: int = HORIZON_DAYS, *,
            since: dt.date | None = None) -> list[dict[str, Any]]:
    """The entry as daily entries over runs of consecutive airing days (the same entry when
    a range says it already), from `since` (its first day when None) for `horizon_days`.
    Each run keeps the entry's id with the run's first day."""
    if not needs_runs(entry):
        return [entry]
    rule = rule_of_entry(entry)
    if rule is None:
        return []
    start = dt.datetime.fromisoformat(str(entry["start"]))
    if start.tzinfo is None:
        start = start.replace(tzinfo=STATION_TZ)
    start = start.astimezone(STATION_TZ)
    first = max(start.date(), since) if since is not None else start.date()
    last = first + dt.timedelta(days=horizon_days)
    if rule.end_date is not None:
        last = min(last, rule.end_date)
    until = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), STATION_TZ)
    begin = dt.datetime.combine(first, dt.time(), STATION_TZ)
    days = sorted({s.date() for s in rule.starts(max(start, begin), until)})
    runs: list[tuple[dt.date, dt.date]] = []
    for day in days:
        if runs and day == runs[-1][1] + dt.timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    out = []
    for first, final in runs:
        begin = dt.datetime.combine(first, start.timetz())
        out.append({**entry, "id": f"{entry['id']}@{first.isoformat()}",
                    "start": begin.isoformat(), "repeat": "daily" if final > first else "once",
                    "weekdays": [], "skip": [], "end_date": final.isoformat()})
    return out
