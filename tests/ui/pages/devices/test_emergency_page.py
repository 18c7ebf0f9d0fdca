"""The Emergency page: one action, every simulated cluster and board acknowledges it live,
and "End emergency" sends them back to their schedules. No source system is involved."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from console.delivery.commands import active_emergencies
from console.models import AuditEntry, SourceItem
from console.models.enums import Role
from console.services.permissions import Actor
from console.sim.devices import DeviceFleet
from console.station import StationContext
from console.ui.pages.base import PageEnv
from console.ui.pages.emergency import EmergencyPage
from tests.support.delivery import cache_media, make_item

TIMEOUT = 20_000


def make_page(qtbot, env: PageEnv) -> EmergencyPage:  # type: ignore[no-untyped-def]
    page = EmergencyPage(env)
    qtbot.addWidget(page)
    page.resize(1200, 720)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.target_tree.topLevelItemCount() > 0, timeout=TIMEOUT)
    return page


def answer_confirmation(page: EmergencyPage, button: QMessageBox.StandardButton,
                        seen: list[str]) -> Callable[[], None]:
    """Press a button of the confirmation as soon as it is open (it runs modally)."""
    def press() -> None:
        box = getattr(page, "confirm_box", None)
        if box is None:
            QTimer.singleShot(50, press)
            return
        seen.append(box.text())
        box.button(button).click()
    return press


def column(page: EmergencyPage, col: int) -> list[str]:
    table = page.ack_table
    return [table.item(r, col).text() for r in range(table.rowCount()) if table.item(r, col)]


def test_emergency_from_the_page_is_acknowledged_live_and_ended(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, live_env: PageEnv, village_fleet: DeviceFleet) -> None:
    item = make_item(ctx, cache_media(ctx, [6_000])[0], title="Khẩn cấp: lũ quét Thôn Tây")
    page = make_page(qtbot, live_env)
    qtbot.waitUntil(lambda: page.item_combo.count() == 1, timeout=TIMEOUT)
    assert page.item_combo.currentText().startswith("⚠ ")  # emergency items are marked
    assert page.all_radio.isChecked()  # every target unless the operator narrows it
    assert page.ack_summary.text() == "No emergency has been broadcast yet."
    page.choose_item(item)

    seen: list[str] = []
    QTimer.singleShot(0, answer_confirmation(page, QMessageBox.StandardButton.Yes, seen))
    page.request_start()  # the item's length is read first, then the confirmation asks
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert "every loudspeaker cluster and bulletin board (7)" in seen[0]
    assert "Khẩn cấp: lũ quét Thôn Tây" in seen[0]
    qtbot.waitUntil(lambda: page.ack_table.rowCount() == 7, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: column(page, 2) == ["Delivered"] * 7, timeout=TIMEOUT)
    assert all(d.emergency is not None for d in village_fleet.devices.values())
    assert page.end_button.isVisible()
    assert "EMERGENCY ON AIR" in page.banner_title.text()
    qtbot.waitUntil(lambda: "7 of 7 devices acknowledged" in page.banner_text.text(),
                    timeout=TIMEOUT)
    assert column(page, 3) == ["—"] * 7
    assert {page.ack_table.item(r, 0).text() for r in range(7)} == {
        d.name for d in village_fleet.devices.values()}

    seen.clear()
    QTimer.singleShot(0, answer_confirmation(page, QMessageBox.StandardButton.Yes, seen))
    page.request_stop()
    assert seen and "normal schedule" in seen[0]
    qtbot.waitUntil(lambda: column(page, 3) == ["Delivered"] * 7, timeout=TIMEOUT)
    assert all(d.emergency is None for d in village_fleet.devices.values())
    assert all(d.status()["status"] == "idle" for d in village_fleet.devices.values())
    qtbot.waitUntil(lambda: not page.end_button.isVisible(), timeout=TIMEOUT)
    assert page.banner_title.text() == "Emergency broadcast"
    assert "7 of 7 devices back on their schedule" in page.ack_summary.text()
    with ctx.db.read() as session:
        assert not active_emergencies(session)
        actions = [a.action for a in session.query(AuditEntry).order_by(AuditEntry.id)]
    assert "emergency.start" in actions and "emergency.stop" in actions
    qtbot.waitUntil(lambda: live_env.tasks.pending_count == 0, timeout=TIMEOUT)


def test_cancelling_the_confirmation_sends_nothing(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, env: PageEnv, village_fleet: DeviceFleet) -> None:
    page = make_page(qtbot, env)
    page.set_message_text("Cháy rừng ở Ấp Phú Hòa")
    seen: list[str] = []
    QTimer.singleShot(0, answer_confirmation(page, QMessageBox.StandardButton.Cancel, seen))
    page.request_start()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)
    with ctx.db.read() as session:
        assert not active_emergencies(session)
    assert all(d.emergency is None for d in village_fleet.devices.values())


def test_a_typed_message_to_chosen_devices(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, env: PageEnv, village_fleet: DeviceFleet) -> None:
    page = make_page(qtbot, env)
    page.set_message_text("Bão số 3 đổ bộ đêm nay, bà con không ra khơi")
    page.set_checked_targets(["cl-001", "bd-01"])
    assert sorted(page.checked_target_ids()) == ["bd-01", "cl-001"]
    plan = page.plan()
    assert plan is not None and plan.target_ids and plan.target_count == 2
    assert "2 chosen device(s)" in page.confirm_text(plan)
    page.start(plan)  # what the confirmation's "Broadcast now" does
    qtbot.waitUntil(lambda: column(page, 2) == ["Delivered"] * 2, timeout=TIMEOUT)
    assert village_fleet.devices["cl-001"].emergency is not None
    assert village_fleet.devices["bd-01"].emergency is not None
    assert village_fleet.devices["cl-003"].emergency is None  # not chosen: untouched
    page.stop()
    qtbot.waitUntil(lambda: column(page, 3) == ["Delivered"] * 2, timeout=TIMEOUT)
    assert village_fleet.devices["cl-001"].emergency is None
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)


def test_nothing_chosen_says_what_is_missing(qtbot, env: PageEnv,  # type: ignore[no-untyped-def]
                                              village_fleet: DeviceFleet) -> None:
    page = make_page(qtbot, env)
    page.set_message_text("   ")
    assert page.plan() is None and page.message.text() == "Type the message first."
    page.set_message_text("Thử")
    page.set_checked_targets([])
    assert page.plan() is None and "Tick at least one" in page.message.text()


@pytest.mark.parametrize("role", [Role.VIEWER, Role.EDITOR])
def test_roles_without_the_right_cannot_start(qtbot, env: PageEnv,  # type: ignore[no-untyped-def]
                                              village_fleet: DeviceFleet, role: Role) -> None:
    viewer = PageEnv(ctx=env.ctx, actor=Actor("x", role, "X"), tasks=env.tasks,
                     prefs=env.prefs, delivery=env.delivery)
    page = make_page(qtbot, viewer)
    assert not page.start_button.isEnabled()
    assert "Your role cannot start" in page.message.text()
    page.set_message_text("Thử")
    plan = page.plan()
    assert plan is not None
    page.start(plan)  # the service refuses too, and the page says so plainly
    qtbot.waitUntil(lambda: page.message.text().startswith("Your role (") and "may not do this"
                    in page.message.text(),
                    timeout=TIMEOUT)
    assert all(d.emergency is None for d in village_fleet.devices.values())


@pytest.mark.slow
def test_a_message_recorded_now_is_broadcast(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, env: PageEnv, village_fleet: DeviceFleet, tmp_path) -> None:
    from tests.ui.pages.programmes.test_recording import WavSource, _tone

    page = make_page(qtbot, env)
    dialog = page.open_recorder(WavSource(_tone(tmp_path / "loa.wav", 1.0, 0.5)))
    dialog.title_edit.setText("Khẩn cấp: sơ tán dân ven sông")
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.recorded_seconds >= 1.0, timeout=TIMEOUT)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.state == "taken", timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.recorded, timeout=30_000) as kept:
        dialog.keep_button.click()
    item_id = kept.args[0]
    qtbot.waitUntil(lambda: page.selected_item_id() == item_id, timeout=TIMEOUT)
    dialog.close()
    plan = page.plan()
    assert plan is not None and plan.item_id == item_id and plan.target_ids is None
    page.start(plan)
    qtbot.waitUntil(lambda: column(page, 2) == ["Delivered"] * 7, timeout=TIMEOUT)
    played = {d.emergency["title"] for d in village_fleet.reference_devices}
    assert played == {"Khẩn cấp sơ tán dân ven sông"}  # the title as the library keeps it
    assert all(d.emergency is not None for d in village_fleet.gateway_devices)  # they play the file
    page.stop()
    qtbot.waitUntil(lambda: column(page, 3) == ["Delivered"] * 7, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)


def test_the_province_banner_opens_the_page_with_its_item(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, env: PageEnv, village_fleet: DeviceFleet) -> None:
    from console.ui.main_window import MainWindow

    item = make_item(ctx, cache_media(ctx, [3_000])[0], title="Khẩn cấp: bão số 3")
    window = MainWindow(ctx, env.actor, tasks=env.tasks, prefs=env.prefs)
    qtbot.addWidget(window)
    window.show()
    window.emergency_banner.announce([(item, "Khẩn cấp: bão số 3")])
    window.emergency_banner.act_button.click()
    page = window.current_page()
    assert isinstance(page, EmergencyPage)
    qtbot.waitUntil(lambda: page.selected_item_id() == item, timeout=TIMEOUT)
    assert page.item_radio.isChecked()
    window.close()
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)


@pytest.mark.slow
def test_a_text_warning_from_the_province_reaches_every_cluster(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, env: PageEnv, village_fleet: DeviceFleet) -> None:
    """Text items have no file: they are read out, so the gateway's clusters play them too."""
    from console.models.base import utcnow

    with ctx.db.write() as session:
        session.add(SourceItem(id="tinh-khan-cap", kind="text", priority="emergency",
                               title="Khẩn cấp: cảnh báo lũ quét",
                               body="Mưa lớn gây lũ quét tại các xã phía tây. Bà con "
                                    "không qua suối, tránh xa sườn đồi.",
                               published_at=utcnow()))
    page = make_page(qtbot, env)
    page.choose_item("tinh-khan-cap")
    qtbot.waitUntil(lambda: page.selected_item_id() == "tinh-khan-cap", timeout=TIMEOUT)
    plan = page.plan()
    assert plan is not None
    page.start(plan)
    qtbot.waitUntil(lambda: page.ack_table.rowCount() == 7 and all(
        s in ("Delivered", "Not delivered") for s in column(page, 2)), timeout=30_000)
    assert column(page, 2) == ["Delivered"] * 7
    assert all(d.emergency is not None and d.emergency["media"]
               for d in village_fleet.devices.values())
    page.stop()
    qtbot.waitUntil(lambda: column(page, 3) == ["Delivered"] * 7, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)


def test_an_unreachable_cluster_shows_waiting_then_its_late_answer(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, live_env: PageEnv, service, village_fleet: DeviceFleet) -> None:
    from tests.support.delivery import FAST_RETRY

    service.dispatcher.policy = FAST_RETRY
    village_fleet.devices["cl-003"].online = False
    page = make_page(qtbot, live_env)
    page.set_message_text("Cháy rừng tại Thôn Tây")
    plan = page.plan()
    assert plan is not None
    page.start(plan)
    qtbot.waitUntil(lambda: sorted(column(page, 2)).count("Delivered") == 6, timeout=TIMEOUT)
    name = village_fleet.devices["cl-003"].name
    assert page.ack_table.item(0, 0).text() == name  # the one missing is listed first
    assert column(page, 2)[0] in ("Waiting to send", "Sending")
    assert "6 of 7 devices acknowledged" in page.banner_text.text()
    village_fleet.devices["cl-003"].online = True  # back: the queued command reaches it by itself
    qtbot.waitUntil(lambda: column(page, 2) == ["Delivered"] * 7, timeout=TIMEOUT)
    assert village_fleet.devices["cl-003"].emergency is not None
    page.stop()
    qtbot.waitUntil(lambda: column(page, 3) == ["Delivered"] * 7, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: live_env.tasks.pending_count == 0, timeout=TIMEOUT)


@pytest.fixture
def demo_window(qtbot, tmp_path, tasks, prefs, admin):  # type: ignore[no-untyped-def]
    """A make(height) of the main window on a demo station (its banner shown), 1366 wide,
    on the emergency page; closed afterwards."""
    from console.app import open_station
    from console.ui.main_window import MainWindow

    ctx = open_station(tmp_path / "demo", demo=True)
    windows: list[MainWindow] = []

    def make(height: int) -> tuple[MainWindow, EmergencyPage]:
        window = MainWindow(ctx, admin, tasks=tasks, prefs=prefs)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1366, height)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("emergency")
        assert isinstance(page, EmergencyPage)
        return window, page

    yield make
    for window in windows:
        window.close()
    ctx.close()


def test_the_page_fits_a_short_laptop_screen_in_vietnamese(  # type: ignore[no-untyped-def]
        qtbot, demo_window) -> None:
    """1366x768 with the menu bar and the demo banner: the choices scroll, nothing overlaps
    or is cut at the right, and the button stays on screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    window, page = demo_window(768)
    qtbot.wait(50)

    def rect_in_window(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())

    for box in (page.what_box, page.where_box):
        shown = [w for w in box.findChildren(QWidget) if w.isVisible()
                 and w.parentWidget() is box]
        for n, first in enumerate(shown):
            assert box.rect().contains(first.geometry()), first  # not cut off
            for second in shown[n + 1:]:
                assert not first.geometry().intersects(second.geometry()), (first, second)
    assert window.rect().contains(rect_in_window(page.start_button))
    scroll = page.choices_scroll
    assert scroll.viewport().width() >= page.what_box.minimumSizeHint().width()
    assert not scroll.verticalScrollBar().isVisible()  # what needs no scrolling
    tree = page.target_tree  # the list of villages and devices: a column's height
    assert tree.viewport().height() // (tree.fontMetrics().lineSpacing() + 4) >= 10


def test_where_to_broadcast_is_in_sight_under_the_banners(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """At 1366x768 under the demo's line and a province emergency's banner (75 pixels more,
    so 693 here), both choices of "Phát tới" and a dozen rows of its list are in sight; the
    message box appears only once "type a message" is clicked, and goes again with the
    library."""
    from PySide6.QtCore import QPoint, QRect, Qt

    window, page = demo_window(693)

    def in_sight(widget) -> bool:  # type: ignore[no-untyped-def]
        return widget.isVisible() and window.rect().contains(
            QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))

    def click(radio) -> None:  # type: ignore[no-untyped-def]
        # on its circle: a radio button answers on its circle and words only
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))

    qtbot.waitUntil(lambda: in_sight(page.all_radio) and in_sight(page.some_radio))
    tree = page.target_tree  # (empty here: the demo's devices come with its first start)
    rows = tree.viewport().height() // (tree.fontMetrics().lineSpacing() + 4)
    assert rows >= 7, rows  # two, when it shared a column with "Nội dung phát"
    assert not page.text_edit.isVisible()
    click(page.text_radio)
    assert page.text_edit.isVisible() and page.text_edit.isEnabled()
    click(page.item_radio)
    assert page.item_radio.isChecked()
    assert not page.text_edit.isVisible() and page.item_combo.isEnabled()
