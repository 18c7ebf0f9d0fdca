"""The Devices page against simulated clusters and boards on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt

from console.models import MediaBlob
from console.models.enums import Role
from console.services.device_overview import read_targets
from console.services.permissions import Actor
from console.sim.devices import DeviceFleet
from console.station import StationContext
from console.ui.pages.base import PageEnv
from console.ui.pages.devices import DevicesPage
from console.ui.pages.devices_map import project
from tests.support.delivery import (
    cache_media,
    encoded,
    longest_before_23_59,
    make_item,
    no_quiet_hours,
)

TIMEOUT = 15_000


@pytest.fixture
def page(qtbot, env: PageEnv) -> DevicesPage:  # type: ignore[no-untyped-def]
    widget = DevicesPage(env)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)


def when_confirming(page: DevicesPage, look, accept: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Look at the confirmation as soon as it is open (it runs modally), then answer it."""
    from PySide6.QtCore import QTimer

    def press() -> None:
        dialog = getattr(page, "confirm_dialog", None)
        if dialog is None:
            QTimer.singleShot(50, press)
            return
        look(dialog)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(50, press)


def checked(qtbot, page: DevicesPage) -> None:  # type: ignore[no-untyped-def]
    page.check_now()
    qtbot.waitUntil(lambda: page.check_button.isEnabled() and not page._loading
                    and page.model.rowCount() > 0
                    and all(r.status != "unknown" for r in page.model.rows()), timeout=TIMEOUT)


def test_every_target_with_its_state_after_a_poll(qtbot, page: DevicesPage,  # type: ignore[no-untyped-def]
                                                  village_fleet: DeviceFleet) -> None:
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    assert {r.status for r in page.model.rows()} == {"unknown"}
    checked(qtbot, page)
    rows = {r.id: r for r in page.model.rows()}
    assert set(rows) == set(village_fleet.devices)
    assert {r.status for r in rows.values()} == {"online"}
    assert all(r.volume is not None and r.firmware and r.last_seen for r in rows.values())
    assert {r.village for r in rows.values()} == {"Thôn Đông", "Thôn Tây", "Ấp Phú Hòa"}
    model = page.model
    board = model.row_of(next(i for i, r in rows.items() if r.is_board))
    assert model.data(model.index(board, model.KIND)) == "Bulletin board"
    assert model.data(model.index(0, model.STATE)) == "Online"
    assert "6 clusters and 1 boards: 7 online" in page.summary.text()


def test_volume_play_now_and_stop_reach_the_devices(qtbot, ctx: StationContext,  # type: ignore[no-untyped-def]
                                                    page: DevicesPage,
                                                    village_fleet: DeviceFleet) -> None:
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    ids = ["cl-001", "cl-002"]  # one reference cluster, one behind the gateway
    page._select(ids)
    assert sorted(page.selected_ids()) == ids
    assert page.volume_button.isEnabled() and page.stop_button.isEnabled()
    page.set_volume(page.selected_ids(), 3)
    qtbot.waitUntil(lambda: "acknowledged" in page.message.text(), timeout=TIMEOUT)
    assert village_fleet.devices["cl-001"].volume == 3
    assert village_fleet.devices["cl-003"].volume != 3
    # The vendor gateway has no volume command: the command leaves it out (the dialog
    # names it: tests/scenarios/test_device_volume.py).
    assert "Volume 3/10: 1 of 1 device(s) acknowledged." in page.message.text()
    assert village_fleet.devices["cl-002"].volume != 3

    sha = cache_media(ctx, [4_000])[0]
    # Ten minutes long, still playing when we look (less just before midnight: the
    # allowed hours end at 23:59).
    length = longest_before_23_59(600.0)
    with ctx.db.write() as session:
        session.get(MediaBlob, sha).duration_s = length
    item = make_item(ctx, sha, title="Thông báo tiêm chủng")
    no_quiet_hours(ctx)
    seen: list[str] = []
    when_confirming(page, lambda dialog: seen.append(dialog.facts.text()))
    page.play_now(ids, item)
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    # the confirmation names the devices, the item, its length and the hour
    devices = village_fleet.devices
    assert devices["cl-001"].name in seen[0] and devices["cl-002"].name in seen[0]
    minutes, seconds = divmod(round(length), 60)
    assert "“Thông báo tiêm chủng”" in seen[0] and f"{minutes}:{seconds:02d}" in seen[0]
    assert "At: " in seen[0]
    qtbot.waitUntil(lambda: "Play now: 2 of 2" in page.message.text(), timeout=TIMEOUT)
    assert "Thông báo tiêm chủng" in village_fleet.devices["cl-001"].titles_played
    sent = encoded(ctx, sha, "mp3-low")  # at the station's loudness, as the gateway takes it
    assert sent in (village_fleet.devices["cl-002"].now_playing or "")  # the gateway plays a URL
    page.stop_playing(ids)
    qtbot.waitUntil(lambda: "Stop: 2 of 2" in page.message.text(), timeout=TIMEOUT)
    assert all(village_fleet.devices[i].now_playing is None for i in ids)
    assert all(village_fleet.devices[i].status()["status"] == "idle" for i in ids)


def test_an_alarm_when_a_target_drops(qtbot, page: DevicesPage,  # type: ignore[no-untyped-def]
                                      village_fleet: DeviceFleet) -> None:
    checked(qtbot, page)
    assert page.alarm.isHidden()
    village_fleet.devices["cl-004"].online = False
    page.check_now()
    qtbot.waitUntil(lambda: page.alarm.isVisible(), timeout=TIMEOUT)
    name = next(r.name for r in page.model.rows() if r.id == "cl-004")
    assert len(page.alarm_lines) == 1 and name in page.alarm_lines[0]
    assert "Offline" in page.alarm_label.text()
    row = page.model.row_of("cl-004")
    assert page.model.data(page.model.index(row, page.model.STATE)) == "Offline"
    # Still down at the next check: no second alarm for the same drop.
    page.check_now()
    qtbot.waitUntil(lambda: page.check_button.isEnabled() and not page._loading,
                    timeout=TIMEOUT)
    assert len(page.alarm_lines) == 1
    page.acknowledge_alarm()
    assert page.alarm.isHidden()


def test_the_map_places_every_device_and_a_click_selects_it(qtbot, page: DevicesPage,  # type: ignore[no-untyped-def]
                                                              village_fleet: DeviceFleet) -> None:
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    positions = page.map.positions()
    assert set(positions) == set(village_fleet.devices)
    frame = QRectF(page.map.rect())
    assert all(frame.contains(p) for p in positions.values())
    # North is up and east is right: compare with the coordinates.
    rows = {r.id: r for r in page.model.rows()}
    north = max(rows.values(), key=lambda r: r.latitude or 0)
    south = min(rows.values(), key=lambda r: r.latitude or 0)
    assert positions[north.id].y() < positions[south.id].y()
    east = max(rows.values(), key=lambda r: r.longitude or 0)
    west = min(rows.values(), key=lambda r: r.longitude or 0)
    assert positions[east.id].x() > positions[west.id].x()
    target = "cl-005"
    qtbot.mouseClick(page.map, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(positions[target].x()), round(positions[target].y())))
    assert page.selected_ids() == [target]
    assert rows[target].name in page.detail.text()
    assert target in page.map._selected


def test_projection_fits_the_bounding_box() -> None:
    points = {"a": (12.60, 108.00), "b": (12.70, 108.10), "c": (12.65, 108.05)}
    placed = project(points, 400, 300, margin=20)
    xs = [p.x() for p in placed.values()]
    ys = [p.y() for p in placed.values()]
    assert min(ys) == pytest.approx(20)  # the taller side touches the margins
    assert max(ys) == pytest.approx(280)
    assert min(xs) > 20 and max(xs) < 380
    assert placed["c"].x() == pytest.approx(200) and placed["c"].y() == pytest.approx(150)
    single = project({"only": (12.6, 108.0)}, 400, 300)
    assert single["only"].x() == pytest.approx(200)


def test_import_reports_bad_rows_and_export_writes_the_list(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, page: DevicesPage, village_fleet: DeviceFleet,
        ctx: StationContext) -> None:
    source = tmp_path / "danh-sach.csv"
    village_fleet.write_registry(source)
    lines = source.read_text(encoding="utf-8").splitlines()
    lines.append("cl-099,loudspeaker_cluster,Cụm loa lỗi,Thôn Đông,abc,108.1,reference,"
                 "http://127.0.0.1:9/,,,")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page.import_from(source)
    qtbot.waitUntil(lambda: "rejected" in page.message.text(), timeout=TIMEOUT)
    assert "0 imported, 7 updated, 1 rejected." in page.message.text()
    assert f"Line {len(lines)}:" in page.message.text()
    out = tmp_path / "xuat.csv"
    page.export_to(out)
    qtbot.waitUntil(lambda: out.is_file() and "written" in page.message.text(),
                    timeout=TIMEOUT)
    assert "Cụm loa" in out.read_text(encoding="utf-8")
    assert len(read_targets(ctx.db)) == 7


def test_a_viewer_sees_but_cannot_operate(qtbot, env: PageEnv,  # type: ignore[no-untyped-def]
                                          village_fleet: DeviceFleet) -> None:
    viewer = PageEnv(ctx=env.ctx, actor=Actor("xem", Role.VIEWER, "Phạm Thu Trang"),
                     tasks=env.tasks, prefs=env.prefs, delivery=env.delivery)
    page = DevicesPage(viewer)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    page._select(["cl-001"])
    assert not page.volume_button.isEnabled() and not page.import_button.isEnabled()
    page.set_volume(["cl-001"], 1)  # the service refuses, the page says so plainly
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page) and bool(page.message.text()),
                    timeout=TIMEOUT)
    assert page.message.text() == ("Your role (Viewer) may not do this. Ask the station's "
                                   "administrator or leader.")
    assert village_fleet.devices["cl-001"].volume != 1
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)


def test_the_background_poll_raises_the_alarm_on_its_own(  # type: ignore[no-untyped-def]
        qtbot, live_env: PageEnv, village_fleet: DeviceFleet) -> None:
    page = DevicesPage(live_env)
    qtbot.addWidget(page)  # never shown: the alarm must not wait for a visit
    qtbot.waitUntil(lambda: page.model.rowCount() == 7
                    and all(r.status == "online" for r in page.model.rows()), timeout=TIMEOUT)
    village_fleet.devices["bd-01"].online = False
    qtbot.waitUntil(lambda: len(page.alarm_lines) == 1, timeout=TIMEOUT)
    assert village_fleet.devices["bd-01"].name in page.alarm_lines[0]
    qtbot.waitUntil(lambda: live_env.tasks.pending_count == 0, timeout=TIMEOUT)


def test_play_now_in_quiet_hours_needs_a_leaders_reason(qtbot, ctx: StationContext,  # type: ignore[no-untyped-def]
                                                        page: DevicesPage,
                                                        village_fleet: DeviceFleet) -> None:
    from console.settings import QUIET_END, QUIET_START
    from console.timezone import station_now

    hour = station_now().hour  # quiet hours now, whatever the hour of the test
    ctx.settings.set_many({QUIET_START: f"{(hour + 2) % 24:02d}:00",
                           QUIET_END: f"{(hour + 3) % 24:02d}:00"})
    item = make_item(ctx, cache_media(ctx, [4_000])[0], title="Thông báo tiêm chủng")
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=TIMEOUT)
    notes: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        if dialog.quiet_note.isVisibleTo(dialog):
            notes.append(dialog.quiet_note.text())
        dialog.reason_edit.setText("ngắn")  # too short: refused, nothing plays

    when_confirming(page, answer)
    page.play_now(["cl-001"], item)
    qtbot.waitUntil(lambda: bool(notes), timeout=TIMEOUT)
    assert "quiet hours" in notes[0]
    qtbot.waitUntil(lambda: "at least 10 characters" in page.message.text(), timeout=TIMEOUT)
    assert village_fleet.devices["cl-001"].now_playing is None
