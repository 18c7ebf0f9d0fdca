"""HTTPS to servers the station runs itself: verify the certificate, or pin it.

A provincial source system or a commune's own Icecast or cluster gateway often has a
self-signed certificate. The station chooses per server: verify the certificate against
the system's (or a given) certificate authorities, which is the default, or pin the
server's certificate by its SHA-256 fingerprint (`openssl x509 -noout -fingerprint
-sha256 -in cert.pem` prints it). A pinned connection accepts exactly that certificate and
nothing else; the host name is not checked, the fingerprint is the identity.

Plain `http://` to anywhere but this computer sends passwords and keys readable by anyone
on the network: `sends_in_clear()` says when.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import socket
import ssl
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

_HEX = re.compile(r"^[0-9a-f]{64}$")


def normalize_fingerprint(text: str) -> str:
    """'AB:CD:…' (as openssl prints it), 'sha256//…' hex or plain hex → 64 lower-case hex
    digits; ValueError when it is not a SHA-256 fingerprint."""
    value = text.strip().lower()
    for prefix in ("sha256:", "sha256=", "sha256 fingerprint="):
        if value.startswith(prefix):
            value = value[len(prefix):]
    value = value.replace(":", "").replace(" ", "")
    if not _HEX.match(value):
        raise ValueError(f"{text!r} is not a SHA-256 certificate fingerprint (64 hex digits)")
    return value


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def sends_in_clear(url: str) -> bool:
    """True when a secret sent to `url` crosses the network unencrypted (http:// or
    icecast:// to a host other than this computer)."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "icecast") and not is_loopback(parts.hostname)


class PinnedAdapter(HTTPAdapter):
    """A requests adapter that accepts only the certificate with this fingerprint."""

    def __init__(self, fingerprint: str, **kwargs: Any) -> None:
        self.fingerprint = normalize_fingerprint(fingerprint)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self.fingerprint
        super().init_poolmanager(*args, **kwargs)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        # The CA check is replaced by the fingerprint check (urllib3 assert_fingerprint).
        kwargs["verify"] = False
        return super().send(request, **kwargs)


def pin_session(session: requests.Session, base_url: str, fingerprint: str,
                **adapter_kwargs: Any) -> None:
    """Make `session` pin the certificate of `base_url`'s server (only that server)."""
    parts = urlsplit(base_url)
    if parts.scheme != "https":
        return
    session.mount(f"https://{parts.netloc}/", PinnedAdapter(fingerprint, **adapter_kwargs))


def wrap_socket(sock: socket.socket, host: str, *, fingerprint: str | None = None,
                cafile: str | None = None) -> ssl.SSLSocket:
    """TLS on a raw socket (the Icecast source connection): verified, or pinned."""
    if fingerprint:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        tls = context.wrap_socket(sock, server_hostname=host)
        der = tls.getpeercert(binary_form=True) or b""
        if not hmac.compare_digest(fingerprint_of(der), normalize_fingerprint(fingerprint)):
            tls.close()
            raise ssl.SSLCertVerificationError(
                f"the certificate of {host} is not the pinned one")
        return tls
    context = ssl.create_default_context(cafile=cafile)
    return context.wrap_socket(sock, server_hostname=host)
