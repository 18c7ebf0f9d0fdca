"""Shared helpers of the network fault tests: simulators, a logged-in sync, tree snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.retry import RetryPolicy
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.service import SyncService

FAST_RETRY = RetryPolicy(attempts=12, base_s=0.02, cap_s=0.2)
SEED = 7


def make_sim(**kwargs: object) -> SourceSimulator:
    """A started simulator; media come from the per-seed cache shared with other runs."""
    kwargs.setdefault("items", 12)
    kwargs.setdefault("seed", SEED)
    kwargs.setdefault("edge_cases", False)
    return SourceSimulator(SimulatorConfig(**kwargs)).start()  # type: ignore[arg-type]


def logged_in(ctx: StationContext, sim: SourceSimulator,
              policy: RetryPolicy = FAST_RETRY) -> SyncService:
    service = SyncService(ctx, policy=policy)
    service.login(sim.url, "demo", "demo")
    return service


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def db_rows(db_path: Path, sql: str, *args: object) -> list[tuple]:  # type: ignore[type-arg]
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def integrity_ok(db_path: Path) -> bool:
    return db_rows(db_path, "PRAGMA integrity_check")[0][0] == "ok"
