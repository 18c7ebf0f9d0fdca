"""Shared pieces of the programme services: loading, plain rows, time helpers."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_
from sqlalchemy.orm import Session

from ...models import Programme, ProgrammeEntry
from ...models.base import utcnow
from ...models.enums import ProgrammeStatus
from ...timezone import STATION_TZ
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


def on_the_air() -> Any:
    """Programmes that air or may air: not templates, not rejected, not withdrawn."""
    return and_(Programme.is_template.is_(False),
                Programme.status.notin_((ProgrammeStatus.REJECTED.value,
                                         ProgrammeStatus.WITHDRAWN.value)))


def load(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no programme {id}"),
                       id=programme_id)
    return programme


def load_entry(session: Session, programme: Programme, entry_id: int) -> ProgrammeEntry:
    for entry in programme.entries:
        if entry.id == entry_id:
            return entry
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "programme {id} has no entry {entry}"),
                   id=programme.id, entry=entry_id)


def parse_station_time(text: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' on the station's wall clock (or ISO with an offset)."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "not a date and time: “{text}” (write YYYY-MM-DD HH:MM)"),
            text=text) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=STATION_TZ)
    return moment


def hhmm(value: str) -> dt.time:
    try:
        hours, minutes = value.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "not a time of day: “{text}” (write "
                                                       "HH:MM)"), text=value) from None


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
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0
    jingle: str | None = None     # intro | between | outro, for jingles placed together
    media_sha256: str | None = None
    text: str | None = None       # what a speech entry reads
    priority: str = "normal"      # the item's priority from the province
    file_length_s: float | None = None   # the whole file, before cue points
    item_kind: str | None = None  # the library item's kind (a picture shows on boards only)


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
    targets: str                  # "all", or village:NAME, device ids, group:NAME (comma list)
    next_airing: dt.datetime | None = None   # station time; None when none is coming
    repeat: str = "once"
    airings_week: int = 0         # airings in the coming seven days
    is_template: bool = False
    version: int = 1
    weekdays: tuple[int, ...] = ()   # 1 = Monday … 7 = Sunday, for a weekly repeat
    times: tuple[str, ...] = ()      # "HH:MM" start times of a day


# An edit to a programme in one of these states sends it back to draft.
_LOCKED = {ProgrammeStatus.SUBMITTED, ProgrammeStatus.APPROVED, ProgrammeStatus.SCHEDULED}


def begin_edit(session: Session, programme: Programme, actor: Actor, what: str) -> None:
    """Check the right to edit; an approved programme goes back to draft."""
    actor.require(Permission.EDIT_PROGRAMMES)
    if programme.status in _LOCKED:
        audit.record(session, actor, "programme.returned_to_draft", f"programme:{programme.id}",
                     from_status=programme.status, because=what)
        log.info("programme %s back to draft after %s", programme.id, what)
        programme.status = ProgrammeStatus.DRAFT.value
        programme.approved_by = None
        programme.approved_at = None
        programme.submitted_by = None
    if what != "quiet override":
        programme.quiet_override_reason = None  # a reason was given for the old content
        programme.quiet_override_by = None
    programme.version += 1
    programme.updated_at = utcnow()
