"""Items suggested for a campaign near a date: tagged with its theme in any spelling."""

from __future__ import annotations

import datetime as dt

from console.models.enums import Role
from console.services.permissions import Actor
from console.services.programmes import campaigns
from console.services.programmes.campaigns import Campaign
from console.station import StationContext
from tests.support.library import add_items, item_row

EDITOR = Actor("bientap", Role.EDITOR, "Nguyễn Thị Hoa")


def test_suggestions_are_the_newest_tagged_items_in_any_spelling(ctx: StationContext) -> None:
    """Tags spelled with or without accents, in capitals, with - or _ all match the theme;
    newest first, at most `limit`, never a withdrawn item; items sharing one list of tags
    are each found; an odd value in a list of tags is passed over."""
    day = dt.date(2027, 11, 10)
    assert campaigns.suggest_items(ctx.db, day) == []           # no theme near: nothing
    campaigns.save_entry(ctx.db, EDITOR, Campaign(
        11, 18, "Ngày hội Đại đoàn kết toàn dân tộc", "dai-doan-ket", level="local"))
    newest = dt.datetime(2027, 11, 9, tzinfo=dt.UTC)
    tags: list[list[object]] = [
        ["Đại đoàn kết"], ["dai-doan-ket", "thôn Đông"], ["DAI_DOAN_KET"], ["Đại đoàn kết"],
        [7, "đại  đoàn kết"], ["đoàn kết"], []]
    add_items(ctx, *(item_row(f"tin-{n}", f"Tin {n}", tags=listed,
                              published_at=newest - dt.timedelta(hours=n), withdrawn=n == 2)
                     for n, listed in enumerate(tags)))
    assert campaigns.suggest_items(ctx.db, day) == ["tin-0", "tin-1", "tin-3", "tin-4"]
    assert campaigns.suggest_items(ctx.db, day, limit=2) == ["tin-0", "tin-1"]
    suggestion = campaigns.suggest_for(ctx.db, day, {"tin-0"}, days=14, limit=5)
    assert suggestion.item_ids == ["tin-1", "tin-3", "tin-4"]
    assert suggestion.titles == ["Tin 1", "Tin 3", "Tin 4"]
