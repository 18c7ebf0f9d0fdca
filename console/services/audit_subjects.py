"""What an audit entry's subject refers to, by name: "programme:12" is the programme
"Chương trình phát thanh buổi sáng", a bare item id is that bulletin's title.

The log keeps the subject as it was recorded (ids stay true when names change); the names
are looked up when the log is read, one query per kind of subject for a whole page. A
subject whose object is gone (a deleted draft) keeps its id and gets no name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    AuditEntry,
    DeliveryTarget,
    PlanTheme,
    Programme,
    Propagandist,
    Report,
    SourceItem,
    TeamActivity,
    Training,
    User,
)
from .reports.periods import period_of

# kind -> (id column, name column, whether ids are integers)
_NAMED: dict[str, tuple[Any, Any, bool]] = {
    "programme": (Programme.id, Programme.name, True),
    "item": (SourceItem.id, SourceItem.title, False),
    "theme": (PlanTheme.id, PlanTheme.title, True),
    "propagandist": (Propagandist.id, Propagandist.name, True),
    "training": (Training.id, Training.title, True),
    "activity": (TeamActivity.id, TeamActivity.title, True),
    "user": (User.username, User.display_name, False),
    "device": (DeliveryTarget.id, DeliveryTarget.name, False),
}
# Kinds whose ids an entry may join with commas (several devices, several emergencies):
# named together.
_LISTED = {"device", "emergency"}
# Actions that record the bare id of what they acted on.
_BARE = {"media.pin": "item", "media.unpin": "item", "contribution.send": "item",
         "emergency.recording": "item", "programme.push": "programme",
         "library.edit": "item", "library.import": "item",
         "device.play_now": "device", "device.quiet_override": "device",
         "device.unexpected_play": "device", "device.unexpected_play.acknowledged": "device",
         "report.approve": "report", "report.build": "report", "report.edit": "report",
         "report.refresh": "report", "report.reopen": "report", "report.submit": "report",
         "emergency.start": "emergency", "emergency.stop": "emergency"}


def subject_ref(action: str, subject: str | None) -> tuple[str, str] | None:
    """(kind, id) of what the entry is about, when it names an object; else None."""
    if not subject:
        return None
    kind, sep, ident = subject.partition(":")
    if sep and kind in _NAMED and ident:
        return kind, ident
    if action in _BARE:
        return _BARE[action], subject
    if action.startswith("user."):
        return "user", subject
    return None


def subject_names(session: Session,
                  refs: Iterable[tuple[str, str] | None]) -> dict[tuple[str, str], str]:
    """The names of the objects `refs` point at, those that still exist. A report's name
    is its period's code ("2026-11", "2026-Q4": the window words it); an emergency's, the
    title it went on air with (it has no row of its own: its start's entry keeps it);
    devices or emergencies named together are joined with ", " (an id for one that is
    gone)."""
    refs = [r for r in refs if r is not None]
    wanted: dict[str, set[str]] = defaultdict(set)
    for kind, ident in refs:
        wanted[kind].update(ident.split(",") if kind in _LISTED else (ident,))
    found = _names(session, wanted)
    for kind, ident in refs:
        if kind in _LISTED and "," in ident:
            ids = ident.split(",")
            if any((kind, i) in found for i in ids):
                found[(kind, ident)] = ", ".join(found.get((kind, i), i) for i in ids)
    return found


def _names(session: Session, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for kind, idents in wanted.items():
        for ident, name in _NAMERS.get(kind, _column_names)(session, kind, idents):
            if name:
                found[(kind, str(ident))] = str(name)
    return found


Named = Iterator[tuple[Any, str | None]]


def _chunks(keys: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(keys), 500):  # within every database's parameter limit
        yield keys[start:start + 500]


def _column_names(session: Session, kind: str, idents: set[str]) -> Named:
    id_col, name_col, numeric = _NAMED[kind]
    keys: list[Any] = [int(i) for i in idents if i.isdigit()] if numeric else list(idents)
    for chunk in _chunks(keys):
        yield from session.execute(select(id_col, name_col).where(id_col.in_(chunk)))


def _report_names(session: Session, _kind: str, idents: set[str]) -> Named:
    for chunk in _chunks(list(idents)):
        for ident, kind, year, index in session.execute(
                select(Report.id, Report.period_kind, Report.year, Report.period_index)
                .where(Report.id.in_(chunk))):
            try:
                yield ident, period_of(kind, year, index).code
            except (ValueError, KeyError):  # a period this version does not know
                continue


def _emergency_names(session: Session, _kind: str, idents: set[str]) -> Named:
    for chunk in _chunks(list(idents)):
        for ident, detail in session.execute(
                select(AuditEntry.subject, AuditEntry.detail).where(
                    AuditEntry.action == "emergency.start", AuditEntry.subject.in_(chunk))):
            yield ident, (detail or {}).get("title") if isinstance(detail, dict) else None


# Kinds named otherwise than by a column of their own row.
_NAMERS: dict[str, Callable[[Session, str, set[str]], Named]] = {
    "report": _report_names, "emergency": _emergency_names}
