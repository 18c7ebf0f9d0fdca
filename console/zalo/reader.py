"""The daily reading: the OA's follower count and each article's views, with the date they
were read, for the station's figures and the periodic report."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from ..db import Database
from ..models import ZaloArticle, ZaloFollowerReading, ZaloViewReading
from ..models.base import utcnow
from ..timezone import STATION_TZ
from . import state
from .client import ZaloClient
from .errors import ZaloRefused

log = logging.getLogger(__name__)

MAX_PAGES = 50          # getslice pages read for views (10 articles each)
DETAIL_LIMIT = 30       # articles not found in the pages: asked one by one, at most this many


@dataclass(frozen=True)
class Reading:
    day: str
    followers: int
    articles_read: int


def station_day(moment: dt.datetime | None = None) -> str:
    return (moment or utcnow()).astimezone(STATION_TZ).date().isoformat()


def read_today(db: Database) -> bool:
    """Whether today's reading is already stored."""
    with db.read() as session:
        return session.scalar(select(ZaloFollowerReading.id).where(
            ZaloFollowerReading.day == station_day())) is not None


def read_figures(db: Database, client: ZaloClient) -> Reading:
    """Read followers and views now and store them as today's reading (replacing an
    earlier one of the same day)."""
    oa = client.get_oa()
    followers = client.follower_total()
    with db.read() as session:
        wanted = dict(session.execute(select(ZaloArticle.article_id, ZaloArticle.id).where(
            ZaloArticle.state == "published", ZaloArticle.article_id.is_not(None))).all())
    views: dict[str, tuple[int, int | None]] = {}
    for page in range(MAX_PAGES):
        if len(views) >= len(wanted):
            break
        medias = client.list_articles(page * 10, 10)
        for media in medias:
            if media.id in wanted:
                views[media.id] = (media.total_view, None)
        if len(medias) < 10:
            break
    for article_id in [a for a in wanted if a not in views][:DETAIL_LIMIT]:
        try:
            detail = client.article_detail(article_id)
        except ZaloRefused:
            continue  # gone from the OA: its last reading stays
        views[article_id] = (int(detail["total_view"]), int(detail["total_share"]))
    now = utcnow()
    day = station_day(now)
    with db.write() as session:
        reading = session.scalar(select(ZaloFollowerReading).where(
            ZaloFollowerReading.day == day))
        if reading is None:
            session.add(ZaloFollowerReading(day=day, read_at=now, followers=followers,
                                            oa_name=oa.name))
        else:
            reading.read_at, reading.followers, reading.oa_name = now, followers, oa.name
        for article_id, (total_view, total_share) in views.items():
            row_id = wanted[article_id]
            session.add(ZaloViewReading(article_row_id=row_id, read_at=now,
                                        total_view=total_view, total_share=total_share))
            row = session.get(ZaloArticle, row_id)
            if row is not None:
                row.total_view, row.views_read_at = total_view, now
                if total_share is not None:
                    row.total_share = total_share
        current = state.get(session)
        if current.oa_name != oa.name or current.oa_id != oa.oa_id:
            state.put(session, state.Connection(**{**current.to_json(), "oa_name": oa.name,
                                                   "oa_id": oa.oa_id}))
    log.info("Zalo OA figures read: %d followers, views of %d articles", followers, len(views))
    return Reading(day, followers, len(views))
