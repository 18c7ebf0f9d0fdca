"""What was done for each theme of the commune's plan, per channel, with the rows behind
every number.

A bulletin belongs to a theme when one of its tags (or its category code) equals one of the
theme's tags, compared folded ("Chuyển đổi số" = "chuyen-doi-so"). For a theme and the days
of its period (clipped to a report's period when one is given):

=================  ==========================================================================
airings            airings (as the report counts them: indicators.AIRING) of the theme's
                   bulletins that reached the air on a loudspeaker cluster, a stream or this
                   computer's speakers; rows: the first such entry of each airing
board_days         (bulletin board, station day) pairs on which a theme bulletin played
                   (success or partial, the board's proof of play); rows: the first entry of
                   each pair
zalo_articles      OA articles of theme bulletins published in the days; rows: zalo_article
zalo_views         the views of those articles at the last reading before the days ended,
                   with the date of that reading
team_activities    the team's activities linked to the theme; people_reached: their sum
trainings          trainings linked to the theme; trainees: who attended, each once
=================  ==========================================================================
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from ...models import (
    SourceItem,
    TeamActivity,
    Training,
    TrainingAttendee,
    ZaloArticle,
    ZaloViewReading,
)
from ...station import StationContext
from ...text.clean import clean_display_text, fold
from ...timezone import STATION_TZ
from .indicators import AUDIO_KINDS, BOARD, airings, load_entries
from .log import SUCCESS_RESULTS
from .periods import Period, custom_period, station_midnight_utc

PUBLISHED_STATES = ("published", "removing", "removed")


def tag_key(tag: str) -> str:
    return " ".join(fold(clean_display_text(tag)).replace("-", " ").replace("_", " ").split())


@dataclass(frozen=True)
class ThemeWindow:
    """A theme as this module needs it: its id, tags and days."""

    id: int
    tags: tuple[str, ...]
    start: dt.date
    end: dt.date


@dataclass
class ThemeActual:
    theme_id: int
    airings: int = 0
    board_days: int = 0
    zalo_articles: int = 0
    zalo_views: int = 0
    views_read: dt.date | None = None
    team_activities: int = 0
    people_reached: int = 0
    trainings: int = 0
    trainees: int = 0
    rows: dict[str, list[str | int]] = field(default_factory=lambda: {
        "airings": [], "board_days": [], "zalo_articles": [], "team_activities": [],
        "trainings": []})

    def counts(self) -> dict[str, int]:
        return {"airings": self.airings, "board_days": self.board_days,
                "zalo_articles": self.zalo_articles, "zalo_views": self.zalo_views,
                "team_activities": self.team_activities, "people_reached": self.people_reached,
                "trainings": self.trainings, "trainees": self.trainees}


def windows(themes: Iterable[tuple[int, list[str], Period]],
            within: Period | None = None) -> list[ThemeWindow]:
    out = []
    for theme_id, tags, period in themes:
        start, end = period.start, period.end
        if within is not None:
            start, end = max(start, within.start), min(end, within.end)
        if start <= end:
            out.append(ThemeWindow(theme_id, tuple(sorted({tag_key(t) for t in tags} - {""})),
                                   start, end))
    return out


_EPOCH_JD = 2440587.5     # Julian day of 1970-01-01 00:00 UTC (as SQLite's julianday)


def _offset_days() -> float:
    """The station's offset from UTC, in days (Asia/Ho_Chi_Minh keeps no summer time)."""
    offset = STATION_TZ.utcoffset(dt.datetime(2026, 1, 1)) or dt.timedelta()
    return offset / dt.timedelta(days=1)


def _julian(moment: dt.datetime) -> float:
    return _EPOCH_JD + moment.timestamp() / 86400.0


def _item_keys(ctx: StationContext, item_ids: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    ids = sorted(item_ids)
    with ctx.db.read() as session:
        for i in range(0, len(ids), 500):
            for item_id, tags, category in session.execute(
                    select(SourceItem.id, SourceItem.tags, SourceItem.category_code)
                    .where(SourceItem.id.in_(ids[i:i + 500]))):
                keys = {tag_key(str(t)) for t in tags or []}
                if category:
                    keys.add(tag_key(category))
                out[item_id] = keys - {""}
    return out


def theme_actuals(ctx: StationContext, themes: list[ThemeWindow], *,
                  entries: list[Any] | None = None) -> dict[int, ThemeActual]:
    """Each theme's actual counts in its window, with the rows behind them. `entries`: the
    as-run entries already read (load_entries) of a period holding every window."""
    result = {t.id: ThemeActual(t.id) for t in themes}
    if not themes:
        return result
    start = min(t.start for t in themes)
    end = max(t.end for t in themes)
    if entries is None:
        entries = load_entries(ctx, custom_period(start, end))
    with ctx.db.read() as session:
        articles = session.execute(
            select(ZaloArticle.id, ZaloArticle.item_id, ZaloArticle.published_at)
            .where(ZaloArticle.state.in_(PUBLISHED_STATES),
                   ZaloArticle.published_at >= station_midnight_utc(start),
                   ZaloArticle.published_at < station_midnight_utc(end + dt.timedelta(days=1)))
        ).all()
    by_item: dict[str, list[Any]] = {}  # item id → its entries, in start order
    for entry in entries:
        if not entry.content.startswith("title:"):
            by_item.setdefault(entry.content, []).append(entry)
    keys = _item_keys(ctx, set(by_item) | {a.item_id for a in articles})
    offset = _offset_days()  # Julian days turn at noon UTC: +0.5 and this give station days

    for theme in themes:
        actual = result[theme.id]
        wanted = set(theme.tags)
        if not wanted:
            continue
        mine = {item for item, item_keys in keys.items() if item_keys & wanted}
        # entries start as Julian days (UTC): compare with the window's bounds in the same
        begins_jd = _julian(station_midnight_utc(theme.start))
        ends_jd = _julian(station_midnight_utc(theme.end + dt.timedelta(days=1)))
        chosen = sorted((e for item in mine for e in by_item.get(item, ())
                         if begins_jd <= e.started < ends_jd),
                        key=lambda e: (e.started, e.id))
        for airing in airings(chosen):
            audio = [e for e in airing.entries if e.kind in AUDIO_KINDS]
            if audio:
                actual.airings += 1
                actual.rows["airings"].append(audio[0].id)
        seen: set[tuple[str, int]] = set()
        for entry in chosen:
            if entry.kind != BOARD or entry.result not in SUCCESS_RESULTS:
                continue
            pair = (entry.target, math.floor(entry.started + 0.5 + offset))  # station day
            if pair not in seen:
                seen.add(pair)
                actual.rows["board_days"].append(entry.id)
        actual.board_days = len(seen)
        ends = station_midnight_utc(theme.end + dt.timedelta(days=1))
        begins = station_midnight_utc(theme.start)
        rows = [a.id for a in articles if a.item_id in mine and begins <= a.published_at < ends]
        actual.zalo_articles = len(rows)
        actual.rows["zalo_articles"] = list(rows)
        actual.zalo_views, actual.views_read = article_views(ctx, rows, ends)
    _team(ctx, themes, result)
    return result


def article_views(ctx: StationContext, row_ids: list[int], before: dt.datetime
                  ) -> tuple[int, dt.date | None]:
    """Σ of each article's views at its last reading before `before`, and the latest date
    among those readings (station calendar)."""
    if not row_ids:
        return 0, None
    last = (select(ZaloViewReading.article_row_id, func.max(ZaloViewReading.read_at).label("at"))
            .where(ZaloViewReading.article_row_id.in_(row_ids), ZaloViewReading.read_at < before)
            .group_by(ZaloViewReading.article_row_id).subquery())
    with ctx.db.read() as session:
        rows = session.execute(
            select(ZaloViewReading.total_view, ZaloViewReading.read_at)
            .join(last, (last.c.article_row_id == ZaloViewReading.article_row_id)
                  & (last.c.at == ZaloViewReading.read_at))).all()
    if not rows:
        return 0, None
    return (sum(int(v) for v, _ in rows),
            max(at for _, at in rows).astimezone(STATION_TZ).date())


def _team(ctx: StationContext, themes: list[ThemeWindow],
          result: dict[int, ThemeActual]) -> None:
    by_id = {t.id: t for t in themes}
    with ctx.db.read() as session:
        for row_id, theme_id, day, people in session.execute(
                select(TeamActivity.id, TeamActivity.theme_id, TeamActivity.day,
                       TeamActivity.people_reached)
                .where(TeamActivity.theme_id.in_(list(by_id))).order_by(TeamActivity.day,
                                                                         TeamActivity.id)):
            theme = by_id[theme_id]
            if theme.start <= day <= theme.end:
                actual = result[theme_id]
                actual.team_activities += 1
                actual.people_reached += int(people or 0)
                actual.rows["team_activities"].append(row_id)
        trainees: dict[int, set[int]] = {t: set() for t in by_id}
        for row_id, theme_id, day in session.execute(
                select(Training.id, Training.theme_id, Training.day)
                .where(Training.theme_id.in_(list(by_id))).order_by(Training.day, Training.id)):
            theme = by_id[theme_id]
            if theme.start <= day <= theme.end:
                result[theme_id].trainings += 1
                result[theme_id].rows["trainings"].append(row_id)
                trainees[theme_id].update(session.scalars(
                    select(TrainingAttendee.propagandist_id)
                    .where(TrainingAttendee.training_id == row_id)))
        for theme_id, people in trainees.items():
            result[theme_id].trainees = len(people)
