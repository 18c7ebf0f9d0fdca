"""Security review, finding 4: the vendor gateway protocol has no authentication.

Anyone on the commune network can make a cluster behind a vendor gateway play any URL
(one base64 GET). The protocol cannot be changed; the console notices: after each status
poll a cluster playing what the console did not send raises an alarm (audit log, Devices
page with its alert), and such clusters are marked "no authentication" on the page.

The attacker here is a plain HTTP GET to the real gateway simulator, with and without the
status fields outside the contract (the contract's status says only whether it plays).
"""

from __future__ import annotations

import base64
import json
import urllib.request
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from console.delivery.dispatcher import Dispatcher
from console.services import audit
from console.services.deliveries import poll_devices_now
from console.services.device_overview import read_targets
from console.services.device_registry import import_device_rows
from console.services.live_commands import device_command, play_item_now
from console.services.push import create_delivery_jobs
from console.sim.devices.device import SimDevice
from console.sim.devices.gateway import GatewaySimulator
from console.station import StationContext
from tests.support.delivery import (
    ADMIN,
    FAST_RETRY,
    cache_media,
    cache_tones,
    make_item,
    make_programme,
    no_quiet_hours,
    wait_for,
)

DEVICE, TARGET = "GW-BEN-DO", "cl-ben-do"
FOREIGN = "http://203.0.113.7/tin-gia.mp3"


@pytest.fixture(params=[True, False], ids=["gateway-says-what", "contract-fields-only"])
def gateway(request: pytest.FixtureRequest) -> Iterator[GatewaySimulator]:
    with GatewaySimulator([SimDevice(DEVICE, "Cụm loa Bến Đò")],
                          extra_status=request.param) as gw:
        yield gw


def _register(ctx: StationContext, gw: GatewaySimulator) -> None:
    report = import_device_rows(ctx, [{
        "id": TARGET, "kind": "cluster", "name": "Cụm loa Bến Đò", "village": "Thôn Bến Đò",
        "protocol": "gateway", "address": gw.url, "device_id": DEVICE, "key": ""}],
        ADMIN, name="security")
    assert not report.errors, report.errors


def _play_from_outside(gw: GatewaySimulator, url: str) -> None:
    """What anyone on the commune LAN can do: PacketType 5, no credentials at all."""
    send = json.dumps({"PacketType": 5, "Data": json.dumps(
        {"PlayRepeatType": 1, "PlayType": 1, "SongName": url})})
    envelope = {"DataType": 4, "Data": json.dumps(
        {"CommandItem_Ts": [{"DeviceID": DEVICE, "CommandSend": send}]})}
    raw = base64.b64encode(json.dumps(envelope).encode()).decode()
    with urllib.request.urlopen(f"{gw.url}/{raw}", timeout=5) as resp:
        assert json.loads(resp.read())["Result"][0]["Accepted"]


def _alarms(ctx: StationContext) -> list[audit.AuditRow]:
    return audit.recent(ctx.db, action="device.unexpected_play")


def _send(ctx: StationContext, ids: list[int]) -> None:
    dispatcher = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=5.0)
    try:
        assert {v.state for v in dispatcher.drain(ids, timeout_s=30)} == {"delivered"}
    finally:
        dispatcher.close()


def test_a_play_someone_else_sent_raises_the_alarm(ctx: StationContext,
                                                   gateway: GatewaySimulator) -> None:
    _register(ctx, gateway)
    poll_devices_now(ctx)
    assert not _alarms(ctx)                              # idle: nothing to say
    _play_from_outside(gateway, FOREIGN)
    assert wait_for(lambda: gateway.devices[DEVICE].status()["status"] == "playing", 5)
    poll_devices_now(ctx)
    alarms = _alarms(ctx)
    assert len(alarms) == 1 and alarms[0].actor == "system" and alarms[0].subject == TARGET
    row = next(r for r in read_targets(ctx.db) if r.id == TARGET)
    assert row.no_authentication and row.unexpected_play is not None
    assert row.unexpected_play.playing == (FOREIGN if gateway.extra_status else "")
    poll_devices_now(ctx)
    assert len(_alarms(ctx)) == 1                        # one alarm per episode
    # The operator stops it (the console sends its own playlist again), then acknowledges.
    _send(ctx, device_command(ctx, ADMIN, "stop", [TARGET]))
    poll_devices_now(ctx)
    from console.services.gateway_watch import acknowledge

    assert acknowledge(ctx, ADMIN, [TARGET]) == 1
    assert next(r for r in read_targets(ctx.db) if r.id == TARGET).unexpected_play is None
    assert [r.actor for r in audit.recent(
        ctx.db, action="device.unexpected_play.acknowledged")] == [ADMIN.username]


def test_what_the_console_sends_raises_nothing(ctx: StationContext,
                                               gateway: GatewaySimulator) -> None:
    _register(ctx, gateway)
    no_quiet_hours(ctx)
    [sha] = cache_tones(ctx, [1.5])
    item = make_item(ctx, sha, title="Thông báo lịch tiêm chủng")
    _send(ctx, play_item_now(ctx, ADMIN, item, [TARGET]))
    assert gateway.devices[DEVICE].status()["status"] == "playing"
    poll_devices_now(ctx)
    assert not _alarms(ctx)
    row = next(r for r in read_targets(ctx.db) if r.id == TARGET)
    assert row.unexpected_play is None and row.no_authentication


def test_a_foreign_url_during_a_programme_is_noticed_when_the_gateway_says_it(
        ctx: StationContext) -> None:
    with GatewaySimulator([SimDevice(DEVICE, "Cụm loa Bến Đò")]) as gw:
        _register(ctx, gw)
        pid = make_programme(ctx, cache_media(ctx, [20_000]), start_in_s=0.0,
                             durations=300.0)
        with ctx.db.write() as session:
            ids = create_delivery_jobs(session, pid, ADMIN)
        _send(ctx, ids)
        _play_from_outside(gw, FOREIGN)           # during the programme's own airing
        poll_devices_now(ctx)
    assert len(_alarms(ctx)) == 1
    assert "never sent" in _alarms(ctx)[0].detail["reason"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", extend=True)
def test_the_devices_page_shows_it_in_vietnamese(qtbot, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                 ctx: StationContext, tasks) -> None:
    from console.ui.i18n import Translations
    from console.ui.pages.base import PageEnv
    from console.ui.pages.devices import DevicesPage
    from console.ui.pages.devices_link import DeliveryLink
    from console.ui.preferences import UiPreferences

    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    prefs.apply_all()
    with GatewaySimulator([SimDevice(DEVICE, "Cụm loa Bến Đò")]) as gw:
        _register(ctx, gw)
        page = DevicesPage(PageEnv(ctx=ctx, actor=ADMIN, tasks=tasks, prefs=prefs,
                                   delivery=DeliveryLink(ctx, None)))
        qtbot.addWidget(page)
        page.show()
        try:
            page.activate()
            qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
            model = page.model
            security = model.data(model.index(0, model.SECURITY))
            assert security == "Không xác thực"
            assert page.alarm.isHidden()
            _play_from_outside(gw, FOREIGN)
            page.check_now()
            qtbot.waitUntil(lambda: page.alarm.isVisible(), timeout=10_000)
            assert "Cụm loa Bến Đò" in page.alarm_label.text()
            assert "không do đài gửi" in page.alarm_label.text()
            assert model.data(model.index(0, model.SECURITY)).startswith(
                "Phát nội dung không do đài gửi")
            page.acknowledge_alarm()
            qtbot.waitUntil(lambda: len(audit.recent(
                ctx.db, action="device.unexpected_play.acknowledged")) == 1, timeout=10_000)
        finally:
            page.close()
            qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)
            translations.uninstall()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", extend=True)
def test_the_tray_says_it_with_the_window_closed(qtbot, qapp: QApplication,  # type: ignore[no-untyped-def]
                                                 ctx: StationContext, tasks) -> None:
    from console.ui.frontdoor import FrontDoor
    from console.ui.i18n import Translations

    translations = Translations(qapp)
    translations.install("vi")

    def no_window(_actor):  # type: ignore[no-untyped-def]
        raise AssertionError("nobody opened the window")

    door = FrontDoor(qapp, ctx, sign_in=lambda: None, make_window=no_window, tasks=tasks)
    try:
        with GatewaySimulator([SimDevice(DEVICE, "Cụm loa Bến Đò")]) as gw:
            _register(ctx, gw)
            _play_from_outside(gw, FOREIGN)
            poll_devices_now(ctx)            # the console's own check, as every 30 s
        door.refresh_tray()
        qtbot.waitUntil(lambda: door.tray.last_alert is not None, timeout=10_000)
        title, text = door.tray.last_alert
        assert title == "Đang phát nội dung không do đài gửi" and "Cụm loa Bến Đò" in text
    finally:
        door.tray.icon.hide()
        qapp.setQuitOnLastWindowClosed(True)
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)
        door.deleteLater()  # parented to the application: its refresh timer must go too
        qtbot.wait(10)
        translations.uninstall()

