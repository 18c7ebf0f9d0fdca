"""Commands to targets through the emergency or routine lane: emergency start and stop,
play now, stop, volume. Each is a DeliveryJob (kind 'command') with a fixed id, so a
retry after a crash is the same command to the device, never a second one.

The use cases (who may, what is audited, what is said) are in console.services.live_commands.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import DeliveryJob, DeliveryTarget
from ..models.base import utcnow
from ..models.enums import JobState, Lane, TargetKind
from .job_reason import NOT_NEEDED, set_reason

# A command that ends an earlier one when it is due (an FM relay's end): its id is here.
ENDS_JOB = "ends_job"

COMMAND_KINDS = (TargetKind.CLUSTER.value, TargetKind.BOARD.value, TargetKind.LOCAL.value)


def enabled_targets(session: Session, target_ids: list[str] | None) -> list[str]:
    """The enabled clusters, boards and local outputs among `target_ids` (all when None)."""
    query = select(DeliveryTarget.id).where(DeliveryTarget.enabled.is_(True),
                                            DeliveryTarget.kind.in_(COMMAND_KINDS))
    if target_ids:
        query = query.where(DeliveryTarget.id.in_(target_ids))
    return list(session.scalars(query.order_by(DeliveryTarget.id)))


def queue_commands(session: Session, targets: list[str], command: dict[str, Any],
                   lane: Lane) -> list[int]:
    """One job per target; each target's command id is derived from the command's.

    Any command but a timed end supersedes the timed ends still waiting for these targets
    (see timed_ends): they would end what this one starts."""
    if ENDS_JOB not in command:
        for job in timed_ends(session, targets):
            job.state = JobState.DELIVERED.value
            job.updated_at = utcnow()
            set_reason(job, NOT_NEEDED)
    jobs = []
    for target_id in targets:
        cmd = {**command, "id": str(uuid.uuid5(uuid.UUID(command["id"]), target_id))}
        job = DeliveryJob(programme_id=None, target_id=target_id, kind="command",
                          lane=lane.value, state=JobState.QUEUED.value,
                          payload={"command": cmd, "emergency_id": command.get("emergency_id")})
        session.add(job)
        jobs.append(job)
    session.flush()
    return [j.id for j in jobs]


def timed_ends(session: Session, targets: list[str] | None = None) -> list[DeliveryJob]:
    """Commands queued to end an earlier one when they are due (an FM relay's end), of
    these targets (all when None)."""
    query = select(DeliveryJob).where(DeliveryJob.kind == "command",
                                      DeliveryJob.state == JobState.QUEUED.value)
    if targets is not None:
        query = query.where(DeliveryJob.target_id.in_(targets))
    return [job for job in session.scalars(query)
            if ENDS_JOB in ((job.payload or {}).get("command") or {})]


def active_emergencies(session: Session) -> dict[str, list[str]]:
    """Emergency id → its targets still on it (an emergency may be ended on one target,
    e.g. this computer's speakers, and go on elsewhere)."""
    started: dict[str, list[str]] = {}
    stopped: dict[str, set[str]] = {}
    for payload, target in session.execute(select(DeliveryJob.payload, DeliveryJob.target_id)
                                           .where(DeliveryJob.kind == "command")
                                           .order_by(DeliveryJob.id)):
        eid = (payload or {}).get("emergency_id")
        kind = ((payload or {}).get("command") or {}).get("type")
        if eid and kind == "emergency_start":
            started.setdefault(eid, []).append(target)
        elif eid and kind == "emergency_stop":
            stopped.setdefault(eid, set()).add(target)
    out = {}
    for eid, targets in started.items():
        left = [t for t in targets if t not in stopped.get(eid, set())]
        if left:
            out[eid] = left
    return out
