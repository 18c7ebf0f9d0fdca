"""The commune's Zalo OA: connect, status, publish bulletins as articles, list them.

Publishing writes one zalo_article row per bulletin revision in the same transaction as
the audit entry (the Zalo engine's outbox, console/zalo/publisher.py): asked twice for the
same revision, the same row answers. The background worker (console/zalo/worker.py) sends
it; `send_now` lets the command line wait for the article's id.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import func, select

from ..media import copies
from ..media.store import MediaStore
from ..models import ItemFile, ProgrammeEntry, SourceItem, ZaloArticle
from ..models.base import utcnow
from ..station import StationContext
from ..timezone import STATION_TZ
from ..zalo import state, tokens
from ..zalo.article import build_article
from ..zalo.client import ZaloClient
from ..zalo.errors import (
    ZaloAuthRevoked,
    ZaloError,
    ZaloNotConnected,
    ZaloRateLimited,
    ZaloUnavailable,
)
from ..zalo.publisher import FAILED, OPEN_STATES, PUBLISHED, Publisher
from ..zalo.reader import read_figures
from ..zalo.worker import notify
from . import audit
from .errors import InvalidInput, NotFound, ServiceError
from .permissions import Actor, Permission
from .station_info import read_station_name
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "Errors", "The Zalo OA is not connected: connect it in Settings first.")
REVOKED = QT_TRANSLATE_NOOP(
    "Errors", "Zalo no longer accepts this station's refresh token, so nothing is published "
    "and no figures are read. Open the Zalo developer console (developers.zalo.me), make a "
    "new refresh token for the OA and paste it in Settings, Zalo OA.")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors", "Zalo could not be reached at {server}. Check the network and try again.")
REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "Zalo refused the app id, secret key or refresh token ({reason}). Copy them "
    "again from the Zalo developer console.")
BAD_SERVER = QT_TRANSLATE_NOOP("Errors", "The Zalo address must start with http:// or "
                                         "https://: {server}")
NEEDS_APP = QT_TRANSLATE_NOOP("Errors", "Give the app id, the secret key and the refresh "
                                        "token from the Zalo developer console.")
NO_ITEM = QT_TRANSLATE_NOOP("Errors", "There is no bulletin {item_id}.")
WITHDRAWN = QT_TRANSLATE_NOOP("Errors", "The bulletin {item_id} was withdrawn by the source "
                                        "and cannot be published.")
STREAM = QT_TRANSLATE_NOOP("Errors", "A relayed stream cannot be published as an article.")
NO_PROGRAMME_ITEMS = QT_TRANSLATE_NOOP("Errors", "The programme {id} has no library items to "
                                                 "publish.")
NOT_SENT_YET = QT_TRANSLATE_NOOP(
    "Errors", "The article waits in the outbox and goes out when Zalo can be reached.")

PROBLEM_MESSAGES = {state.PROBLEM_REVOKED: REVOKED}
IMAGE_MIMES = ("image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp")


@dataclass(frozen=True)
class ZaloStatus:
    connected: bool
    server: str
    app_id: str
    oa_id: str
    oa_name: str
    followers: int | None
    last_read: dt.datetime | None      # station time of the latest follower reading
    token_expires_at: dt.datetime | None
    problem: str                        # "" or a code (state.PROBLEM_REVOKED)
    problem_message: str                # the English sentence (translated by the window)
    waiting: int                        # rows not done yet (queued, creating, removing)
    published: int

    def to_json(self) -> dict[str, object]:
        return {"connected": self.connected, "server": self.server, "app_id": self.app_id,
                "oa_id": self.oa_id, "name": self.oa_name, "followers": self.followers,
                "last_read": self.last_read.isoformat() if self.last_read else None,
                "token_expires_at": (self.token_expires_at.isoformat()
                                     if self.token_expires_at else None),
                "problem": self.problem or None,
                "problem_message": self.problem_message or None,
                "waiting": self.waiting, "published": self.published}


@dataclass(frozen=True)
class ArticleView:
    row_id: int
    item_id: str
    revision: int
    title: str
    state: str
    article_id: str | None
    requested_by: str
    requested_at: dt.datetime
    published_at: dt.datetime | None
    removed_at: dt.datetime | None
    remove_reason: str | None
    total_view: int | None
    views_read_at: dt.datetime | None
    last_error: str | None

    def to_json(self) -> dict[str, object]:
        def iso(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value else None
        return {"item_id": self.item_id, "revision": self.revision, "title": self.title,
                "state": self.state, "article_id": self.article_id,
                "requested_by": self.requested_by, "requested_at": iso(self.requested_at),
                "published_at": iso(self.published_at), "removed_at": iso(self.removed_at),
                "remove_reason": self.remove_reason, "views": self.total_view,
                "views_read_at": iso(self.views_read_at), "last_error": self.last_error}


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return value.astimezone(STATION_TZ) if value else None


def _view(row: ZaloArticle) -> ArticleView:
    return ArticleView(row.id, row.item_id, row.revision, row.title, row.state, row.article_id,
                       row.requested_by, row.requested_at.astimezone(STATION_TZ),
                       _local(row.published_at), _local(row.removed_at), row.remove_reason,
                       row.total_view, _local(row.views_read_at), row.last_error)


# -- the connection ------------------------------------------------------------------------


def _check_url(server: str) -> str:
    parts = urlsplit(server.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput(BAD_SERVER, server=server)
    return server.strip().rstrip("/")


def connect_oa(ctx: StationContext, actor: Actor, *, app_id: str, secret_key: str,
               refresh_token: str, server: str = state.API_URL,
               oauth_server: str | None = None) -> ZaloStatus:
    """Store the app and the refresh token, renew it at once (which proves them) and read
    the OA's name and followers. Nothing stays stored when Zalo refuses them."""
    actor.require(Permission.EDIT_SETTINGS)
    app_id, secret_key, refresh_token = app_id.strip(), secret_key.strip(), refresh_token.strip()
    if not (app_id and secret_key and refresh_token):
        raise InvalidInput(NEEDS_APP)
    api_url = _check_url(server)
    oauth_url = _check_url(oauth_server) if oauth_server else (
        state.OAUTH_URL if api_url == state.API_URL else api_url)
    previous = state.read(ctx.db)
    old = {key: ctx.secrets.get(key) for key in (tokens.ACCESS_KEY, tokens.REFRESH_KEY,
                                                  tokens.SECRET_KEY)}
    tokens.forget(ctx.secrets)
    ctx.secrets.set(tokens.REFRESH_KEY, refresh_token)
    ctx.secrets.set(tokens.SECRET_KEY, secret_key)
    connection = state.Connection(api_url=api_url, oauth_url=oauth_url, app_id=app_id,
                                  connected_by=actor.username)
    with ctx.db.write() as session:
        state.put(session, connection)

    def undo() -> None:
        tokens.forget(ctx.secrets)
        for key, value in old.items():
            if value:
                ctx.secrets.set(key, value)
        with ctx.db.write() as session:
            state.put(session, previous)

    try:
        with ZaloClient(ctx.db, ctx.secrets, connection=connection) as client:
            client.tokens.renew()
            try:
                read_figures(ctx.db, client)
            except ZaloError as exc:  # connected; the worker reads them later
                log.warning("Zalo connected but its figures could not be read: %s", exc)
    except ZaloAuthRevoked as exc:
        undo()
        raise ServiceError(REFUSED, reason=str(exc) or "refused") from None
    except (ZaloUnavailable, ZaloRateLimited):
        undo()
        raise ServiceError(UNREACHABLE, server=oauth_url) from None
    except ZaloError as exc:
        undo()
        raise ServiceError(REFUSED, reason=str(exc)) from None
    with ctx.db.write() as session:
        audit.record(session, actor, "zalo.connect", app_id, server=api_url,
                     oa=state.get(session).oa_name)
    notify()
    return zalo_status(ctx)


def disconnect_oa(ctx: StationContext, actor: Actor) -> None:
    actor.require(Permission.EDIT_SETTINGS)
    tokens.forget(ctx.secrets)
    with ctx.db.write() as session:
        app_id = state.get(session).app_id
        state.put(session, state.Connection())
        audit.record(session, actor, "zalo.disconnect", app_id or None)


def zalo_status(ctx: StationContext) -> ZaloStatus:
    from ..models import ZaloFollowerReading

    connection = state.read(ctx.db)
    with ctx.db.read() as session:
        reading = session.execute(select(ZaloFollowerReading.followers,
                                         ZaloFollowerReading.read_at)
                                  .order_by(ZaloFollowerReading.day.desc()).limit(1)).first()
        counts = dict(session.execute(select(ZaloArticle.state, func.count())
                                      .group_by(ZaloArticle.state)).all())
    connected = connection.configured and bool(ctx.secrets.get(tokens.REFRESH_KEY))
    expires = (dt.datetime.fromtimestamp(connection.expires_at, STATION_TZ)
               if connection.expires_at else None)
    return ZaloStatus(
        connected=connected, server=connection.api_url, app_id=connection.app_id,
        oa_id=connection.oa_id, oa_name=connection.oa_name,
        followers=reading[0] if reading else None,
        last_read=reading[1].astimezone(STATION_TZ) if reading else None,
        token_expires_at=expires, problem=connection.problem,
        problem_message=PROBLEM_MESSAGES.get(connection.problem, ""),
        waiting=sum(counts.get(s, 0) for s in OPEN_STATES),
        published=counts.get(PUBLISHED, 0))


# -- publishing ----------------------------------------------------------------------------


def _cover_sha(session: object, item_id: str) -> str | None:
    """The bulletin's picture in the media cache (its main picture, else a thumbnail)."""
    rows = session.execute(  # type: ignore[attr-defined]
        select(ItemFile.sha256, ItemFile.role, ItemFile.mime)
        .where(ItemFile.item_id == item_id, ItemFile.mime.in_(IMAGE_MIMES),
               copies.ready_here(session, ItemFile.sha256))).all()  # type: ignore[arg-type]
    ranked = sorted(rows, key=lambda r: (r.role != "main", r.role != "thumbnail"))
    return ranked[0].sha256 if ranked else None


def publish_item(ctx: StationContext, actor: Actor, item_id: str) -> ArticleView:
    """Queue the bulletin's current revision as an OA article (once per revision)."""
    actor.require(Permission.PUSH)
    connection = state.read(ctx.db)
    if not connection.configured:
        raise ServiceError(NOT_CONNECTED)
    author = read_station_name(ctx.db) or "Đài truyền thanh cấp xã"
    with ctx.db.write() as session:
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(NO_ITEM, item_id=item_id)
        if item.withdrawn:
            raise ServiceError(WITHDRAWN, item_id=item_id)
        if item.kind == "stream":
            raise InvalidInput(STREAM)
        key = f"{item.id}@{item.revision}"
        row = session.scalar(select(ZaloArticle).where(ZaloArticle.key == key))
        if row is not None:
            if row.state == FAILED:  # the operator asks again: try again from the start
                row.state = "queued" if not row.article_id else PUBLISHED
                row.attempts, row.next_attempt_at, row.last_error = 0, utcnow(), None
                row.article = {k: v for k, v in (row.article or {}).items() if k != "_refusals"}
                audit.record(session, actor, "zalo.retry", key)
            session.flush()
            view = _view(row)
        else:
            article = build_article(item_id=item.id, revision=item.revision, title=item.title,
                                    summary=item.summary, body=item.body, issuer=item.issuer,
                                    author=author)
            if item.kind == "image":
                article["_image_in_body"] = True
            row = ZaloArticle(key=key, item_id=item.id, revision=item.revision,
                              title=article["title"], article=article,
                              cover_sha256=_cover_sha(session, item.id),
                              requested_by=actor.username, requested_at=utcnow(),
                              next_attempt_at=utcnow())
            session.add(row)
            session.flush()
            audit.record(session, actor, "zalo.publish", key, title=item.title)
            view = _view(row)
    notify()
    return view


def publish_programme(ctx: StationContext, actor: Actor, programme_id: int) -> list[ArticleView]:
    """Queue each library bulletin of a programme (relays and own sounds left out)."""
    actor.require(Permission.PUSH)
    with ctx.db.read() as session:
        ids = list(dict.fromkeys(session.scalars(
            select(ProgrammeEntry.item_id).join(SourceItem, SourceItem.id ==
                                                ProgrammeEntry.item_id)
            .where(ProgrammeEntry.programme_id == programme_id,
                   ProgrammeEntry.item_id.is_not(None), SourceItem.kind != "stream",
                   SourceItem.withdrawn.is_(False))
            .order_by(ProgrammeEntry.position))))
    if not ids:
        raise InvalidInput(NO_PROGRAMME_ITEMS, id=programme_id)
    return [publish_item(ctx, actor, item_id) for item_id in ids]


def send_now(ctx: StationContext, view: ArticleView, *, wait_s: float = 30.0,
             settle_s: float | None = None) -> ArticleView:
    """Send this row now and wait (up to `wait_s`) for its article's id; offline, it stays
    in the outbox. Used where a caller wants the id at once (the command line)."""
    connection = state.read(ctx.db)
    if not connection.configured:
        raise ServiceError(NOT_CONNECTED)
    end = time.monotonic() + wait_s
    kwargs = {} if settle_s is None else {"settle_s": settle_s}
    try:
        with ZaloClient(ctx.db, ctx.secrets, connection=connection) as client:
            publisher = Publisher(ctx.db, client, MediaStore(ctx.paths.media), **kwargs)
            while time.monotonic() < end:
                stats = publisher.drain(only=view.row_id)
                current = article_view(ctx, view.row_id)
                if current.state not in OPEN_STATES or stats.offline:
                    return current
                time.sleep(0.3)
    except ZaloAuthRevoked:
        raise ServiceError(REVOKED) from None
    except ZaloNotConnected:
        raise ServiceError(NOT_CONNECTED) from None
    return article_view(ctx, view.row_id)


def article_view(ctx: StationContext, row_id: int) -> ArticleView:
    with ctx.db.read() as session:
        row = session.get(ZaloArticle, row_id)
        if row is None:
            raise NotFound(NO_ITEM, item_id=row_id)
        return _view(row)


def list_articles(ctx: StationContext, limit: int = 500) -> list[ArticleView]:
    with ctx.db.read() as session:
        rows = session.scalars(select(ZaloArticle).order_by(ZaloArticle.requested_at.desc(),
                                                            ZaloArticle.id.desc()).limit(limit))
        return [_view(row) for row in rows]


def articles_of(ctx: StationContext, item_id: str) -> list[ArticleView]:
    with ctx.db.read() as session:
        rows = session.scalars(select(ZaloArticle).where(ZaloArticle.item_id == item_id)
                               .order_by(ZaloArticle.revision.desc()))
        return [_view(row) for row in rows]


__all__ = ["ArticleView", "ZaloStatus", "articles_of", "connect_oa", "disconnect_oa",
           "list_articles", "publish_item", "publish_programme", "send_now", "zalo_status"]
