"""draft → submitted → approved / rejected → scheduled, every step audited.

Approving a programme with a start schedules it in the same transaction, which also writes
its delivery jobs to the outbox (console.delivery.jobs): approved and queued, or neither.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ...delivery import lanes
from ...models import Programme, SourceItem
from ...models.base import utcnow
from ...models.enums import EntryKind, ProgrammeStatus
from .. import audit
from ..air_audio import PrepareProgress
from ..errors import InvalidInput
from ..permissions import Actor, Permission
from ..push import create_delivery_jobs, prepare_programme
from ..translatable import QT_TRANSLATE_NOOP
from .checks import Problem, check_programme
from .common import load

if TYPE_CHECKING:
    from ...station import StationContext

log = logging.getLogger(__name__)

MIN_REASON_CHARS = 10
S = ProgrammeStatus


@dataclass(frozen=True)
class ApprovalResult:
    status: str
    jobs: list[int]
    note: str = ""                          # English, for the command line
    not_scheduled: InvalidInput | None = None  # why it was approved but not scheduled


def _subject(programme: Programme) -> str:
    return f"programme:{programme.id}"


def _transition(session: Session, actor: Actor, programme: Programme, to: ProgrammeStatus,
                action: str, **detail: object) -> None:
    audit.record(session, actor, action, _subject(programme), from_status=programme.status,
                 to_status=to.value, version=programme.version, **detail)
    log.info("programme %s: %s -> %s by %s", programme.id, programme.status, to, actor.username)
    programme.status = to.value


class ChecksFailed(InvalidInput):
    """Submission or approval stopped by the checks; `problems` says which, with codes."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        # {reasons} is the checks' English reasons; the window says each in its own words
        # from the problems' codes (console.ui.errors).
        super().__init__(message, reasons=_reasons(problems))
        self.problems = problems


def _reasons(problems: list[Problem]) -> str:
    return "; ".join(p.reason for p in problems)


def submit(ctx: StationContext, actor: Actor, programme_id: int) -> None:
    actor.require(Permission.EDIT_PROGRAMMES)
    report = check_programme(ctx, programme_id)
    # Quiet hours are the leader's to override at approval; everything else is fixed first.
    stop = [p for p in report.blocking if p.code != "quiet_hours"]
    if stop:
        raise ChecksFailed(
            QT_TRANSLATE_NOOP("Errors", "it cannot be submitted yet: {reasons}"), stop)
    with ctx.db.write() as session:
        programme = load(session, programme_id)
        if programme.is_template:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a template is not submitted; make a programme from "
                                            "it"))
        if programme.status not in (S.DRAFT, S.REJECTED):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "only a draft can be submitted (it is {status})"),
                status=programme.status)
        programme.submitted_by = actor.username
        _transition(session, actor, programme, S.SUBMITTED, "programme.submit")


def override_quiet_hours(ctx: StationContext, actor: Actor, programme_id: int,
                         reason: str) -> None:
    """A leader allows this programme outside quiet hours, with a written reason."""
    actor.require(Permission.OVERRIDE_QUIET_HOURS)
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON_CHARS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "write the reason for playing during quiet hours (at "
                                        "least {count} characters)"), count=MIN_REASON_CHARS)
    with ctx.db.write() as session:
        programme = load(session, programme_id)
        programme.quiet_override_reason = reason
        programme.quiet_override_by = actor.username
        audit.record(session, actor, "programme.quiet_override", _subject(programme),
                     reason=reason, start_at=programme.start_at.isoformat()
                     if programme.start_at else None, version=programme.version)


def reject(ctx: StationContext, actor: Actor, programme_id: int, comment: str) -> None:
    actor.require(Permission.APPROVE_PROGRAMMES)
    comment = comment.strip()
    if not comment:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "say why it is rejected, so the editor can fix it"))
    with ctx.db.write() as session:
        programme = load(session, programme_id)
        if programme.status not in (S.DRAFT, S.SUBMITTED):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a programme that is {status} cannot be rejected"),
                status=programme.status)
        programme.review_comment = comment
        _transition(session, actor, programme, S.REJECTED, "programme.reject", comment=comment)


def _local_items(session: Session, programme: Programme) -> list[str]:
    ids = [e.item_id for e in programme.entries if e.kind == EntryKind.ITEM and e.item_id]
    local = [i for i in ids if (item := session.get(SourceItem, i)) is not None and item.local]
    made_here = [str(e.id) for e in programme.entries
                 if e.kind in (EntryKind.SPEECH, EntryKind.RECORDING, EntryKind.FILE)]
    return local + [f"entry:{n}" for n in made_here]


def approve(ctx: StationContext, actor: Actor, programme_id: int, *,
            quiet_reason: str | None = None, schedule: bool = True,
            comment: str | None = None, requested_by: str | None = None,
            progress: PrepareProgress | None = None) -> ApprovalResult:
    """Approve (from draft or submitted); then schedule it when it has a start.
    `progress` hears how the sound's preparation goes (air_audio.prepare), which can take
    a minute the first time for a long programme."""
    actor.require(Permission.APPROVE_PROGRAMMES)
    if quiet_reason:
        override_quiet_hours(ctx, actor, programme_id, quiet_reason)
    report = check_programme(ctx, programme_id)
    if report.blocking:
        raise ChecksFailed(QT_TRANSLATE_NOOP("Errors", "it cannot be approved: {reasons}"),
                           report.blocking)
    unready = _prepare_sound(ctx, programme_id, progress) if schedule else None
    with ctx.db.write() as session:
        programme = load(session, programme_id)
        if programme.status not in (S.DRAFT, S.SUBMITTED):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a programme that is {status} cannot be approved"),
                status=programme.status)
        programme.approved_by = actor.username
        programme.approved_at = utcnow()
        programme.review_comment = comment
        if programme.is_template:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a template is not approved; make a programme from it"))
        extra = {"requested_by": requested_by} if requested_by else {}
        _transition(session, actor, programme, S.APPROVED, "programme.approve",
                    local_content=_local_items(session, programme), comment=comment, **extra)
        if not schedule or (programme.start_at is None and programme.schedule is None):
            return ApprovalResult(programme.status, [])
        result = _schedule(session, actor, programme, unready)
    return _jobs_queued(result)


def _prepare_sound(ctx: StationContext, programme_id: int,
                   progress: PrepareProgress | None = None) -> InvalidInput | None:
    """The encodes at the station's loudness, made before the transaction; the reason when
    they could not be (the programme is then approved but not scheduled)."""
    try:
        prepare_programme(ctx, programme_id, progress=progress)
    except InvalidInput as exc:
        log.warning("programme %s: sound not prepared: %s", programme_id, exc)
        return exc
    return None


def approve_signed_in(ctx: StationContext, at_pc: Actor, username: str, password: str,
                      programme_id: int, *, quiet_reason: str | None = None,
                      comment: str | None = None,
                      progress: PrepareProgress | None = None) -> ApprovalResult:
    """An approver signs in at this PC for this one approval (the session stays the
    operator's); the audit names both."""
    from ..users import UserService

    approver = UserService(ctx.db).authenticate(username, password)
    approver.require(Permission.APPROVE_PROGRAMMES)
    with ctx.db.write() as session:
        audit.record(session, approver, "programme.approval_sign_in",
                     f"programme:{programme_id}", requested_by=at_pc.username)
    return approve(ctx, approver, programme_id, quiet_reason=quiet_reason, comment=comment,
                   requested_by=at_pc.username, progress=progress)


def schedule_programme(ctx: StationContext, actor: Actor, programme_id: int) -> ApprovalResult:
    """approved → scheduled, with its delivery jobs in the same transaction."""
    unready = _prepare_sound(ctx, programme_id)
    with ctx.db.write() as session:
        programme = load(session, programme_id)
        if programme.status != S.APPROVED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "only an approved programme can be scheduled (it "
                                            "is {status})"), status=programme.status)
        result = _schedule(session, actor, programme, unready)
    return _jobs_queued(result)


def _jobs_queued(result: ApprovalResult) -> ApprovalResult:
    """After the commit: the sender looks at the new jobs now, not at its next tick."""
    if result.jobs:
        lanes.wake()
    return result


def _schedule(session: Session, actor: Actor, programme: Programme,
              unready: InvalidInput | None = None) -> ApprovalResult:
    actor.require(Permission.PUSH)
    try:
        if unready:  # a file that cannot go on air at the station's loudness
            raise unready
        with session.begin_nested():  # a refusal rolls back the jobs, not the approval
            jobs = create_delivery_jobs(session, programme.id, actor)
    except InvalidInput as exc:
        audit.record(session, actor, "programme.schedule_failed", _subject(programme),
                     reason=str(exc))
        log.warning("programme %s approved but not scheduled: %s", programme.id, exc)
        return ApprovalResult(programme.status, [], f"approved, not scheduled: {exc}", exc)
    _transition(session, actor, programme, S.SCHEDULED, "programme.schedule", jobs=jobs)
    return ApprovalResult(programme.status, jobs)
