"""Every indicator of every period over the known as-run log (tests/support/reports.py)."""

from __future__ import annotations

import pytest

from console.services.reports.indicators import INDICATOR_CODES, compute_statistics
from console.services.reports.log import count_log, query_log
from console.services.reports.periods import parse_period
from console.station import StationContext
from tests.support.reports import known_log

EMPTY = dict(bulletins_broadcast=0, hours_total=0.0, hours_own=0.0, hours_relay=0.0,
             hours_source=0.0, emergency_broadcasts=0, plays_requested=0, plays_succeeded=0,
             clusters_total=3, clusters_operating=0, cluster_availability_pct=None,
             boards_total=1, boards_operating=0, board_availability_pct=None,
             items_contributed=0, items_received=0, items_received_broadcast=0,
             first_airing_delay_median_min=None, emergencies_within_15min_pct=None)
NOVEMBER = dict(
    bulletins_broadcast=7, hours_total=1.15, hours_own=0.3, hours_relay=0.5, hours_source=0.35,
    emergency_broadcasts=3, plays_requested=16, plays_succeeded=14, clusters_total=3,
    clusters_operating=3, cluster_availability_pct=75.0, boards_total=1, boards_operating=1,
    board_availability_pct=66.7, items_contributed=1, items_received=5,
    items_received_broadcast=4, first_airing_delay_median_min=40.0,
    emergencies_within_15min_pct=50.0)
OCTOBER = {**EMPTY, "bulletins_broadcast": 1, "hours_total": 0.08, "hours_source": 0.08,
           "plays_requested": 1, "plays_succeeded": 1, "clusters_operating": 1,
           "cluster_availability_pct": 0.0, "items_contributed": 1, "items_received": 1,
           "items_received_broadcast": 1, "first_airing_delay_median_min": 9.0}
DECEMBER = {**EMPTY, "bulletins_broadcast": 1, "hours_total": 0.17, "hours_source": 0.17,
            "plays_requested": 1, "plays_succeeded": 1, "clusters_operating": 1,
            "items_received": 1, "items_received_broadcast": 0,
            # tin-d is first aired on 2 Jan 2027: not by the end of December, but its delay
            # (32 days 6 hours) is known when the report is built
            "first_airing_delay_median_min": 46440.0}
FOURTH_QUARTER = dict(
    bulletins_broadcast=9, hours_total=1.4, hours_own=0.3, hours_relay=0.5, hours_source=0.6,
    emergency_broadcasts=3, plays_requested=18, plays_succeeded=16, clusters_total=3,
    clusters_operating=3, cluster_availability_pct=60.0, boards_total=1, boards_operating=1,
    board_availability_pct=66.7, items_contributed=2, items_received=7,
    items_received_broadcast=5, first_airing_delay_median_min=40.0,
    emergencies_within_15min_pct=50.0)
EXPECTED = {
    "2026-10": OCTOBER, "2026-11": NOVEMBER, "2026-12": DECEMBER, "2026-Q4": FOURTH_QUARTER,
    "2026-H2": FOURTH_QUARTER, "2026": FOURTH_QUARTER, "2026-9M": EMPTY, "2026-Q3": EMPTY,
    "2027": {**EMPTY, "bulletins_broadcast": 1, "hours_total": 0.06, "hours_source": 0.06,
             "plays_requested": 1, "plays_succeeded": 1, "clusters_operating": 1},
    # across the year boundary of the month: 30 Nov 23:59:30 and 1 Dec 00:00
    "2026-11-30..2026-12-01": {
        **EMPTY, "bulletins_broadcast": 2, "hours_total": 0.2, "hours_source": 0.2,
        "emergency_broadcasts": 1, "plays_requested": 2, "plays_succeeded": 2,
        "clusters_operating": 1, "items_received": 1, "first_airing_delay_median_min": 46440.0},
    # 31 Oct 23:59 and 1 Nov 00:00 are two days apart on the station calendar
    "2026-11-01..2026-11-01": {
        **EMPTY, "bulletins_broadcast": 1, "hours_total": 0.08, "hours_source": 0.08,
        "plays_requested": 3, "plays_succeeded": 3, "clusters_operating": 3,
        "items_received": 1, "items_received_broadcast": 0},
}


@pytest.fixture
def ids(ctx: StationContext) -> dict:
    return known_log(ctx)


@pytest.mark.parametrize("code", list(EXPECTED))
def test_every_indicator_of_every_period(ctx: StationContext, ids: dict, code: str) -> None:
    stats = compute_statistics(ctx, parse_period(code))
    assert list(stats.indicators) == list(INDICATOR_CODES)
    assert stats.values() == EXPECTED[code]


def test_drill_down_lists_the_entries_behind_the_numbers(ctx: StationContext,
                                                          ids: dict) -> None:
    ind = compute_statistics(ctx, parse_period("2026-11")).indicators
    assert count_log(ctx, ind["plays_requested"].drill) == 16
    assert count_log(ctx, ind["plays_succeeded"].drill) == 14
    emergencies = query_log(ctx, ind["emergency_broadcasts"].drill)
    assert {r.id for r in emergencies} == set(ids["kc1"]) | set(ids["kc2"])
    relay = query_log(ctx, ind["hours_relay"].drill)
    assert {r.id for r in relay} == set(ids["relay"])
    assert sum(r.played_s for r in relay) / 3600 == 1.0  # two clusters; the airing counts once
    firsts = query_log(ctx, ind["emergencies_within_15min_pct"].drill)
    assert {r.id for r in firsts} == {ids["kc1"][0], ids["kc2"][0]}
    assert {r.item_id for r in query_log(ctx, ind["items_received_broadcast"].drill)} == {
        "tin-b", "kc-1", "kc-2", "relay-1"}
    assert ind["clusters_total"].drill is None


def test_breakdowns(ctx: StationContext, ids: dict) -> None:
    q4 = compute_statistics(ctx, parse_period("2026-Q4"))
    assert [(b.key, b.bulletins, b.hours, b.plays) for b in q4.by_month] == [
        ("2026-10", 1, 0.08, 1), ("2026-11", 7, 1.15, 16), ("2026-12", 1, 0.17, 1)]
    nov = compute_statistics(ctx, parse_period("2026-11"))
    assert [(b.label, b.bulletins, b.hours, b.plays) for b in nov.by_village] == [
        ("Ấp Bắc", 3, 0.17, 4), ("Thôn Đông", 6, 1.1, 11), ("Không thuộc thôn, ấp", 1, 0.0, 1)]
    assert count_log(ctx, nov.by_village[0].drill) == 3
    assert [(b.key, b.bulletins, b.hours, b.received, b.received_broadcast)
            for b in nov.by_priority] == [
        ("normal", 3, 0.88, 2, 1), ("priority", 1, 0.17, 1, 1), ("emergency", 3, 0.1, 2, 2)]
    assert [(b.key, b.label, b.bulletins, b.received, b.received_broadcast)
            for b in nov.by_category] == [
        ("nn", "Nông nghiệp", 2, 2, 1), ("pccc", "Phòng chống thiên tai", 3, 2, 2),
        ("", "Không phân loại", 2, 1, 1)]
    days = {p.day.day: (p.clusters_pct, p.boards_pct) for p in nov.availability}
    assert len(days) == 30
    assert days[3] == (75.0, 0.0) and days[4] == (None, 100.0) and days[5] == (None, None)
