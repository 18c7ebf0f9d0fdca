"""Backups off the disk, from the window: the Today page and the tray warn that the last
backup on the old drive is 8 days old; the admin chooses a new "USB drive" in Settings
(Backups) and backs up now; the warning goes. The data folder is then deleted. The console
starts as new, its first admin opens the restore wizard, picks the USB folder, sees the
backup's date and contents, signs in (a wrong password first), restores; the console
restarts on the restored station, whose own users sign in. Driven through the real start
(run_gui), its dialogs and its windows."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWizard,
)

from console.app import open_station
from console.models.enums import Role
from console.services import audit
from console.services.offsite_backup import backup_now, list_backups, set_offsite_folder
from console.services.permissions import Actor
from console.services.users import UserService
from console.timezone import STATION_TZ
from console.ui import launch
from console.ui.dialogs.database_choice import DatabaseChoiceDialog
from console.ui.dialogs.first_run import FirstRunDialog
from console.ui.dialogs.restore_wizard import RestoreWizard
from console.ui.frontdoor import FrontDoor
from console.ui.pages.backup_box import BackupBox
from console.ui.tray import StationTray

from .conftest import PASSWORD, type_text
from .test_always_there import Steps, asks_who, front, main_window

pytestmark = [pytest.mark.qt_warnings_expected,
              pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*",
                                        "This plugin does not support", extend=True)]

ADMIN = Actor("quantri", Role.ADMIN, "Quản trị viên")
NEW_PASSWORD = "mat-khau-may-moi-2"


def _station(root: Path, old_drive: Path) -> None:
    """120 items, an admin and an editor; its last backup on the old drive is 8 days old."""
    ctx = open_station(root)
    users = UserService(ctx.db)
    users.create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    users.add_user(ADMIN, "bientap", Role.EDITOR, PASSWORD, "Nguyễn Thị Hoa")
    set_offsite_folder(ctx, ADMIN, str(old_drive))
    backup_now(ctx, ADMIN, now=dt.datetime.now(STATION_TZ) - dt.timedelta(days=8))
    ctx.close()


def _sign_in(username: str, password: str) -> None:
    """On the window's own sign-in panel."""
    window = main_window()
    assert window is not None
    panel = window.sign_in_panel
    panel.username_edit.clear()
    panel.password_edit.clear()
    type_text(panel.username_edit, username)
    type_text(panel.password_edit, password)
    panel.sign_in_button.click()


def _box() -> BackupBox:
    window = main_window()
    assert window is not None
    page = window.show_page("settings")
    return page.backup_box  # type: ignore[attr-defined]


def _modal(kind: type) -> object | None:
    modal = QApplication.activeModalWidget()
    return modal if isinstance(modal, kind) else None


def _pick_folder(folder: Path) -> None:
    dialog = _modal(QFileDialog)
    assert isinstance(dialog, QFileDialog)
    dialog.setDirectory(str(folder))
    name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a person may
    assert name is not None
    name.setText(str(folder))
    dialog.accept()


def _today_notice() -> str:
    """The Today page's backup notice ("" until someone is signed in: no pages yet)."""
    window = main_window()
    assert window is not None
    if window.is_locked or not window.pages:  # the sign-in is still being checked
        return ""
    page = window.show_page("today")
    notice = page.backup_notice  # type: ignore[attr-defined]
    return notice.text() if not notice.isHidden() else ""


def _wizard() -> RestoreWizard | None:
    wizard = _modal(RestoreWizard)
    return wizard if isinstance(wizard, RestoreWizard) else None


def _counts(root: Path) -> tuple[int, set[str]]:
    conn = sqlite3.connect(root / "console.sqlite3")
    try:
        return (conn.execute("SELECT count(*) FROM source_item").fetchone()[0],
                {r[0] for r in conn.execute("SELECT username FROM app_user")})
    finally:
        conn.close()


def _run(steps: Steps, root: Path) -> int:
    QTimer.singleShot(0, steps.run)
    code = launch.run_gui(root, demo=False)
    if steps.error is not None:
        raise steps.error
    return code


def test_back_up_to_usb_and_restore_in_the_window_after_the_data_folder_is_lost(
        qapp, synced_copy: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    old_drive, usb = tmp_path / "o-cu", tmp_path / "usb"
    old_drive.mkdir()
    usb.mkdir()
    _station(synced_copy, old_drive)
    monkeypatch.setattr(FrontDoor, "ask_keep_running", lambda self: False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: dict[str, str] = {}
    # Every tray message, in order: the station's other alerts (a withdrawn item) may come
    # before or after the backup's.
    alerts: list[str] = []
    tray_alert = StationTray.alert

    def noting_alert(tray: StationTray, title: str, text: str, critical: bool = True) -> None:
        alerts.append(f"{title} {text}")
        tray_alert(tray, title, text, critical)

    monkeypatch.setattr(StationTray, "alert", noting_alert)

    def backup_alert() -> str:
        return next((a for a in alerts if str(old_drive) in a), "")

    # 1. The station as it runs: warned, a new drive chosen, backed up now.
    steps = Steps()
    steps.then(asks_who, lambda: _sign_in("quantri", PASSWORD), "signed in")
    steps.then(lambda: main_window() is not None and bool(_today_notice())
               and bool(backup_alert()),
               lambda: seen.update(today=_today_notice(), tray=backup_alert()),
               "warned: overdue")
    steps.then(lambda: _box().status is not None,
               lambda: QTimer.singleShot(0, _box().choose_button.click), "choose a folder")
    steps.then(lambda: _modal(QFileDialog) is not None, lambda: _pick_folder(usb),
               "the USB folder picked")
    steps.then(lambda: _box().status is not None and _box().status.folder == str(usb.resolve())
               and _box().now_button.isEnabled(),
               lambda: _box().now_button.click(), "back up now")
    steps.then(lambda: bool(list_backups(usb)) and not _box()._busy
               and _box().status is not None and _box().status.warning == "",
               lambda: main_window().show_page("today"), "backed up")  # type: ignore[union-attr]
    steps.then(lambda: _today_notice() == "",
               lambda: front().tray.quit_action.trigger(), "quit")
    assert _run(steps, synced_copy) == launch.EXIT_OK
    assert str(old_drive) in seen["today"] and str(old_drive) in seen["tray"]
    written = list_backups(usb)
    assert len(written) == 1 and written[0].reason == "manual"
    before = _counts(synced_copy)
    assert before == (120, {"quantri", "bientap"})

    # 2. The disk dies: the data folder is gone. A new station, restored from the USB.
    shutil.rmtree(synced_copy)

    def first_run() -> None:
        dialog = _modal(FirstRunDialog)
        assert isinstance(dialog, FirstRunDialog)
        type_text(dialog.username_edit, "moi")
        type_text(dialog.password_edit, NEW_PASSWORD)
        type_text(dialog.repeat_edit, NEW_PASSWORD)
        dialog.buttons.accepted.emit()

    def contents_shown() -> bool:
        wizard = _wizard()
        return wizard is not None and wizard.contents_page.isComplete()

    def confirm(password: str) -> None:
        wizard = _wizard()
        assert wizard is not None
        seen["contents"] = (wizard.contents_page.summary.text() + " "
                            + wizard.contents_page.detail.text())
        seen["buttons"] = " | ".join(wizard.button(b).text() for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton))
        page = wizard.confirm_page
        page.username_edit.clear()
        page.password_edit.clear()
        type_text(page.username_edit, "moi")
        type_text(page.password_edit, password)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    def this_pc_only() -> None:
        dialog = _modal(DatabaseChoiceDialog)
        assert isinstance(dialog, DatabaseChoiceDialog)
        dialog.local_choice.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    steps = Steps()
    steps.then(lambda: _modal(DatabaseChoiceDialog) is not None, this_pc_only,
               "this PC only (the data folder is new)")
    steps.then(lambda: _modal(FirstRunDialog) is not None, first_run, "first admin")
    steps.then(lambda: main_window() is not None and bool(_today_notice()),
               lambda: seen.update(fresh=_today_notice()), "no second place yet")
    # The button waits for the box to read its status (where the second place is).
    steps.then(lambda: _box().restore_button.isEnabled(),
               lambda: QTimer.singleShot(0, _box().restore_button.click), "restore wizard")
    steps.then(lambda: _wizard() is not None and not _wizard().choose_page.offsite_button  # type: ignore[union-attr]
               .isVisibleTo(_wizard()),
               lambda: QTimer.singleShot(0, _wizard().choose_page.other_button.click),  # type: ignore[union-attr]
               "another folder")
    steps.then(lambda: _modal(QFileDialog) is not None, lambda: _pick_folder(usb),
               "the USB folder picked")
    steps.then(lambda: _wizard() is not None and _wizard().choose_page.list.count() == 1,  # type: ignore[union-attr]
               lambda: _wizard().next(), "backup chosen")  # type: ignore[union-attr]
    steps.then(contents_shown, lambda: _wizard().next(), "contents seen")  # type: ignore[union-attr]
    steps.then(lambda: _wizard() is not None and _wizard().currentPage()  # type: ignore[union-attr]
               is _wizard().confirm_page,  # type: ignore[union-attr]
               lambda: confirm("sai-mat-khau-9"), "wrong password")
    steps.then(lambda: _wizard() is not None
               and not _wizard().confirm_page.error_label.isHidden(),  # type: ignore[union-attr]
               lambda: confirm(NEW_PASSWORD), "restore and restart")
    steps.then(lambda: asks_who() and _wizard() is None,
               lambda: _sign_in("quantri", PASSWORD), "the restored station's admin")
    steps.then(lambda: main_window() is not None and main_window().isVisible(),  # type: ignore[union-attr]
               lambda: front().tray.quit_action.trigger(), "quit")
    assert _run(steps, synced_copy) == launch.EXIT_OK
    assert steps.done[-3:] == ["restore and restart", "the restored station's admin", "quit"]
    assert "120" in seen["contents"] and "2" in seen["contents"]
    assert seen["buttons"] == "< &Quay lại | Khôi phục và khởi động lại | Hủy", seen["buttons"]
    assert written[0].saved_at.strftime("%d/%m/%Y %H:%M") in seen["contents"]
    assert seen["fresh"]                       # Today said: backups only on this disk
    assert _counts(synced_copy) == before
    kept = list(synced_copy.glob("console.sqlite3.replaced-*"))
    assert len(kept) == 1                      # the new station's database, kept aside
    assert not (synced_copy / "console.sqlite3.restoring").exists()
    ctx = open_station(synced_copy)
    try:
        rows = audit.recent(ctx.db, action="database.restore")
        assert rows[0].actor == "moi" and rows[0].subject == written[0].path.name
    finally:
        ctx.close()
