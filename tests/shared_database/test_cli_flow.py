"""The command line on a PostgreSQL station, the database named by --database on every
command: sync from the source simulator, search in Vietnamese with or without accents,
build a programme, submit and approve it, push it to the device simulators."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys

import pytest
from sqlalchemy import or_, select

from console.cli.main import main
from console.models import ItemFile, SourceItem
from console.models.enums import Role
from console.services.users import UserService
from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.source import SimulatorConfig, SourceSimulator
from console.text import fold
from console.timezone import station_now
from console.workstation import DATABASE_ENV
from tests.support.delivery import register

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow]
PASSWORD = "mat-khau-1"
HOUR = dt.timedelta(hours=1)


def test_sync_search_build_approve_push(ctx, data_dir, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = os.environ.pop(DATABASE_ENV)  # given on every command line instead
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    station = ["--data-dir", str(data_dir), "--database", url]

    def run(*args: str, stdin: str = f"{PASSWORD}\n") -> dict:  # type: ignore[type-arg]
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([*args, *station, "--json"])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out)  # type: ignore[no-any-return]

    users = UserService(ctx.db)
    admin = users.create_first_admin("admin", PASSWORD)
    users.add_user(admin, "ed", Role.EDITOR, PASSWORD)
    users.add_user(admin, "leader", Role.APPROVER, PASSWORD)
    with SourceSimulator(SimulatorConfig(items=60, seed=7)) as sim:
        synced = run("sync", "--once", "--server", sim.url, "--user", "demo",
                     "--as", "admin", "--password-stdin", stdin=f"demo\n{PASSWORD}\n")
    assert synced["items_added"] == 60 and synced["files_failed"] == 0

    start = (station_now() + dt.timedelta(days=1)).replace(hour=9, minute=0, second=0,
                                                             microsecond=0)
    with ctx.db.read() as session:
        title = session.scalar(select(SourceItem.title).where(
            SourceItem.title.op("~")("[^ -~]")).order_by(SourceItem.id).limit(1))
        audio = list(session.scalars(select(SourceItem.id).join(
            ItemFile, ItemFile.item_id == SourceItem.id).where(
            SourceItem.kind == "audio", SourceItem.withdrawn.is_(False),
            SourceItem.priority != "emergency",
            or_(SourceItem.valid_from.is_(None), SourceItem.valid_from <= start),
            or_(SourceItem.valid_until.is_(None), SourceItem.valid_until > start + HOUR))
            .order_by(SourceItem.id).limit(2)))
    assert title is not None and len(audio) == 2
    found = run("items", "search", fold(title))  # typed without accents
    assert title in [hit["title"] for hit in found]

    with DeviceFleet(FleetConfig(clusters=3, boards=0, protocol="reference")) as fleet:
        register(ctx, fleet)
        created = run("programme", "create", "--name", "Bản tin sáng", "--start",
                      start.strftime("%Y-%m-%d %H:%M"), "--items", ",".join(audio),
                      "--as", "ed", "--password-stdin")
        pid = str(created["id"])
        run("programme", "submit", pid, "--as", "ed", "--password-stdin")
        run("programme", "approve", pid, "--as", "leader", "--password-stdin")
        pushed = run("push", pid, "--as", "admin", "--password-stdin")
        states = {target["state"] for target in pushed["targets"]}
        assert states == {"delivered"} and len(pushed["targets"]) == 3
        assert all(device.schedule_applied for device in fleet.devices.values())
