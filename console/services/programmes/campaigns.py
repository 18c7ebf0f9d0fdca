"""The campaign calendar: national anniversaries built in, provincial and local ones editable,
monthly themes, and items tagged for a theme suggested near its date.

National dates are fixed solar-calendar dates. Lunar holidays (Tết, Giỗ Tổ Hùng Vương) move
every year, so the station adds them as events for one year. The station's own events and
themes live in one JSON row of the settings table (no schema change): a short list.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import uuid
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import Text, cast, select

from ...db import Database
from ...models import SourceItem
from ...models.state import SettingRow
from ...text.clean import clean_display_text
from ...text.clean import fold as fold_text
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STORE_KEY = "programmes.campaign_calendar"
LEVELS = ("national", "province", "local")
MAX_EVENTS = 500


@dataclass(frozen=True)
class Campaign:
    month: int
    day: int
    name: str
    theme: str  # matched against item tags (folded: case, accents and đ)
    level: str = "national"
    year: int | None = None   # None: every year; a year: that year only (lunar dates)
    id: str = ""              # empty for the built-in national ones

    @property
    def editable(self) -> bool:
        return self.level != "national"


@dataclass(frozen=True)
class MonthTheme:
    """A theme for a whole month, e.g. Tháng Thanh niên in March."""

    month: int
    name: str
    theme: str
    level: str = "national"
    year: int | None = None
    id: str = ""

    @property
    def editable(self) -> bool:
        return self.level != "national"


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

NATIONAL_MONTHS: tuple[MonthTheme, ...] = (
    MonthTheme(3, "Tháng Thanh niên", "thanh-nien"),
    MonthTheme(6, "Tháng hành động vì trẻ em", "tre-em"),
)


@dataclass(frozen=True)
class Upcoming:
    date: dt.date
    campaign: Campaign


@dataclass(frozen=True)
class CalendarEntries:
    """The station's calendar: built-in and own events, monthly themes."""

    events: tuple[Campaign, ...]
    months: tuple[MonthTheme, ...]


def upcoming(day: dt.date, days: int = 14,
             extra: tuple[Campaign, ...] = ()) -> list[Upcoming]:
    """Campaigns from `day` for `days` days (across the new year)."""
    found = []
    for campaign in (*NATIONAL, *extra):
        for year in (day.year, day.year + 1):
            if campaign.year is not None and campaign.year != year:
                continue
            if campaign.month == 2 and campaign.day == 29 and not calendar.isleap(year):
                continue
            when = dt.date(year, campaign.month, campaign.day)
            if day <= when <= day + dt.timedelta(days=days):
                found.append(Upcoming(when, campaign))
    return sorted(found, key=lambda u: u.date)


def month_themes(first: dt.date, days: int, extra: tuple[MonthTheme, ...] = ()
                 ) -> list[tuple[dt.date, MonthTheme]]:
    """Themes of the months that `first`…`first + days` touch: (first of month, theme)."""
    months = []
    cursor = first.replace(day=1)
    while cursor <= first + dt.timedelta(days=max(0, days - 1)):
        months.append(cursor)
        cursor = (cursor + dt.timedelta(days=32)).replace(day=1)
    return [(m, t) for m in months for t in (*NATIONAL_MONTHS, *extra)
            if t.month == m.month and (t.year is None or t.year == m.year)]


# --- the station's own events and themes ------------------------------------------------


def _read(db: Database) -> list[dict[str, Any]]:
    with db.read() as session:
        value = session.scalar(select(SettingRow.value).where(SettingRow.key == STORE_KEY))
    return [v for v in value or [] if isinstance(v, dict)]


def _from_dict(raw: dict[str, Any]) -> Campaign | MonthTheme | None:
    try:
        common = dict(name=str(raw["name"]), theme=str(raw.get("theme") or ""),
                      level=str(raw.get("level") or "local"),
                      year=int(raw["year"]) if raw.get("year") else None, id=str(raw["id"]))
        if raw.get("kind") == "month":
            return MonthTheme(month=int(raw["month"]), **common)
        return Campaign(month=int(raw["month"]), day=int(raw["day"]), **common)
    except (KeyError, TypeError, ValueError):
        log.warning("campaign calendar: unreadable entry skipped: %r", raw)
        return None


def load_calendar(db: Database) -> CalendarEntries:
    own = [e for e in (_from_dict(r) for r in _read(db)) if e is not None]
    events = tuple(e for e in own if isinstance(e, Campaign))
    months = tuple(e for e in own if isinstance(e, MonthTheme))
    return CalendarEntries((*NATIONAL, *sorted(events, key=lambda e: (e.month, e.day))),
                           (*NATIONAL_MONTHS, *sorted(months, key=lambda m: m.month)))


def _own(db: Database) -> tuple[tuple[Campaign, ...], tuple[MonthTheme, ...]]:
    entries = load_calendar(db)
    return (tuple(e for e in entries.events if e.editable),
            tuple(m for m in entries.months if m.editable))


def _validate(entry: Campaign | MonthTheme) -> Campaign | MonthTheme:
    name = clean_display_text(entry.name)[:200]
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "an event needs a name"))
    if entry.level not in LEVELS[1:]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "only provincial and local events can be added"))
    if not 1 <= entry.month <= 12:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the month must be 1 to 12"))
    if entry.year is not None and not 2000 <= entry.year <= 2100:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the year must be between 2000 and 2100"))
    if isinstance(entry, Campaign):
        try:
            dt.date(entry.year or 2024, entry.month, entry.day)  # 2024: 29/02 allowed
        except ValueError:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "there is no {day}/{month}"),
                               day=entry.day, month=entry.month) from None
    theme = clean_display_text(entry.theme)[:100] or _key(name).replace(" ", "-")
    return replace(entry, name=name, theme=theme, id=entry.id or uuid.uuid4().hex[:12])


def _write(db: Database, actor: Actor, entries: list[Campaign | MonthTheme], action: str,
           subject: Campaign | MonthTheme) -> None:
    rows = [{**asdict(e), "kind": "month" if isinstance(e, MonthTheme) else "event"}
            for e in entries]
    with db.write() as session:
        session.merge(SettingRow(key=STORE_KEY, value=rows))
        audit.record(session, actor, action, f"campaign:{subject.id}", name=subject.name,
                     month=subject.month, day=getattr(subject, "day", None), year=subject.year)


def save_entry(db: Database, actor: Actor, entry: Campaign | MonthTheme) -> str:
    """Add a provincial or local event (or monthly theme), or change one; returns its id."""
    actor.require(Permission.EDIT_PROGRAMMES)
    entry = _validate(entry)
    events, months = _own(db)
    others = [e for e in (*events, *months) if e.id != entry.id]
    if len(others) >= MAX_EVENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the calendar holds at most {count} own events"),
            count=MAX_EVENTS)
    _write(db, actor, [*others, entry], "campaign.save", entry)
    return entry.id


def delete_entry(db: Database, actor: Actor, entry_id: str) -> None:
    actor.require(Permission.EDIT_PROGRAMMES)
    events, months = _own(db)
    gone = next((e for e in (*events, *months) if e.id == entry_id), None)
    if gone is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "there is no such event (national ones cannot be deleted)"))
    _write(db, actor, [e for e in (*events, *months) if e.id != entry_id], "campaign.delete",
           gone)


# --- what is near a date ------------------------------------------------------------------


@dataclass(frozen=True)
class Near:
    """Campaigns and monthly themes near a day, and the themes they stand for."""

    events: list[Upcoming]
    months: list[tuple[dt.date, MonthTheme]]

    @property
    def themes(self) -> set[str]:
        return {_key(u.campaign.theme) for u in self.events} | {
            _key(t.theme) for _d, t in self.months}


def near(db: Database, day: dt.date, days: int = 14) -> Near:
    """Events from `day` to `days` after it (coverage leads up to a date), and the month's
    themes."""
    events, months = _own(db)
    return Near(upcoming(day, days, events), month_themes(day, 1, months))


def suggest_items(db: Database, day: dt.date, days: int = 14, limit: int = 20) -> list[str]:
    """Ids of items tagged with the theme of a campaign (or the month's theme) near `day`."""
    themes = near(db, day, days).themes
    if not themes:
        return []
    # Newest first, stopping at `limit`. Items share their lists of tags (a catalogue of
    # 100,000 items holds a few thousand distinct lists): each list, as the JSON text the
    # database keeps, is decoded and folded once, then looked up (0.2 s over 100,000
    # items, against 1.4 s folding every tag of every item).
    matches: dict[str, bool] = {}
    found: list[str] = []
    with db.read() as session:
        rows = session.connection().execute(
            select(SourceItem.id, cast(SourceItem.tags, Text))
            .where(SourceItem.withdrawn.is_(False)).order_by(SourceItem.published_at.desc())
            .execution_options(yield_per=5000))  # Core rows: no ORM loading to pay
        for item_id, text in rows:
            hit = matches.get(text)
            if hit is None:
                listed = json.loads(text) if text else []
                hit = matches[text] = isinstance(listed, list) and any(
                    _key(t) in themes for t in listed if isinstance(t, str))
            if hit:
                found.append(item_id)
                if len(found) >= limit:
                    break
    return found


def _key(tag: str) -> str:
    """'Quốc khánh', 'quoc-khanh' and 'QUOC_KHANH' are one theme."""
    return " ".join(fold_text(tag).replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class Suggestion:
    """For a programme near a campaign: what is near, and tagged items not in it yet."""

    near: Near
    item_ids: list[str]
    titles: list[str]


def suggest_for(db: Database, day: dt.date, present: set[str], days: int = 7,
                limit: int = 5) -> Suggestion:
    found = near(db, day, days)
    ids = [i for i in suggest_items(db, day, days, limit + len(present)) if i not in present]
    ids = ids[:limit]
    with db.read() as session:
        titles = {item_id: title for item_id, title in session.execute(
            select(SourceItem.id, SourceItem.title).where(SourceItem.id.in_(ids)))}
    return Suggestion(found, ids, [titles.get(i, i) for i in ids])
