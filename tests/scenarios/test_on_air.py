"""On air from the window, as an operator would: a play-now in quiet hours is refused until a
leader signs in and writes why, and then reaches the loudspeakers at the station's loudness;
an item the province withdraws after it was pushed leaves the programme and the devices and
the window says so (banner, Today); a typed emergency is heard on the vendor gateway on a PC
with no espeak-ng program. Only widgets are driven; the outcome is read from the database,
the simulated devices and the files they kept (measured by ffmpeg outside the console)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from console.app import open_station
from console.app.live import LiveLink
from console.delivery.service import DeliveryService
from console.models import AuditEntry, ItemFile, MediaBlob, Programme, SourceItem
from console.models.enums import MediaState, Role
from console.services import programmes as svc
from console.services.device_registry import import_device_rows
from console.services.permissions import Actor
from console.services.users import UserService
from console.settings import QUIET_END, QUIET_START, STATION_CODE
from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.service import SyncService
from console.timezone import station_now
from console.ui.dialogs.item_picker import ItemPicker
from console.ui.dialogs.live_confirm import LiveConfirmDialog
from console.ui.live_bridge import LiveLinkBridge
from console.ui.main_window import MainWindow
from console.ui.pages.devices import DevicesPage
from console.ui.pages.emergency import EmergencyPage
from console.ui.pages.outbox import OutboxPage
from console.ui.pages.today import TodayPage
from tests.support.delivery import ebur128

from .conftest import ADMIN, PASSWORD, Scene, show_window, type_text

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]

OPERATOR = Actor("vanhanh", Role.OPERATOR, "Lê Văn Hải")
LEADER = Actor("lanhdao", Role.APPROVER, "Trần Văn Thủ")
WAIT = 30_000


@pytest.fixture
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SourceSimulator]:
    media = tmp_path_factory.getbasetemp() / "on-air-sim-media"
    with SourceSimulator(SimulatorConfig(items=30, seed=17, media_dir=media)) as simulator:
        yield simulator


@pytest.fixture
def scene(sim: SourceSimulator, tmp_path: Path) -> Iterator[Scene]:
    """A station synced from the source simulator, an operator and a leader, two clusters
    (one reference, one behind the vendor gateway) and a board that keep what they get."""
    ctx = open_station(tmp_path / "station")
    users = UserService(ctx.db)
    users.create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    users.add_user(ADMIN, OPERATOR.username, Role.OPERATOR, PASSWORD, OPERATOR.display_name)
    users.add_user(ADMIN, LEADER.username, Role.APPROVER, PASSWORD, LEADER.display_name)
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    SyncService(ctx).login(sim.url, "demo", "demo")
    SyncService(ctx).sync_once()
    fleet = DeviceFleet(FleetConfig(clusters=2, boards=1, protocol="both",
                                    keep_dir=tmp_path / "kept")).start()
    report = import_device_rows(ctx, fleet.registry_rows(), ADMIN, name="scene")
    assert not report.errors, report.errors
    service = DeliveryService(ctx, poll_every_s=30.0, collect_every_s=600.0,
                              idle_s=0.2).start()
    try:
        yield Scene(ctx, fleet, service)
    finally:
        service.stop()
        fleet.stop()
        ctx.close()


@pytest.fixture
def window(qtbot, qapp: QApplication, scene: Scene, tasks, translations  # type: ignore[no-untyped-def]
           ) -> Iterator[MainWindow]:
    """The operator's window in Vietnamese, with the live link to the province running."""
    live = LiveLinkBridge(LiveLink(scene.ctx))
    made = show_window(qtbot, qapp, tasks, translations, scene.ctx, OPERATOR, live=live,
                       delivery=scene.service)
    live.start()
    yield made
    live.stop(5.0)
    made.local_playout.stop()
    made.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)


def audio_items(scene: Scene, count: int) -> list[tuple[str, str, str]]:
    """(id, title, sha256) of cached audio items valid for hours yet, with distinct files."""
    later = station_now() + dt.timedelta(hours=6)
    with scene.ctx.db.read() as session:
        rows = session.execute(
            select(SourceItem.id, SourceItem.title, ItemFile.sha256, SourceItem.valid_from,
                   SourceItem.valid_until)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(SourceItem.kind == "audio", SourceItem.withdrawn.is_(False),
                   SourceItem.local.is_(False), SourceItem.priority == "normal",
                   MediaBlob.state == MediaState.READY).order_by(SourceItem.id)).all()
    chosen: list[tuple[str, str, str]] = []
    for item_id, title, sha, since, until in rows:
        if ((since is None or since <= station_now()) and (until is None or until > later)
                and sha not in {c[2] for c in chosen}
                and title not in {c[1] for c in chosen}):
            chosen.append((item_id, title, sha))
    assert len(chosen) >= count, "the simulator's catalogue has too few audio items"
    return chosen[:count]


def when_modal(kind: type, action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog of this kind as soon as it is shown."""
    deadline = time.monotonic() + WAIT / 1000

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            action(dialog)
        elif time.monotonic() < deadline:
            QTimer.singleShot(25, attempt)

    QTimer.singleShot(0, attempt)


def compose_emergency(qtbot, page: object, text: str) -> EmergencyPage:  # type: ignore[no-untyped-def]
    """On Khẩn cấp: a typed message, to every cluster and board (not sent yet)."""
    assert isinstance(page, EmergencyPage)
    qtbot.waitUntil(lambda: page.target_tree.topLevelItemCount() > 0, timeout=WAIT)
    qtbot.mouseClick(page.text_radio, Qt.MouseButton.LeftButton)
    page.text_edit.setFocus()
    type_text(page.text_edit, text)
    qtbot.mouseClick(page.all_radio, Qt.MouseButton.LeftButton)
    return page


def click_rows(qtbot, page: DevicesPage, ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    for n, ident in enumerate(ids):
        rect = page.table.visualRect(page.model.index(page.model.row_of(ident), 0))
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         rect.center())
    assert sorted(page.selected_ids()) == sorted(ids)


def play_now(qtbot, page: DevicesPage, title: str,  # type: ignore[no-untyped-def]
             answer: Callable[[LiveConfirmDialog], None]) -> list[str]:
    """Play now…, find the item by typing its title, choose it, look at the confirmation
    and answer it."""
    seen: list[str] = []

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemPicker)
        choose_in_picker(qtbot, dialog, title)
        when_modal(LiveConfirmDialog, confirm)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, LiveConfirmDialog)
        seen.append(dialog.facts.text())
        seen.append(dialog.quiet_note.text() if dialog.quiet_note.isVisible() else "")
        answer(dialog)

    when_modal(ItemPicker, pick)
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT)
    return seen


def choose_in_picker(qtbot, picker: ItemPicker, title: str) -> None:  # type: ignore[no-untyped-def]
    """Type the title into Phát ngay's search and click its row among the matches."""
    type_text(picker.search_edit, title)
    results = picker.results

    def row() -> int:
        return next((n for n in range(results.count())
                     if results.item(n).toolTip() == title), -1)

    qtbot.waitUntil(lambda: row() >= 0, timeout=WAIT)
    item = results.item(row())
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton,
                     pos=results.visualItemRect(item).center())
    assert picker.chosen() == item.data(Qt.ItemDataRole.UserRole)


def test_on_air_safely(qtbot, scene: Scene, window: MainWindow, sim: SourceSimulator,  # type: ignore[no-untyped-def]
                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ctx, fleet = scene.ctx, scene.fleet
    (played, played_title, _sha), (bulletin, bulletin_title, _other) = audio_items(scene, 2)

    # The scene: a programme for tomorrow morning that uses the bulletin, pushed to every
    # device; and quiet hours right now, whatever the hour of the test.
    tomorrow = (station_now() + dt.timedelta(days=1)).replace(hour=7, minute=0, second=0,
                                                                microsecond=0)
    pid = svc.create_programme(ctx.db, ADMIN, "Bản tin sáng", start_at=tomorrow,
                               item_ids=[bulletin])
    approved = svc.approve(ctx, LEADER, pid, quiet_reason="Bản tin sáng như mọi ngày")
    assert len(approved.jobs) == 3, approved
    qtbot.waitUntil(lambda: all(d.schedule.get("entries") for d in fleet.devices.values()),
                    timeout=WAIT)
    hour = station_now().hour
    ctx.settings.set_many({QUIET_START: f"{(hour + 2) % 24:02d}:00",
                           QUIET_END: f"{(hour + 3) % 24:02d}:00"})

    # 1. Play now in quiet hours: the confirmation names the devices, the item, its length
    # and the hour; with no leader it is refused and nothing plays.
    page = window.show_page("devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT)
    clusters = ["cl-001", "cl-002"]
    click_rows(qtbot, page, clusters)
    assert page.play_button.text() == "Phát ngay…"

    def without_leader(dialog: LiveConfirmDialog) -> None:
        type_text(dialog.reason_edit, "Thông báo khẩn của xã về lịch tiêm phòng")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    facts, quiet = play_now(qtbot, page, played_title, without_leader)
    now = station_now()
    assert all(fleet.devices[d].name in facts for d in clusters), facts
    assert f"“{played_title}”" in facts and "Thời lượng: " in facts
    assert f"{now:%d/%m/%Y}" in facts and "Lúc: " in facts
    assert quiet.startswith("Đang trong giờ yên tĩnh")
    qtbot.waitUntil(lambda: "lãnh đạo" in page.message.text(), timeout=WAIT)
    assert all(fleet.devices[d].now_playing is None for d in clusters)

    # 2. The leader signs in on the confirmation and writes why: it goes on air, audited
    # with the reason, at the station's loudness in each device's format.
    def with_leader(dialog: LiveConfirmDialog) -> None:
        type_text(dialog.reason_edit, "Thông báo khẩn của xã về lịch tiêm phòng")
        type_text(dialog.user_edit, LEADER.username)
        type_text(dialog.password_edit, PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    play_now(qtbot, page, played_title, with_leader)
    # Each on its own: the reference cluster plays for the clip's length only (on a busy
    # machine it may be over before it is looked at: what it began to play is asked), and
    # the gateway may still be fetching the file when it ends.
    qtbot.waitUntil(lambda: played_title in fleet.devices["cl-001"].titles_played,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: bool(fleet.devices["cl-002"].now_playing), timeout=WAIT)
    with ctx.db.read() as session:
        allowed = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "device.quiet_override")).one()
        played_entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "device.play_now")).one()
    assert allowed.actor == LEADER.username and "lịch tiêm phòng" in allowed.detail["reason"]
    assert allowed.detail["requested_by"] == OPERATOR.username
    assert played_entry.detail["quiet_override"] == LEADER.username
    assert played_entry.detail["item_id"] == played
    fleet.gateway.wait_downloads()  # type: ignore[union-attr]
    for device in clusters:
        kept = sorted((tmp_path / "kept" / device).iterdir())
        assert kept, device
        integrated, peak = ebur128(kept[-1])  # measured outside the console
        assert abs(integrated + 16.0) <= 1.0 and peak <= -1.0, (device, integrated, peak)

    # 3. The province withdraws the bulletin: "Synchronise now" brings it; the programme
    # loses it and goes back to its approver, the devices get their schedule without it,
    # and the window says so.
    sim.withdraw(bulletin)
    outbox = window.show_page("outbox")
    assert isinstance(outbox, OutboxPage)
    qtbot.waitUntil(outbox.sync_button.isEnabled, timeout=WAIT)
    qtbot.mouseClick(outbox.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.withdrawal_banner.isVisible, timeout=WAIT)
    banner = window.withdrawal_banner.text()
    assert banner.startswith("Tỉnh đã thu hồi") and f"“{bulletin_title}”" in banner, banner
    with ctx.db.read() as session:
        programme = session.get(Programme, pid)
        assert programme is not None
        assert programme.status == "submitted" and not programme.entries
    qtbot.waitUntil(lambda: not any(d.schedule.get("entries")
                                    for d in fleet.devices.values()), timeout=WAIT)
    today = window.show_page("today")
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: "Tỉnh đã thu hồi tin" in cards_text(today), timeout=WAIT)
    assert "Bản tin sáng" in cards_text(today)

    # 4. A typed emergency on a PC with no espeak-ng program: the console's own voice reads
    # it, and the vendor gateway, which plays only files, carries it.
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs"))
    emergency = compose_emergency(qtbot, window.show_page("emergency"),
                                  "Cháy rừng tại Thôn Tây, bà con tránh xa khu vực")
    asked: list[str] = []

    def broadcast(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    gateway = fleet.devices["cl-002"]
    held = set(gateway.media)
    when_modal(QMessageBox, broadcast)
    qtbot.mouseClick(emergency.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert all(d.name in asked[0] for d in fleet.devices.values()), asked[0]
    qtbot.waitUntil(lambda: bool(set(gateway.media) - held), timeout=WAIT)
    fleet.gateway.wait_downloads()  # type: ignore[union-attr]
    [reading] = set(gateway.media) - held
    qtbot.waitUntil(lambda: reading in str(gateway.now_playing), timeout=WAIT)
    [kept] = (tmp_path / "kept" / "cl-002").glob(f"{reading}.*")
    integrated, _peak = ebur128(kept)
    assert abs(integrated + 16.0) <= 1.0  # a reading, at the station's loudness


def cards_text(page: TodayPage) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in page.findChildren(QLabel)
                     if label.isVisible())
