"""What Phát ngay… offers: with no words, emergencies first then the newest; with words,
the library's search (accents optional), only items that may go on air now."""

from __future__ import annotations

import datetime as dt

from console.models.base import utcnow
from console.services.device_overview import items_to_broadcast
from console.station import StationContext
from tests.support.library import add_items, item_row


def test_words_find_any_current_item_and_no_words_list_emergencies_first(
        ctx: StationContext) -> None:
    now = utcnow()
    add_items(ctx,
              item_row("old", "Hướng dẫn phòng chống sốt xuất huyết",
                       published_at=now - dt.timedelta(days=400)),
              item_row("late", "Sốt xuất huyết: lịch phun thuốc tuần sau",
                       published_at=now - dt.timedelta(days=1),
                       valid_from=now + dt.timedelta(days=2)),
              item_row("gone", "Sốt xuất huyết: thông báo cũ", published_at=now,
                       valid_until=now - dt.timedelta(hours=1)),
              item_row("away", "Sốt xuất huyết: tin đã thu hồi", published_at=now,
                       withdrawn=True),
              item_row("alarm", "Khẩn cấp: lũ quét", priority="emergency",
                       published_at=now - dt.timedelta(days=3)),
              *(item_row(f"n{i}", f"Tin số {i}", published_at=now - dt.timedelta(minutes=i))
                for i in range(5)))
    assert [c.id for c in items_to_broadcast(ctx.db, "sot xuat huyet")] == ["old"]
    first = [c.id for c in items_to_broadcast(ctx.db, "", limit=3)]
    assert first == ["alarm", "n0", "n1"]
    assert items_to_broadcast(ctx.db, "không có từ này xyzzy") == []
