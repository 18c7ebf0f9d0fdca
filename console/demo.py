"""`--demo`: a realistic commune on one machine, with no account anywhere.

The demo lives in its own data folder, seeds a station, villages and demo users, and
starts the built-in simulators in this process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from .context import ConsoleContext
from .models import Station, Village
from .models.enums import Role
from .services.permissions import Actor
from .settings import STATION_CODE

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo"
DEMO_USERS = [
    ("admin", Role.ADMIN, "Quản trị viên"),
    ("bientap", Role.EDITOR, "Nguyễn Thị Hoa"),
    ("lanhdao", Role.APPROVER, "Trần Văn Đức"),
    ("vanhanh", Role.OPERATOR, "Lê Văn Đông"),
    ("xem", Role.VIEWER, "Phạm Thu Trang"),
]
DEMO_VILLAGES = ["Thôn Đông", "Thôn Tây", "Thôn Đồng Tâm", "Ấp Phú Hòa", "Thôn Bến Đò",
                 "Khu phố Chợ"]


@dataclass
class DemoSession:
    """What the demo started; `stop()` ends it."""

    ctx: ConsoleContext
    actor: Actor
    stoppers: list = field(default_factory=list)

    def stop(self) -> None:
        for stop in reversed(self.stoppers):
            try:
                stop()
            except Exception:  # stopping must go on for the rest
                log.exception("demo: stopping a simulator failed")
        self.stoppers.clear()


def seed_station(ctx: ConsoleContext) -> None:
    """The demo commune: station, villages and one user per role (password 'demo')."""
    with ctx.db.write() as session:
        if session.scalar(select(Station)) is None:
            station = Station(code="DEMO-PL", name="Đài truyền thanh xã Phú Lộc",
                              commune_code="26218", commune_name="Xã Phú Lộc",
                              province_code="75", profile="rural")
            session.add(station)
            session.flush()
            for name in DEMO_VILLAGES:
                session.add(Village(station_id=station.id, name=name))
    if not ctx.settings.is_set(STATION_CODE):
        ctx.settings.set(STATION_CODE, "DEMO-PL")
    if not ctx.users.has_users():
        admin = ctx.users.create_first_admin("admin", DEMO_PASSWORD, "Quản trị viên")
        for username, role, display in DEMO_USERS[1:]:
            ctx.users.add_user(admin, username, role, DEMO_PASSWORD, display)


def start_demo(ctx: ConsoleContext) -> DemoSession:
    seed_station(ctx)
    actor = Actor("admin", Role.ADMIN, "Quản trị viên")
    return DemoSession(ctx=ctx, actor=actor)
