"""Drains the zalo_article outbox: each bulletin revision becomes at most one OA article.

A row is written by the service in the same transaction as the operator's request (the
idempotency key is the bulletin's id and revision). The publisher then, for each due row:

1. with a `token` (create answered): asks `verify` until Zalo gives the article's id;
2. with `create_sent_at` but no token (create may have reached Zalo, its answer was lost
   to a crash or a dropped link): looks for its own article (`getslice`, then `getdetail`
   for the tracking line) before creating again; until `settle_s` has passed since the
   create, Zalo may still be making it, so it asks again later instead of creating;
3. otherwise uploads the cover once, claims the row (create_sent_at NULL → now, a
   compare-and-set: another process draining the same station backs off) and creates.

Published rows whose bulletin was withdrawn upstream, or that a newer revision replaced,
are removed. Offline, rows wait with back-off; a refused refresh token stops everything
(tokens.py) until the OA is connected again.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select, update
from sqlalchemy.orm import aliased

from ..audio import run_ffmpeg
from ..audio.errors import AudioToolError
from ..db import Database
from ..media.store import MediaStore
from ..models import SourceItem, ZaloArticle
from ..models.base import utcnow
from ..retry import RetryPolicy
from .article import body_text, tracking_line, with_cover
from .client import MAX_IMAGE_BYTES, ZaloClient
from .errors import (
    ZaloBrokenAnswer,
    ZaloRateLimited,
    ZaloRefused,
    ZaloTokenInvalid,
    ZaloUnavailable,
)

log = logging.getLogger(__name__)

SETTLE_S = 120.0          # Zalo makes an article well within this after create answered
LOOKUP_PAGES = 5          # a lost create is looked for among the newest 50 articles
PAGE = 10
MAX_REFUSALS = 3          # Zalo refusing the same row this often: it is marked failed
RETRY = RetryPolicy(attempts=1_000_000, base_s=5.0, cap_s=15 * 60.0)
VERIFY_AGAIN_S = (1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 60.0)
DEFAULT_COVER = Path(__file__).resolve().parent.parent / "assets" / "zalo" / "cover.jpg"

QUEUED, CREATING, PUBLISHED = "queued", "creating", "published"
REMOVING, REMOVED, CANCELLED, FAILED = "removing", "removed", "cancelled", "failed"
OPEN_STATES = (QUEUED, CREATING, REMOVING)


@dataclass
class DrainStats:
    published: list[int] = field(default_factory=list)   # row ids
    removed: list[int] = field(default_factory=list)
    waiting: int = 0
    offline: bool = False
    failed: int = 0


class Publisher:
    def __init__(self, db: Database, client: ZaloClient, media: MediaStore, *,
                 settle_s: float = SETTLE_S, cancel: threading.Event | None = None,
                 default_cover: Path = DEFAULT_COVER) -> None:
        self.db = db
        self.client = client
        self.media = media
        self.settle_s = settle_s
        self.cancel = cancel
        self.default_cover = default_cover

    # -- what is due -----------------------------------------------------------------------

    def reconcile(self) -> None:
        """Withdrawn bulletins and replaced revisions: their articles are to be removed
        (or never made)."""
        now = utcnow()
        withdrawn = select(SourceItem.id).where(SourceItem.withdrawn.is_(True))
        newer = aliased(ZaloArticle)
        superseded = exists().where(newer.item_id == ZaloArticle.item_id,
                                    newer.revision > ZaloArticle.revision,
                                    newer.state == PUBLISHED)
        with self.db.write() as session:
            session.execute(update(ZaloArticle).where(
                ZaloArticle.state == QUEUED, ZaloArticle.create_sent_at.is_(None),
                ZaloArticle.item_id.in_(withdrawn)).values(
                state=CANCELLED, remove_reason="withdrawn", removed_at=now))
            session.execute(update(ZaloArticle).where(
                ZaloArticle.state == PUBLISHED, ZaloArticle.item_id.in_(withdrawn)).values(
                state=REMOVING, remove_reason="withdrawn", next_attempt_at=now, attempts=0))
            session.execute(update(ZaloArticle).where(
                ZaloArticle.state == PUBLISHED, superseded).values(
                state=REMOVING, remove_reason="superseded", next_attempt_at=now, attempts=0))

    def due(self, only: int | None = None) -> list[int]:
        query = select(ZaloArticle.id).where(ZaloArticle.state.in_(OPEN_STATES),
                                             ZaloArticle.next_attempt_at <= utcnow())
        if only is not None:
            query = query.where(ZaloArticle.id == only)
        with self.db.read() as session:
            return list(session.scalars(query.order_by(ZaloArticle.id)))

    def next_due(self) -> dt.datetime | None:
        with self.db.read() as session:
            return session.scalar(select(ZaloArticle.next_attempt_at).where(
                ZaloArticle.state.in_(OPEN_STATES)).order_by(ZaloArticle.next_attempt_at)
                .limit(1))

    def drain(self, only: int | None = None) -> DrainStats:
        """One pass over the due rows; stops at the first sign the link is down. Raises
        ZaloAuthRevoked / ZaloNotConnected (nothing can be done until reconnected)."""
        self.reconcile()
        stats = DrainStats()
        for row_id in self.due(only):
            if self.cancel is not None and self.cancel.is_set():
                break
            try:
                self._step(row_id, stats)
            except ZaloUnavailable as exc:
                self._retry_later(row_id, str(exc))
                stats.offline = True
                return stats
            except ZaloRateLimited as exc:
                self._retry_later(row_id, str(exc), after_s=exc.retry_after_s)
                stats.offline = True
                return stats
            except (ZaloRefused, ZaloBrokenAnswer, ValueError, OSError, AudioToolError) as exc:
                self._refused(row_id, f"{type(exc).__name__}: {exc}")
                stats.failed += 1
        return stats

    # -- one row ---------------------------------------------------------------------------

    def _row(self, row_id: int) -> dict[str, Any] | None:
        with self.db.read() as session:
            row = session.get(ZaloArticle, row_id)
            if row is None:
                return None
            return {c.key: getattr(row, c.key) for c in ZaloArticle.__table__.columns}

    def _step(self, row_id: int, stats: DrainStats) -> None:
        row = self._row(row_id)
        if row is None:
            return
        if row["state"] == REMOVING:
            self._remove(row, stats)
            return
        if row["token"]:
            self._verify(row, row["token"], stats)
            return
        if row["create_sent_at"] is not None:
            found = self._look_up(row)
            if found is not None:
                log.info("Zalo article of %s found after a lost create: %s", row["key"], found)
                self._published(row["id"], found, stats)
                return
            if utcnow() - row["create_sent_at"] < dt.timedelta(seconds=self.settle_s):
                self._retry_later(row["id"], "waiting for Zalo to make the article",
                                  after_s=min(10.0, self.settle_s / 4), count=False)
                stats.waiting += 1
                return
        self._create(row, stats)

    def _create(self, row: dict[str, Any], stats: DrainStats) -> None:
        cover = row["cover_url"] or self._upload_cover(row)
        article = with_cover(row["article"], cover,
                             image_in_body=bool(row["article"].get("_image_in_body")))
        sent_at = utcnow()
        with self.db.write() as session:  # the claim: nobody else creates this row now
            claimed = session.execute(update(ZaloArticle).where(
                ZaloArticle.id == row["id"], ZaloArticle.token.is_(None),
                ZaloArticle.create_sent_at.is_(None) if row["create_sent_at"] is None
                else ZaloArticle.create_sent_at == row["create_sent_at"]).values(
                create_sent_at=sent_at, state=CREATING, attempts=ZaloArticle.attempts + 1))
            if not claimed.rowcount:  # type: ignore[attr-defined]
                return
        try:
            token = self.client.create_article(article)
        except (ZaloUnavailable, ZaloRateLimited, ZaloRefused, ZaloTokenInvalid) as exc:
            # Zalo answered with an error, or the request never left: nothing was made, so
            # there is nothing to look for before creating again.
            if not isinstance(exc, ZaloUnavailable) or not exc.maybe_sent:
                with self.db.write() as session:
                    session.execute(update(ZaloArticle).where(
                        ZaloArticle.id == row["id"], ZaloArticle.create_sent_at == sent_at)
                        .values(create_sent_at=None))
            raise
        with self.db.write() as session:
            session.execute(update(ZaloArticle).where(ZaloArticle.id == row["id"]).values(
                token=token, last_error=None))
        self._verify({**row, "attempts": 0}, token, stats)

    def _verify(self, row: dict[str, Any], token: str, stats: DrainStats) -> None:
        article_id = self.client.verify_article(token)
        if article_id:
            self._published(row["id"], article_id, stats)
            return
        waits = VERIFY_AGAIN_S[min(len(VERIFY_AGAIN_S) - 1, row.get("attempts") or 0)]
        self._retry_later(row["id"], "Zalo is still making the article", after_s=waits)
        stats.waiting += 1

    def _published(self, row_id: int, article_id: str, stats: DrainStats) -> None:
        with self.db.write() as session:
            session.execute(update(ZaloArticle).where(ZaloArticle.id == row_id).values(
                state=PUBLISHED, article_id=article_id, published_at=utcnow(),
                last_error=None, attempts=0))
        stats.published.append(row_id)
        self.reconcile()  # a withdrawal or a newer revision may already be waiting

    def _look_up(self, row: dict[str, Any]) -> str | None:
        """Our article among the newest ones: same title, not another row's, tracking line."""
        with self.db.read() as session:
            claimed = set(session.scalars(select(ZaloArticle.article_id).where(
                ZaloArticle.article_id.is_not(None))))
        title = row["article"].get("title")
        marker = tracking_line(row["item_id"], row["revision"])
        for page in range(LOOKUP_PAGES):
            medias = self.client.list_articles(page * PAGE, PAGE)
            for media in medias:
                if media.id in claimed or media.title != title:
                    continue
                if marker in body_text(self.client.article_detail(media.id)):
                    return media.id
            if len(medias) < PAGE:
                break
        return None

    def _remove(self, row: dict[str, Any], stats: DrainStats) -> None:
        if row["article_id"]:
            try:
                self.client.remove_article(row["article_id"])
            except ZaloRefused:
                try:  # refused: fine if it is already gone
                    self.client.article_detail(row["article_id"])
                except ZaloRefused:
                    pass
                else:
                    raise
        with self.db.write() as session:
            session.execute(update(ZaloArticle).where(ZaloArticle.id == row["id"]).values(
                state=REMOVED, removed_at=utcnow(), last_error=None))
        stats.removed.append(row["id"])
        log.info("Zalo article %s of %s removed (%s)", row["article_id"], row["key"],
                 row["remove_reason"])

    # -- the cover -------------------------------------------------------------------------

    def _upload_cover(self, row: dict[str, Any]) -> str:
        name, content, mime = self._cover_bytes(row.get("cover_sha256"))
        _attachment, url = self.client.upload_image(name, content, mime)
        with self.db.write() as session:
            session.execute(update(ZaloArticle).where(ZaloArticle.id == row["id"]).values(
                cover_url=url))
        return url

    def _cover_bytes(self, sha256: str | None) -> tuple[str, bytes, str]:
        """The bulletin's picture as a jpg/png of at most 1 MB, else the station's cover."""
        if sha256 and self.media.has(sha256):
            path = self.media.path(sha256)
            head = path.read_bytes()[:8] if path.stat().st_size <= MAX_IMAGE_BYTES else b""
            if head.startswith(b"\x89PNG"):
                return f"{sha256[:16]}.png", path.read_bytes(), "image/png"
            if head.startswith(b"\xff\xd8"):
                return f"{sha256[:16]}.jpg", path.read_bytes(), "image/jpeg"
            return f"{sha256[:16]}.jpg", _as_jpeg(path), "image/jpeg"
        return "cover.jpg", self.default_cover.read_bytes(), "image/jpeg"

    # -- bookkeeping -----------------------------------------------------------------------

    def _retry_later(self, row_id: int, reason: str, *, after_s: float | None = None,
                     count: bool = True) -> None:
        with self.db.write() as session:
            row = session.get(ZaloArticle, row_id)
            if row is None:
                return
            if count:
                row.attempts += 1
            delay = after_s if after_s is not None else RETRY.delay(min(row.attempts, 20) or 1)
            row.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
            row.last_error = reason[:1000]

    def _refused(self, row_id: int, reason: str) -> None:
        with self.db.write() as session:
            row = session.get(ZaloArticle, row_id)
            if row is None:
                return
            refusals = int((row.article or {}).get("_refusals", 0)) + 1
            row.article = {**(row.article or {}), "_refusals": refusals}
            row.last_error = reason[:1000]
            row.attempts += 1
            if refusals >= MAX_REFUSALS:  # kept and shown; an operator decides
                row.state = FAILED
                log.error("Zalo refused %s %d times; given up: %s", row.key, refusals, reason)
            else:
                row.next_attempt_at = utcnow() + dt.timedelta(
                    seconds=RETRY.delay(refusals + 2))


def _as_jpeg(path: Path) -> bytes:
    """A picture re-encoded as a JPEG of at most 1280 px wide (ffmpeg, no shell)."""
    for quality in (4, 8, 14):
        result = run_ffmpeg(["-i", path, "-frames:v", "1", "-vf", "scale='min(1280,iw)':-2",
                             "-q:v", str(quality), "-f", "image2", "-c:v", "mjpeg", "pipe:1"],
                            timeout=60)
        if result.stdout and len(result.stdout) <= MAX_IMAGE_BYTES:
            return result.stdout
    raise ValueError("the bulletin's picture cannot be made small enough for Zalo")


__all__ = ["CANCELLED", "CREATING", "FAILED", "PUBLISHED", "QUEUED", "REMOVED", "REMOVING",
           "DrainStats", "Publisher"]
