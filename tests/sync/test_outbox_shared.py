"""Two outbox workers on one PostgreSQL database (two workstations' live links for a
moment, or `commune-console sync` beside the window): each entry is claimed FOR UPDATE
SKIP LOCKED while it is sent, so none is sent by both."""

from __future__ import annotations

import threading

import pytest

from console.db.outbox import enqueue, pending_count
from console.sync.outbox import DrainStats, OutboxWorker
from tests.support.sync import logged_in

from .test_outbox import _asrun

pytestmark = pytest.mark.postgres_only


def test_two_workers_send_each_entry_once(ctx, sim) -> None:  # type: ignore[no-untyped-def]
    assert ctx.db.is_postgres
    service = logged_in(ctx, sim)
    with ctx.db.write() as s:
        for i in range(40):
            enqueue(s, "broadcast_logs", _asrun(f"Bản tin {i}"))
    results: list[DrainStats] = []
    start = threading.Barrier(2)

    def drain() -> None:
        worker = OutboxWorker(ctx.db, service.make_client())
        start.wait()
        results.append(worker.drain())

    threads = [threading.Thread(target=drain) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(r.sent for r in results) == 40 and pending_count(ctx.db) == {}
    titles = [e["title"] for body in sim.received["broadcast_logs"] for e in body["entries"]]
    assert sorted(titles) == sorted(f"Bản tin {i}" for i in range(40))
