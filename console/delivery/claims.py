"""Delivery jobs claimed by several workstations on one PostgreSQL database.

Two dispatchers (the operator's PC and the leader's, or a push from the command line
while the window runs) drain the same `delivery_job` table:

- claiming reads due jobs `FOR UPDATE SKIP LOCKED`: rows another dispatcher is claiming
  in the same instant are passed over, never waited for or taken twice; the claim marks
  them `sending` with this dispatcher's number (`claimed_by`) and commits;
- each dispatcher holds a session advisory lock of its number (console.db.locks) for as
  long as it lives, so a job `sending` whose number has no live lock was left by a
  workstation that stopped: `recover()` queues it again (the steps are idempotent on the
  device) and the next claim sends it. A killed process's lock goes with its connection;
  a PC that vanished loses it when the server's TCP keepalives give up.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, text, update

from ..db import Database
from ..db.locks import AdvisoryLock, claim_alive_sql, new_claim_lock
from ..models import DeliveryJob
from ..models.base import utcnow
from ..models.enums import JobState
from .job_reason import REQUEUED, reason_columns

RECOVER_EVERY_S = 2.0  # how often a draining dispatcher looks for orphaned jobs



def _orphaned(me: int) -> Any:
    """SQL: a job `sending` whose claimer is not this dispatcher and holds no lock."""
    return and_(DeliveryJob.state == JobState.SENDING.value, or_(
        DeliveryJob.claimed_by.is_(None),
        and_(DeliveryJob.claimed_by != me,
             text("NOT " + claim_alive_sql("delivery_job.claimed_by")))))


class Claims:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock: AdvisoryLock | None = None

    @property
    def number(self) -> int:
        """This dispatcher's number, its lock taken on first use."""
        if self._lock is None or not self._lock.still_held():
            self._lock = new_claim_lock(self.db)
        return self._lock.key[1]

    def lock_rows(self, query: Any) -> Any:
        return query.with_for_update(skip_locked=True, of=DeliveryJob)

    def recover(self) -> int:
        """Queue again the jobs of dispatchers that are gone; how many."""
        me = self.number
        with self.db.write() as session:
            result = session.execute(update(DeliveryJob).where(_orphaned(me)).values(
                state=JobState.QUEUED.value, next_attempt_at=utcnow(), claimed_by=None,
                **reason_columns(REQUEUED)))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None
