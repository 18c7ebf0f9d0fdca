"""The HTTP session every device adapter uses.

requests re-reads the whole process environment for proxy settings on *every* call
(`trust_env`); with a hundred emergency commands at once that scan was a quarter of the
emergency lane's CPU time. The environment's proxies (and CA bundle) are therefore read
once per device address and handed to the session explicitly.
"""

from __future__ import annotations

import functools
import os
from urllib.parse import urlsplit

import requests


@functools.lru_cache(maxsize=4096)
def environment_proxies(origin: str) -> tuple[tuple[str, str], ...]:
    """HTTP(S)_PROXY / NO_PROXY as they apply to one scheme://host:port."""
    return tuple(sorted(requests.utils.get_environ_proxies(origin).items()))


def device_session(base_url: str) -> requests.Session:
    parts = urlsplit(base_url)
    session = requests.Session()
    session.trust_env = False
    session.proxies = dict(environment_proxies(f"{parts.scheme}://{parts.netloc}"))
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if bundle:
        session.verify = bundle
    return session
