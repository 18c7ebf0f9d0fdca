"""Bulletin boards running Anthias (open-source signage), through its REST API v2.

Anthias has no text asset and no play log. The console therefore renders text notices to
PNG slides at the board's resolution (console/render/slides.py, Vietnamese fonts) and
uploads them like pictures; what played is inferred from status (has_play_log False).

Idempotency without state in the console: every asset the console creates carries a
marker at the end of its name, `[cbc:<role>:<entry>:<part>:<fingerprint>:<source>]`, where
the fingerprint covers everything that would be sent (file, dates, weekdays, time window,
duration). Anthias makes names unique by appending `-1`, `-2`…: the marker is found with
or without that. A re-push lists the board's assets, keeps those whose marker matches,
creates only what is missing, deletes only the console's own assets that are no longer
scheduled, and re-orders only if the order differs. Assets the board's owner made by hand
play after the console's.

What the real Anthias server does, and the adapter respects (tests/peers/):
- an upload serves exactly one asset: creating the asset renames the uploaded file to the
  asset's own, and deleting the asset deletes it. Every asset gets its own upload, even
  the same picture twice or an emergency showing a scheduled picture;
- a video asset is created with `duration` 0 (Anthias measures the clip itself);
- `play_time_from`/`play_time_to` and `play_days` are compared in the board's time zone
  (`/api/v2/info` → `time.timezone`, UTC unless its owner set one), not the station's: the
  adapter converts the station's window into the board's zone (the days shift with it);
- during an emergency only the emergency stays enabled: the console's other assets and the
  owner's are disabled (the owner's marked ` [cbc:held]`) and enabled again when the last
  emergency on the board ends.

Target options: `resolution` ("1920x1080", the default), `user` (Basic auth user when the
keyring key holds only the password; the key may also be "user:password"), `slide_s`
(seconds a picture or a notice page shows, default 10), `window_min` (minutes a repeated
entry shows from its start time, default 60), `all_day` (true: no time window),
`keep_days` (days a one-off entry stays on the board, default 1).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
import re
import subprocess
import sys
import threading
import zoneinfo
from collections import OrderedDict
from dataclasses import dataclass
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
)
from .http import device_session
from .runs import as_runs

log = logging.getLogger(__name__)

# Anthias appends -1, -2… to a name that exists already.
MARK = re.compile(r"\[cbc:([spe]):([^:\]]+):(\d+):([0-9a-f]{12}):([0-9a-f]{16})\](?:-\d+)?$")
HELD_SUFFIX = " [cbc:held]"  # an owner's asset the console disabled for an emergency
HELD = re.compile(r" \[cbc:held\](?:-\d+)?$")
ALL_DAYS = [1, 2, 3, 4, 5, 6, 7]
FAR_DAYS = 366  # how long a repeated entry with no end date stays scheduled
EMERGENCY_HOURS = 24  # an emergency slide ends by itself if nobody stops it


# -- what a file is ------------------------------------------------------------------------
def sniff(head: bytes) -> tuple[str, str] | None:
    """(mimetype for Anthias, extension) of a cached file, None for audio or unknown."""
    if head.startswith(b"\x89PNG"):
        return "image", ".png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image", ".jpg"
    if head.startswith(b"GIF8"):
        return "image", ".gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image", ".webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return None if brand in (b"M4A ", b"M4B ", b"M4P ") else ("video", ".mp4")
    if head.startswith(b"\x1aE\xdf\xa3"):
        return "video", ".webm"
    return None  # mp3, wav, ogg… a board has nothing to show for sound


def _head(path: Any) -> bytes:
    with open(path, "rb") as fh:  # videos are large: read only what sniff needs
        return fh.read(16)


# -- text notices as slides ----------------------------------------------------------------
_render_lock = threading.Lock()
_rendered: OrderedDict[str, list[bytes]] = OrderedDict()


def render_notice(title: str, body: str, priority: str, size: tuple[int, int]) -> list[bytes]:
    """PNG pages of a notice at the board's size (cached: a re-push renders nothing)."""
    key = hashlib.sha256(json.dumps([title, body, priority, size]).encode()).hexdigest()
    with _render_lock:
        if key in _rendered:
            _rendered.move_to_end(key)
            return _rendered[key]
    from PySide6.QtGui import QGuiApplication

    if isinstance(QGuiApplication.instance(), QGuiApplication):
        pages = _render_here(title, body, priority, size)
    else:  # the command line has no Qt application: draw in a child process
        pages = _render_in_child(title, body, priority, size)
    with _render_lock:
        _rendered[key] = pages
        while len(_rendered) > 64:
            _rendered.popitem(last=False)
    return pages


# The band at the top of a slide. Boards speak to residents, so it is Vietnamese whatever
# language the operator's window uses.
BOARD_LABELS = {"emergency": "KHẨN CẤP", "priority": "THÔNG BÁO ƯU TIÊN"}
BOARD_LABEL_DEFAULT = "THÔNG BÁO"


def _label(priority: str) -> str:
    return BOARD_LABELS.get(priority, BOARD_LABEL_DEFAULT)


def _render_here(title: str, body: str, priority: str, size: tuple[int, int]) -> list[bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from ...render.slides import SlideText, render_slides

    pages = []
    for image in render_slides(SlideText(title, body, priority, _label(priority)), size):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pages.append(bytes(data.data()))
    return pages


DRAW_SLIDES_ARG = "--draw-board-slides"


def _render_in_child(title: str, body: str, priority: str,
                     size: tuple[int, int]) -> list[bytes]:
    # The installed executable has no `python -m`: it takes a hidden first argument instead
    # (console/cli/main.py hands it to _child_main).
    command = ([sys.executable, DRAW_SLIDES_ARG] if getattr(sys, "frozen", False)
               else [sys.executable, "-m", __name__])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    request = json.dumps({"title": title, "body": body, "priority": priority,
                          "size": list(size)})
    try:
        done = subprocess.run(command, input=request.encode("utf-8"),
                              capture_output=True, env=env, timeout=120, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        raise DeliveryError(QT_TRANSLATE_NOOP("Errors", "the notice could not be drawn for the "
                                              "board: {error}"), error=str(exc)) from exc
    return [base64.b64decode(page) for page in json.loads(done.stdout)]


def _child_main() -> None:  # python -m console.delivery.adapters.anthias < request.json
    """Draw one notice: a JSON request on stdin, the PNG pages (base64 JSON) on stdout."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts and painting need it alive
    request = json.loads(sys.stdin.buffer.read())
    pages = _render_here(request["title"], request["body"], request["priority"],
                         tuple(request["size"]))
    sys.stdout.write(json.dumps([base64.b64encode(p).decode("ascii") for p in pages]))


# -- the schedule as assets ----------------------------------------------------------------
@dataclass
class Want:
    """One asset the board should hold."""

    role: str            # s: schedule, p: play now, e: emergency
    entry: str
    part: int
    label: str
    source: str          # 16 hex: the file's sha256 or the notice page's hash
    mimetype: str
    ext: str
    start: dt.datetime
    end: dt.datetime
    duration: int
    days: list[int]
    time_from: str | None
    time_to: str | None
    sha: str | None = None        # a cached file, or
    png: bytes | None = None      # a rendered notice page
    seconds: int = 0              # how long it shows (a video: its length)

    @property
    def fingerprint(self) -> str:
        fields = [self.source, self.mimetype, self.start.isoformat(), self.end.isoformat(),
                  self.duration, self.days, self.time_from, self.time_to, self.label]
        return hashlib.sha256(json.dumps(fields).encode()).hexdigest()[:12]

    @property
    def name(self) -> str:
        label = self.label[:120].replace("[", "(").replace("]", ")")
        return (f"{label} [cbc:{self.role}:{self.entry}:{self.part}:{self.fingerprint}:"
                f"{self.source}]")


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("%H:%M:%S")


def _zone_of(info: dict[str, Any]) -> dt.tzinfo | None:
    """The zone in /api/v2/info's `time` block: its IANA name, else its UTC offset."""
    clock = info.get("time")
    if not isinstance(clock, dict):
        return None
    name = str(clock.get("timezone") or "")
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
    match = re.fullmatch(r"UTC(?:([+-])(\d{2}):(\d{2}))?", str(clock.get("offset") or ""))
    if match is None:
        return None
    if not match.group(1):
        return dt.UTC
    minutes = int(match.group(2)) * 60 + int(match.group(3))
    return dt.timezone(dt.timedelta(minutes=-minutes if match.group(1) == "-" else minutes))


def _emergency_on(assets: list[dict[str, Any]]) -> bool:
    """An emergency asset of the console's that has not yet run out."""
    now = dt.datetime.now(dt.UTC)
    for asset in assets:
        m = MARK.search(str(asset.get("name") or ""))
        if m and m.group(1) == "e":
            end = parse_time(str(asset.get("end_date") or "").replace("Z", "+00:00"))
            if end is None or end > now:
                return True
    return False


class AnthiasAdapter(DeviceAdapter):
    protocol = "anthias"
    has_play_log = False
    audio_format = None  # Anthias shows pictures and videos; sound files are not uploaded
    sets_volume = False  # a board has no loudspeaker volume to set

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.base = self.target.address.rstrip("/")
        self.http = device_session(self.base, self.target.options.get("tls_pin"))
        opts = self.target.options
        if self.key:
            user, sep, password = self.key.partition(":")
            if not sep:
                user, password = str(opts.get("user") or "admin"), self.key
            # RFC 7617 UTF-8: a Vietnamese password must not fail on Latin-1.
            self.http.auth = (user.encode("utf-8"), password.encode("utf-8"))  # type: ignore[assignment]
        self.size = self._resolution(str(opts.get("resolution") or "1920x1080"))
        self.slide_s = int(float(opts.get("slide_s") or 10))
        self.window = dt.timedelta(minutes=float(opts.get("window_min") or 60))
        self.all_day = bool(opts.get("all_day"))
        self.keep = dt.timedelta(days=float(opts.get("keep_days") or 1))
        self.sent: list[str] = []  # sources uploaded by this adapter
        self.bytes_sent = 0
        self._zone: dt.tzinfo | None = None  # the board's time zone, read once

    @staticmethod
    def _resolution(raw: str) -> tuple[int, int]:
        match = re.fullmatch(r"\s*(\d{3,5})\s*[x×]\s*(\d{3,5})\s*", raw)
        if match is None:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "the board resolution {value} is "
                                                  "not like 1920x1080"), value=repr(raw))
        return int(match.group(1)), int(match.group(2))

    # -- HTTP ----------------------------------------------------------------------------
    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            resp = self.http.request(method, f"{self.base}/api/v2{path}", timeout=self.timeout_s,
                                     allow_redirects=False, **kwargs)
        except requests.RequestException as exc:
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} does not answer"),
                                target=self.target.id) from exc
        if resp.status_code in (301, 302, 303, 401, 403):
            # Anthias with auth on sends a caller without the right login to /login.
            raise TargetRefused(QT_TRANSLATE_NOOP(
                "Errors", "{target}: the board asks for a login (HTTP {status}); store its "
                "'user:password' as the device key"),
                target=self.target.id, status=resp.status_code)
        if resp.status_code in (429, 502, 503, 504):
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "{target} is busy (HTTP {status})"),
                                target=self.target.id, status=resp.status_code)
        if resp.status_code >= 400:
            try:
                problem = resp.json().get("error") or resp.text[:200]
            except ValueError:
                problem = resp.text[:200]
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "{target} refused {request} (HTTP "
                                                  "{status}): {problem}"),
                                target=self.target.id, request=f"{method} {path}",
                                status=resp.status_code, problem=str(problem))
        return resp

    def assets(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "/assets").json())

    # -- media ---------------------------------------------------------------------------
    def has_media(self, sha256: str) -> bool:
        return any((m := MARK.search(str(a.get("name") or ""))) and m.group(5) == sha256[:16]
                   for a in self.assets())

    def push_media(self, sha256: str) -> int:
        """Upload one cached file; what Anthias answers serves exactly one asset."""
        size = int(self.local_file(sha256).stat().st_size)
        self._upload_file(sha256)
        return size

    def _upload_file(self, sha256: str) -> tuple[str, str]:
        path = self.local_file(sha256)
        kind = sniff(_head(path))
        if kind is None:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "file {file} is sound or of an "
                                                  "unknown kind: a board cannot show it"),
                                file=sha256[:12])
        size = int(path.stat().st_size)
        with path.open("rb") as fh:
            return self._upload(sha256[:16], f"{sha256[:16]}{kind[1]}", fh, kind[1], size)

    def _upload(self, source: str, filename: str, body: Any, ext: str,
                size: int) -> tuple[str, str]:
        mime = {".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif",
                ".webp": "image/webp", ".mp4": "video/mp4", ".webm": "video/webm"}.get(
            ext, "application/octet-stream")
        resp = self._call("POST", "/file_asset", files={"file_upload": (filename, body, mime)})
        answer = resp.json()
        self.sent.append(source)
        self.bytes_sent += size
        return str(answer["uri"]), str(answer.get("ext") or ext)

    def ensure_media(self, shas: list[str]) -> int:
        return 0  # commands upload what they show themselves

    # -- the board's clock ---------------------------------------------------------------
    def board_zone(self) -> dt.tzinfo:
        """The zone Anthias compares play windows in: its own, not the station's."""
        if self._zone is None:
            info = self._call("GET", "/info").json()
            self._zone = _zone_of(info)
            if self._zone is None:
                raise TargetRefused(QT_TRANSLATE_NOOP(
                    "Errors", "{target}: the board does not say its time zone (/api/v2/info "
                    "has no 'time'), so a daily or weekly time window cannot be set: update "
                    "Anthias, or give the target the option all_day=true"),
                    target=self.target.id)
        return self._zone

    # -- schedule ------------------------------------------------------------------------
    def wants(self, schedule: dict[str, Any]) -> list[Want]:
        out: list[Want] = []
        # Skipped days split a rule into runs of dates; Monday-Friday is a weekly rule.
        entries = [run for entry in schedule.get("entries", [])
                   for run in (as_runs(entry, FAR_DAYS) if entry.get("skip") else [entry])]
        for entry in entries:
            start = parse_time(entry.get("start"))
            if start is None:
                continue
            out += self._entry_wants("s", str(entry.get("id")), entry, start.astimezone(STATION_TZ))
        return out

    def _window(self, entry: dict[str, Any], start: dt.datetime, total_s: float
                ) -> tuple[dt.datetime, dt.datetime, list[int], str | None, str | None]:
        repeat = entry.get("repeat") or "once"
        span = max(self.window, dt.timedelta(seconds=total_s))
        if repeat in ("once", "now"):
            return start, start + max(span, self.keep), ALL_DAYS, None, None
        end_date = entry.get("end_date")
        last = (dt.date.fromisoformat(end_date) if end_date
                else start.date() + dt.timedelta(days=FAR_DAYS))
        end = dt.datetime.combine(last, dt.time(23, 59, 59), STATION_TZ)
        days = ALL_DAYS
        if repeat == "weekdays":
            days = [1, 2, 3, 4, 5]
        elif repeat == "weekly":
            days = sorted({int(d) for d in entry.get("weekdays") or []} & set(ALL_DAYS))
            if not days:
                raise TargetRefused(QT_TRANSLATE_NOOP(
                    "Errors", "a weekly entry names no weekday (1 = Monday … 7 = Sunday)"))
        day_end = dt.datetime.combine(start.date(), dt.time(23, 59, 59), STATION_TZ)
        if self.all_day:
            if days == ALL_DAYS:
                return start, end, days, None, None
            # whole station days, which are not whole days on a board in another zone
            first = dt.datetime.combine(start.date(), dt.time(0, 0), STATION_TZ)
            return (start, end, *self._board_window(days, first, day_end))
        until = min(start + span, day_end)
        return (start, end, *self._board_window(days, start, until))

    def _board_window(self, days: list[int], since: dt.datetime, until: dt.datetime
                      ) -> tuple[list[int], str, str]:
        """A station-time window on station weekdays as Anthias reads it in its own zone.

        Anthias lets a window run past midnight (from > to), its days naming the day it
        starts on. The offset is the one of the entry's first day (Vietnam has no summer
        time; a board in a zone with one is off by an hour for part of the year).
        """
        zone = self.board_zone()
        b_since, b_until = since.astimezone(zone), until.astimezone(zone)
        shift = (b_since.date() - since.date()).days
        b_days = sorted({(d - 1 + shift) % 7 + 1 for d in days})
        return b_days, _clock(b_since), _clock(b_until)

    def _entry_wants(self, role: str, ident: str, entry: dict[str, Any],
                     start: dt.datetime) -> list[Want]:
        media = list(entry.get("media") or [])
        durations = list(entry.get("durations") or [])
        titles = list(entry.get("titles") or [])
        title = str(entry.get("title") or "")
        parts: list[tuple[str, str, str, str, int, str | None, bytes | None]] = []
        for i, sha in enumerate(media):
            path = self.media.path(sha)
            kind = sniff(_head(path)) if path.is_file() else None
            if kind is None:
                if not path.is_file():
                    self.local_file(sha)  # raises MediaNotReady
                continue  # sound: the loudspeakers play it, the board shows the text
            length = float(durations[i]) if i < len(durations) and durations[i] else 0.0
            seconds = round(length) if kind[0] == "video" and length > 0 else self.slide_s
            label = (titles[i] if i < len(titles) and titles[i] else title) or sha[:12]
            parts.append((label, sha[:16], kind[0], kind[1], seconds, sha, None))
        priority = str(entry.get("priority") or "normal")
        for text in entry.get("text") or []:
            for page in render_notice(title, str(text), priority, self.size):
                source = hashlib.sha256(page).hexdigest()[:16]
                parts.append((title or str(text)[:60], source, "image", ".png", self.slide_s,
                              None, page))
        total = sum(p[4] for p in parts)
        begin, end, days, t_from, t_to = self._window(entry, start, total)
        # Anthias refuses a video whose duration is not 0: it measures the clip itself.
        return [Want(role, ident, n, label, source, mimetype, ext, begin, end,
                     0 if mimetype == "video" else seconds, days, t_from, t_to, sha, png,
                     seconds)
                for n, (label, source, mimetype, ext, seconds, sha, png) in enumerate(parts)]

    def _create(self, want: Want, order: int, enabled: bool) -> str:
        # A fresh upload for every asset: creating one takes the uploaded file for itself.
        if want.png is not None:
            uri, ext = self._upload(want.source, f"{want.source}.png", want.png, ".png",
                                    len(want.png))
        elif want.sha is not None:
            uri, ext = self._upload_file(want.sha)
        else:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "nothing to show"))
        body = {"name": want.name, "uri": uri, "ext": ext, "mimetype": want.mimetype,
                "start_date": want.start.isoformat(), "end_date": want.end.isoformat(),
                "duration": want.duration, "is_enabled": enabled, "nocache": False,
                "play_order": order, "play_days": want.days,
                "play_time_from": want.time_from, "play_time_to": want.time_to,
                "skip_asset_check": False}  # the board checks the file really arrived
        asset = self._call("POST", "/assets", json=body).json()
        return str(asset["asset_id"])

    def sync(self, wants: list[Want], roles: str, entry: str | None = None) -> tuple[int, int]:
        """Make the console's assets of `roles` (of one `entry` if given) exactly `wants`,
        hold or release the others for emergencies, order them; returns (created, deleted)."""
        current = self.assets()
        mine: dict[tuple[str, str, int, str], dict[str, Any]] = {}
        twins: list[dict[str, Any]] = []  # a create repeated after a lost answer ("x-1")
        for asset in current:
            m = MARK.search(str(asset.get("name") or ""))
            if m and m.group(1) in roles and entry in (None, m.group(2)):
                key = (m.group(1), m.group(2), int(m.group(3)), m.group(4))
                if key in mine:
                    twins.append(asset)
                else:
                    mine[key] = asset
        keep: dict[tuple[str, str, int, str], str] = {}
        for want in wants:
            found = mine.get((want.role, want.entry, want.part, want.fingerprint))
            if found is not None:
                keep[(want.role, want.entry, want.part, want.fingerprint)] = found["asset_id"]
        created = 0
        ids: list[str] = []
        for n, want in enumerate(wants):
            key = (want.role, want.entry, want.part, want.fingerprint)
            if key not in keep:
                # During an emergency anything else arrives disabled: the alert stays alone.
                enabled = want.role == "e" or not _emergency_on(current)
                keep[key] = self._create(want, n, enabled=enabled)
                created += 1
            ids.append(keep[key])
        deleted = 0
        for asset in [*mine.values(), *twins]:
            if asset["asset_id"] not in ids:
                self._call("DELETE", f"/assets/{asset['asset_id']}")
                deleted += 1
        listing = None if created or deleted else current
        if self._hold(listing):
            listing = None
        # Anthias renumbers play_order on every create and edit: order last.
        self._order(ids, listing)
        return created, deleted

    def _hold(self, listing: list[dict[str, Any]] | None = None) -> bool:
        """While an emergency is on the board only it stays enabled; once none is left,
        what was held comes back. True if anything changed."""
        assets = self.assets() if listing is None else listing
        urgent = _emergency_on(assets)
        changed = False
        for asset in assets:
            name = str(asset.get("name") or "")
            m = MARK.search(name)
            if m and m.group(1) == "e":
                continue
            body: dict[str, Any] = {}
            if urgent and asset.get("is_enabled"):
                body = {"is_enabled": False}
                if m is None:  # the owner's: marked, to be given back afterwards
                    body["name"] = name + HELD_SUFFIX
            elif not urgent and not asset.get("is_enabled") and (m or HELD.search(name)):
                body = {"is_enabled": True}
                if m is None:
                    body["name"] = HELD.sub("", name)
            if body:
                self._call("PATCH", f"/assets/{asset['asset_id']}", json=body)
                changed = True
        return changed

    def _order(self, ours: list[str], listing: list[dict[str, Any]] | None = None) -> None:
        """Emergencies first, then the console's schedule, then the owner's own assets."""
        current = sorted(self.assets() if listing is None else listing,
                         key=lambda a: (int(a.get("play_order") or 0), str(a.get("name"))))
        def rank(asset: dict[str, Any]) -> int:
            m = MARK.search(str(asset.get("name") or ""))
            return {"e": 0, "p": 1}.get(m.group(1), 2) if m else 3

        first = [a["asset_id"] for a in current if rank(a) < 2]
        first.sort(key=lambda i: next(rank(a) for a in current if a["asset_id"] == i))
        # every asset is listed: Anthias renumbers only the ids it is given
        kept = [a["asset_id"] for a in current if rank(a) == 2 and a["asset_id"] not in ours]
        others = [a["asset_id"] for a in current if rank(a) == 3]
        wanted = first + [i for i in ours if i not in first] + kept + others
        if wanted != [a["asset_id"] for a in current]:
            self._call("POST", "/assets/order", json={"ids": ",".join(wanted)})

    def deliver(self, schedule: dict[str, Any]) -> DeliveryOutcome:
        wants = self.wants(schedule)
        before_bytes, before_sent = self.bytes_sent, len(self.sent)
        created, deleted = self.sync(wants, "s")
        sent = set(self.sent[before_sent:])
        files = {w.sha for w in wants if w.sha}
        said = (Reason(QT_TRANSLATE_NOOP("Errors", "{created} asset(s) created, {deleted} "
                                         "removed"), {"created": created, "deleted": deleted})
                if created or deleted else
                Reason(QT_TRANSLATE_NOOP("Errors", "the board already shows this schedule")))
        return DeliveryOutcome(version=int(schedule.get("version", 0)),
                               bytes_sent=self.bytes_sent - before_bytes,
                               media_sent=sorted(s for s in files if s[:16] in sent),
                               media_skipped=sorted(s for s in files if s[:16] not in sent),
                               notes=[said])


    def push_schedule(self, schedule: dict[str, Any]) -> int:
        self.sync(self.wants(schedule), "s")
        return int(schedule.get("version", 0))

    # -- commands ------------------------------------------------------------------------
    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        kind = command.get("type")
        if kind in ("play_now", "emergency_start"):
            role = "e" if kind == "emergency_start" else "p"
            now = dt.datetime.now(STATION_TZ).replace(microsecond=0)
            ident = str(command.get("emergency_id") or command.get("id") or "now")
            shown = self._first_of(role, ident)
            if shown is not None:  # the same command again (a retry): it is on already
                if role == "e":
                    self._hold()
                self._call("GET", f"/assets/control/asset&{shown}")
                return {"id": command.get("id"), "accepted": True, "type": kind}
            text = command.get("text")
            entry = {"media": command.get("media") or [], "durations": command.get("durations"),
                     "title": command.get("title") or "", "repeat": "once",
                     "priority": "emergency" if role == "e" else "priority",
                     "text": [text] if text else []}
            wants = self._entry_wants(role, ident, entry, now)
            if not wants:  # nothing visual and no text: show the title
                entry["text"] = [str(command.get("title") or "")]
                wants = self._entry_wants(role, ident, entry, now)
            hours = EMERGENCY_HOURS if role == "e" else 1
            for want in wants:  # on screen now, until stopped (or a day at most)
                want.start, want.end = now - dt.timedelta(minutes=1), now + dt.timedelta(
                    hours=hours)
                want.days, want.time_from, want.time_to = ALL_DAYS, None, None
            self.sync(wants, role, ident)  # other emergencies on the board stay
            first = self._first_of(role, ident)
            if first is not None:
                self._call("GET", f"/assets/control/asset&{first}")
        elif kind == "emergency_stop":
            eid = command.get("emergency_id")
            self.sync([], "e", str(eid) if eid else None)  # the schedule comes back
        elif kind == "stop":
            if self.sync([], "p")[1]:
                self._call("GET", "/assets/control/next")
        elif kind == "set_volume":
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "a board has no loudspeaker volume "
                                                  "to set"))
        else:
            raise TargetRefused(QT_TRANSLATE_NOOP("Errors", "a board cannot {command}"),
                                command=command_name(kind))

        return {"id": command.get("id"), "accepted": True, "type": kind}

    def _first_of(self, role: str, ident: str) -> str | None:
        for asset in sorted(self.assets(), key=lambda a: int(a.get("play_order") or 0)):
            m = MARK.search(str(asset.get("name") or ""))
            if m and m.group(1) == role and m.group(2) == ident:
                return str(asset["asset_id"])
        return None

    # -- status --------------------------------------------------------------------------
    def status(self) -> DeviceStatus:
        try:
            info = self._call("GET", "/info").json()
            assets = self.assets()
        except TargetOffline as exc:
            return DeviceStatus(online=False, status="offline", detail=str(exc))
        except DeliveryError as exc:
            return DeviceStatus(online=False, status="unknown", detail=str(exc))
        self._zone = self._zone or _zone_of(info)
        active = sorted((a for a in assets if a.get("is_active")),
                        key=lambda a: int(a.get("play_order") or 0))
        emergency = [a for a in active if (m := MARK.search(str(a.get("name") or "")))
                     and m.group(1) == "e"]
        shown = emergency[0] if emergency else (active[0] if active else None)
        name = str(shown.get("name")) if shown else None
        if name:
            name = HELD.sub("", MARK.sub("", name)).strip()
        clock = info.get("time") if isinstance(info.get("time"), dict) else {}
        zone = f"; board time {clock.get('timezone')} ({clock.get('offset')})" if clock else ""
        return DeviceStatus(online=True, status="playing" if shown else "online",
                            now_playing=name, firmware=str(info.get("anthias_version") or ""),
                            clock=parse_time(clock.get("iso")) if clock else None,
                            detail=f"{len(active)} asset(s) active{zone}")

    def play_log(self, since: dt.datetime | None) -> list[PlayRecord]:
        return []  # Anthias keeps no play log: proof.py infers plays from status samples


if __name__ == "__main__":
    _child_main()
