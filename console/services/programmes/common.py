"""Shared pieces of the programme services: loading, plain rows, time helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ...models import Programme, ProgrammeEntry
from ...timezone import STATION_TZ
from ..errors import InvalidInput, NotFound


def load(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(f"there is no programme {programme_id}")
    return programme


def load_entry(session: Session, programme: Programme, entry_id: int) -> ProgrammeEntry:
    for entry in programme.entries:
        if entry.id == entry_id:
            return entry
    raise NotFound(f"programme {programme.id} has no entry {entry_id}")


def parse_station_time(text: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' on the station's wall clock (or ISO with an offset)."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"not a date and time: {text!r} (write YYYY-MM-DD HH:MM)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=STATION_TZ)
    return moment


def hhmm(value: str) -> dt.time:
    try:
        hours, minutes = value.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise InvalidInput(f"not a time of day: {value!r} (write HH:MM)") from None


def fmt_duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


@dataclass(frozen=True)
class EntryRow:
    id: int
    position: int
    kind: str
    title: str
    item_id: str | None
    start_offset_s: float
    duration_s: float | None      # the played length, after cue points
    volume_db: float
    cue_in_s: float
    cue_out_s: float | None
    reviewed: bool | None         # province editorial board reviewed it (items only)
    local: bool                   # made in the commune: needs the leader's approval


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    status: str
    priority: str
    start_at: dt.datetime | None  # station time
    duration_s: float
    slot_limit_s: float | None
    entries: int
    approved_by: str | None
    targets: str
