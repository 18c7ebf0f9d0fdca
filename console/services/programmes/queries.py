"""Programmes as plain rows for the CLI and the window (never ORM objects)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...models import Programme, SourceItem, TargetGroup
from ...timezone import to_station
from .common import EntryRow, ProgrammeRow, load
from .timing import timeline, total_seconds


def _targets(session: Session, programme: Programme) -> str:
    if programme.all_targets:
        return "all"
    parts = []
    for row in programme.targets:
        if row.target_id:
            parts.append(row.target_id)
        elif row.group_id is not None:
            group = session.get(TargetGroup, row.group_id)
            parts.append(f"group:{group.name if group else row.group_id}")
    return ",".join(parts)


def _row(session: Session, programme: Programme) -> ProgrammeRow:
    return ProgrammeRow(
        id=programme.id, name=programme.name, status=programme.status,
        priority=programme.priority,
        start_at=to_station(programme.start_at) if programme.start_at else None,
        duration_s=round(total_seconds(programme), 3), slot_limit_s=programme.slot_limit_s,
        entries=len(programme.entries), approved_by=programme.approved_by,
        targets=_targets(session, programme))


def list_programmes(db: Database, *, status: str | None = None) -> list[ProgrammeRow]:
    query = select(Programme).order_by(Programme.start_at.is_(None), Programme.start_at,
                                       Programme.id)
    if status:
        query = query.where(Programme.status == status)
    with db.read() as session:
        return [_row(session, p) for p in session.scalars(query)]


def get_programme(db: Database, programme_id: int) -> tuple[ProgrammeRow, list[EntryRow]]:
    with db.read() as session:
        programme = load(session, programme_id)
        slots = {s.entry_id: s for s in timeline(programme)[0]}
        rows = []
        for entry in sorted(programme.entries, key=lambda e: e.position):
            item = session.get(SourceItem, entry.item_id) if entry.item_id else None
            slot = slots[entry.id]
            rows.append(EntryRow(
                id=entry.id, position=entry.position, kind=entry.kind,
                title=entry.title or "", item_id=entry.item_id, start_offset_s=slot.offset_s,
                duration_s=slot.length_s, volume_db=entry.volume_db, cue_in_s=entry.cue_in_s,
                cue_out_s=entry.cue_out_s, reviewed=item.reviewed if item else None,
                local=bool(item.local) if item else entry.kind in ("speech", "recording",
                                                                   "file")))
        return _row(session, programme), rows
