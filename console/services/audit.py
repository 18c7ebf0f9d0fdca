"""The append-only audit log: written in the same transaction as the action it records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import AuditEntry
from .permissions import Actor


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


def recent(db: Database, limit: int = 200, action: str | None = None) -> list[AuditRow]:
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if action:
            query = query.where(AuditEntry.action == action)
        return [
            AuditRow(e.at, e.actor, e.action, e.subject, dict(e.detail or {}))
            for e in session.scalars(query)
        ]
