"""Local playout: this computer's sound card as a delivery target (protocol "local").

The "device" is the console's own player (`console.playout.engine`), which runs while the
window is open. Delivering means writing the schedule and the commands where the player
reads them (`console.playout.store`); the files are already in the console's media cache,
so nothing is copied. Like every device it is idempotent: the same schedule version or
the same command id changes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import Any

from ...media.playout_store import PlayoutStore
from ...text.translatable import QT_TRANSLATE_NOOP
from .base import DeviceAdapter, DeviceStatus, PlayRecord, TargetOffline

log = logging.getLogger(__name__)

HEARTBEAT_STALE_S = 90.0  # the player writes its state every few seconds while it runs


class LocalAdapter(DeviceAdapter):
    protocol = "local"
    audio_format = "flac"  # the sound card feeds a transmitter: no second lossy step
    # The player writes its as-run entries (and its misses) itself, source "local".
    has_play_log = True
    logs_own_plays = True
    relays_on_schedule = True  # the player plays a relay's stream through the sound card
    relays_now = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The media cache is <data>/media; the player's files sit next to it.
        self.store = PlayoutStore(self.media.root.parent, self.target.id)

    def has_media(self, sha256: str) -> bool:
        return self.media.has(sha256)

    def push_media(self, sha256: str) -> int:
        self.local_file(sha256)  # raises MediaNotReady until the download is verified
        return 0

    def push_schedule(self, schedule: dict[str, Any]) -> int:
        return self.store.save_schedule(schedule)

    def player_running(self) -> bool:
        state = self.store.read_state()
        age = time.time() - float(state.get("updated_at") or 0)
        return bool(state) and state.get("running") is not False and age <= HEARTBEAT_STALE_S

    def command(self, command: dict[str, Any]) -> dict[str, Any]:
        # With the window closed nothing would play it now: not acknowledged, and the job
        # waits (like a cluster that is away) until the window is opened again.
        if not self.player_running():
            raise TargetOffline(QT_TRANSLATE_NOOP("Errors", "the console window is not open: "
                                                  "nothing plays through this computer's "
                                                  "speakers"))

        fresh = self.store.add_command({k: v for k, v in command.items() if k != "schedule"})
        return {"id": command.get("id"), "accepted": True, "type": command.get("type"),
                "queued": fresh}

    def status(self) -> DeviceStatus:
        state = self.store.read_state()
        version = int(self.store.load_schedule().get("version") or 0) or None
        if not self.player_running():
            return DeviceStatus(
                online=False, status="offline", schedule_version=version,
                detail="the console window is not open: nothing plays through this "
                       "computer's speakers")
        playing = bool(state.get("now_playing"))
        return DeviceStatus(
            online=True, status="playing" if playing else "online",
            volume=state.get("volume"), now_playing=state.get("now_playing"),
            firmware="local player", schedule_version=version,
            clock=dt.datetime.now(dt.UTC), detail=str(state.get("detail") or ""))

    def play_log(self, since: dt.datetime | None) -> list[PlayRecord]:
        return []  # the player stores its as-run entries in the database itself
