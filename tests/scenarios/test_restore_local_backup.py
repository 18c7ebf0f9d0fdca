"""A mistake undone from the station's own backups: every morning, when the console starts,
it keeps a copy of the station in its data folder (besides the one on the USB drive), as
it did before its last upgrade. This morning the administrator, tidying the programme
list, deletes the draft "Bản tin sáng thứ Hai" by mistake (yes to the question) and starts
a new programme. To get the draft back, they open Settings, Backups, "Restore from a
backup…": the wizard shows the USB drive's backup first; they switch to this computer's
backups (this morning's daily one at the top, the one kept before the upgrade below it),
pick this morning's, see its date and what it holds, sign in with their password and
restore. The console restarts on the station as it was this morning: the draft is back,
the new programme gone, the restore written in the audit log under the administrator's
name, the replaced database kept aside. Driven through the real start (run_gui), its
dialogs and its windows."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from console.app import open_station
from console.models.enums import Role
from console.services import audit
from console.services.offsite_backup import backup_now, list_backups, set_offsite_folder
from console.services.programmes.editing import create_programme
from console.services.users import UserService
from console.timezone import STATION_TZ, station_now
from console.ui import launch
from console.ui.dialogs.restore_wizard import RestoreWizard
from console.ui.frontdoor import FrontDoor
from console.ui.pages.backup_box import BackupBox
from console.ui.pages.programmes import ProgrammesPage

from .conftest import ADMIN, PASSWORD, click_page, click_settings_section, type_text
from .test_always_there import Steps, asks_who, front, main_window
from .test_backup_restore import _sign_in

pytestmark = [pytest.mark.qt_warnings_expected,
              pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*",
                                        "This plugin does not support", extend=True)]

LOST = "Bản tin sáng thứ Hai"
LATER = "Thông báo lịch tiêm phòng"
UPGRADED_FROM = "0016"   # the schema the console was upgraded from, two days ago


def _station(root: Path, usb: Path) -> Path:
    """The station before this morning: its people, a USB copy of two days ago, then the
    draft the administrator will lose. The copy's first start kept a backup in the data
    folder (before anyone existed): it stands for the copy kept before the upgrade two days
    ago (named as console.db.migrate names it, dated then), so this morning's start keeps
    its daily one, as the console does once a day."""
    ctx = open_station(root)
    users = UserService(ctx.db)
    users.create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    users.add_user(ADMIN, "bientap", Role.EDITOR, PASSWORD, "Nguyễn Thị Hoa")
    two_days_ago = dt.datetime.now(STATION_TZ) - dt.timedelta(days=2)
    set_offsite_folder(ctx, ADMIN, str(usb))
    backup_now(ctx, ADMIN, now=two_days_ago)
    airs = dt.datetime.combine(station_now().date() + dt.timedelta(days=1), dt.time(6),
                               STATION_TZ)
    create_programme(ctx.db, ADMIN, LOST, start_at=airs)
    ctx.close()
    (first,) = list(ctx.paths.backups.glob("console-*.sqlite3"))
    older = first.with_name(
        f"console-{two_days_ago:%Y%m%d-%H%M%S}-before-upgrade-{UPGRADED_FROM}.sqlite3")
    first.rename(older)
    os.utime(older, (two_days_ago.timestamp(), two_days_ago.timestamp()))
    return older


def _programmes(db: Path) -> set[str]:
    """The station's programmes (not its templates) in the database file `db`."""
    conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM programme WHERE NOT is_template")}
    finally:
        conn.close()


def _counts(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                     for t in ("source_item", "programme", "app_user"))
    finally:
        conn.close()


def _deleted(db: Path) -> list[tuple[str, str]]:
    """(who, which programme) of the deletions in the audit log of the file `db`."""
    conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        return [(actor, json.loads(detail)["name"]) for actor, detail in conn.execute(
            "SELECT actor, detail FROM audit_log WHERE action = 'programme.delete'")]
    finally:
        conn.close()


def _wizard() -> RestoreWizard | None:
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, RestoreWizard) else None


def _question() -> QMessageBox | None:
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, QMessageBox) else None


def _listed() -> list[str]:
    wizard = _wizard()
    assert wizard is not None
    view = wizard.choose_page.list
    return [view.item(i).text() for i in range(view.count())]


def _shown_date(backup: Path) -> str:
    """The date the console reads from a backup's name, as the wizard writes it."""
    return dt.datetime.strptime(backup.name[8:23], "%Y%m%d-%H%M%S").strftime("%d/%m/%Y %H:%M")


def _size(backup: Path) -> str:
    """The backup's size as the Vietnamese window writes it ("0,6 MB": a decimal comma)."""
    return f"{backup.stat().st_size / 2**20:.1f}".replace(".", ",") + " MB"


@pytest.fixture
def pc_clock_elsewhere() -> Iterator[None]:
    """The PC's clock set to another zone than the station's (a PC bought abroad, or set
    to UTC): what the console names and shows is station time all the same."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_restore_this_mornings_local_backup_after_a_draft_is_deleted_by_mistake(
        qapp, qtbot, synced_copy: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, pc_clock_elsewhere: None) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    older = _station(synced_copy, usb)
    database, backups = synced_copy / "console.sqlite3", synced_copy / "backups"
    at_the_backup = _programmes(database)
    assert at_the_backup == {LOST}
    counts_at_the_backup = _counts(database)
    (on_usb,) = list_backups(usb)
    monkeypatch.setattr(FrontDoor, "ask_keep_running", lambda self: False)
    seen: dict[str, object] = {}

    def programmes() -> ProgrammesPage:
        """Chương trình, clicked in the navigation."""
        window = main_window()
        assert window is not None
        page = click_page(qtbot, window, "programmes")
        assert isinstance(page, ProgrammesPage)
        return page

    def listed_programmes() -> list[str] | None:
        """The names in the programme list on screen (None: another page is shown)."""
        window = main_window()
        page = window.current_page() if window is not None and window.pages else None
        return [r.name for r in page.programme_list.rows] \
            if isinstance(page, ProgrammesPage) else None

    def signed_in() -> bool:
        window = main_window()
        return window is not None and not window.is_locked and bool(window.pages)

    # 1. This morning: the console starts and keeps its daily backup; the admin signs in.
    steps = Steps()
    steps.deadline = time.monotonic() + 45  # about 5 s when all goes well
    steps.then(lambda: asks_who() and len(list(backups.glob("console-*.sqlite3"))) == 2,
               lambda: _sign_in(ADMIN.username, PASSWORD), "signed in")

    # 2. The mistake: the draft found by its name, chosen, Delete, yes to the question.
    def search_for_the_draft() -> None:
        type_text(programmes().programme_list.search_edit, LOST)

    def choose_and_delete() -> None:
        page = main_window().current_page()  # type: ignore[union-attr]
        assert isinstance(page, ProgrammesPage)
        table = page.programme_list.table
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualItemRect(table.item(0, 0)).center())
        QTimer.singleShot(0, lambda: qtbot.keyClick(table, Qt.Key.Key_Delete))

    def say_yes() -> None:
        box = _question()
        assert box is not None
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    def new_programme() -> None:
        page = main_window().current_page()  # type: ignore[union-attr]
        assert isinstance(page, ProgrammesPage)
        page.programme_list.search_edit.clear()
        type_text(page.name_edit, LATER)
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)

    steps.then(signed_in, search_for_the_draft, "draft searched")
    steps.then(lambda: listed_programmes() == [LOST], choose_and_delete,
               "draft chosen, Delete pressed")
    steps.then(lambda: _question() is not None, say_yes, "yes, delete it")
    steps.then(lambda: LOST not in _programmes(database), new_programme,
               "a new programme started")

    # 3. Settings, Backups, "Restore from a backup…": the wizard opens on the USB drive.
    def backups_section() -> None:
        window = main_window()
        assert window is not None
        seen["box"] = click_settings_section(qtbot, window, "backup").box

    def box_read() -> bool:
        """The box shows its second place (read in a worker once the section is open)."""
        box = seen["box"]
        assert isinstance(box, BackupBox)
        return box.status is not None and box.folder_label.text() == str(usb.resolve())

    def open_the_wizard() -> None:
        box = seen["box"]
        assert isinstance(box, BackupBox)
        seen["restore_button"] = box.restore_button.text()
        QTimer.singleShot(0, lambda: qtbot.mouseClick(box.restore_button,
                                                      Qt.MouseButton.LeftButton))

    def on_the_usb() -> bool:
        wizard = _wizard()
        return wizard is not None and wizard.choose_page.list.count() == 1

    def this_computer() -> None:
        wizard = _wizard()
        assert wizard is not None
        seen["title"] = wizard.windowTitle()
        seen["usb"] = (wizard.choose_page.folder_label.text(), _listed())
        seen["local_button"] = wizard.choose_page.local_button.text()
        qtbot.mouseClick(wizard.choose_page.local_button, Qt.MouseButton.LeftButton)

    steps.then(lambda: LATER in _programmes(database), backups_section, "Cài đặt, Sao lưu")
    steps.then(box_read, open_the_wizard, "restore wizard")
    steps.then(on_the_usb, this_computer, "this computer's backups")

    # 4. This morning's backup, at the top, chosen; what it holds seen; Next.
    def pick_this_mornings() -> None:
        wizard = _wizard()
        assert wizard is not None
        view = wizard.choose_page.list
        seen["local"] = (wizard.choose_page.folder_label.text(), _listed())
        for row in (1, 0):  # the one below first, then this morning's: the click chooses
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                             pos=view.visualItemRect(view.item(row)).center())
            seen.setdefault("chosen", []).append(wizard.choose_page.chosen())  # type: ignore[union-attr]
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)

    def contents_read() -> bool:
        wizard = _wizard()
        return wizard is not None and wizard.currentPage() is wizard.contents_page \
            and wizard.contents_page.isComplete()

    def read_and_go_on() -> None:
        wizard = _wizard()
        assert wizard is not None
        seen["contents"] = (wizard.contents_page.summary.text(),
                            wizard.contents_page.detail.text())
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)

    steps.then(lambda: _wizard() is not None and _wizard().choose_page.folder == backups  # type: ignore[union-attr]
               and _wizard().choose_page.list.count() == 2,  # type: ignore[union-attr]
               pick_this_mornings, "this morning's backup chosen")
    steps.then(contents_read, read_and_go_on, "contents seen")

    # 5. The administrator's password, then "Restore and restart".
    def confirm() -> None:
        wizard = _wizard()
        assert wizard is not None
        page = wizard.confirm_page
        seen["confirm"] = (page.username_edit.text(), page.title())
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        assert not finish.isEnabled()  # no password yet
        type_text(page.password_edit, PASSWORD)
        seen["finish"] = finish.text()
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    steps.then(lambda: _wizard() is not None and _wizard().currentPage()  # type: ignore[union-attr]
               is _wizard().confirm_page,  # type: ignore[union-attr]
               confirm, "restore and restart")

    # 6. The console starts again on the restored station: the admin signs in again and
    # finds the draft back, the new programme gone.
    steps.then(lambda: asks_who() and _wizard() is None,
               lambda: _sign_in(ADMIN.username, PASSWORD), "signed in again")

    def show_every_programme() -> None:
        seen["after"] = sorted(listed_programmes() or ())
        front().tray.quit_action.trigger()

    steps.then(signed_in, programmes, "Chương trình")
    steps.then(lambda: bool(listed_programmes()), show_every_programme, "quit")

    QTimer.singleShot(0, steps.run)
    started = station_now().replace(microsecond=0)
    code = launch.run_gui(synced_copy, demo=False)
    if steps.error is not None:
        raise steps.error
    assert code == launch.EXIT_OK
    assert steps.done[-4:] == ["restore and restart", "signed in again", "Chương trình",
                               "quit"], steps.done
    (restored_from,) = set(backups.glob("console-*.sqlite3")) - {older}   # this morning's
    # Named, and so shown, in station time although the PC's clock is New York's.
    named = dt.datetime.strptime(restored_from.name[8:23], "%Y%m%d-%H%M%S")
    assert started <= named.replace(tzinfo=STATION_TZ) <= station_now(), (started, named)

    # What the window showed, in Vietnamese.
    assert seen["question"] == f"Xóa bản nháp “{LOST}”? Không thể hoàn tác.", seen["question"]
    assert seen["restore_button"] == "Khôi phục từ bản sao lưu…"
    assert seen["title"] == "Khôi phục từ bản sao lưu"
    assert seen["usb"] == (f"Thư mục: {usb.resolve()}",
                           [f"{_shown_date(on_usb.path)} · làm tay · {_size(on_usb.path)}"])
    assert seen["local_button"] == "Bản sao lưu trên máy này"
    assert seen["local"] == (f"Thư mục: {backups}", [
        f"{_shown_date(restored_from)} · hằng ngày · {_size(restored_from)}",
        f"{_shown_date(older)} · trước khi nâng cấp · {_size(older)}"]), seen["local"]
    assert seen["chosen"] == [older, restored_from]
    assert _counts(restored_from) == counts_at_the_backup   # the wizard counted the file
    items, count, users = counts_at_the_backup
    assert seen["contents"] == (
        f"Bản sao lưu lúc {_shown_date(restored_from)}",
        f"{items} tin bài, {count} chương trình, {users} người dùng. Kiểm tra cho thấy tệp "
        "còn nguyên vẹn."), seen["contents"]
    assert seen["confirm"] == (ADMIN.username, "Khôi phục và khởi động lại")
    assert seen["finish"] == "Khôi phục và khởi động lại"

    # The station is as it was this morning: the draft back, the later programme gone.
    assert _programmes(database) == at_the_backup
    assert sorted(at_the_backup) == seen["after"]
    assert _counts(database) == counts_at_the_backup
    (kept,) = synced_copy.glob("console.sqlite3.replaced-*")   # the replaced one, aside
    assert _programmes(kept) == (at_the_backup - {LOST}) | {LATER}
    assert _deleted(kept) == [(ADMIN.username, LOST)]        # the mistake, made in the window
    assert not (synced_copy / "console.sqlite3.restoring").exists()
    assert [b.path for b in list_backups(backups)] == [restored_from, older]
    ctx = open_station(synced_copy)
    try:
        (restore,) = audit.recent(ctx.db, action="database.restore")
        assert (restore.actor, restore.subject) == (ADMIN.username, restored_from.name)
        assert restore.detail["backup"] == str(restored_from)
        assert restore.detail["verified_against"] == "station"
        assert restore.detail["kept"] == str(kept)
        assert audit.recent(ctx.db, action="programme.delete") == []  # undone with the rest
    finally:
        ctx.close()
