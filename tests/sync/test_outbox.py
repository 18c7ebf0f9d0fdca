"""The outbox against the simulator: idempotent, lanes, back-off, survives the link."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from console.db.outbox import enqueue, pending_count
from console.models import OutboxEntry
from console.models.enums import Lane
from console.sync.outbox import OutboxWorker
from tests.support.sync import logged_in

STATION = "DTT-24343"  # the simulator's station


def _asrun(title: str) -> dict:  # type: ignore[type-arg]
    now = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).replace(microsecond=0)
    return {
        "station_code": STATION,
        "entries": [{
            "id": str(uuid.uuid4()), "item_id": None, "title": title,
            "target_id": "cum-loa-01", "target_kind": "loudspeaker_cluster",
            "started_at": now.isoformat(), "ended_at": now.isoformat(), "played_s": 60.0,
            "result": "success", "priority": "normal",
        }],
    }


def test_emergency_lane_first_and_each_sent_once(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    service = logged_in(ctx, sim)
    with ctx.db.write() as s:
        for i in range(3):
            enqueue(s, "broadcast_logs", _asrun(f"Bản tin thường {i}"))
        enqueue(s, "broadcast_logs", _asrun("Cảnh báo lũ quét"), lane=Lane.EMERGENCY)
    order: list[int] = []
    client = service.make_client()
    worker = OutboxWorker(ctx.db, client, on_sent=lambda i, k, r: order.append(i))
    stats = worker.drain()
    assert stats.sent == 4 and pending_count(ctx.db) == {}
    with ctx.db.read() as s:
        emergency_id = s.scalar(select(OutboxEntry.id).where(OutboxEntry.lane == "emergency"))
    assert order[0] == emergency_id
    titles = [e["title"] for body in sim.received["broadcast_logs"] for e in body["entries"]]
    assert titles[0] == "Cảnh báo lũ quét" and len(titles) == 4
    assert worker.drain().sent == 0  # nothing is sent twice


def test_crash_after_send_is_not_a_duplicate(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    """Delivered, then the console died before marking it done: the retry is a replay."""
    service = logged_in(ctx, sim)
    with ctx.db.write() as s:
        entry = enqueue(s, "broadcast_logs", _asrun("Thông báo lịch cắt điện"))
        s.flush()
        key, payload = entry.idempotency_key, entry.payload
    client = service.make_client()
    client.post("broadcast-logs", payload, key)  # the send that "crashed"
    OutboxWorker(ctx.db, client).drain()
    assert len(sim.received["broadcast_logs"]) == 1


def test_offline_keeps_entries_and_retries_later(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    service = logged_in(ctx, sim)
    client = service.make_client()
    client.login()
    with ctx.db.write() as s:
        enqueue(s, "report", {"id": str(uuid.uuid4()), "station_code": STATION,
                              "period": {"kind": "month", "year": 2026, "index": 11},
                              "indicators": {"bulletins_broadcast": 12}})
    sim.stop()
    stats = OutboxWorker(ctx.db, client).drain()
    assert stats.sent == 0 and stats.failed == 1
    with ctx.db.read() as s:
        entry = s.scalar(select(OutboxEntry))
    assert entry.state == "pending" and entry.attempts == 1 and entry.last_error
    assert entry.next_attempt_at > dt.datetime.now(dt.UTC)  # backs off
    assert OutboxWorker(ctx.db, client).due((Lane.ROUTINE,)) == []
