"""What stands between this computer and the source system, found by one careful try.

`probe()` signs in once (no retries, short timeouts) and names the first obstacle: a
wrong address, no network, a name the DNS does not know, nothing listening, a timeout, a
certificate the console does not trust, a refused account, a server error, or an address
that is not a source system. The tokens it gets are dropped; nothing is stored.
"""

from __future__ import annotations

import errno
import ipaddress
import logging
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from .. import __version__
from .client import StationInfo, normalise_base

log = logging.getLogger(__name__)

PROBLEMS = ("bad_url", "no_network", "name_not_found", "refused", "timeout", "certificate",
            "wrong_password", "server_error", "not_source")


@dataclass(frozen=True)
class Diagnosis:
    problem: str = ""              # "" when the account works; else one of PROBLEMS
    detail: str = ""               # the technical reason, for the log and IT staff
    station: StationInfo | None = None

    @property
    def ok(self) -> bool:
        return not self.problem


def _resolve(host: str, port: int) -> Diagnosis | None:
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        unknown = {getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA")
                   if hasattr(socket, name)}
        problem = "name_not_found" if exc.errno in unknown else "no_network"
        return Diagnosis(problem, f"{host}: {exc}")
    except (UnicodeError, OSError) as exc:
        return Diagnosis("name_not_found", f"{host}: {exc}")
    return None


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (requests wraps urllib3 wraps socket errors)."""
    found: list[BaseException] = []
    stack = [exc]
    while stack:
        current = stack.pop()
        if any(current is seen for seen in found):
            continue
        found.append(current)
        wrapped = [current.__cause__, current.__context__, getattr(current, "reason", None),
                   *current.args]
        stack.extend(w for w in wrapped if isinstance(w, BaseException))
    return found


def _connection_problem(exc: requests.ConnectionError) -> str:
    """Refused (nothing listens there) or unreachable (no route: no network)."""
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError):
            return "refused"
        if isinstance(cause, OSError) and cause.errno == errno.ECONNREFUSED:
            return "refused"
    return "no_network"


def probe(server: str, user: str, password: str, *, verify: bool | str = True,
          timeout_s: float = 8.0) -> Diagnosis:
    try:
        base = normalise_base(server)
    except ValueError as exc:
        return Diagnosis("bad_url", str(exc))
    parts = urlsplit(base)
    host = parts.hostname or ""
    if not host:
        return Diagnosis("bad_url", server)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    found = _resolve(host, port)
    if found is not None:
        return found
    body = {"username": user, "password": password,
            "client_id": f"commune-console/{__version__}", "device_name": "commune-console"}
    try:
        with requests.Session() as session:
            resp = session.post(base + "auth/token", json=body, verify=verify,
                                timeout=(timeout_s, timeout_s), allow_redirects=False,
                                headers={"User-Agent": f"commune-console/{__version__}"})
            status = resp.status_code
            try:
                data = resp.json() if status == 200 else None
            except ValueError:
                data = None
    except requests.exceptions.SSLError as exc:
        return Diagnosis("certificate", str(exc))
    except requests.Timeout as exc:
        return Diagnosis("timeout", str(exc))
    except requests.ConnectionError as exc:
        return Diagnosis(_connection_problem(exc), str(exc))
    except requests.RequestException as exc:
        return Diagnosis("no_network", str(exc))
    if status in (401, 403):
        return Diagnosis("wrong_password", f"HTTP {status}")
    if status >= 500 or status == 429:
        return Diagnosis("server_error", f"HTTP {status}")
    if status != 200 or not isinstance(data, dict) or "access_token" not in data:
        return Diagnosis("not_source", f"HTTP {status}")
    raw = data.get("station") if isinstance(data.get("station"), dict) else {}
    station = StationInfo(code=str(raw.get("code", "")), name=str(raw.get("name", "")),
                          commune_code=str(raw.get("commune_code", "")),
                          province_code=str(raw.get("province_code", "")))
    return Diagnosis("", "", station)
