"""Thiết bị › Tiếp sóng FM…: the operator chooses two clusters behind the vendor gateway
and one on the reference protocol, types the station's frequency and the minutes, reads
the confirmation (the two that will relay it, the one left out) and broadcasts. The two
clusters tune their FM receivers (PacketType 11 on the simulated gateway), the page says
who acknowledged and who was left out, the console keeps the station for next time and
queues the clusters' return to their schedule for when the time is up. The status bar says
until when; closing the console meanwhile asks first (closed, it could not send them back);
"Dừng phát" ends it sooner. Clicks and keys; the outcome read from the simulated devices
and the database."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from console.models import AuditEntry, DeliveryJob, DeliveryTarget
from console.models.base import utcnow
from console.models.enums import TargetKind
from console.services.permissions import Actor
from console.settings import FM_RELAY_MHZ
from console.ui.dialogs.fm_dialog import FmRelayDialog
from console.ui.dialogs.live_confirm import LiveConfirmDialog
from console.ui.main_window import MainWindow
from console.ui.pages.devices import DevicesPage
from console.ui.timefmt import format_time
from tests.support.delivery import audit_rows, longest_before_23_59, no_quiet_hours, quiet_now

from .conftest import (
    ADMIN,
    PASSWORD,
    Scene,
    add_operator,
    answer_next_dialog,
    click_page,
    shoot,
    type_text,
)
from .test_live_microphone import closing_answer
from .test_on_air import click_rows, when_modal
from .week_steps import WAIT, wait_idle


def on_devices_page(qtbot, scene: Scene, open_window, actor: Actor,  # type: ignore[no-untyped-def]
                    count: int) -> tuple[MainWindow, DevicesPage, list[str]]:
    """The window for `actor` on Thiết bị with its list shown, and the first `count`
    clusters behind the vendor gateway."""
    with scene.ctx.db.read() as session:
        gateway = list(session.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.protocol == "gateway").order_by(DeliveryTarget.id)))[:count]
    window = open_window(actor)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 9, timeout=WAIT)
    return window, page, gateway


def test_clusters_relay_an_fm_station_from_the_devices_page(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    no_quiet_hours(scene.ctx)
    minutes = max(1, int(longest_before_23_59(180.0) // 60))
    with scene.ctx.db.read() as session:
        clusters = dict(session.execute(select(DeliveryTarget.id, DeliveryTarget.protocol)
                                        .where(DeliveryTarget.kind == TargetKind.CLUSTER)
                                        ).all())
    gateway = sorted(t for t, protocol in clusters.items() if protocol == "gateway")[:2]
    reference = sorted(t for t, protocol in clusters.items() if protocol != "gateway")[:1]
    assert len(gateway) == 2 and len(reference) == 1
    names = {t: scene.fleet.devices[t].name for t in gateway + reference}

    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 9, timeout=WAIT)
    assert not page.fm_button.isEnabled()  # nothing chosen yet
    click_rows(qtbot, page, gateway + reference)
    assert page.fm_button.isEnabled() and page.fm_button.text() == "Tiếp sóng FM…"

    seen: list[str] = []
    point = QLocale().decimalPoint()

    def station(dialog: QWidget) -> None:
        assert isinstance(dialog, FmRelayDialog)
        seen.append(dialog.explain.text())
        type_text(dialog.frequency_spin.lineEdit(), f"103{point}7")  # selected: replaced
        dialog.minutes_spin.setFocus()
        dialog.minutes_spin.selectAll()
        type_text(dialog.minutes_spin.lineEdit(), str(minutes))
        shoot(dialog, "fm-relay-dialog")
        when_modal(LiveConfirmDialog, confirm)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, LiveConfirmDialog)
        seen.append(dialog.windowTitle())
        seen.append(dialog.facts.text())
        shoot(dialog, "fm-relay-confirm")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(FmRelayDialog, station)
    qtbot.mouseClick(page.fm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT)
    explain, title, facts = seen
    assert explain.startswith("3 thiết bị đã chọn sẽ phát đài FM")
    assert title == "Tiếp sóng FM"
    assert facts.startswith("Thiết bị (2):") and "FM 103.7 MHz" in facts
    assert all(names[t] in facts.split("\n")[0] for t in gateway)
    assert f"\nKhông gửi tới (không làm được việc này): {names[reference[0]]}\n" in facts

    # The two tune their receivers; the page says so, and names the one left out.
    qtbot.waitUntil(lambda: page.message.text().startswith("Tiếp sóng FM"), timeout=WAIT)
    assert page.message.text().split("\n") == [
        "Tiếp sóng FM 103.7 MHz: 2/2 thiết bị đã nhận lệnh.",
        "Không tiếp sóng (không có máy thu FM mà phần mềm chỉnh được): "
        + names[reference[0]]]
    for target in gateway:
        assert scene.fleet.devices[target].fm_requests == ["103.7"]
        assert scene.fleet.devices[target].now_playing == "FM 103.7 MHz"
    assert scene.fleet.devices[reference[0]].now_playing is None
    shoot(window, "fm-relay-done")

    with scene.ctx.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "device.fm_relay")).one()
        ends = session.execute(select(DeliveryJob.target_id, DeliveryJob.next_attempt_at,
                                      DeliveryJob.state, DeliveryJob.payload)
                               .where(DeliveryJob.kind == "command")).all()
    assert (entry.actor, entry.subject) == (ADMIN.username, ",".join(gateway))
    assert entry.detail["frequency_mhz"] == 103.7 and entry.detail["minutes"] == minutes
    timed = [(t, when) for t, when, state, payload in ends
             if payload["command"].get("ends_job") and state == "queued"]
    assert sorted(t for t, _w in timed) == gateway
    for _t, when in timed:
        when = when if when.tzinfo else when.replace(tzinfo=utcnow().tzinfo)
        assert (when - utcnow()).total_seconds() > minutes * 60 - 60
    assert float(scene.ctx.settings.get(FM_RELAY_MHZ)) == 103.7

    # The status bar says until when; closing the console asks first, and stays open.
    until = format_time(min(when for _t, when in timed))
    bar = window.status_view.fm_label
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=WAIT)
    assert bar.text() == f"Tiếp sóng FM tới {until}"
    shoot(window, "fm-relay-status")
    asked: list[str] = []
    answer_next_dialog(closing_answer(asked, close=False))
    window.close()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT)
    assert asked[0].startswith(f"Các cụm loa đang tiếp sóng FM tới {until}")
    assert window.isVisible()

    # "Dừng phát" ends it sooner: the clusters go back, nothing is left to wait for.
    click_rows(qtbot, page, gateway)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Dừng phát: 2/2"), timeout=WAIT)
    assert all(scene.fleet.devices[t].now_playing is None for t in gateway)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT)
    with scene.ctx.db.read() as session:
        states = session.scalars(select(DeliveryJob.state).where(
            DeliveryJob.kind == "command")).all()
    assert "queued" not in states


def test_an_operator_relays_fm_in_quiet_hours_with_a_leaders_sign_in(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    """Quiet hours: the confirmation says so and asks a leader's written reason; the leader
    signs in on it (the operator may not allow quiet hours). Both are in the audit log."""
    operator = add_operator(scene)
    quiet_now(scene.ctx)  # the allowed window starts two hours from now
    window, page, gateway = on_devices_page(qtbot, scene, open_window, operator, 1)
    click_rows(qtbot, page, gateway)
    seen: list[str] = []

    def station(dialog: QWidget) -> None:
        assert isinstance(dialog, FmRelayDialog)
        type_text(dialog.frequency_spin.lineEdit(), f"99{QLocale().decimalPoint()}5")
        when_modal(LiveConfirmDialog, confirm)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, LiveConfirmDialog)
        seen.append(dialog.quiet_note.text())
        type_text(dialog.reason_edit, "Bão số 5 đổ bộ, tiếp sóng bản tin thời tiết")
        type_text(dialog.user_edit, "lanhdao")
        type_text(dialog.password_edit, PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(FmRelayDialog, station)
    qtbot.mouseClick(page.fm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=WAIT)
    assert seen[0].startswith("Đang trong giờ yên tĩnh")
    qtbot.waitUntil(lambda: page.message.text().startswith("Tiếp sóng FM 99.5 MHz: 1/1"),
                    timeout=WAIT)
    assert scene.fleet.devices[gateway[0]].fm_requests == ["99.5"]
    rows = audit_rows(scene.ctx, "device.quiet_override", "device.fm_relay")
    assert [(a, who) for a, who, _d in rows] == [("device.quiet_override", "lanhdao"),
                                                  ("device.fm_relay", "vanhanh")]
    assert "Bão số 5" in rows[0][2]["reason"] and rows[1][2]["quiet_override"] == "lanhdao"

    # Ended by Dừng phát before the window closes (closing would ask first).
    qtbot.waitUntil(lambda: window.status_view.fm_label.isVisible(), timeout=WAIT)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.status_view.fm_label.isVisible(), timeout=WAIT)
