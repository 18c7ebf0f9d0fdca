"""run_gui refuses a database it must not touch."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent

from console.services.users import UserService
from console.ui import launch

# The offscreen platform cannot resize windows to their size hints and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


def _database_from_the_future(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def test_too_new_database_is_refused_and_left_alone(
        qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str | None]] = []
    monkeypatch.setattr(launch, "show_message",
                        lambda _title, text, details=None: shown.append((text, details)))
    database = data_dir / "console.sqlite3"
    before = _database_from_the_future(database)
    assert launch.run_gui(data_dir, demo=False) == launch.EXIT_DATABASE
    assert database.read_bytes() == before
    assert len(shown) == 1
    text, details = shown[0]
    assert "newer version" in text
    assert details and "9999_from_the_future" in details
    # The lock was released: the next start is not told "already open".
    from console.app.instance_lock import acquire_instance_lock

    lock = acquire_instance_lock(data_dir)
    assert lock is not None
    lock.unlock()


def test_the_window_opens_on_its_sign_in_panel_and_exits_cleanly(
        qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from console.app import open_station
    from console.settings import UI_KEEP_RUNNING
    from console.ui.main_window import MainWindow

    ctx = open_station(data_dir)
    UserService(ctx.db).create_first_admin("admin", "secret-password")
    ctx.settings.set(UI_KEEP_RUNNING, "yes")  # closing hides it: nothing asks, nothing quits
    ctx.close()
    seen: list[bool] = []

    def quit_at_once(app) -> int:  # type: ignore[no-untyped-def]
        windows = [w for w in app.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.ctx.paths.root == data_dir]
        seen.extend(w.is_locked and w.isVisible() for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(launch, "run_event_loop", quit_at_once)
    assert launch.run_gui(data_dir, demo=False) == launch.EXIT_OK
    assert seen == [True]  # nobody signed in yet: the pages wait behind the sign-in
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)
                and w.ctx.paths.root == data_dir]  # gone with the run
