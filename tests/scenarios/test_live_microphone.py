"""Nói trực tiếp from the Devices page, on Debian's icecast2: the operator opens the dialog
with its button, reads where the sound goes, names the announcement, presses "Bắt đầu nói"
and speaks (a tone made at the microphone's pace stands in for the voice: this machine has
no microphone); a cluster tuned to the station's stream hears it under that name; "Kết
thúc" takes it off air and the audit log keeps both ends. The allowed hours are set so
that it is always quiet hours: the start waits for a written reason, which the audit log
keeps too (the service's tests take the daytime path). An operator, who may not allow
quiet hours, has a leader sign in in the dialog for this one broadcast. Clicks and keys;
the outcome read from the stream, the dialog and the database."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

import pytest
import requests
from PySide6.QtCore import QIODevice, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import select

from console.models import AuditEntry
from console.services.programmes.recording import PcmFormat
from console.settings import QUIET_END, QUIET_START
from console.ui.pages.devices import DevicesPage
from console.ui.pages.reports import ReportsPage
from console.ui.pages.reports.log_model import Column
from tests.peers.icecast_server import (
    MAIN,
    URGENT,
    IcecastServer,
    IcecastUnavailable,
    Listener,
    running_icecast,
)
from tests.peers.test_icecast_emergency import _register
from tests.support.delivery import audit_rows, quiet_now

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
from .week_steps import WAIT

pytestmark = pytest.mark.slow

TITLE = "Họp dân Thôn Tây lúc 19 giờ tối nay"
REASON = "Lũ về trong đêm, báo bà con ven suối"


class ToneMicrophone(QIODevice):
    """A microphone that hears a steady tone: 16-bit mono PCM as time passes, no faster."""

    format = PcmFormat(44100, 1, "int16")

    def __init__(self) -> None:
        super().__init__()
        self.frames = 0
        self.started = 0.0

    def start(self) -> QIODevice:
        self.open(QIODevice.OpenModeFlag.ReadOnly)
        self.started = time.monotonic()
        return self

    def stop(self) -> None:
        self.close()

    def isSequential(self) -> bool:
        return True

    def readData(self, maxlen: int) -> bytes:
        due = int((time.monotonic() - self.started) * self.format.sample_rate) - self.frames
        count = max(0, min(due, maxlen // 2))
        step = 2 * math.pi * 440 / self.format.sample_rate
        data = b"".join(int(9000 * math.sin(step * (self.frames + n))).to_bytes(
            2, "little", signed=True) for n in range(count))
        self.frames += count
        return data

    def writeData(self, data: bytes) -> int:
        return -1


@pytest.fixture
def icecast(scene: Scene) -> Iterator[IcecastServer]:
    try:
        with running_icecast() as server:
            yield server
    except IcecastUnavailable as exc:
        pytest.skip(str(exc))


def on_mount(server: IcecastServer) -> set[str]:
    """The mounts with a source now, from the server's own statistics."""
    stats = requests.get(f"{server.url}/admin/stats", auth=("admin", server.admin_password),
                         timeout=5).text
    return {part.split('"', 1)[0] for part in stats.split('<source mount="')[1:]}


def test_an_operator_speaks_live_from_the_devices_page(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, icecast: IcecastServer, open_window) -> None:
    _register(scene.ctx, icecast)
    quiet_now(scene.ctx)  # the allowed window starts two hours from now
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)

    # The button opens the dialog; it names where the sound goes, before anything goes out.
    button = page.live_button
    assert button.text() == "Nói trực tiếp…" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.live_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "Đài truyền thanh xã" in dialog.facts.text(), timeout=WAIT)
    assert MAIN not in on_mount(icecast)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.live_dialog is None, timeout=WAIT)

    # With a microphone (the tone): named, started, heard by a cluster under that name.
    dialog = page.open_live(source=ToneMicrophone())
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=WAIT)
    dialog.title_edit.selectAll()
    type_text(dialog.title_edit, TITLE)
    # Quiet hours: said, and without a reason the start is refused (nothing goes out).
    assert dialog.quiet_note.isVisible() and dialog.reason_edit.isVisible()
    assert dialog.quiet_note.text().startswith("Đang trong giờ yên tĩnh")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "ready" and "lý do" in dialog.message_label.text(),
                    timeout=WAIT)
    assert MAIN not in on_mount(icecast)
    dialog.reason_edit.setFocus()
    type_text(dialog.reason_edit, REASON)
    cluster = Listener(icecast.url + URGENT)  # tuned as clusters are: the emergency mount
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "on_air", timeout=WAIT)
    assert dialog.message_label.text().startswith("ĐANG PHÁT")
    cluster.start()
    try:
        qtbot.waitUntil(lambda: cluster.audio > 6000 and cluster.title == TITLE, timeout=WAIT)
        qtbot.waitUntil(lambda: dialog.meter.value() > 50 and dialog.time_label.text() != "00:00",
                        timeout=WAIT)
        assert MAIN in on_mount(icecast)
        shoot(dialog, "live-on-air")
    finally:
        cluster.stop.set()

    # "Kết thúc": off air, said with how long; the server has no source on the mount.
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=WAIT)
    assert dialog.message_label.text().startswith("Đã dừng phát sau")
    qtbot.waitUntil(lambda: MAIN not in on_mount(icecast), timeout=WAIT)
    with scene.ctx.db.read() as session:
        entries = session.execute(select(AuditEntry.action, AuditEntry.actor, AuditEntry.detail)
                                  .where(AuditEntry.action.like("device.live%"))
                                  .order_by(AuditEntry.id)).all()
    assert [(a, who) for a, who, _d in entries] == [("device.live_start", ADMIN.username),
                                                    ("device.live_stop", ADMIN.username)]
    assert entries[0][2]["title"] == TITLE and entries[1][2]["seconds"] > 0
    assert entries[0][2]["quiet_override"] == ADMIN.username
    with scene.ctx.db.read() as session:
        reasons = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "device.quiet_override")).all()
    assert [r["reason"] for r in reasons] == [REASON]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.live_dialog is None, timeout=WAIT)

    # Báo cáo › Nhật ký phát thanh: a line for the stream, the commune's own words, played
    # for as long as they were on air, as the console streamed them.
    reports = click_page(qtbot, window, "reports")
    assert isinstance(reports, ReportsPage)
    log = reports.log_tab
    qtbot.waitUntil(lambda: log.model.rowCount() == 1
                    and log.model.index(0, Column.TITLE).data() == TITLE, timeout=WAIT)
    row = [str(log.model.index(0, c).data()) for c in (
        Column.TITLE, Column.TARGET, Column.RESULT, Column.ORIGIN, Column.SOURCE)]
    assert row == [TITLE, "Đài truyền thanh xã", "Đã phát", "Xã tự sản xuất",
                   "Phần mềm điều khiển"]
    played = str(log.model.index(0, Column.PLAYED).data())  # m:ss
    spoken = entries[1][2]["seconds"]  # as the audit log has it, to a tenth
    assert played in {f"0:{round(spoken + d):02d}" for d in (-0.1, 0.0, 0.1)}, played


def test_a_leader_signs_in_for_an_operator_speaking_in_quiet_hours(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, icecast: IcecastServer, open_window) -> None:
    _register(scene.ctx, icecast)
    operator = add_operator(scene)
    quiet_now(scene.ctx)  # the allowed window starts two hours from now
    page = click_page(qtbot, open_window(operator), "devices")
    assert isinstance(page, DevicesPage)
    dialog = page.open_live(source=ToneMicrophone())
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=WAIT)

    # Quiet hours, and the operator may not allow them: the leader's fields are offered.
    assert "đăng nhập tại đây" in dialog.quiet_note.text()
    for field in (dialog.reason_edit, dialog.user_edit, dialog.password_edit):
        assert field.isVisible() and field.isEnabled()
    dialog.reason_edit.setFocus()
    type_text(dialog.reason_edit, REASON)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # no leader yet
    assert dialog.state == "ready" and "lãnh đạo" in dialog.message_label.text()
    assert dialog.user_edit.hasFocus()

    # A wrong password: refused, nothing goes out, the password is to be typed again.
    type_text(dialog.user_edit, "lanhdao")
    dialog.password_edit.setFocus()
    type_text(dialog.password_edit, "khong-dung-mat-khau")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "ready" and "mật khẩu" in dialog.message_label.text(),
                    timeout=WAIT)
    assert dialog.password_edit.text() == "" and dialog.user_edit.text() == "lanhdao"
    assert MAIN not in on_mount(icecast)

    # The leader's password: on air, heard; the operator stays the one speaking.
    dialog.password_edit.setFocus()
    type_text(dialog.password_edit, PASSWORD)
    shoot(dialog, "live-leader-signs-in")
    cluster = Listener(icecast.url + URGENT)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "on_air", timeout=WAIT)
    cluster.start()
    try:
        qtbot.waitUntil(lambda: cluster.audio > 6000, timeout=WAIT)
    finally:
        cluster.stop.set()
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=WAIT)
    qtbot.waitUntil(lambda: MAIN not in on_mount(icecast), timeout=WAIT)

    entries = audit_rows(scene.ctx, "device.quiet_override", "device.live_start")
    assert [(a, who) for a, who, _d in entries] == [("device.quiet_override", "lanhdao"),
                                                    ("device.live_start", "vanhanh")]
    assert entries[0][2]["reason"] == REASON and entries[0][2]["requested_by"] == "vanhanh"
    assert entries[1][2]["quiet_override"] == "lanhdao"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.live_dialog is None, timeout=WAIT)


def closing_answer(asked: list[str], close: bool):  # type: ignore[no-untyped-def]
    """An answer for answer_next_dialog(): the question kept, then "close anyway" or
    "keep the console open" pressed."""
    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        wanted = (QMessageBox.ButtonRole.DestructiveRole if close
                  else QMessageBox.ButtonRole.RejectRole)
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()
    return answer


def test_the_console_keeps_the_voice_on_air_until_it_is_ended(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, icecast: IcecastServer, open_window) -> None:
    """Speaking is no input to the window: the idle lock waits while the sound goes out
    (it would end it); closing the window asks first, then takes the sound off air before
    the window goes, the end audited."""
    _register(scene.ctx, icecast)
    scene.ctx.settings.set(QUIET_START, "00:00")  # daytime all day: no reason asked
    scene.ctx.settings.set(QUIET_END, "23:59")
    window = open_window(ADMIN)
    page = click_page(qtbot, window, "devices")
    assert isinstance(page, DevicesPage)
    dialog = page.open_live(source=ToneMicrophone())
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=WAIT)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "on_air", timeout=WAIT)

    # Idle for many times the idle time: still on air, the window not locked.
    window.idle.set_interval_ms(200)
    qtbot.wait(1500)
    assert dialog.state == "on_air" and not window.is_locked
    assert MAIN in on_mount(icecast)

    # Closing asks; "keep the console open" keeps the window and the sound.
    asked: list[str] = []
    answer_next_dialog(closing_answer(asked, close=False))
    window.close()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT)
    assert "đang nói trực tiếp" in asked[0]
    assert window.isVisible() and dialog.state == "on_air"

    # "Close anyway": off air and audited before the window is gone.
    answer_next_dialog(closing_answer(asked, close=True))
    window.close()
    assert not window.isVisible()
    with scene.ctx.db.read() as session:
        ends = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "device.live_stop")).all()
    assert len(ends) == 1 and ends[0]["seconds"] > 1
    qtbot.waitUntil(lambda: MAIN not in on_mount(icecast), timeout=WAIT)
