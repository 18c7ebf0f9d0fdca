"""Work that runs once per station on a shared server: the first workstation takes it,
the other shows who has it and takes over when that one stops."""

from __future__ import annotations

import os
import time

import pytest

from console.app.once_per_station import OncePerStation
from console.db.database import Database, workstation_name
from console.services.status import read_bar_status
from console.services.workstation import describe_database, worker_holders
from console.workstation import DATABASE_ENV

pytestmark = pytest.mark.postgres_only


def test_one_workstation_runs_the_work_the_other_takes_over(ctx) -> None:  # type: ignore[no-untyped-def]
    other_pc = Database(os.environ[DATABASE_ENV])  # a second workstation's connections
    started: list[str] = []
    first = OncePerStation(ctx.db, "delivery", lambda: started.append("first"),
                           lambda: started.append("first stopped"), retry_s=0.1)
    second = OncePerStation(other_pc, "delivery", lambda: started.append("second"),
                            lambda: started.append("second stopped"), retry_s=0.1)
    try:
        first.begin()
        second.begin()
        time.sleep(0.3)
        assert started == ["first"] and first.running and not second.running
        host = workstation_name().split(" ")[1]
        assert worker_holders(ctx.db)["delivery"].startswith(host)
        assert worker_holders(ctx.db)["sync"] is None
        # This process holds it: its own status bar names no other PC.
        assert read_bar_status(ctx.db).elsewhere == ()
        first.end()
        deadline = time.monotonic() + 5
        while not second.running and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started == ["first", "first stopped", "second"]
    finally:
        second.end()
        first.end()
        other_pc.dispose()


def test_describe_names_the_server_without_its_password(ctx, data_dir) -> None:  # type: ignore[no-untyped-def]
    info = describe_database(data_dir)
    assert info["kind"] == "postgresql" and "***" in info["database"]
    assert set(info["workers"]) == {"sync", "delivery", "playout", "zalo", "backup"}
