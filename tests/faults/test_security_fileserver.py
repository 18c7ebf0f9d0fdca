"""Security review, finding 3: the media file server for gateway devices.

It served any verified file by hash to anyone who reached the port, counted a fetch with a
made-up `?d=<device>` as that device's (the delivery's proof for the gateway), followed
links inside the media cache, and kept listening once started. Now each push has its own
unguessable URLs that close with the job, a fetch counts only under its own push's token,
links are refused, and the port is open only while a push runs.

A real gateway simulator (recording the URLs it is given, as a field gateway would see
them) and a real dispatcher; the attacker is plain HTTP on the same loopback.
"""

from __future__ import annotations

import os
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from console.delivery.dispatcher import Dispatcher
from console.media.store import MediaStore
from console.models import DeliveryJob
from console.services.device_registry import import_device_rows
from console.services.push import create_delivery_jobs
from console.sim.devices.device import SimDevice
from console.sim.devices.gateway import GatewaySimulator
from console.station import StationContext
from tests.support.delivery import ADMIN, FAST_RETRY, cache_media, make_programme

DEVICE = "GW-CHO"


class RecordingGateway(GatewaySimulator):
    """The simulator, noting every URL it is told to fetch; `attack` runs as it arrives."""

    def __init__(self, devices: list[SimDevice]) -> None:
        super().__init__(devices)
        self.urls: list[str] = []
        self.attack: Any = None
        self.fetching = True  # False: the device's own downloads fail (a broken link)

    def command(self, device_id: str, send: dict[str, Any]) -> dict[str, Any]:
        import json

        data = send.get("Data")
        payload = json.loads(data) if isinstance(data, str) and data[:1] == "{" else {}
        urls = list(payload.get("URLlist") or [])
        self.urls += urls
        if urls and self.attack is not None:
            self.attack(urls)
        return super().command(device_id, send)

    def _download(self, device: SimDevice, urls: list[str]) -> None:
        if self.fetching:
            super()._download(device, urls)


@pytest.fixture
def gateway() -> Iterator[RecordingGateway]:
    with RecordingGateway([SimDevice(DEVICE, "Cụm loa Chợ")]) as gw:
        yield gw


def _register(ctx: StationContext, gw: RecordingGateway) -> None:
    report = import_device_rows(ctx, [{
        "id": "cl-cho", "kind": "cluster", "name": "Cụm loa Chợ", "village": "Thôn Đông",
        "protocol": "gateway", "address": gw.url, "device_id": DEVICE, "key": "",
        "options": "fetch_wait_s=1.5"}], ADMIN, name="security")
    assert not report.errors, report.errors


def _push(ctx: StationContext, shas: list[str]) -> str:
    pid = make_programme(ctx, shas)
    with ctx.db.write() as session:
        ids = create_delivery_jobs(session, pid, ADMIN)
    dispatcher = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=5.0)
    try:
        views = dispatcher.drain(ids, timeout_s=30)
    finally:
        dispatcher.close()
    assert [v.state for v in views] == ["delivered"], views
    with ctx.db.read() as session:
        return str(session.scalar(select(DeliveryJob.detail).where(DeliveryJob.id == ids[0])))


def _get(url: str) -> int | str:
    """The HTTP status, or "closed" when nothing listens."""
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            resp.read()
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except (urllib.error.URLError, ConnectionError, OSError):
        return "closed"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_a_pushs_urls_open_only_its_files_and_close_with_the_job(
        ctx: StationContext, gateway: RecordingGateway) -> None:
    _register(ctx, gateway)
    pushed, other = cache_media(ctx, [40_000]), cache_media(ctx, [30_000], seed=9)
    seen: dict[str, int | str] = {}

    def attack(urls: list[str]) -> None:  # while the push runs
        origin = _origin(urls[0])
        seen["by hash"] = _get(f"{origin}/media/{pushed[0]}")
        seen["other file"] = _get(urls[0].replace(pushed[0], other[0]))

    gateway.attack = attack
    _push(ctx, pushed)
    assert gateway.devices[DEVICE].has(pushed[0])          # the device got its file
    url = gateway.urls[0]
    assert seen["by hash"] in (403, 404)                   # a hash is not a key
    assert seen["other file"] in (403, 404)                # nor is another push's token
    assert _get(url) in (403, 404, "closed")               # the job is over: so is its URL
    # Nothing listens once no push runs.
    parts = urlsplit(url)
    with pytest.raises(OSError):
        socket.create_connection((parts.hostname, parts.port), timeout=2).close()
    # A new push has new URLs.
    gateway.urls.clear()
    _push(ctx, cache_media(ctx, [20_000], seed=3))
    assert gateway.urls and urlsplit(gateway.urls[0]).path.split("/")[2] != \
        urlsplit(url).path.split("/")[2]


def test_a_made_up_fetch_is_not_a_devices_fetch(ctx: StationContext,
                                                gateway: RecordingGateway) -> None:
    _register(ctx, gateway)
    shas = cache_media(ctx, [40_000])
    gateway.fetching = False  # the device cannot download; the attacker pretends it did
    tried: list[int | str] = []

    def attack(urls: list[str]) -> None:
        origin = _origin(urls[0])
        tried.append(_get(f"{origin}/media/{shas[0]}?d={DEVICE}"))
        tried.append(_get(f"{origin}/m/{'A' * 32}/{shas[0]}?d={DEVICE}"))  # a guessed token

    gateway.attack = attack
    detail = _push(ctx, shas)
    assert tried and all(code != 200 for code in tried)
    assert "1 file(s) not fetched during the push" in detail
    assert not gateway.devices[DEVICE].has(shas[0])


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                    reason="symbolic links need privileges on Windows")
def test_a_link_in_the_media_cache_is_not_served(ctx: StationContext, tmp_path: Path,
                                                 gateway: RecordingGateway) -> None:
    _register(ctx, gateway)
    shas = cache_media(ctx, [10_000])
    secret = tmp_path / "outside.txt"
    secret.write_text("mật khẩu của người khác\n", encoding="utf-8")
    cached = MediaStore(ctx.paths.media).path(shas[0])
    cached.unlink()
    cached.symlink_to(secret)                  # planted where a verified file was
    served: list[bytes] = []
    lock = threading.Lock()

    def attack(urls: list[str]) -> None:
        try:
            with urllib.request.urlopen(urls[0], timeout=5) as resp, lock:
                served.append(resp.read())
        except (urllib.error.URLError, OSError):
            pass

    gateway.attack = attack
    gateway.fetching = False
    _push(ctx, shas)
    assert not any(b"ng\xc6\xb0\xe1\xbb\x9di" in body for body in served), served
    assert served == []
