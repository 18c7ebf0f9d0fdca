"""The HTTP session every device adapter uses.

An https:// device is verified against the system's certificate authorities (or the
environment's REQUESTS_CA_BUNDLE), or, with the target option `tls_pin`, pinned to its own
certificate by SHA-256 fingerprint (console.tlspin), for a self-signed one.

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

from ...tlspin import pin_session


@functools.lru_cache(maxsize=4096)
def environment_proxies(origin: str) -> tuple[tuple[str, str], ...]:
    """HTTP(S)_PROXY / NO_PROXY as they apply to one scheme://host:port."""
    return tuple(sorted(requests.utils.get_environ_proxies(origin).items()))


def device_session(base_url: str, tls_pin: str | None = None) -> requests.Session:
    parts = urlsplit(base_url)
    session = requests.Session()
    session.trust_env = False
    session.proxies = dict(environment_proxies(f"{parts.scheme}://{parts.netloc}"))
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if bundle:
        session.verify = bundle
    if tls_pin:
        pin_session(session, base_url, tls_pin)
    return session
