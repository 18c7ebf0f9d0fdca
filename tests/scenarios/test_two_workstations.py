"""Two PCs of one station on the station's PostgreSQL server: the operator's PC runs the
station's background work; the leader's window says so, sees the operator's programme
arrive for approval without being told, approves it, and takes the work over when the
operator's PC is switched off.

The leader's PC is this test's window (clicks only). The operator's PC is a second console
process (tests/scenarios/other_workstation.py) on the same database, with its own data
folder and media cache; what its editor does is part of the scene.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.app import open_station
from console.app.console_app import ConsoleApp
from console.models import AuditEntry
from console.models.enums import Role
from console.services import programmes as svc
from console.services.device_registry import import_device_rows
from console.services.permissions import SYSTEM, Actor
from console.services.source_account import connect_source
from console.services.users import UserService
from console.settings import STATION_CODE
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from console.sync.service import SyncService
from console.ui.live_bridge import LiveLinkBridge
from console.ui.main_window import MainWindow
from console.ui.pages.programmes import ProgrammesPage
from tests.support.keyrings import FileKeyring
from tests.support.programmes import audio_items, tomorrow_at

from .conftest import ADMIN, PASSWORD, shoot, show_window

pytestmark = [pytest.mark.postgres_only, pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]

ROOT = Path(__file__).resolve().parents[2]
EDITOR = Actor("bientap", Role.EDITOR, "Nguyễn Thị Hoa")
LEADER = Actor("lanhdao", Role.APPROVER, "Trần Văn Thủ")
WAIT = 30_000


class OtherPC:
    """The operator's console process: its lines arrive on a queue."""

    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.lines: queue.SimpleQueue[dict[str, object]] = queue.SimpleQueue()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.scenarios.other_workstation", str(data_dir)],
            cwd=ROOT, env=env, text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def answer(self) -> dict[str, object]:
        try:
            return self.lines.get(timeout=60)
        except queue.Empty:
            self.proc.kill()
            raise AssertionError(self.proc.stderr.read() if self.proc.stderr else "") from None

    def tell(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def switch_off(self) -> None:
        if self.proc.poll() is None:
            self.tell("quit")
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture
def shared_station(make_sim, tmp_path: Path  # type: ignore[no-untyped-def]
                   ) -> Iterator[tuple[StationContext, DeviceFleet, int]]:
    """The leader's PC's station on the server: synced, its people, three clusters in one
    village, and a draft the editor built at the operator's PC. Its secrets are in a keyring
    file the operator's PC reads too."""
    keyring.set_keyring(FileKeyring(tmp_path / "keyring.json"))
    ctx = open_station(tmp_path / "leader-pc")
    assert ctx.db.is_postgres
    connect_source(ctx, SYSTEM, make_sim(items=40).url, "demo", "demo")
    SyncService(ctx).sync_once()
    users = UserService(ctx.db)
    users.create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    users.add_user(ADMIN, EDITOR.username, Role.EDITOR, PASSWORD, EDITOR.display_name)
    users.add_user(ADMIN, LEADER.username, Role.APPROVER, PASSWORD, LEADER.display_name)
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    fleet = DeviceFleet(FleetConfig(clusters=3, boards=0, protocol="reference",
                                    villages=("Thôn Đông",))).start()
    report = import_device_rows(ctx, fleet.registry_rows(), ADMIN, name="scene")
    assert not report.errors, report.errors
    pid = svc.create_programme(ctx.db, EDITOR, "Bản tin chiều", start_at=tomorrow_at(17, 0),
                               item_ids=audio_items(ctx, 2, at=tomorrow_at(17, 0)))
    try:
        yield ctx, fleet, pid
    finally:
        fleet.stop()
        ctx.close()


@pytest.fixture
def operator_pc(shared_station, tmp_path: Path) -> Iterator[OtherPC]:  # type: ignore[no-untyped-def]
    ctx, _fleet, _pid = shared_station
    folder = tmp_path / "operator-pc"
    shutil.copytree(ctx.paths.media, folder / "media")  # it synced the same files earlier
    env = dict(os.environ) | FileKeyring.environment(tmp_path / "keyring.json")
    other = OtherPC(folder, env)
    try:
        yield other
    finally:
        other.switch_off()


def leaders_window(qtbot, qapp, ctx: StationContext, tasks, translations  # type: ignore[no-untyped-def]
                   ) -> tuple[MainWindow, ConsoleApp, LiveLinkBridge]:
    """The leader's console as the launcher builds it: its workers, its live link, its
    window in Vietnamese at 1366x768."""
    console = ConsoleApp(ctx).start()
    live = LiveLinkBridge(console.live)
    live.start()
    window = show_window(qtbot, qapp, tasks, translations, ctx, LEADER, live=live,
                         delivery=console.delivery, playout=console.playout)
    return window, console, live


def test_the_leaders_pc_approves_what_the_operators_pc_sent_and_takes_over(  # type: ignore[no-untyped-def]
        qtbot, qapp, tasks, translations, shared_station, operator_pc: OtherPC) -> None:
    ctx, fleet, pid = shared_station
    operator = str(operator_pc.answer()["ready"])   # "commune-console HOST PID"
    window, console, live = leaders_window(qtbot, qapp, ctx, tasks, translations)
    try:
        # The status bar says that the operator's PC sends to the devices, and this one
        # does not.
        bar = window.status_view.workers_label
        qtbot.waitUntil(lambda: bar.isVisible() and "gửi tới thiết bị chạy trên máy"
                        in bar.full_text() and operator.split(" ")[1] in bar.full_text(),
                        timeout=WAIT)
        assert not console.delivery_turn.running
        assert "gửi tới thiết bị chạy trên máy" in bar.toolTip()  # all of it, when cut short

        # The editor at the operator's PC sends the programme for approval: the leader's
        # list shows it waiting, with nobody pressing anything here.
        page = window.show_page("programmes")
        assert isinstance(page, ProgrammesPage)
        table = page.programme_list.table

        def row_of_programme() -> int | None:
            for r in range(table.rowCount()):
                item = table.item(r, 0)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == pid:
                    return r
            return None

        qtbot.waitUntil(lambda: row_of_programme() is not None, timeout=WAIT)
        assert "Bản nháp" in table.item(row_of_programme(), 0).toolTip()
        operator_pc.tell(json.dumps({"submit": pid}))
        assert operator_pc.answer() == {"submitted": pid}
        qtbot.waitUntil(lambda: row_of_programme() is not None and "Chờ duyệt"
                        in table.item(row_of_programme(), 0).toolTip(), timeout=WAIT)
        shoot(window, "two-pcs-vi")

        # The leader opens it and approves it with a click.
        rect = table.visualItemRect(table.item(row_of_programme(), 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: page.controller.row is not None
                        and page.controller.row.id == pid, timeout=WAIT)
        qtbot.waitUntil(page.approve_button.isEnabled, timeout=WAIT)
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.controller.row.status == "scheduled", timeout=WAIT)

        # The operator's PC is switched off: this PC takes the work over, the status bar
        # no longer names another PC, and the programme reaches the village's clusters.
        operator_pc.switch_off()
        qtbot.waitUntil(lambda: console.delivery_turn.running, timeout=WAIT)
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT)

        def holds(ident: str) -> bool:
            entries = fleet.devices[ident].schedule.get("entries", [])
            return any(str(e.get("id", "")).startswith(f"prog-{pid}-") for e in entries)

        qtbot.waitUntil(lambda: all(holds(i) for i in fleet.devices), timeout=60_000)
    finally:
        window.local_playout.stop()
        window.close()
        live.stop()
        console.stop()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20_000)

    # The audit names the editor at the other PC and the leader at this one.
    with ctx.db.read() as session:
        actions = dict(session.execute(select(AuditEntry.action, AuditEntry.actor).where(
            AuditEntry.subject == f"programme:{pid}",
            AuditEntry.action.in_(["programme.submit", "programme.approve"]))).all())
    assert actions == {"programme.submit": "bientap", "programme.approve": "lanhdao"}
