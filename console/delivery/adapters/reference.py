"""The console's reference cluster/board protocol (contracts/devices.md §1, §4)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from typing import Any

import requests

from ...models.enums import TargetKind
from ...text.translatable import QT_TRANSLATE_NOOP
from ..job_reason import command_name
from .base import (
    DeliveryError,
    DeviceAdapter,
    DeviceStatus,
    PlayRecord,
    TargetOffline,
    TargetRefused,
    parse_time,
)
from .http import device_session

log = logging.getLogger(__name__)


class GatedReader:
    """A file body read in large blocks that pauses while the emergency lane is busy.

    Routine uploads share the station's uplink (and this process) with emergencies; a
    routine file waits between blocks until the emergency commands are out.
    """

    BLOCK = 256 * 1024  # small enough that a pause takes effect within ~50 ms on 40 Mbit/s
    MAX_PAUSE_S = 5.0  # never stall a routine upload for good

    def __init__(self, fh: Any, size: int, gate: threading.Event | None) -> None:
        self.fh = fh
        self.size = size
        self.gate = gate

    def __len__(self) -> int:
        return self.size

    def read(self, _n: int = -1) -> bytes:
        if self.gate is not None and not self.gate.is_set():
            self.gate.wait(self.MAX_PAUSE_S)
        return bytes(self.fh.read(self.BLOCK))


class ReferenceAdapter(DeviceAdapter):
    protocol = "reference"
    audio_format = "mp3"

    @classmethod
    def sound_format(cls, kind: str) -> str | None:
        # A board plays sound with its slides through its own player: AAC in MP4.
        return "m4a" if kind == TargetKind.BOARD else cls.audio_format

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.base = self.target.address.rstrip("/")
        self.http = device_session(self.base, self.target.options.get("tls_pin"))
        if self.key:
            self.http.headers["Authorization"] = f"Bearer {self.key}"

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            resp = self.http.request(method, self.base + path, timeout=self.timeout_s, **kwargs)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} does not answer"),
                                target=self.target.id) from exc
        except requests.RequestException as exc:
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} cannot be reached: {error}"),
                                target=self.target.id, error=type(exc).__name__) from exc
        if resp.status_code in (401, 403):
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} refused the device key "
                                                  "(HTTP {status})"),
                                target=self.target.id, status=resp.status_code)
        if resp.status_code in (429, 500, 502, 503, 504):
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} is busy (HTTP {status})"),
                                target=self.target.id, status=resp.status_code)
        return resp

    @staticmethod
    def _problem(resp: requests.Response) -> str:
        try:
            return str(resp.json().get("error") or resp.reason)
        except ValueError:
            return resp.reason or str(resp.status_code)

    def has_media(self, sha256: str) -> bool:
        resp = self._call("HEAD", f"/media/{sha256}")
        if resp.status_code not in (200, 404):
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} answered HTTP {status} "
                                                  "when asked for a file"),
                                target=self.target.id, status=resp.status_code)
        return resp.status_code == 200

    def push_media(self, sha256: str) -> int:
        path = self.local_file(sha256)
        size = path.stat().st_size
        with path.open("rb") as fh:  # streamed: files can be tens of MB
            body = GatedReader(fh, size, getattr(self, "gate", None))
            resp = self._call("PUT", f"/media/{sha256}", data=body,
                              headers={"Content-Type": "application/octet-stream",
                                       "Content-Length": str(size)})
        if resp.status_code == 422:
            raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "{target} says file {file} arrived "
                                                  "damaged"),
                                target=self.target.id, file=sha256[:12])
        if resp.status_code not in (200, 201, 204):
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} refused a file (HTTP "
                                                  "{status}): {problem}"),
                                target=self.target.id, status=resp.status_code,
                                problem=self._problem(resp))
        return size

    def push_schedule(self, schedule: dict[str, Any]) -> int:
        resp = self._call("PUT", "/schedule", json=schedule)
        if resp.status_code == 409:  # the device lost a file in between: send again
            raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "{target} lacks files: {problem}"),
                                target=self.target.id, problem=self._problem(resp))
        if resp.status_code != 200:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} refused the schedule "
                                                  "(HTTP {status}): {problem}"),
                                target=self.target.id, status=resp.status_code,
                                problem=self._problem(resp))
        return int(resp.json().get("version", schedule.get("version", 0)))

    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        resp = self._call("POST", "/commands", json=command)
        if resp.status_code != 200:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} refused the command "
                                                  "{command}: {problem}"),
                                target=self.target.id, command=command_name(command.get("type")),
                                problem=self._problem(resp))
        return dict(resp.json())

    def status(self) -> DeviceStatus:
        try:
            resp = self._call("GET", "/status")
        except TargetOffline as exc:
            return DeviceStatus(online=False, status="offline", detail=str(exc))
        if resp.status_code != 200:
            return DeviceStatus(online=False, status="unknown",
                                detail=f"status answered {resp.status_code}")
        body = resp.json()
        state = {"idle": "online", "playing": "playing", "fault": "fault"}.get(
            str(body.get("status")), "unknown")
        return DeviceStatus(
            online=True, status=state, volume=body.get("volume"),
            now_playing=body.get("now_playing"), firmware=body.get("firmware"),
            schedule_version=body.get("schedule_version"), clock=parse_time(body.get("clock")))

    def play_log(self, since: dt.datetime | None) -> list[PlayRecord]:
        params = {"since": since.isoformat()} if since else None
        resp = self._call("GET", "/play-log", params=params)
        if resp.status_code != 200:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} answered HTTP {status} "
                                                  "when asked for its play log"),
                                target=self.target.id, status=resp.status_code)

        records = []
        for row in resp.json():
            started = parse_time(row.get("started_at"))
            if started is None:
                continue
            records.append(PlayRecord(str(row.get("entry_id") or ""), row.get("sha256"),
                                      started, parse_time(row.get("ended_at")),
                                      str(row.get("result") or "success")))
        return records
