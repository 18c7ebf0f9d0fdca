"""The Zalo simulator object: owns the HTTP server thread and the OA's state."""

from __future__ import annotations

import logging
import secrets
import sys
import threading
from dataclasses import dataclass
from typing import IO, Any

from ..httpserver import TrackingHTTPServer, serve_until_stopped
from .handler import ZaloHandler
from .state import OaState, RateLimiter, SimArticle, Stats, TokenStore

log = logging.getLogger("console.sim.zalo")


@dataclass
class ZaloSimConfig:
    host: str = "127.0.0.1"
    port: int = 0
    app_id: str = "3719146372418906118"
    secret_key: str = ""          # generated when empty
    refresh_token: str = ""       # the first refresh token; generated when empty
    token_ttl_s: float = 90_000.0          # access tokens: about 25 hours
    refresh_ttl_s: float = 90 * 86_400.0   # refresh tokens: about 3 months
    rate_limit: int = 0                    # calls per minute per access token (0: none)
    article_delay_s: float = 0.5           # articles are made asynchronously
    oa_name: str = "Đài truyền thanh xã Phú Lộc"
    oa_description: str = "Trang thông tin của Ủy ban nhân dân và Đài truyền thanh xã"
    followers: int = 1240


class ZaloSimulator:
    """A real HTTP server for contracts/zalo-oa.md, with test hooks.

    `start()` after `stop()` serves again on the same port with the same state (a link that
    goes down and comes back). The OAuth token endpoint is served on the same port.
    """

    def __init__(self, config: ZaloSimConfig | None = None) -> None:
        self.config = config or ZaloSimConfig()
        if not self.config.secret_key:
            self.config.secret_key = secrets.token_hex(10)
        self.stats = Stats()
        self.tokens = TokenStore(self.config.token_ttl_s, self.config.refresh_ttl_s)
        self.first_refresh_token = self.tokens.add_refresh(self.config.refresh_token or None)
        self.limiter = RateLimiter(self.config.rate_limit)
        self.oa = OaState(oa_id="2974186104716158920", name=self.config.oa_name,
                          description=self.config.oa_description,
                          followers=self.config.followers)
        self._lost_creates = 0
        self._lock = threading.Lock()
        self._httpd: TrackingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._port = self.config.port

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> ZaloSimulator:
        with self._lock:
            if self._httpd is not None:
                return self
            handler = type("BoundZaloHandler", (ZaloHandler,), {"sim": self})
            self._httpd = TrackingHTTPServer((self.config.host, self._port), handler, log=log)
            self._port = int(self._httpd.server_address[1])
            self._thread = threading.Thread(target=self._httpd.serve_forever,
                                            kwargs={"poll_interval": 0.1},
                                            name=f"zalo-sim:{self._port}", daemon=True)
            self._thread.start()
            log.info("Zalo simulator serving %s", self.url)
            return self

    def stop(self) -> None:
        with self._lock:
            httpd, self._httpd = self._httpd, None
            if httpd is None:
                return
            httpd.shutdown()
            httpd.close_connections()
            httpd.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
                self._thread = None

    def __enter__(self) -> ZaloSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.config.host}:{self._port}"

    # -- test hooks ----------------------------------------------------------------------------

    def lose_create_answers(self, count: int = 1) -> None:
        """The next `count` creates make their article but drop the connection unanswered."""
        with self._lock:
            self._lost_creates += count

    def take_lost_create(self) -> bool:
        with self._lock:
            if self._lost_creates > 0:
                self._lost_creates -= 1
                return True
            return False

    def expire_access_tokens(self) -> None:
        self.tokens.expire_access()

    def revoke_refresh_tokens(self) -> None:
        self.tokens.revoke_refresh()

    def new_refresh_token(self) -> str:
        """What a station pastes from the developer console after a revocation."""
        return self.tokens.add_refresh()

    def articles(self, *, include_removed: bool = False) -> list[SimArticle]:
        with self.oa.lock:
            found = list(self.oa.articles.values())
        return [a for a in found if include_removed or not a.removed]

    def seed_article(self, article_id: str, body: dict[str, Any], created: float) -> None:
        """An article the OA already had (the demo's history): made, listed, with views."""
        article = SimArticle(id=article_id, token=self.oa.next_id("tok"), body=body,
                             created=created, ready_at=created)
        with self.oa.lock:
            self.oa.articles[article_id] = article
            self.oa.by_token[article.token] = article_id

    def add_followers(self, count: int) -> None:
        with self.oa.lock:
            self.oa.followers += count


def serve_forever(config: ZaloSimConfig, out: IO[str] | None = None) -> int:
    """Run until Ctrl+C; prints the URL first, then what `zalo connect` needs."""
    sim = ZaloSimulator(config).start()
    lines = [sim.url, f"app id: {sim.config.app_id}", f"secret key: {sim.config.secret_key}",
             f"refresh token: {sim.first_refresh_token}",
             f"access tokens live {sim.config.token_ttl_s:.0f} s; rate limit "
             f"{sim.config.rate_limit or 'none'} calls/min"]
    return serve_until_stopped(lines, sim.stop, out or sys.stdout)
