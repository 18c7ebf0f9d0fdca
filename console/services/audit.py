"""The append-only audit log: written in the same transaction as the action it records;
read by admins and leaders (filters by person, kind and dates), exported to XLSX."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import AuditEntry
from ..timezone import STATION_TZ, to_station
from .audit_subjects import subject_names, subject_ref
from .permissions import Actor, Permission


def record(session: Session, actor: Actor, action: str, subject: str | None = None,
           **detail: Any) -> None:
    session.add(AuditEntry(actor=actor.username, action=action, subject=subject, detail=detail))


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    action: str
    subject: str | None
    detail: dict[str, Any]
    id: int = 0
    # What the subject refers to (audit_subjects.py): its kind and id, and its name when
    # the object still exists; filled by query().
    subject_kind: str | None = None
    subject_id: str | None = None
    subject_name: str | None = None

    @property
    def kind(self) -> str:
        return kind_of(self.action)


def kind_of(action: str) -> str:
    """The kind of an action: its first word ("user.login" → "user")."""
    return action.split(".", 1)[0]


def recent(db: Database, limit: int = 200, action: str | None = None) -> list[AuditRow]:
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        return [_row(e) for e in session.scalars(query)]


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(entry.at, entry.actor, entry.action, entry.subject,
                    dict(entry.detail or {}), entry.id)


@dataclass(frozen=True)
class AuditFilter:
    """Who (as actor, or as the account acted on), which kind, which station-time dates."""

    person: str | None = None
    kind: str | None = None
    since: dt.date | None = None     # from this day, inclusive
    until: dt.date | None = None     # to this day, inclusive

    def conditions(self) -> list[Any]:
        found: list[Any] = []
        if self.person:
            found.append(or_(AuditEntry.actor == self.person,
                             and_(AuditEntry.action.like("user.%"),
                                  AuditEntry.subject == self.person)))
        if self.kind:
            found.append(or_(AuditEntry.action == self.kind,
                             AuditEntry.action.like(f"{self.kind}.%")))
        if self.since:
            found.append(AuditEntry.at >= _day_start(self.since))
        if self.until:
            found.append(AuditEntry.at < _day_start(self.until + dt.timedelta(days=1)))
        return found


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), STATION_TZ).astimezone(dt.UTC)


def query(db: Database, actor: Actor, flt: AuditFilter | None = None, *, limit: int = 500,
          before_id: int | None = None) -> list[AuditRow]:
    """Newest first; `before_id` pages back from the last row shown."""
    actor.require(Permission.VIEW_AUDIT)
    flt = flt or AuditFilter()
    stmt = select(AuditEntry).where(*flt.conditions()).order_by(AuditEntry.id.desc())
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    with db.read() as session:
        rows = [_row(e) for e in session.scalars(stmt.limit(limit))]
        refs = [subject_ref(r.action, r.subject) for r in rows]
        names = subject_names(session, refs)
    return [r if ref is None else replace(r, subject_kind=ref[0], subject_id=ref[1],
                                          subject_name=names.get(ref))
            for r, ref in zip(rows, refs, strict=True)]


def count(db: Database, actor: Actor, flt: AuditFilter | None = None) -> int:
    actor.require(Permission.VIEW_AUDIT)
    flt = flt or AuditFilter()
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(*flt.conditions())) or 0


def people_and_kinds(db: Database, actor: Actor) -> tuple[list[str], list[str]]:
    """The names and kinds that occur, for the viewer's filter lists."""
    actor.require(Permission.VIEW_AUDIT)
    with db.read() as session:
        people = sorted(session.scalars(select(AuditEntry.actor).distinct()))
        actions = session.scalars(select(AuditEntry.action).distinct())
        kinds = sorted({kind_of(a) for a in actions})
    return people, kinds


def describe_detail(detail: dict[str, Any]) -> str:
    """The detail as `key=value` pairs, for the table and the export."""
    return ", ".join(f"{key}={value}" for key, value in detail.items())


# Column headings of the exported log (document content, Vietnamese like the reports).
COLUMNS = ("Thời điểm", "Người thực hiện", "Thao tác", "Mã thao tác", "Đối tượng",
           "Chi tiết")
PAGE = 5000


def _all(db: Database, actor: Actor, flt: AuditFilter) -> Iterator[AuditRow]:
    before: int | None = None
    while True:
        page = query(db, actor, flt, limit=PAGE, before_id=before)
        yield from page
        if len(page) < PAGE:
            return
        before = page[-1].id


def export_xlsx(db: Database, actor: Actor, path: Path, flt: AuditFilter | None = None, *,
                describe: Callable[[AuditRow], str] | None = None,
                details: Callable[[AuditRow], str] | None = None,
                subject: Callable[[AuditRow], str] | None = None,
                who: Callable[[str], str] | None = None) -> int:
    """Write the filtered log to an XLSX workbook (atomically); returns the rows written.

    `who`, `describe`, `subject` and `details` give the "who", "what", "on what" and
    "details" columns in the reader's words (the viewer passes its own); the action's code
    stays in a column of its own."""
    from openpyxl import Workbook

    from .reports.export_log import atomic_path

    actor.require(Permission.VIEW_AUDIT)
    flt = flt or AuditFilter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Nhật ký thao tác")
    sheet.append(list(COLUMNS))
    written = 0
    for row in _all(db, actor, flt):
        sheet.append([to_station(row.at).strftime("%Y-%m-%d %H:%M:%S"),
                      who(row.actor) if who else row.actor,
                      describe(row) if describe else row.action, row.action,
                      subject(row) if subject else row.subject or "",
                      details(row) if details else describe_detail(row.detail)])
        written += 1
    with atomic_path(Path(path)) as tmp:
        book.save(tmp)
    return written
