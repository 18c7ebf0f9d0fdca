"""An item the province withdrew leaves the air: every programme still to air drops it (and
goes back to its approver when it was approved), every device that holds one of those
programmes is sent its schedule without it, and the operator is told.

The sync marks items withdrawn (console.sync.catalogue, SyncResult.withdrawn_in_use); the
composition root calls `take_off_air` with them. The devices' refresh jobs carry the items,
so the broadcast log records when and where each was removed once the device confirmed
(console.delivery.dispatcher writes a `removed` row).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from ..db import Database
from ..delivery import lanes
from ..delivery.job_reason import ITEM_WITHDRAWN, set_reason
from ..delivery.jobs import queue_schedule_refresh
from ..models import AuditEntry, DeliveryJob, Programme, ProgrammeEntry, SourceItem
from ..models.base import utcnow
from ..models.enums import EntryKind, JobState, ProgrammeStatus
from ..station import StationContext
from . import audit
from .permissions import SYSTEM, Actor

log = logging.getLogger(__name__)

S = ProgrammeStatus
STILL_TO_AIR = (S.DRAFT.value, S.SUBMITTED.value, S.APPROVED.value, S.SCHEDULED.value)
ACTION = "item.withdrawn_off_air"
SHOWN_FOR = dt.timedelta(days=3)  # how long the Today page keeps the notice


@dataclass(frozen=True)
class ProgrammeChange:
    programme_id: int
    name: str
    entries_removed: int
    back_to_approval: bool       # it was approved: its approver must approve it again
    devices: list[str]           # told to drop it


@dataclass
class WithdrawalReport:
    items: dict[str, str] = field(default_factory=dict)        # id → title
    programmes: list[ProgrammeChange] = field(default_factory=list)
    jobs: list[int] = field(default_factory=list)

    @property
    def devices(self) -> set[str]:
        return {d for p in self.programmes for d in p.devices}


def take_off_air(ctx: StationContext, item_ids: list[str], *,
                 actor: Actor = SYSTEM) -> WithdrawalReport:
    """Remove withdrawn items from every programme still to air and from the devices."""
    report = WithdrawalReport()
    if not item_ids:
        return report
    with ctx.db.write() as session:
        items = session.scalars(select(SourceItem).where(SourceItem.id.in_(item_ids),
                                                         SourceItem.withdrawn.is_(True))).all()
        report.items = {i.id: i.title for i in items}
        if not items:
            return report
        programmes = session.scalars(
            select(Programme).join(ProgrammeEntry)
            .where(ProgrammeEntry.item_id.in_(list(report.items)),
                   ProgrammeEntry.kind == EntryKind.ITEM.value,
                   Programme.status.in_(STILL_TO_AIR)).distinct()).all()
        for programme in programmes:
            gone = [e for e in programme.entries if e.item_id in report.items]
            was_approved = programme.status in (S.APPROVED, S.SCHEDULED)
            holders = sorted(set(session.scalars(select(DeliveryJob.target_id).where(
                DeliveryJob.programme_id == programme.id, DeliveryJob.kind == "programme"))))
            for entry in gone:
                programme.entries.remove(entry)
            for n, entry in enumerate(sorted(programme.entries, key=lambda e: e.position)):
                entry.position = n
            programme.version += 1
            if was_approved:  # the changed programme goes back to its approver
                programme.status = S.SUBMITTED.value
                programme.approved_at = None
            for job in session.scalars(select(DeliveryJob).where(
                    DeliveryJob.programme_id == programme.id,
                    DeliveryJob.state == JobState.QUEUED.value)):
                job.state = JobState.FAILED.value
                set_reason(job, ITEM_WITHDRAWN)
            # Not tied to the programme's row: it may be approved again at this version.
            jobs = queue_schedule_refresh(session, holders, None) if holders else []
            for job_id in jobs:  # the device confirms, the broadcast log says "removed"
                job = session.get(DeliveryJob, job_id)
                assert job is not None
                job.payload = {**job.payload, "programme_id": programme.id,
                               "removed_items": sorted({e.item_id for e in gone if e.item_id}),
                               "titles": report.items}
            report.jobs += jobs
            change = ProgrammeChange(programme.id, programme.name, len(gone), was_approved,
                                     holders)
            report.programmes.append(change)
            audit.record(session, actor, ACTION, f"programme:{programme.id}",
                         items=sorted({e.item_id for e in gone if e.item_id}),
                         titles=[report.items[e.item_id] for e in gone if e.item_id],
                         entries=len(gone), back_to_approval=was_approved, devices=holders)
    if report.jobs:
        lanes.wake()
    for change in report.programmes:
        log.warning("withdrawn item(s) removed from programme %s (%s); %d device(s) told",
                    change.programme_id, change.name, len(change.devices))
    return report


@dataclass(frozen=True)
class RecentWithdrawal:
    """A programme that lost withdrawn items lately, for the Today page."""

    at: dt.datetime
    programme: str
    titles: tuple[str, ...]
    devices: int
    back_to_approval: bool


def recent_withdrawals(db: Database, now: dt.datetime | None = None
                       ) -> list[RecentWithdrawal]:
    since = (now or utcnow()) - SHOWN_FOR
    with db.read() as session:
        rows = session.execute(select(AuditEntry.at, AuditEntry.subject, AuditEntry.detail)
                               .where(AuditEntry.action == ACTION, AuditEntry.at >= since)
                               .order_by(AuditEntry.at.desc())).all()
        names = {}
        for _at, subject, _detail in rows:
            pid = int(str(subject).split(":")[-1])
            names[pid] = session.scalar(select(Programme.name).where(Programme.id == pid))
    out = []
    for at, subject, detail in rows:
        pid = int(str(subject).split(":")[-1])
        out.append(RecentWithdrawal(at, names.get(pid) or subject, tuple(detail.get("titles")
                                    or ()), len(detail.get("devices") or ()),
                                    bool(detail.get("back_to_approval"))))
    return out
