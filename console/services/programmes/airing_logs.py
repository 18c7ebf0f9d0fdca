"""What the devices' play logs say of one airing of a programme: on how many devices it was
played (whole or in part) and on how many it could not be. Today's list and the schedule's
past airings show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import AsRunEntry
from ...models.enums import PlayResult, ProgrammeStatus

# A device's log of an airing: from a little before its start to some time after its end
# (a late start, a cluster's clock a minute off).
LOG_BEFORE = dt.timedelta(minutes=5)
LOG_AFTER = dt.timedelta(minutes=30)
_PLAYED = {PlayResult.SUCCESS.value, PlayResult.PARTIAL.value}
# Sent to the devices: an airing of any other state never was.
SENT = (ProgrammeStatus.APPROVED.value, ProgrammeStatus.SCHEDULED.value)


@dataclass(frozen=True)
class AiringLog:
    started: bool = False   # its time has come
    played: int = 0         # devices whose play log has it played, whole or in part
    failed: int = 0         # devices whose play log says it could not be played
    entry_ids: tuple[str, ...] = ()  # the play logs read (the broadcast log's drill-down)


def airing_log(session: Session, programme_id: int, start: dt.datetime, end: dt.datetime,
               now: dt.datetime) -> AiringLog:
    """The play logs of the airing from `start` to `end` (nothing read before its time)."""
    if start > now:
        return AiringLog()
    results: dict[str, set[str]] = {}
    ids = []
    for entry_id, target, result in session.execute(
            select(AsRunEntry.id, AsRunEntry.target_id, AsRunEntry.result).where(
                AsRunEntry.programme_id == programme_id,
                AsRunEntry.started_at >= start - LOG_BEFORE,
                AsRunEntry.started_at < end + LOG_AFTER)):
        results.setdefault(target, set()).add(result)
        ids.append(entry_id)
    played = sum(1 for found in results.values() if found & _PLAYED)
    failed = sum(1 for found in results.values()
                 if PlayResult.FAILED.value in found and not found & _PLAYED)
    return AiringLog(True, played, failed, tuple(ids))
