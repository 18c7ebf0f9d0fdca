"""An FM relay in the broadcast log. The operator relays the province's FM station on two
clusters behind the vendor gateway from Thiết bị (the page shows them playing as soon as
they took the command) and ends it with "Dừng phát". The gateway keeps no play log: in Báo
cáo › Thống kê, "Làm mới" collects what the clusters played, and the relayed-hours figure
leads, in one click, to the broadcast log showing each cluster's FM relay as a relay
(Tiếp sóng), played, for the time it went on, inferred from the clusters' status. Clicks
and keys; the outcome read from the screen and the database."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from console.models import AsRunEntry, DeviceStatusSample
from console.ui.dialogs.fm_dialog import FmRelayDialog
from console.ui.dialogs.live_confirm import LiveConfirmDialog
from console.ui.pages.devices import DevicesPage
from console.ui.pages.reports import ReportsPage
from console.ui.pages.reports.log_model import Column
from tests.support.delivery import longest_before_23_59, no_quiet_hours

from .conftest import ADMIN, Scene, click_page, shoot, type_text
from .test_fm_relay import on_devices_page
from .test_on_air import click_rows, when_modal
from .week_steps import WAIT, wait_idle

# Well within the scene's regular device check (every 30 s): the state shown comes from the
# look taken after the command.
SOON = 8_000


def relay_fm(qtbot, page: DevicesPage, typed_mhz: str, minutes: int) -> None:  # type: ignore[no-untyped-def]
    """Tiếp sóng FM… for the rows chosen: the station and the minutes typed, the
    confirmation accepted."""
    def station(dialog: QWidget) -> None:
        assert isinstance(dialog, FmRelayDialog)
        type_text(dialog.frequency_spin.lineEdit(), typed_mhz)  # selected: replaced
        dialog.minutes_spin.setFocus()
        dialog.minutes_spin.selectAll()
        type_text(dialog.minutes_spin.lineEdit(), str(minutes))
        when_modal(LiveConfirmDialog, confirm)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, LiveConfirmDialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(FmRelayDialog, station)
    qtbot.mouseClick(page.fm_button, Qt.MouseButton.LeftButton)


def test_the_relayed_time_is_in_the_statistics_and_the_log(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    no_quiet_hours(scene.ctx)
    minutes = max(1, int(longest_before_23_59(600.0) // 60))
    window, page, gateway = on_devices_page(qtbot, scene, open_window, ADMIN, 2)
    names = {t: scene.fleet.devices[t].name for t in gateway}
    click_rows(qtbot, page, gateway)
    relay_fm(qtbot, page, f"103{QLocale().decimalPoint()}7", minutes)
    qtbot.waitUntil(lambda: page.message.text().startswith(
        "Tiếp sóng FM 103.7 MHz: 2/2"), timeout=WAIT)

    # The two are asked for their state once they took the command: the page shows them
    # playing at once, not at the next regular check.
    def state(target: str) -> str:
        return str(page.model.index(page.model.row_of(target), page.model.STATE).data())
    qtbot.waitUntil(lambda: [state(t) for t in gateway] == ["Đang phát", "Đang phát"],
                    timeout=SOON)
    assert ", 2 đang phát," in page.summary.text()
    with scene.ctx.db.read() as session:
        assert set(session.scalars(select(DeviceStatusSample.target_id).where(
            DeviceStatusSample.status == "playing"))) == set(gateway)

    qtbot.wait(1500)  # the relay goes on a moment, then is ended
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Dừng phát: 2/2"), timeout=WAIT)
    qtbot.waitUntil(lambda: [state(t) for t in gateway] == ["Hoạt động", "Hoạt động"],
                    timeout=SOON)

    reports = click_page(qtbot, window, "reports")
    assert isinstance(reports, ReportsPage)
    bar = reports.tabs.tabBar()
    assert bar.tabText(1) == "Thống kê"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    stats = reports.stats_tab
    qtbot.waitUntil(lambda: stats.refresh_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(stats.refresh_button, Qt.MouseButton.LeftButton)

    def relayed_in_log() -> bool:
        with scene.ctx.db.read() as session:
            return len(session.scalars(select(AsRunEntry.id).where(
                AsRunEntry.content_origin == "relay")).all()) == 2
    qtbot.waitUntil(lambda: relayed_in_log() and stats.refresh_button.isEnabled()
                    and "hours_relay" in stats.grid.value_widgets, timeout=WAIT)
    wait_idle(qtbot, window)
    figure = stats.grid.value_widgets["hours_relay"]
    shoot(window, "fm-relay-statistics")
    qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)  # the plays behind the number

    log = reports.log_tab
    qtbot.waitUntil(lambda: reports.tabs.currentWidget() is log
                    and log.model.rowCount() == 2, timeout=WAIT)
    model = log.model

    def cell(row: int, column: Column) -> str:
        return str(model.index(row, column).data())
    qtbot.waitUntil(lambda: all(cell(r, Column.TITLE) == "FM 103.7 MHz" for r in range(2)),
                    timeout=WAIT)  # the rows' text arrives after their count
    rows = sorted((cell(r, Column.TARGET), cell(r, Column.TITLE), cell(r, Column.ORIGIN),
                    cell(r, Column.RESULT), cell(r, Column.SOURCE)) for r in range(2))
    assert rows == sorted((names[t], "FM 103.7 MHz", "Tiếp sóng", "Đã phát",
                           "Suy ra từ trạng thái") for t in gateway)
    for r in range(2):
        played = cell(r, Column.PLAYED)  # m:ss, the time between the relay and its stop
        assert played.startswith("0:0") and played != "0:00", played
    shoot(window, "fm-relay-log")
