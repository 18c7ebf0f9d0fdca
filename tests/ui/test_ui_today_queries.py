"""The Today overview's queries (Qt-free)."""

from __future__ import annotations

import datetime as dt

from console.models import (
    DeliveryTarget,
    OutboxEntry,
    Programme,
    Schedule,
    SourceItem,
)
from console.services.today import read_today
from console.station import StationContext
from console.ui.timefmt import STATION_TZ

NOW = dt.datetime(2026, 3, 16, 5, 0, tzinfo=STATION_TZ)    # a Monday, 05:00


def test_empty_station(ctx: StationContext) -> None:
    summary = read_today(ctx.db, NOW)
    assert summary.day == NOW.date()
    assert summary.programmes == []
    assert (summary.clusters_total, summary.new_count, summary.outbox_pending) == (0, 0, 0)


def test_today_counts(ctx: StationContext) -> None:
    with ctx.db.write() as session:
        morning = Programme(name="Bản tin sáng", status="approved")
        evening = Programme(name="Bản tin chiều", status="draft")
        weekend = Programme(name="Cuối tuần", status="approved")
        session.add_all([morning, evening, weekend])
        session.flush()
        session.add(Schedule(programme_id=morning.id, repeat="daily",
                             start_date=dt.date(2026, 3, 1), time_of_day=dt.time(5, 30)))
        session.add(Schedule(programme_id=evening.id, repeat="once",
                             start_date=dt.date(2026, 3, 16), time_of_day=dt.time(17, 0)))
        session.add(Schedule(programme_id=weekend.id, repeat="weekly", weekdays=[6, 7],
                             time_of_day=dt.time(6, 0)))
        for n, status in enumerate(["online", "playing", "offline"]):
            session.add(DeliveryTarget(id=f"c{n}", kind="loudspeaker_cluster", name=f"Cụm {n}",
                                       protocol="reference", address="http://x", status=status))
        session.add(DeliveryTarget(id="b1", kind="bulletin_board", name="Bảng tin",
                                   protocol="anthias", address="http://y", status="offline"))
        for n, (priority, hours_ago) in enumerate(
                [("normal", 2), ("emergency", 5), ("priority", 20), ("normal", 60)]):
            session.add(SourceItem(
                id=f"item-{n}", kind="text", title=f"Tin {n}", priority=priority,
                published_at=NOW, received_at=NOW - dt.timedelta(hours=hours_ago)))
        session.add(OutboxEntry(kind="broadcast_logs", payload={}))
    summary = read_today(ctx.db, NOW)
    assert [(p.name, p.time) for p in summary.programmes] == [
        ("Bản tin sáng", dt.time(5, 30)), ("Bản tin chiều", dt.time(17, 0))]
    assert (summary.clusters_online, summary.clusters_total) == (2, 3)
    assert (summary.boards_online, summary.boards_total) == (0, 1)
    assert summary.new_count == 3             # the 60-hour-old item arrived before yesterday
    assert summary.new_emergency == 1
    assert [i.title for i in summary.new_items] == ["Tin 1", "Tin 2", "Tin 0"]
    assert summary.outbox_pending == 1


def test_a_past_emergency_received_today_is_not_raised(ctx: StationContext) -> None:
    """A first sync brings last month's storm warning "today": it is listed, not counted."""
    with ctx.db.write() as session:
        session.add(SourceItem(id="storm-old", kind="text", title="Bão số 3 (tháng trước)",
                               priority="emergency", published_at=NOW - dt.timedelta(days=30),
                               valid_until=NOW - dt.timedelta(days=28),
                               received_at=NOW - dt.timedelta(hours=1)))
        session.add(SourceItem(id="flood-now", kind="text", title="Lũ quét tại Thôn Tây",
                               priority="emergency", published_at=NOW - dt.timedelta(hours=2),
                               received_at=NOW - dt.timedelta(hours=2)))
        session.add(SourceItem(id="news", kind="text", title="Tin thường", priority="normal",
                               published_at=NOW, received_at=NOW - dt.timedelta(minutes=5)))
    summary = read_today(ctx.db, NOW)
    assert summary.new_count == 3 and summary.new_emergency == 1
    assert [(i.title, i.priority) for i in summary.new_items] == [
        ("Lũ quét tại Thôn Tây", "emergency"), ("Tin thường", "normal"),
        ("Bão số 3 (tháng trước)", "emergency")]
