from __future__ import annotations

import datetime as dt

import pytest

from console.services.reports.periods import (
    custom_period,
    due_date,
    months_in,
    parse_period,
    period_of,
    upcoming_due,
    utc_bounds,
)

D = dt.date


@pytest.mark.parametrize(("text", "kind", "index", "start", "end"), [
    ("2026-11", "month", 11, D(2026, 11, 1), D(2026, 11, 30)),
    ("2028-02", "month", 2, D(2028, 2, 1), D(2028, 2, 29)),
    ("2026-Q4", "quarter", 4, D(2026, 10, 1), D(2026, 12, 31)),
    ("2026-q1", "quarter", 1, D(2026, 1, 1), D(2026, 3, 31)),
    ("2026-H2", "half_year", 2, D(2026, 7, 1), D(2026, 12, 31)),
    ("2026-H1", "half_year", 1, D(2026, 1, 1), D(2026, 6, 30)),
    ("2026-9M", "nine_months", None, D(2026, 1, 1), D(2026, 9, 30)),
    ("2026", "year", None, D(2026, 1, 1), D(2026, 12, 31)),
    ("2026-10-05..2026-11-20", "custom", None, D(2026, 10, 5), D(2026, 11, 20)),
])
def test_parse_period(text: str, kind: str, index: int | None, start: dt.date,
                      end: dt.date) -> None:
    period = parse_period(text)
    assert (period.kind, period.index, period.start, period.end) == (kind, index, start, end)
    assert parse_period(period.code) == period


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "2026-H3", "26", "nov", "",
                                  "2026-11-20..2026-10-05", "2026-02-30..2026-03-01"])
def test_bad_period_text_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        parse_period(text)


def test_utc_bounds_are_station_midnights() -> None:
    start, end = utc_bounds(period_of("month", 2026, 11))
    assert start == dt.datetime(2026, 10, 31, 17, 0)
    assert end == dt.datetime(2026, 11, 30, 17, 0)
    start, end = utc_bounds(period_of("year", 2026))
    assert (start, end) == (dt.datetime(2025, 12, 31, 17), dt.datetime(2026, 12, 31, 17))


def test_months_in() -> None:
    assert [p.code for p in months_in(parse_period("2026-Q4"))] == [
        "2026-10", "2026-11", "2026-12"]
    assert len(months_in(parse_period("2026-9M"))) == 9
    clipped = months_in(custom_period(D(2026, 12, 20), D(2027, 1, 5)))
    assert [(p.code, p.start, p.end) for p in clipped] == [
        ("2026-12", D(2026, 12, 20), D(2026, 12, 31)), ("2027-01", D(2027, 1, 1), D(2027, 1, 5))]


def test_due_dates_and_reminders() -> None:
    assert due_date(period_of("year", 2026)) == D(2026, 12, 10)
    assert due_date(period_of("month", 2026, 11)) == D(2026, 11, 20)
    assert due_date(period_of("quarter", 2026, 3)) == D(2026, 9, 20)
    assert due_date(period_of("nine_months", 2026)) == D(2026, 9, 20)
    assert due_date(period_of("half_year", 2026, 1)) == D(2026, 6, 20)
    soon = upcoming_due(D(2026, 11, 26), within_days=14)
    assert [(p.code, d) for p, d in soon] == [("2026", D(2026, 12, 10))]
    soon = upcoming_due(D(2026, 12, 11), within_days=14)
    assert [p.code for p, _ in soon] == ["2026-12", "2026-Q4", "2026-H2"]
    assert upcoming_due(D(2026, 11, 21), within_days=0) == []
