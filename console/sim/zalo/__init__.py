"""A simulator of the Zalo OA Open API subset in contracts/zalo-oa.md, for tests and the demo.

It shares no code with the console's client (console/zalo). Tokens expire (`token_ttl_s`),
refresh tokens are single use and can be revoked, calls are rate limited per access token,
articles are made asynchronously (`article_delay_s`), and test hooks can lose the answer to
a create (the article is made, the client hears nothing).
"""

from .server import ZaloSimConfig, ZaloSimulator, serve_forever

__all__ = ["ZaloSimConfig", "ZaloSimulator", "serve_forever"]
