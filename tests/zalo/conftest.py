"""A real Zalo simulator on 127.0.0.1, a station with bulletins, and a connected OA."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator

import pytest

from console.models import SourceItem
from console.models.enums import Role
from console.services import zalo
from console.services.permissions import Actor
from console.sim.zalo import ZaloSimConfig, ZaloSimulator
from console.station import StationContext

ADMIN = Actor("admin", Role.ADMIN, "Quản trị viên")
OPERATOR = Actor("vanhanh", Role.OPERATOR, "Lê Văn Đông")


@pytest.fixture
def make_zalo() -> Iterator[Callable[..., ZaloSimulator]]:
    started: list[ZaloSimulator] = []

    def make(**kwargs: object) -> ZaloSimulator:
        kwargs.setdefault("article_delay_s", 0.2)
        sim = ZaloSimulator(ZaloSimConfig(**kwargs)).start()  # type: ignore[arg-type]
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()


@pytest.fixture
def zalo_sim(make_zalo: Callable[..., ZaloSimulator]) -> ZaloSimulator:
    return make_zalo()


def add_bulletin(ctx: StationContext, item_id: str = "tb-001", *, revision: int = 1,
                 title: str = "Thông báo lịch tiêm phòng dại cho chó, mèo",
                 kind: str = "text", tags: list[str] | None = None) -> str:
    with ctx.db.write() as session:
        session.merge(SourceItem(
            id=item_id, revision=revision, kind=kind, title=title,
            summary="Cán bộ thú y tiêm phòng tại nhà văn hóa các thôn.",
            body="Ủy ban nhân dân xã thông báo lịch tiêm phòng.\n\nĐề nghị bà con đưa vật "
                 "nuôi đến tiêm đầy đủ.", issuer="UBND xã Phú Lộc", tags=tags or ["thú y"],
            published_at=dt.datetime.now(dt.UTC)))
    return item_id


def connect(ctx: StationContext, sim: ZaloSimulator, refresh_token: str | None = None
            ) -> zalo.ZaloStatus:
    return zalo.connect_oa(ctx, ADMIN, app_id=sim.config.app_id,
                           secret_key=sim.config.secret_key,
                           refresh_token=refresh_token or sim.first_refresh_token,
                           server=sim.url)


def wait_for(check: Callable[[], object], timeout_s: float = 10.0, every_s: float = 0.05
             ) -> object:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(every_s)
    raise AssertionError(f"not true within {timeout_s} s: {check}")
