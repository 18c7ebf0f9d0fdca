"""The one interface every device protocol implements."""

from __future__ import annotations

import datetime as dt
import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from ...db.as_run import PlayRecord
from ...media.store import MediaStore
from ...text.translatable import QT_TRANSLATE_NOOP, ExplainedError, Reason

log = logging.getLogger(__name__)


class DeliveryError(ExplainedError):
    """A push that did not go through; `permanent` ones are not worth retrying soon. Its
    reason is what the job keeps (ExplainedError)."""

    permanent = False


class TargetOffline(DeliveryError):
    """The device or its gateway did not answer: retry when it comes back."""


class TargetRefused(DeliveryError):
    """The device answered no (bad key, bad request): retrying will not help by itself."""

    permanent = True


class MediaNotReady(DeliveryError):
    """A file is not (yet) verified in the console's cache."""


@dataclass(frozen=True)
class TargetInfo:
    """A plain copy of a DeliveryTarget row, safe to pass between threads."""

    id: str
    kind: str
    protocol: str
    address: str
    device_id: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class DeviceStatus:
    online: bool
    status: str = "unknown"  # TargetStatus value
    volume: int | None = None
    now_playing: str | None = None
    firmware: str | None = None
    schedule_version: int | None = None
    clock: dt.datetime | None = None
    detail: str = ""


@dataclass
class DeliveryOutcome:
    version: int | None
    bytes_sent: int = 0
    media_sent: list[str] = field(default_factory=list)
    media_skipped: list[str] = field(default_factory=list)
    # What else the device's answer says, each a sentence to show in the window's language.
    notes: list[Reason] = field(default_factory=list)


class DeviceAdapter(ABC):
    """Push media, push schedule, commands, status and play log for one target."""

    protocol: str = ""
    has_play_log = True  # False: as-run is inferred from status, and the UI says so
    # Whether its schedule can hold a relay (tiếp sóng): a stream the device itself plays at
    # a set time. The reference protocol's schedule holds files only (contracts §1).
    relays_on_schedule = False
    # Whether a play-now can be a relay: the device plays a stream URL until it is stopped.
    relays_now = False
    # Whether it takes a volume command (set_volume).
    sets_volume = True
    # Whether its loudspeakers have an FM receiver it can be told to play (fm_relay).
    tunes_fm = False
    # The sound format the target takes (a name in console.audio.formats.FORMATS); every
    # audio file is sent to it normalised and encoded so. None: it plays no sound.
    audio_format: str | None = "mp3"

    @classmethod
    def sound_format(cls, kind: str) -> str | None:
        """The format for a target of this protocol and `kind` (a TargetKind value)."""
        return cls.audio_format

    def __init__(self, target: TargetInfo, key: str | None, media: MediaStore,
                 media_url: Any = None, timeout_s: float = 15.0) -> None:
        self.target = target
        self.key = key
        self.media = media
        self.media_url = media_url  # (sha, device tag) -> URL where the device can fetch it
        self.timeout_s = timeout_s

    # -- the interface -------------------------------------------------------------------
    @abstractmethod
    def has_media(self, sha256: str) -> bool: ...

    @abstractmethod
    def push_media(self, sha256: str) -> int:
        """Send one file; returns the bytes sent."""

    @abstractmethod
    def push_schedule(self, schedule: dict[str, Any]) -> int:
        """Replace the device's schedule; returns the version it now holds."""

    @abstractmethod
    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        """play_now / stop / set_volume / emergency_start / emergency_stop, idempotent by id."""

    @abstractmethod
    def status(self) -> DeviceStatus: ...

    @abstractmethod
    def play_log(self, since: dt.datetime | None) -> list[PlayRecord]: ...

    # -- built on it ---------------------------------------------------------------------
    def deliver(self, schedule: dict[str, Any]) -> DeliveryOutcome:
        """Media first (only what the device lacks), then the schedule that uses them."""
        outcome = DeliveryOutcome(version=None)
        for sha in schedule_media(schedule):
            if self.has_media(sha):
                outcome.media_skipped.append(sha)
                continue
            outcome.bytes_sent += self.push_media(sha)
            outcome.media_sent.append(sha)
        outcome.version = self.push_schedule(schedule)
        return outcome

    def ensure_media(self, shas: list[str]) -> int:
        """Before a play-now or emergency: the device must hold the files; returns bytes."""
        sent = 0
        for sha in shas:
            if not self.has_media(sha):
                sent += self.push_media(sha)
        return sent

    def local_file(self, sha256: str) -> Any:
        path = self.media.path(sha256)
        if not path.is_file():
            raise MediaNotReady(QT_TRANSLATE_NOOP("Errors", "file {file} is not in the media "
                                                  "cache yet"), file=sha256[:12])

        return path


def schedule_media(schedule: dict[str, Any]) -> list[str]:
    """Every file a schedule plays, each once, in order."""
    seen: dict[str, None] = {}
    for entry in schedule.get("entries", []):
        for sha in entry.get("media") or []:
            seen.setdefault(sha, None)
    return list(seen)


def parse_time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is None:  # a device clock without offset is station time
        from ...timezone import STATION_TZ

        moment = moment.replace(tzinfo=STATION_TZ)
    return moment
