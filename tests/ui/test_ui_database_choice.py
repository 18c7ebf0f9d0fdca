"""The first start of a data folder asks where the data is: this PC, or the station's
server (checked, then remembered: the address in the folder, the password in the keyring)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy.engine import make_url

from console.app import open_station
from console.services.workstation import needs_database_choice
from console.ui.dialogs import DatabaseChoiceDialog
from console.workstation import DATABASE_ENV, FILE_NAME, without_password


@pytest.fixture
def fresh_pc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)  # nothing chosen yet on this PC


def continue_(dialog: DatabaseChoiceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_this_pc_only_keeps_the_sqlite_file(qtbot, tasks, data_dir: Path, fresh_pc) -> None:  # type: ignore[no-untyped-def]
    assert needs_database_choice(data_dir)
    dialog = DatabaseChoiceDialog(data_dir, tasks)
    qtbot.addWidget(dialog)
    assert dialog.local_choice.isChecked() and not dialog.host_edit.isVisibleTo(dialog)
    continue_(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.connected is None
    assert not (data_dir / FILE_NAME).exists()
    open_station(data_dir).close()
    assert not needs_database_choice(data_dir)


@pytest.mark.postgres_only
@pytest.mark.slow  # a real server, checked and migrated in the background
def test_connect_to_the_station_server(qtbot, tasks, data_dir: Path, pg_database: str,  # type: ignore[no-untyped-def]
                                       memory_keyring, fresh_pc) -> None:
    url = make_url(pg_database)
    dialog = DatabaseChoiceDialog(data_dir, tasks)
    qtbot.addWidget(dialog)
    dialog.server_choice.setChecked(True)
    assert dialog.host_edit.isVisibleTo(dialog)
    dialog.host_edit.setText(str(url.host))
    dialog.port_edit.setValue(int(url.port))
    dialog.database_edit.setText(str(url.database))
    dialog.user_edit.setText(str(url.username))
    dialog.password_edit.setText("not the password")
    continue_(dialog)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20_000)
    assert dialog.result() != QDialog.DialogCode.Accepted
    said = dialog.error_label.text()
    assert said.startswith("Cannot reach the station's database server") and (
        "password authentication failed" in said and "not the password" not in said), said
    assert not (data_dir / FILE_NAME).exists()  # nothing kept from a failed try
    dialog.password_edit.setText(str(url.password))
    continue_(dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    saved = json.loads((data_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["database"] == without_password(url)
    assert str(url.password) not in (data_dir / FILE_NAME).read_text(encoding="utf-8")
    assert str(url.password) in memory_keyring.store.values()
    ctx = open_station(data_dir)  # the password comes from the keyring
    try:
        assert ctx.db.is_postgres and not needs_database_choice(data_dir)
    finally:
        ctx.close()
    assert os.environ.get(DATABASE_ENV) is None
