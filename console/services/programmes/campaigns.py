"""The campaign calendar: national anniversaries built in, themes suggested near their date.

Fixed solar-calendar dates only; lunar holidays (Tết, Giỗ Tổ Hùng Vương) move every year and
are added by the station as local events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ...db import Database
from ...models import SourceItem
from ...text.clean import fold as fold_text


@dataclass(frozen=True)
class Campaign:
    month: int
    day: int
    name: str
    theme: str  # matched against item tags (folded: case, accents and đ)


NATIONAL: tuple[Campaign, ...] = (
    Campaign(1, 1, "Tết Dương lịch", "tet"),
    Campaign(2, 3, "Ngày thành lập Đảng Cộng sản Việt Nam", "dang"),
    Campaign(3, 8, "Ngày Quốc tế Phụ nữ", "phu-nu"),
    Campaign(3, 26, "Ngày thành lập Đoàn TNCS Hồ Chí Minh", "thanh-nien"),
    Campaign(4, 30, "Ngày Giải phóng miền Nam, thống nhất đất nước", "thong-nhat"),
    Campaign(5, 1, "Ngày Quốc tế Lao động", "lao-dong"),
    Campaign(5, 19, "Ngày sinh Chủ tịch Hồ Chí Minh", "bac-ho"),
    Campaign(6, 1, "Ngày Quốc tế Thiếu nhi", "thieu-nhi"),
    Campaign(7, 27, "Ngày Thương binh - Liệt sĩ", "thuong-binh"),
    Campaign(8, 19, "Ngày Cách mạng Tháng Tám", "cach-mang"),
    Campaign(9, 2, "Quốc khánh", "quoc-khanh"),
    Campaign(10, 20, "Ngày Phụ nữ Việt Nam", "phu-nu"),
    Campaign(11, 20, "Ngày Nhà giáo Việt Nam", "giao-duc"),
    Campaign(12, 22, "Ngày thành lập Quân đội nhân dân Việt Nam", "quan-doi"),
)


@dataclass(frozen=True)
class Upcoming:
    date: dt.date
    campaign: Campaign


def upcoming(day: dt.date, days: int = 14,
             extra: tuple[Campaign, ...] = ()) -> list[Upcoming]:
    """Campaigns from `day` for `days` days (across the new year)."""
    found = []
    for campaign in (*NATIONAL, *extra):
        for year in (day.year, day.year + 1):
            when = dt.date(year, campaign.month, campaign.day)
            if day <= when <= day + dt.timedelta(days=days):
                found.append(Upcoming(when, campaign))
    return sorted(found, key=lambda u: u.date)


def suggest_items(db: Database, day: dt.date, days: int = 14, limit: int = 20) -> list[str]:
    """Ids of items tagged with the theme of a campaign near `day`."""
    themes = {_key(u.campaign.theme) for u in upcoming(day, days)}
    if not themes:
        return []
    with db.read() as session:
        rows = session.execute(select(SourceItem.id, SourceItem.tags).where(
            SourceItem.withdrawn.is_(False)).order_by(SourceItem.published_at.desc()))
        return [item_id for item_id, tags in rows
                if themes & {_key(t) for t in tags or []}][:limit]


def _key(tag: str) -> str:
    """'Quốc khánh', 'quoc-khanh' and 'QUOC_KHANH' are one theme."""
    return " ".join(fold_text(tag).replace("-", " ").replace("_", " ").split())
