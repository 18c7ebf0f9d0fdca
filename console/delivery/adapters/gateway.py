"""The vendor base64-JSON gateway protocol (contracts/devices.md §2).

Every request is GET /<base64(JSON)>; the envelope's Data, each CommandSend and its Data
are JSON *strings*. Devices download files by URL from the console's file server. There is
no authentication, no HEAD and no play log: what a device holds is remembered by the
console (target options "held_media"), and delivery is confirmed through the status call.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from typing import Any

import requests

from ...text.translatable import QT_TRANSLATE_NOOP, Reason
from ...timezone import STATION_TZ
from ..job_reason import command_name
from .base import (
    DeliveryError,
    DeliveryOutcome,
    DeviceAdapter,
    DeviceStatus,
    PlayRecord,
    TargetOffline,
    TargetRefused,
    parse_time,
    schedule_media,
)
from .runs import as_runs

log = logging.getLogger(__name__)

PLAY_FILE, PLAY_STREAM = 1, 2
RELAY_LEAD = dt.timedelta(seconds=3)  # a relay played now starts this far ahead
PLAYLIST_DAYS = 366  # how far a daily entry runs when the programme gives no end date
RUN_DAYS = 7  # how far single airing days are laid out (weekdays, skipped days)


FM_RELAY = 11  # PacketType: play the FM station whose frequency is the data


def fm_frequency_text(mhz: float) -> str:
    """The frequency as field gateways take it: megahertz as a plain decimal ("103.7",
    "99"), the way a station manager's float becomes text."""
    return f"{round(mhz, 1):g}"


def encode_envelope(envelope: dict[str, Any]) -> str:
    raw = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(raw).decode("ascii")


def command_envelope(device_id: str, packet_type: int, data: Any) -> dict[str, Any]:
    """Three levels of JSON strings, exactly as the field gateways expect."""
    inner = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    send = json.dumps({"PacketType": packet_type, "Data": inner}, ensure_ascii=False)
    items = json.dumps({"CommandItem_Ts": [{"DeviceID": device_id, "CommandSend": send}]},
                       ensure_ascii=False)
    return {"DataType": 4, "Data": items}


def _song(url: str, play_type: int, at: dt.datetime, stop: dt.datetime, last: dt.date
          ) -> dict[str, Any]:
    """One line of a PlayList: a file or a stream played from `at` to `stop` each day until
    `last`."""
    return {"SongName": url, "TimeStart": at.strftime("%H:%M:%S"),
            "TimeStop": stop.strftime("%H:%M:%S"), "DateStart": at.date().isoformat(),
            "DateStop": last.isoformat(), "PlayType": play_type, "PlayRepeatType": 1}


def _maybe_json(value: Any) -> Any:
    """Nested objects may arrive as JSON strings; unwrap until it is not one."""
    for _ in range(4):
        if isinstance(value, str) and value[:1] in "{[":
            try:
                value = json.loads(value)
            except ValueError:
                break
        else:
            break
    return value


class GatewayAdapter(DeviceAdapter):
    protocol = "gateway"
    has_play_log = False
    relays_on_schedule = True  # a playlist song may be a stream (PlayType 2)
    relays_now = True          # so may a play-now (PacketType 5)
    sets_volume = False        # the protocol has no volume packet (contracts §2)
    tunes_fm = True            # PacketType 11: the cluster plays an FM station
    audio_format = "mp3-low"  # its clusters fetch every file over a 3G SIM

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.target.device_id:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target}: a gateway target needs a "
                                                  "device id"), target=self.target.id)
        self.base = self.target.address.rstrip("/")
        self.http = requests.Session()
        self.held: set[str] = set(self.target.options.get("held_media") or [])
        self.fetch_wait_s = float(self.target.options.get("fetch_wait_s") or self.timeout_s)

    def _get(self, envelope: dict[str, Any]) -> Any:
        url = f"{self.base}/{encode_envelope(envelope)}"
        try:
            resp = self.http.get(url, timeout=self.timeout_s)
        except requests.RequestException as exc:
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "the gateway at {address} does not "
                                                  "answer"), address=self.base) from exc
        if resp.status_code >= 500:
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "the gateway is busy (HTTP "
                                                  "{status})"), status=resp.status_code)
        if resp.status_code != 200:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "the gateway answered HTTP "
                                                  "{status}"), status=resp.status_code)
        try:
            return _maybe_json(resp.json())
        except ValueError as exc:
            raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "the gateway's answer is not "
                                                  "JSON")) from exc

    def _send(self, packet_type: int, data: Any) -> None:
        device = str(self.target.device_id)
        answer = self._get(command_envelope(device, packet_type, data))
        results = _maybe_json(answer.get("Result")) if isinstance(answer, dict) else None
        mine = [r for r in results or [] if str(r.get("DeviceID")) == device]
        if mine and not mine[0].get("Accepted", True):
            error = str(mine[0].get("Error") or "refused")
            if "offline" in error.lower():
                raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} is offline behind "
                                                      "its gateway"), target=self.target.id)
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} refused: {problem}"),
                                target=self.target.id, problem=error)

    def _url(self, sha256: str) -> str:
        if self.media_url is None:
            raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "no file server to publish files "
                                                  "for the gateway"))
        self.local_file(sha256)  # only verified files are published
        # Tagged with the device, so the file server can tell who fetched it.
        return str(self.media_url(sha256, str(self.target.device_id)))

    # -- the interface -------------------------------------------------------------------
    def has_media(self, sha256: str) -> bool:
        return sha256 in self.held

    def push_media(self, sha256: str) -> int:
        self._send(1, {"URLlist": [self._url(sha256)]})
        self.held.add(sha256)
        return int(self.local_file(sha256).stat().st_size)

    def deliver(self, schedule: dict[str, Any]) -> DeliveryOutcome:
        outcome = DeliveryOutcome(version=None)
        late: list[str] = []
        missing = [sha for sha in schedule_media(schedule) if sha not in self.held]
        outcome.media_skipped = [sha for sha in schedule_media(schedule) if sha in self.held]
        if missing:  # one packet for all files: fewer round trips on a 3G link
            server = getattr(self, "fileserver", None)
            tag = str(self.target.device_id)
            before = server.snapshot(missing, tag) if server is not None else None
            self._send(1, {"URLlist": [self._url(sha) for sha in missing]})
            if server is not None and before is not None:
                # The best proof a device got a file: our server handed out all its bytes.
                # A device that already held a file (pushed before a crash) fetches nothing,
                # so a file not fetched is reported, not treated as a failure.
                late = server.wait_fetched(before, self.fetch_wait_s)
            outcome.bytes_sent = sum(self.local_file(sha).stat().st_size for sha in missing
                                     if sha not in late)
            outcome.media_sent = missing
            self.held.update(missing)
        outcome.version = self.push_schedule(schedule)
        state = self.status()  # no acknowledgement in this protocol: confirm by status
        if not state.online:
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} accepted the schedule but "
                                                  "is not reporting"), target=self.target.id)
        outcome.notes.append(Reason(QT_TRANSLATE_NOOP(
            "Errors", "confirmed by status (this gateway has no acknowledgement)")))
        if missing and late:
            outcome.notes.append(Reason(QT_TRANSLATE_NOOP(
                "Errors", "{count} file(s) not fetched during the push (the device may "
                "already hold them)"), {"count": len(late)}))
        return outcome

    def ensure_media(self, shas: list[str]) -> int:
        return 0  # play-now hands the device a URL; it streams or fetches it itself

    def push_schedule(self, schedule: dict[str, Any]) -> int:
        self._send(2, {"PlayList": self.playlist(schedule)})
        return int(schedule.get("version", 0))

    @staticmethod
    def today() -> dt.date:
        return dt.datetime.now(STATION_TZ).date()

    def playlist(self, schedule: dict[str, Any]) -> list[dict[str, Any]]:
        songs = []
        # The gateway knows date ranges only: chosen weekdays and skipped days become runs.
        # Single days a week ahead only: the whole playlist travels in the request's URL
        # (delivery/rolling.py sends the next week each day).
        entries = [run for entry in schedule.get("entries", [])
                   for run in as_runs(entry, RUN_DAYS, since=self.today())]
        for entry in entries:
            start = parse_time(entry.get("start"))
            if start is None:
                continue
            start = start.astimezone(STATION_TZ)
            repeat = entry.get("repeat") or "once"
            last = start.date()
            if repeat == "daily":
                end = entry.get("end_date")
                last = (dt.date.fromisoformat(end) if end
                        else start.date() + dt.timedelta(days=PLAYLIST_DAYS))
            relay = entry.get("relay")
            if relay:  # tiếp sóng: the device plays the stream itself for its length
                length = float(relay.get("duration_s") or 0) or 60.0
                songs.append(_song(str(relay["url"]), PLAY_STREAM, start,
                                   start + dt.timedelta(seconds=length), last))
                continue
            at = start
            durations = entry.get("durations") or []
            for i, sha in enumerate(entry.get("media") or []):
                length = float(durations[i]) if i < len(durations) and durations[i] else 60.0
                stop = at + dt.timedelta(seconds=length)
                songs.append(_song(self._url(sha), PLAY_FILE, at, stop, last))
                at = stop
        return songs

    def relay_now(self, command: dict[str, Any]) -> None:
        """A relay played now for its length: the schedule's playlist with one more song,
        the stream from now (PacketType 5 would play it until stopped: a stream has no
        end). It starts a few seconds ahead, so that a device that takes the list a moment
        late still finds the song to come, and stops at midnight at the latest (a song is
        within one day)."""
        now = dt.datetime.now(STATION_TZ).replace(microsecond=0) + RELAY_LEAD
        length = float((command.get("durations") or [0.0])[0] or 0.0) or 60.0
        stop = min(now + dt.timedelta(seconds=length),
                   now.replace(hour=23, minute=59, second=59))
        songs = self.playlist(command.get("schedule") or {})
        songs.append(_song(str(command["stream_url"]), PLAY_STREAM, now, stop, now.date()))
        self._send(2, {"PlayList": songs})

    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        kind = command.get("type")
        if kind == "play_now" and command.get("stream_url") and command.get("durations"):
            self.relay_now(command)
        elif kind in ("play_now", "emergency_start"):
            media = list(command.get("media") or [])
            if command.get("stream_url"):
                url, play_type = str(command["stream_url"]), PLAY_STREAM
            elif media:
                url, play_type = self._url(media[0]), PLAY_FILE
            else:
                raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "this gateway can only play a "
                                                      "file or a stream, not text"))
            self._send(5, {"PlayRepeatType": 1, "PlayType": play_type, "SongName": url})
        elif kind == "fm_relay":
            self._send(FM_RELAY, fm_frequency_text(float(command["frequency_mhz"])))
        elif kind in ("stop", "emergency_stop"):
            # The protocol has no stop: sending the normal playlist again ends a play-now.
            self._send(2, {"PlayList": self.playlist(command.get("schedule") or {})})
        else:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "this gateway cannot {command}"),
                                command=command_name(kind))

        return {"id": command.get("id"), "accepted": True, "type": kind}

    def status(self) -> DeviceStatus:
        try:
            answer = self._get({"DataType": 20, "Data": "GET_ALL_DEVICE_STATUS"})
        except DeliveryError as exc:
            return DeviceStatus(online=False, status="offline", detail=str(exc))
        rows = _maybe_json(answer.get("Data")) if isinstance(answer, dict) else None
        for row in rows or []:
            row = _maybe_json(row)
            if str(row.get("DeviceID")) != str(self.target.device_id):
                continue
            data = _maybe_json(_maybe_json(row.get("DeviceData")) or {})
            data = _maybe_json(data.get("Data", data)) if isinstance(data, dict) else {}
            playing = str(data.get("AudioOutState", "0")) not in ("0", "", "None")
            volume = data.get("Volume")
            return DeviceStatus(online=True, status="playing" if playing else "online",
                                volume=int(volume) if volume is not None else None,
                                now_playing=data.get("NowPlaying"),
                                firmware=data.get("Firmware"))
        return DeviceStatus(online=False, status="offline",
                            detail="missing from the gateway's status answer")

    def play_log(self, since: dt.datetime | None) -> list[PlayRecord]:
        return []  # no log in this protocol: proof.py infers plays from status samples
