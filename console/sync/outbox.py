"""The durable outbox: messages to the source system, drained with back-off.

Producers call `enqueue()` inside the transaction of the change that caused the message,
so the message exists exactly when the change does. The idempotency key is fixed then
and sent on every retry: a message delivered just before a crash is answered as a
duplicate afterwards, never stored twice. Emergency entries have a lane of their own
that is drained first and by a worker of its own.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..db.outbox import OUTBOX_KINDS
from ..models import OutboxEntry
from ..models.base import utcnow
from ..models.enums import Lane, OutboxState
from ..retry import RetryPolicy
from ..text.translatable import QT_TRANSLATE_NOOP, Reason
from .client import SourceClient
from .errors import Cancelled, PermanentError, SourceUnavailable, SyncError

log = logging.getLogger(__name__)

OUTBOX_RETRY = RetryPolicy(attempts=1_000_000, base_s=5.0, cap_s=15 * 60.0)
MAX_PERMANENT_FAILURES = 3
MAX_ROUNDS = 1000  # of up to 100 entries each


# -- senders: one per kind, each a call of the contract ----------------------------------

Sender = Callable[[SourceClient, dict[str, Any], str], Any]


def _send_broadcast_logs(client: SourceClient, payload: dict[str, Any], key: str) -> Any:
    return client.post("broadcast-logs", payload, key)[1]


def _send_report(client: SourceClient, payload: dict[str, Any], key: str) -> Any:
    return client.post("reports", payload, key)[1]


def _send_device_states(client: SourceClient, payload: dict[str, Any], key: str) -> Any:
    code = payload["station_code"]
    return client.post(f"stations/{code}/devices", {"devices": payload["devices"]}, key,
                       method="PUT")[1]


def _send_contribution(client: SourceClient, payload: dict[str, Any], key: str) -> Any:
    import json
    from pathlib import Path

    file_part = None
    if payload.get("file_path"):
        path = Path(payload["file_path"])
        file_part = (payload.get("file_name") or path.name, path.read_bytes(),
                     payload.get("file_mime") or "application/octet-stream")
    fields = {"metadata": json.dumps(payload["metadata"], ensure_ascii=False)}
    return client.post_multipart("contributions", fields, file_part, key)[1]


SENDERS: dict[str, Sender] = {
    "broadcast_logs": _send_broadcast_logs,
    "report": _send_report,
    "device_states": _send_device_states,
    "contribution": _send_contribution,
}
assert set(SENDERS) == OUTBOX_KINDS, "every kind the writers may enqueue has a sender"


@dataclass
class DrainStats:
    sent: int = 0
    failed: int = 0
    dead: int = 0
    results: list[tuple[int, str, Any]] = field(default_factory=list)


class OutboxWorker:
    """Drains due entries of one or both lanes."""

    def __init__(self, db: Database, client: SourceClient, *,
                 cancel: threading.Event | None = None,
                 on_sent: Callable[[int, str, Any], None] | None = None) -> None:
        self.db = db
        self.client = client
        self.cancel = cancel
        self.on_sent = on_sent

    def due(self, lanes: tuple[Lane, ...], now: dt.datetime | None = None,
            limit: int = 100) -> list[tuple[int, str, dict[str, Any], str]]:
        now = now or utcnow()
        lane_order = func.coalesce(OutboxEntry.lane == Lane.EMERGENCY.value, False)
        with self.db.read() as session:
            rows = session.execute(
                select(OutboxEntry.id, OutboxEntry.kind, OutboxEntry.payload,
                       OutboxEntry.idempotency_key)
                .where(OutboxEntry.state == OutboxState.PENDING,
                       OutboxEntry.lane.in_([lane.value for lane in lanes]),
                       OutboxEntry.next_attempt_at <= now)
                .order_by(lane_order.desc(), OutboxEntry.id).limit(limit)
            ).all()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def _due_query(self, lanes: tuple[Lane, ...], now: dt.datetime) -> Any:
        lane_order = func.coalesce(OutboxEntry.lane == Lane.EMERGENCY.value, False)
        return (select(OutboxEntry.id, OutboxEntry.kind, OutboxEntry.payload,
                       OutboxEntry.idempotency_key)
                .where(OutboxEntry.state == OutboxState.PENDING,
                       OutboxEntry.lane.in_([lane.value for lane in lanes]),
                       OutboxEntry.next_attempt_at <= now)
                .order_by(lane_order.desc(), OutboxEntry.id))

    def drain(self, lanes: tuple[Lane, ...] = (Lane.EMERGENCY, Lane.ROUTINE)) -> DrainStats:
        """Send everything due now; stops at the first sign the link is down."""
        if self.db.is_postgres:
            return self._drain_claiming(lanes)
        stats = DrainStats()
        # Bounded: entries sent or failed leave the due list, so a round finds others; a
        # drain goes through at most MAX_ROUNDS of them (the next drain takes the rest).
        for _round in range(MAX_ROUNDS):
            batch = self.due(lanes)
            if not batch:
                return stats
            for entry_id, kind, payload, key in batch:
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("cancelled")
                if not self._send_one(entry_id, kind, payload, key, stats):
                    return stats  # offline: the rest would fail the same way
        return stats

    def _drain_claiming(self, lanes: tuple[Lane, ...]) -> DrainStats:
        """PostgreSQL, several workstations: one entry at a time, held FOR UPDATE SKIP
        LOCKED while it is sent and its outcome written in the same transaction. Another
        workstation's worker passes over it; if this process dies mid-send, the server
        rolls the transaction back and the entry is due again (the idempotency key makes
        the second sending harmless)."""
        stats = DrainStats()
        while True:
            if self.cancel is not None and self.cancel.is_set():
                raise Cancelled("cancelled")
            with self.db.claiming() as session:
                row = session.execute(self._due_query(lanes, utcnow()).limit(1)
                                      .with_for_update(skip_locked=True, of=OutboxEntry)
                                      ).first()
                if row is None:
                    return stats
                entry_id, kind, payload, key = row
                if not self._send_one(entry_id, kind, payload, key, stats, session=session):
                    return stats  # offline: the rest would fail the same way

    def _send_one(self, entry_id: int, kind: str, payload: dict[str, Any], key: str,
                  stats: DrainStats, *, session: Session | None = None) -> bool:
        """Send one entry and write the outcome (in `session` when it holds the entry)."""
        try:
            result = SENDERS[kind](self.client, payload, key)
        except PermanentError as exc:
            self._failed(entry_id, _reason(exc), permanent=True, session=session)
            stats.failed += 1
            return True
        except (SourceUnavailable, Cancelled) as exc:
            self._failed(entry_id, _reason(exc), permanent=False, session=session)
            stats.failed += 1
            if isinstance(exc, Cancelled):
                raise
            return False
        except SyncError as exc:
            self._failed(entry_id, _reason(exc), permanent=False, session=session)
            stats.failed += 1
            return True
        except (OSError, KeyError, ValueError) as exc:
            self._failed(entry_id, Reason(QT_TRANSLATE_NOOP("Errors", "unexpected answer: "
                                                            "{error}"),
                                          {"error": f"{type(exc).__name__}: {exc}"}),
                         permanent=False, session=session)
            stats.failed += 1
            return True
        with self._writing(session) as writer:
            writer.execute(update(OutboxEntry).where(OutboxEntry.id == entry_id).values(
                state=OutboxState.DONE, done_at=utcnow(), result=result,
                attempts=OutboxEntry.attempts + 1, last_error=None, last_reason=None))
        stats.sent += 1
        stats.results.append((entry_id, kind, result))
        if self.on_sent is not None:
            self.on_sent(entry_id, kind, result)
        return True

    def _writing(self, session: Session | None) -> AbstractContextManager[Session]:
        return nullcontext(session) if session is not None else self.db.write()

    def _failed(self, entry_id: int, reason: Reason, *, permanent: bool,
                session: Session | None = None) -> None:
        with self._writing(session) as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None:
                return
            entry.attempts += 1
            entry.last_error = str(reason)[:1000]
            entry.last_reason = reason.to_json()

            failures = int((entry.result or {}).get("permanent_failures", 0)) + permanent
            if permanent:
                entry.result = {"permanent_failures": failures}
            if permanent and failures >= MAX_PERMANENT_FAILURES:
                entry.state = OutboxState.DEAD  # kept and shown; an operator decides
                log.error("outbox entry %d (%s) refused by the server: %s", entry_id,
                          entry.kind, reason)
            else:
                delay = OUTBOX_RETRY.delay(min(entry.attempts, 20))
                entry.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
                log.info("outbox entry %d (%s) will be retried in %.0f s: %s", entry_id,
                         entry.kind, delay, reason)


def _reason(exc: SyncError) -> Reason:
    """Why an entry was not sent, as it is kept: the error's sentence and values."""
    if isinstance(exc, Cancelled):  # the console closing, or a sync stopped by hand
        return Reason(QT_TRANSLATE_NOOP("Errors", "stopped while it was being sent; it is "
                                        "sent at the next synchronisation"))
    return Reason(exc.message or str(exc), exc.params)
