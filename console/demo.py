"""`--demo`: a realistic commune on one machine, with no account anywhere.

The demo lives in its own data folder, seeds a station, villages and demo users, and
starts the built-in simulators in this process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from .context import ConsoleContext
from .models import Station, Village
from .models.enums import Role
from .services.permissions import Actor
from .settings import STATION_CODE
from .sim.source.texts import STATION as SIM_STATION

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


DEMO_ITEMS = 400
DEMO_SEED = 2026
FIRST_EMERGENCY_AFTER_S = 30.0


@dataclass
class DemoSession:
    """What the demo started; `stop()` ends it."""

    ctx: ConsoleContext
    actor: Actor
    stoppers: list[Callable[[], None]] = field(default_factory=list)

    def prepare(self) -> None:
        """Start the demo's devices and source system (on the live link's thread)."""
        self.connect_devices()
        self.connect_source()

    def connect_devices(self) -> None:
        """12 simulated clusters in the villages (both protocols) and 2 boards, registered."""
        from .sim.devices import start_demo_devices

        self.stoppers.append(start_demo_devices(self.ctx))

    def connect_source(self) -> None:
        """Start the source simulator on a free loopback port and log in to it.

        Runs on a background thread (the first start generates the demo's audio, which
        takes a few seconds); the generated media are kept in the demo's data folder.
        """
        from .sim.source import SimulatorConfig, SourceSimulator
        from .sync.service import SyncService

        sim = SourceSimulator(SimulatorConfig(
            items=DEMO_ITEMS, seed=DEMO_SEED, media_dir=self.ctx.paths.root / "demo-source-media",
        )).start()
        self.stoppers.append(sim.stop)
        SyncService(self.ctx).login(sim.url, "demo", "demo")
        log.info("demo: source simulator at %s", sim.url)
        # A newcomer should see how an emergency from the province looks.
        timer = threading.Timer(FIRST_EMERGENCY_AFTER_S, lambda: sim.publish(
            priority="emergency", kind="text",
            title="Khẩn cấp: cảnh báo lũ quét và sạt lở đất tại các xã phía tây tỉnh Đắk Lắk"))
        timer.daemon = True
        timer.start()
        self.stoppers.append(timer.cancel)

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
            station = Station(code=SIM_STATION["code"], name=SIM_STATION["name"],
                              commune_code=SIM_STATION["commune_code"],
                              commune_name="Xã Phú Lộc",
                              province_code=SIM_STATION["province_code"], profile="rural")
            session.add(station)
            session.flush()
            for name in DEMO_VILLAGES:
                session.add(Village(station_id=station.id, name=name))
    if not ctx.settings.is_set(STATION_CODE):
        ctx.settings.set(STATION_CODE, SIM_STATION["code"])
    if not ctx.users.has_users():
        admin = ctx.users.create_first_admin("admin", DEMO_PASSWORD, "Quản trị viên")
        for username, role, display in DEMO_USERS[1:]:
            ctx.users.add_user(admin, username, role, DEMO_PASSWORD, display)


def start_demo(ctx: ConsoleContext) -> DemoSession:
    seed_station(ctx)
    actor = Actor("admin", Role.ADMIN, "Quản trị viên")
    return DemoSession(ctx=ctx, actor=actor)
