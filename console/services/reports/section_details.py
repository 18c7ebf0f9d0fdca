"""The rows behind every number of the report's sections (sections.py): for the XLSX detail
sheet and the window's drill-down. Each row names its table and id, so a number can be
checked against the station's records one row at a time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ...models import (
    AsRunEntry,
    DeliveryTarget,
    TeamActivity,
    Training,
    TrainingAttendee,
    Village,
    ZaloArticle,
    ZaloFollowerReading,
)
from ...station import StationContext
from ...timezone import STATION_TZ
from . import template as t
from .periods import station_midnight_utc
from .plan_actual import article_views

ZALO_SECTION = "Trang Zalo OA"
TEAM_SECTION = "Tổ tuyên truyền viên"


@dataclass(frozen=True)
class DetailRow:
    section: str      # the theme's title, or the Zalo OA / the team
    channel: str      # airings | board_days | zalo_articles | team_activities | trainings |
                      # followers
    day: dt.date | None
    content: str
    place: str
    value: int | None
    row: str          # "as_run:<id>", "zalo_article:<id>", "team_activity:<id>", …


def _entries(ctx: StationContext, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    out: dict[str, tuple[Any, ...]] = {}
    with ctx.db.read() as session:
        for i in range(0, len(ids), 500):
            for row in session.execute(
                    select(AsRunEntry.id, AsRunEntry.started_at, AsRunEntry.title,
                           DeliveryTarget.name, AsRunEntry.target_id)
                    .outerjoin(DeliveryTarget, DeliveryTarget.id == AsRunEntry.target_id)
                    .where(AsRunEntry.id.in_(ids[i:i + 500]))):
                out[row[0]] = tuple(row)
    return out


def _local_day(moment: dt.datetime | None) -> dt.date | None:
    return moment.astimezone(STATION_TZ).date() if moment else None


def _articles(ctx: StationContext, section: str, ids: list[int], end: dt.date
              ) -> list[DetailRow]:
    before = station_midnight_utc(end + dt.timedelta(days=1))
    with ctx.db.read() as session:
        rows = {r.id: r for r in session.execute(
            select(ZaloArticle.id, ZaloArticle.published_at, ZaloArticle.title,
                   ZaloArticle.article_id, ZaloArticle.item_id).where(ZaloArticle.id.in_(ids)))}
    out = []
    for row_id in ids:
        row = rows.get(row_id)
        if row is None:
            continue
        views, read = article_views(ctx, [row_id], before)
        note = f"{row.article_id} ({row.item_id})"
        if read:
            note += " · " + t.READ_ON.format(day=read.strftime("%d/%m/%Y"))
        out.append(DetailRow(section, "zalo_articles", _local_day(row.published_at), row.title,
                             note, views, f"zalo_article:{row_id}"))
    return out


def _activities(ctx: StationContext, section: str, ids: list[int]) -> list[DetailRow]:
    with ctx.db.read() as session:
        rows = {r.id: r for r in session.execute(
            select(TeamActivity.id, TeamActivity.day, TeamActivity.kind, TeamActivity.title,
                   TeamActivity.people_reached, Village.name)
            .outerjoin(Village, Village.id == TeamActivity.village_id)
            .where(TeamActivity.id.in_(ids)))}
    return [DetailRow(section, "team_activities", rows[i].day,
                      rows[i].title or t.ACTIVITY_NAMES.get(rows[i].kind, rows[i].kind),
                      rows[i].name or "", rows[i].people_reached, f"team_activity:{i}")
            for i in ids if i in rows]


def _trainings(ctx: StationContext, section: str, ids: list[int]) -> list[DetailRow]:
    with ctx.db.read() as session:
        rows = {r.id: r for r in session.execute(
            select(Training.id, Training.day, Training.title, Training.place)
            .where(Training.id.in_(ids)))}
        people: dict[int, int] = {i: 0 for i in ids}
        for training_id in session.scalars(select(TrainingAttendee.training_id).where(
                TrainingAttendee.training_id.in_(ids))):
            people[training_id] += 1
    return [DetailRow(section, "trainings", rows[i].day, rows[i].title, rows[i].place or "",
                      people[i], f"training:{i}") for i in ids if i in rows]


def theme_rows(ctx: StationContext, theme: dict[str, Any], channel: str,
               period_end: dt.date) -> list[DetailRow]:
    """The rows behind one number of a theme: its channel's ids, frozen in the report."""
    ids = list((theme.get("rows") or {}).get(channel) or [])
    section = theme["title"]
    if channel in ("airings", "board_days"):
        entries = _entries(ctx, [str(i) for i in ids])
        out = []
        for entry_id in ids:
            row = entries.get(str(entry_id))
            if row is None:
                continue
            _id, started, title, target, target_id = row
            out.append(DetailRow(section, channel, _local_day(started), title,
                                 target or target_id, None, f"as_run:{entry_id}"))
        return out
    if channel == "zalo_articles":
        return _articles(ctx, section, [int(i) for i in ids], period_end)
    if channel == "team_activities":
        return _activities(ctx, section, [int(i) for i in ids])
    if channel == "trainings":
        return _trainings(ctx, section, [int(i) for i in ids])
    return []


def detail_rows(ctx: StationContext, sections: dict[str, Any], period_end: dt.date
                ) -> list[DetailRow]:
    """Every row behind the sections' numbers, theme by theme, then the OA and the team."""
    out: list[DetailRow] = []
    for theme in sections.get("plan") or []:
        for channel in ("airings", "board_days", "zalo_articles", "team_activities",
                        "trainings"):
            out.extend(theme_rows(ctx, theme, channel, period_end))
    zalo, team = sections.get("zalo") or {}, sections.get("team") or {}
    reading_ids = [zalo.get(k) for k in ("followers_start_row", "followers_end_row")
                   if zalo.get(k)]
    if reading_ids:
        with ctx.db.read() as session:
            for row in session.execute(select(
                    ZaloFollowerReading.id, ZaloFollowerReading.day,
                    ZaloFollowerReading.followers, ZaloFollowerReading.oa_name)
                    .where(ZaloFollowerReading.id.in_(reading_ids))
                    .order_by(ZaloFollowerReading.day)):
                out.append(DetailRow(ZALO_SECTION, "followers", dt.date.fromisoformat(row.day),
                                     "Người theo dõi", row.oa_name or "", row.followers,
                                     f"zalo_follower_reading:{row.id}"))
    out.extend(_articles(ctx, ZALO_SECTION, [int(i) for i in zalo.get("rows") or []],
                         period_end))
    for bucket in (team.get("by_kind") or {}).values():
        out.extend(_activities(ctx, TEAM_SECTION, [int(i) for i in bucket.get("rows") or []]))
    out.extend(_trainings(ctx, TEAM_SECTION, [int(i) for i in team.get("training_rows") or []]))
    return out


CHANNEL_TITLES = {"airings": "Lượt phát trên loa", "board_days": "Ngày trên bảng tin",
                  "zalo_articles": "Bài trên Zalo OA", "team_activities": "Hoạt động của tổ",
                  "trainings": "Lớp tập huấn", "followers": "Người theo dõi Zalo OA"}
