"""When the commands a cluster acknowledged played: play now, a relay, an FM relay, an
emergency.

A command plays from its delivery (the device's acknowledgement) until its length is up,
or until the next command that starts or stops a play reaches the same cluster, whichever
comes first; an emergency, and a relay without a length, until stopped. The vendor
gateway protocol keeps no play log, so this is what the console knows of those plays: the
gateway watch (services/gateway_watch.py) uses it to tell the console's own plays from
foreign ones, proof of play (proof.py) to put them in the broadcast log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import DeliveryJob
from ..models.enums import JobState
from .commands import ENDS_JOB
from .job_reason import NOT_NEEDED

STARTS = ("play_now", "emergency_start", "fm_relay")  # fm_relay: its FM receiver plays
STOPS = ("stop", "emergency_stop")
DEFAULT_FILE_S = 60.0  # a file of unknown length (as the gateway playlist has it)


@dataclass(frozen=True)
class CommandPlay:
    """One command that started a play on a cluster."""

    command: dict[str, Any]
    start: dt.datetime
    end: dt.datetime | None   # None: still playing (it lasts until stopped)
    cut_short: bool           # ended by a later command before its length was up


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def files_length(durations: list[Any] | None, files: int) -> dt.timedelta:
    """How long files play: their durations, a minute for each file without one."""
    total = sum(float(d) if d else DEFAULT_FILE_S for d in durations or [])
    total += DEFAULT_FILE_S * max(0, files - len(durations or []))
    return dt.timedelta(seconds=total or DEFAULT_FILE_S)


def command_length(command: dict[str, Any]) -> dt.timedelta | None:
    """How long a command plays when nothing stops it; None: until stopped."""
    if command.get("type") == "emergency_start" or (command.get("stream_url")
                                                    and not command.get("durations")):
        return None
    return files_length(command.get("durations"), len(command.get("media") or []))


def _not_sent(job_reason: Any, command: dict[str, Any]) -> bool:
    """A timed end taken off the queue by a later command: marked delivered, never sent."""
    return ENDS_JOB in command and job_reason == NOT_NEEDED.to_json()


def acknowledged_commands(session: Session, target_id: str
                          ) -> list[tuple[dict[str, Any], dt.datetime]]:
    """The commands this target acknowledged, with when, oldest first."""
    out = []
    for payload, updated, reason in session.execute(
            select(DeliveryJob.payload, DeliveryJob.updated_at, DeliveryJob.reason).where(
                DeliveryJob.target_id == target_id, DeliveryJob.kind == "command",
                DeliveryJob.state == JobState.DELIVERED.value).order_by(DeliveryJob.id)):
        command = (payload or {}).get("command")
        if command and not _not_sent(reason, command):
            out.append((command, _aware(updated)))
    return out


def command_plays(commands: list[tuple[dict[str, Any], dt.datetime]]) -> list[CommandPlay]:
    """The plays the commands started (acknowledged_commands(), oldest first)."""
    turns = [(command, at) for command, at in commands
             if command.get("type") in STARTS + STOPS]
    plays = []
    for i, (command, at) in enumerate(turns):
        if command.get("type") not in STARTS:
            continue
        length = command_length(command)
        by_length = at + length if length is not None else None
        following = turns[i + 1][1] if i + 1 < len(turns) else None
        if following is not None and (by_length is None or following < by_length):
            plays.append(CommandPlay(command, at, max(at, following), True))
        else:
            plays.append(CommandPlay(command, at, by_length, False))
    return plays
