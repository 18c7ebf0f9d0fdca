"""Pushing an approved programme: one delivery job per target, audited, in the caller's
transaction (approval pushes in the same one)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..delivery.jobs import (
    PUSHABLE,
    NoStartTime,
    build_payload,
    queue_programme_jobs,
    resolve_targets,
)
from ..models import Programme
from ..models.enums import Lane
from . import audit
from .errors import InvalidInput, NotFound
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP


def create_delivery_jobs(session: Session, programme_id: int, actor: Actor) -> list[int]:
    """Queue the programme's newest version for every target that does not have it yet.

    A re-push of the same version creates nothing. The caller commits, then wakes the
    sender (console.delivery.lanes.wake()).
    """
    actor.require(Permission.PUSH)
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "no programme {id}"), id=programme_id)
    if programme.status not in PUSHABLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "an unapproved programme cannot be pushed (programme "
                                        "{id} is {status})"),
            id=programme_id, status=programme.status)
    targets = resolve_targets(session, programme)
    if not targets:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the programme has no enabled cluster or board to go to"))
    try:
        payload = build_payload(session, programme)
    except NoStartTime as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "programme {id} has no start time"),
                           id=programme_id) from exc
    if not any(e["media"] or e["text"] for e in payload["entries"]):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the programme has nothing to play (no file in any entry)"))
    created = queue_programme_jobs(session, programme, targets, payload)
    lane = Lane.EMERGENCY if programme.priority == "emergency" else Lane.ROUTINE
    audit.record(session, actor, "programme.push", str(programme_id),
                 version=programme.version, targets=len(targets), new_jobs=len(created),
                 lane=lane.value)
    return [job.id for job in created]
