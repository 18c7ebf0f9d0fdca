"""What the devices' play logs say of one airing of a programme: on how many devices it was
played (whole or in part) and on how many it could not be. Today's list and the schedule's
past airings show it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
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


Airing = tuple[int, dt.datetime, dt.datetime]  # (programme id, start, end)


def airing_log(session: Session, programme_id: int, start: dt.datetime, end: dt.datetime,
               now: dt.datetime) -> AiringLog:
    """The play logs of the airing from `start` to `end` (nothing read before its time)."""
    return airing_logs(session, [(programme_id, start, end)], now)[0]


def airing_logs(session: Session, airings: Sequence[Airing],
                now: dt.datetime) -> list[AiringLog]:
    """airing_log() of each airing, in order, read with one query (a week holds dozens)."""
    started = [a for a in airings if a[1] <= now]
    if not started:
        return [AiringLog() for _ in airings]
    logs: dict[int, list[tuple[str, str, str, dt.datetime]]] = {}
    for row in session.execute(
            select(AsRunEntry.programme_id, AsRunEntry.id, AsRunEntry.target_id,
                   AsRunEntry.result, AsRunEntry.started_at).where(
                AsRunEntry.programme_id.in_({a[0] for a in started}),
                AsRunEntry.started_at >= min(a[1] for a in started) - LOG_BEFORE,
                AsRunEntry.started_at < max(a[2] for a in started) + LOG_AFTER)):
        logs.setdefault(row[0], []).append(tuple(row[1:]))  # type: ignore[arg-type]
    return [_counted(logs.get(programme_id, ()), start, end) if start <= now else AiringLog()
            for programme_id, start, end in airings]


def _counted(entries: Iterable[tuple[str, str, str, dt.datetime]], start: dt.datetime,
             end: dt.datetime) -> AiringLog:
    """Each device once, by its best play, among its programme's logs around the airing."""
    results: dict[str, set[str]] = {}
    ids = []
    for entry_id, target, result, started_at in entries:
        if start - LOG_BEFORE <= started_at < end + LOG_AFTER:
            results.setdefault(target, set()).add(result)
            ids.append(entry_id)
    played = sum(1 for found in results.values() if found & _PLAYED)
    failed = sum(1 for found in results.values()
                 if PlayResult.FAILED.value in found and not found & _PLAYED)
    return AiringLog(True, played, failed, tuple(ids))
