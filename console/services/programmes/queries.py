"""Programmes as plain rows for the CLI and the window (never ORM objects)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...models import Programme, SourceItem
from ...models.enums import ProgrammeStatus
from ...text.folding import fold
from ...timezone import STATION_TZ, station_now, to_station
from .common import EntryRow, ProgrammeRow, load
from .schedule import occurrences
from .targets import choice_of
from .timing import timeline, total_seconds

WEEK = 7


def _row(session: Session, programme: Programme, now: dt.datetime) -> ProgrammeRow:
    sched = programme.schedule
    coming = [s for s in occurrences(programme, now, WEEK + 1) if s >= now] \
        if not programme.is_template else []
    week_end = now + dt.timedelta(days=WEEK)
    later = coming[0] if coming else None
    if later is None and not programme.is_template and programme.schedule is not None \
            and programme.schedule.repeat not in ("once", "now"):
        found = [s for s in occurrences(programme, now, 400) if s >= now]
        later = found[0] if found else None
    return ProgrammeRow(
        id=programme.id, name=programme.name, status=programme.status,
        priority=programme.priority,
        start_at=to_station(programme.start_at) if programme.start_at else None,
        duration_s=round(total_seconds(programme), 3), slot_limit_s=programme.slot_limit_s,
        entries=len(programme.entries), approved_by=programme.approved_by,
        targets=choice_of(session, programme).spec(), next_airing=later,
        repeat=programme.schedule.repeat if programme.schedule is not None else "once",
        airings_week=sum(1 for s in coming if s < week_end),
        is_template=programme.is_template, version=programme.version,
        weekdays=tuple(sched.weekdays or ()) if sched is not None else (),
        times=tuple(sched.times or ()) if sched is not None else ())


def list_programmes(db: Database, *, status: str | None = None, search: str = "",
                    day: dt.date | None = None, week_of: dt.date | None = None,
                    templates: bool = False, now: dt.datetime | None = None
                    ) -> list[ProgrammeRow]:
    """Programmes (or templates), soonest first. `day` keeps those airing that day,
    `week_of` those airing in the Monday-to-Sunday week of that date; `search` matches the
    name with or without accents; `status` one state ("active" = not rejected or withdrawn)."""
    now = now or station_now()
    query = select(Programme).where(Programme.is_template.is_(templates)).order_by(
        Programme.start_at.is_(None), Programme.start_at, Programme.id)
    if status == "active":
        query = query.where(Programme.status.notin_(
            (ProgrammeStatus.REJECTED.value, ProgrammeStatus.WITHDRAWN.value)))
    elif status:
        query = query.where(Programme.status == status)
    window: tuple[dt.datetime, dt.datetime] | None = None
    if day is not None:
        first = dt.datetime.combine(day, dt.time(), STATION_TZ)
        window = (first, first + dt.timedelta(days=1))
    elif week_of is not None:
        monday = week_of - dt.timedelta(days=week_of.isoweekday() - 1)
        first = dt.datetime.combine(monday, dt.time(), STATION_TZ)
        window = (first, first + dt.timedelta(days=WEEK))
    wanted = fold(search.strip()) if search.strip() else ""
    rows = []
    with db.read() as session:
        for programme in session.scalars(query):
            if wanted and wanted not in fold(programme.name):
                continue
            if window is not None and not any(
                    window[0] <= s < window[1]
                    for s in occurrences(programme, window[0], (window[1] - window[0]).days)):
                continue
            rows.append(_row(session, programme, now))
    return rows


def get_programme(db: Database, programme_id: int) -> tuple[ProgrammeRow, list[EntryRow]]:
    with db.read() as session:
        programme = load(session, programme_id)
        slots = {s.entry_id: s for s in timeline(programme)[0]}
        rows = []
        for entry in sorted(programme.entries, key=lambda e: e.position):
            item = session.get(SourceItem, entry.item_id) if entry.item_id else None
            slot = slots[entry.id]
            options = entry.options or {}
            rows.append(EntryRow(
                id=entry.id, position=entry.position, kind=entry.kind,
                title=entry.title or "", item_id=entry.item_id, start_offset_s=slot.offset_s,
                duration_s=slot.length_s, volume_db=entry.volume_db, cue_in_s=entry.cue_in_s,
                cue_out_s=entry.cue_out_s, reviewed=item.reviewed if item else None,
                local=bool(item.local) if item else entry.kind in ("speech", "recording",
                                                                   "file"),
                fade_in_s=float(options.get("fade_in_s") or 0.0),
                fade_out_s=float(options.get("fade_out_s") or 0.0),
                jingle=options.get("jingle"), media_sha256=entry.media_sha256,
                text=entry.text, priority=item.priority if item else "normal",
                file_length_s=entry.duration_s, item_kind=item.kind if item else None))
        return _row(session, programme, station_now()), rows
