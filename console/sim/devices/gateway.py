"""Simulator of the vendor base64-JSON gateway protocol (contracts/devices.md §2).

One gateway fronts many clusters. A request is GET /<base64(JSON envelope)>; the envelope's
Data is a JSON *string*, and so is each CommandSend and its Data. Devices download pushed
files from the URLs they are given (the console's file server) and check the sha256 in
the URL's last segment. The gateway keeps no play log; status is all it tells.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
import re
import threading
import urllib.request
from typing import Any
from urllib.parse import unquote, urlsplit

from .device import ICT, SimDevice
from .httpbase import BaseDeviceHandler, DeviceHTTPServer, Player, serve, shutdown
from .keep import keeper

log = logging.getLogger("console.sim.devices")

PLAY_STREAM = 2  # a PlayList song's PlayType for a stream (contracts/devices.md §2)
SHA_IN_URL = re.compile(r"([0-9a-f]{64})(?:\.[A-Za-z0-9]+)?$")


def sha_of_url(url: str) -> str | None:
    match = SHA_IN_URL.search(urlsplit(url).path)
    return match.group(1) if match else None


class GatewayHandler(BaseDeviceHandler):
    sim: GatewaySimulator

    def do_GET(self) -> None:
        if self.maybe_fault(None):
            return
        raw = unquote(self.path.lstrip("/"))
        try:
            envelope = json.loads(base64.b64decode(raw + "=" * (-len(raw) % 4), validate=False))
        except (binascii.Error, ValueError, UnicodeDecodeError):
            self.send_json(400, {"error": "not a base64 JSON envelope"})
            return
        if not isinstance(envelope, dict):
            self.send_json(400, {"error": "envelope must be an object"})
            return
        if envelope.get("DataType") == 20 and envelope.get("Data") == "GET_ALL_DEVICE_STATUS":
            self.send_json(200, {"DataType": 5, "Data": self.sim.all_status()})
        elif envelope.get("DataType") == 4 and isinstance(envelope.get("Data"), str):
            try:
                items = json.loads(envelope["Data"])["CommandItem_Ts"]
                results = [self.sim.command(str(i["DeviceID"]), json.loads(i["CommandSend"]))
                           for i in items]
            except (KeyError, TypeError, ValueError) as exc:
                self.send_json(400, {"error": f"bad command envelope: {exc}"})
                return
            self.send_json(200, {"DataType": 4, "Result": results})
        else:
            self.send_json(400, {"error": "unknown DataType"})


class GatewaySimulator:
    def __init__(self, devices: list[SimDevice], host: str = "127.0.0.1", port: int = 0,
                 latency_s: float = 0.0, *, extra_status: bool = True) -> None:
        self.devices = {d.device_id: d for d in devices}
        self.host = host
        self._port = port
        self.latency_s = latency_s
        # The contract's status has AudioOutState and Volume; many field gateways add
        # NowPlaying, Firmware and FileCount. False: only the contract's two fields.
        self.extra_status = extra_status
        self.gateway_id = "gw-1"
        self._httpd: DeviceHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._player = Player(lambda: list(self.devices.values()))
        self._lock = threading.Lock()
        self.downloads: list[threading.Thread] = []
        self.requests: list[dict[str, Any]] = []  # decoded commands, for tests

    # -- protocol ------------------------------------------------------------------------
    def all_status(self) -> list[dict[str, Any]]:
        out = []
        for device in self.devices.values():
            if not device.online:
                continue  # missing from the answer = offline
            st = device.status()
            inner = {"AudioOutState": 1 if st["status"] == "playing" else 0,
                     "Volume": st["volume"]}
            if self.extra_status:
                inner.update(Firmware=st["firmware"], NowPlaying=st["now_playing"],
                             FileCount=len(device.media))
            # Like the field gateways: the nested object arrives as a JSON string.
            out.append({"DeviceID": device.device_id,
                        "DeviceData": json.dumps({"Data": json.dumps(inner)})})
        return out

    def command(self, device_id: str, send: dict[str, Any]) -> dict[str, Any]:
        device = self.devices.get(device_id)
        packet = int(send.get("PacketType", 0))
        self.requests.append({"DeviceID": device_id, "PacketType": packet})
        if device is None:
            return {"DeviceID": device_id, "Accepted": False, "Error": "unknown device"}
        if not device.online:
            return {"DeviceID": device_id, "Accepted": False, "Error": "device offline"}
        data = send.get("Data")
        payload = json.loads(data) if isinstance(data, str) and data[:1] in "{[" else data
        if packet == 1:
            urls = list(payload.get("URLlist") or [])
            thread = threading.Thread(target=self._download, args=(device, urls), daemon=True,
                                      name=f"gw-download:{device_id}")
            self.downloads.append(thread)
            thread.start()
        elif packet == 2:
            self._replace_playlist(device, list(payload.get("PlayList") or []))
        elif packet == 5:
            url = str(payload.get("SongName") or "")
            sha = sha_of_url(url)
            if sha and not device.has(sha):
                self._download(device, [url])
            device.command({"id": f"gw-play-{hashlib.sha1(url.encode()).hexdigest()[:8]}-"
                                  f"{len(device.play_log)}-{device.emergency is None}",
                            "type": "emergency_start", "media": [sha] if sha else [],
                            "title": url})
        elif packet == 11:  # the cluster's FM receiver plays until a new playlist comes
            with device.lock:
                device.now_playing, device._playing_until = f"FM {payload} MHz", None
                device.fm_requests.append(str(payload))
        else:
            return {"DeviceID": device_id, "Accepted": False, "Error": f"PacketType {packet}?"}
        return {"DeviceID": device_id, "Accepted": True}

    def _download(self, device: SimDevice, urls: list[str]) -> None:
        for url in urls:
            sha = sha_of_url(url)
            if sha is None or device.has(sha):
                continue
            hasher, size = hashlib.sha256(), 0
            kept = keeper(device.keep_dir, device.device_id, sha)
            try:
                with urllib.request.urlopen(url, timeout=30) as resp:
                    while chunk := resp.read(256 * 1024):
                        hasher.update(chunk)
                        if kept is not None:
                            kept.write(chunk)
                        size += len(chunk)
            except OSError as exc:
                log.info("gateway device %s: download of %s failed: %s", device.device_id,
                         url, exc)
                if kept is not None:
                    kept.finish(False)
                continue
            finally:
                with device.lock:
                    device.media_wire_bytes += size
            if kept is not None:
                kept.finish(hasher.hexdigest() == sha)
            if not device.store_checked(sha, size, hasher.hexdigest() == sha):
                log.warning("gateway device %s: %s did not match its hash", device.device_id,
                            sha[:12])

    def _replace_playlist(self, device: SimDevice, playlist: list[dict[str, Any]]) -> None:
        entries = []
        for n, song in enumerate(playlist):
            try:
                day = dt.date.fromisoformat(song["DateStart"])
                last = dt.date.fromisoformat(song.get("DateStop") or song["DateStart"])
                start = dt.time.fromisoformat(song["TimeStart"])
                stop = dt.time.fromisoformat(song.get("TimeStop") or song["TimeStart"])
            except (KeyError, ValueError):
                continue
            begin = dt.datetime.combine(day, start, ICT)
            length = (dt.datetime.combine(day, stop) - dt.datetime.combine(day, start)
                      ).total_seconds()
            url = str(song.get("SongName") or "")
            stream = url if song.get("PlayType") == PLAY_STREAM else None
            sha = None if stream else sha_of_url(url)
            entries.append({"id": f"pl-{n}-{begin.isoformat()}", "start": begin.isoformat(),
                            "media": [sha] if sha else [], "durations": [max(length, 0.0)],
                            "repeat": "daily" if last > day else "once", "stream": stream,
                            "title": stream})
        fingerprint = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()
        with device.lock:
            device.emergency = None  # a new playlist ends a play-now: normal schedule again
            device.now_playing, device._playing_until = None, None
            if device.schedule.get("fingerprint") != fingerprint:
                version = int(device.schedule.get("version", 0)) + 1
                device.replace_schedule({"version": version, "entries": entries,
                                         "fingerprint": fingerprint})

    # -- lifecycle -----------------------------------------------------------------------
    def start(self) -> GatewaySimulator:
        with self._lock:
            if self._httpd is None:
                handler = type("BoundGatewayHandler", (GatewayHandler,), {"sim": self})
                self._httpd = DeviceHTTPServer((self.host, self._port), handler)
                self._port = int(self._httpd.server_address[1])
                self._thread = serve(self._httpd, f"gateway:{self._port}")
                self._player.start()
                log.info("gateway simulator at %s (%d devices)", self.url, len(self.devices))
        return self

    def stop(self) -> None:
        with self._lock:
            httpd, self._httpd = self._httpd, None
            if httpd is not None:
                shutdown(httpd, self._player, self._thread)

    def wait_downloads(self, timeout: float = 10.0) -> None:
        for thread in list(self.downloads):
            thread.join(timeout)

    def __enter__(self) -> GatewaySimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._port}"
