"""A station with a synced demo catalogue and cached media, plus its people (the `station`
fixture of tests/conftest.py), and the programme tests' helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from console.app import open_station
from console.media import copies
from console.models import ItemFile, SourceItem
from console.models.enums import Role
from console.services.permissions import Actor
from console.services.users import UserService
from console.station import StationContext
from console.timezone import STATION_TZ, station_now

PASSWORD = "secret-pw-1"


@dataclass
class Station:
    ctx: StationContext
    data_dir: Path
    admin: Actor
    editor: Actor
    approver: Actor
    operator: Actor


@contextmanager
def open_with_people(data_dir: Path) -> Iterator[Station]:
    """The station in `data_dir` opened, with an admin, an editor, an approver and an operator."""
    ctx = open_station(data_dir)
    try:
        UserService(ctx.db).create_first_admin("boss", PASSWORD, None)
        admin = Actor("boss", Role.ADMIN)
        for name, role in (("ed", Role.EDITOR), ("leader", Role.APPROVER), ("op", Role.OPERATOR)):
            UserService(ctx.db).add_user(admin, name, role, PASSWORD, None)
        yield Station(ctx, data_dir, admin, Actor("ed", Role.EDITOR),
                      Actor("leader", Role.APPROVER), Actor("op", Role.OPERATOR))
    finally:
        ctx.close()


def audio_items(ctx: StationContext, count: int, *, at: dt.datetime | None = None) -> list[str]:
    """Cached, current, province-reviewed audio items valid at `at`."""
    at = at or tomorrow_at(5, 30)
    with ctx.db.read() as session:
        rows = session.execute(
            select(SourceItem.id, SourceItem.valid_from, SourceItem.valid_until)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .where(SourceItem.kind == "audio", SourceItem.withdrawn.is_(False),
                   SourceItem.local.is_(False), SourceItem.priority == "normal",
                   ItemFile.role == "main",
                   copies.ready_here(ctx.db, ItemFile.sha256))  # in this PC's cache
            .order_by(SourceItem.id)).all()
    ok = [i for i, vf, vu in rows if (vf is None or vf <= at)
          and (vu is None or vu >= at + dt.timedelta(hours=3))]
    assert len(ok) >= count, "the demo catalogue has too few usable audio items"
    return ok[:count]


def tomorrow_at(hour: int, minute: int) -> dt.datetime:
    day = station_now().date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(hour, minute), STATION_TZ)
