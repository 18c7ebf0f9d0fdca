"""Fixtures of the Devices and Emergency page tests: a simulated fleet on 127.0.0.1,
registered in the test station, and the pages' environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from console.delivery.service import DeliveryService
from console.settings import STATION_CODE
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from console.ui.i18n import Translations
from console.ui.pages.base import PageEnv
from console.ui.pages.devices_link import DeliveryLink
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner
from tests.support.delivery import ADMIN, register


@pytest.fixture
def village_fleet(ctx: StationContext) -> Iterator[DeviceFleet]:
    """3 reference clusters, 3 gateway clusters, 1 board, in three villages."""
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    config = FleetConfig(clusters=6, boards=1, protocol="both",
                         villages=("Thôn Đông", "Thôn Tây", "Ấp Phú Hòa"))
    with DeviceFleet(config) as running:
        register(ctx, running)
        yield running


@pytest.fixture
def service(ctx: StationContext, village_fleet: DeviceFleet) -> Iterator[DeliveryService]:
    running = DeliveryService(ctx, poll_every_s=0.5, collect_every_s=60.0, idle_s=0.2).start()
    yield running
    running.stop()


@pytest.fixture
def english_prefs(qapp: QApplication, ctx: StationContext, tasks: TaskRunner,
                  translations: Translations) -> UiPreferences:
    """English texts: the assertions read the source strings, translated or not."""
    preferences = UiPreferences(qapp, translations, ctx.settings, tasks, language="en",
                                font_scale=1.0)
    preferences.apply_all()
    return preferences


@pytest.fixture
def env(qapp: QApplication, ctx: StationContext, tasks: TaskRunner,
        english_prefs: UiPreferences) -> PageEnv:
    """Pages without a background service: they send their jobs themselves."""
    return PageEnv(ctx=ctx, actor=ADMIN, tasks=tasks, prefs=english_prefs,
                   delivery=DeliveryLink(ctx, None))


@pytest.fixture
def live_env(env: PageEnv, ctx: StationContext, service: DeliveryService) -> Iterator[PageEnv]:
    """Pages with the background service running, as in the console."""
    link = DeliveryLink(ctx, service)
    yield PageEnv(ctx=ctx, actor=env.actor, tasks=env.tasks, prefs=env.prefs, delivery=link)
    service.on_change = None
    link.deleteLater()
