"""The console that is always there: started in the background (as at sign-in to Windows)
its player runs before anyone signs in; a second launch opens the window on its sign-in
panel; closing the window asks once and then keeps it running, locked; a new launch shows it
again, still asking who it is; the tray's Quit ends it. Driven through the real start
(run_gui), its dialogs and its windows."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from console.app import open_station
from console.app.instance_channel import ask_first_to_show
from console.media.playout_store import PlayoutStore
from console.models.enums import Role
from console.services.device_registry import import_device_rows
from console.services.permissions import Actor
from console.services.users import UserService
from console.settings import UI_KEEP_RUNNING
from console.ui import launch
from console.ui.frontdoor import FrontDoor
from console.ui.main_window import MainWindow

from .conftest import PASSWORD, type_text

# The offscreen platform says it cannot raise a window or hint sizes: expected here.
pytestmark = [pytest.mark.qt_warnings_expected,
              pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*",
                                        "This plugin does not support", extend=True)]

LOCAL = {"id": "pc-loa", "kind": "local", "name": "Loa máy tính", "village": "",
         "latitude": "", "longitude": "", "protocol": "local", "address": "",
         "device_id": "", "key": "", "groups": ""}


def station(data_dir: Path) -> None:
    ctx = open_station(data_dir)
    UserService(ctx.db).create_first_admin("quantri", PASSWORD, "Quản trị viên")
    import_device_rows(ctx, [LOCAL], Actor("quantri", Role.ADMIN))
    ctx.close()


class Steps:
    """Checks and actions run one after another from the event loop of run_gui."""

    def __init__(self) -> None:
        self.steps: list[tuple[Callable[[], bool], Callable[[], None]]] = []
        self.done: list[str] = []
        self.error: BaseException | None = None
        self.deadline = time.monotonic() + 120

    def then(self, when: Callable[[], bool], do: Callable[[], None], name: str) -> Steps:
        def act() -> None:
            do()
            self.done.append(name)
        self.steps.append((when, act))
        return self

    def run(self) -> None:
        if not self.steps or self.error is not None:
            return
        if time.monotonic() > self.deadline:  # never hang the suite: quit and report
            self.error = TimeoutError(f"stuck after {self.done}")
            QApplication.quit()
            return
        when, act = self.steps[0]
        try:
            if when():
                self.steps.pop(0)
                act()
        except BaseException as exc:  # reported by the test after run_gui returns
            self.error = exc
            QApplication.quit()
            return
        QTimer.singleShot(50, self.run)


def front() -> FrontDoor:
    found = QApplication.instance().findChild(FrontDoor)  # type: ignore[union-attr]
    assert found is not None
    return found


def main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def asks_who() -> bool:
    """The window is on screen, on its sign-in panel."""
    window = main_window()
    return window is not None and window.isVisible() and window.is_locked


def sign_in() -> None:
    panel = main_window().sign_in_panel  # type: ignore[union-attr]
    type_text(panel.username_edit, "quantri")
    type_text(panel.password_edit, PASSWORD)
    panel.sign_in_button.click()


def test_always_there(qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    station(data_dir)
    store = PlayoutStore(data_dir, "pc-loa")
    asked: list[bool] = []

    def answer_keep_running(self: FrontDoor) -> bool:  # the question the window asks once
        asked.append(True)
        QTimer.singleShot(0, lambda: None)
        return True

    steps = Steps()
    steps.then(lambda: bool(store.read_state().get("running")) and main_window() is None,
               lambda: None, "player runs with nobody signed in")
    steps.then(lambda: True, lambda: QTimer.singleShot(0, lambda: ask_first_to_show(data_dir)),
               "second launch")
    steps.then(asks_who, sign_in, "signed in")
    steps.then(lambda: main_window() is not None and not main_window().is_locked,  # type: ignore[union-attr]
               lambda: main_window().close(), "window closed")  # type: ignore[union-attr]
    steps.then(lambda: not main_window().isVisible(),  # type: ignore[union-attr]
               lambda: QTimer.singleShot(0, lambda: ask_first_to_show(data_dir)),
               "launched again")
    steps.then(asks_who,  # kept running in the background, but locked
               lambda: front().tray.quit_action.trigger(), "quit from the tray")
    monkeypatch.setattr(FrontDoor, "ask_keep_running", answer_keep_running)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QTimer.singleShot(0, steps.run)
    code = launch.run_gui(data_dir, demo=False, minimized=True)
    if steps.error is not None:
        raise steps.error
    assert code == launch.EXIT_OK
    assert steps.done == ["player runs with nobody signed in", "second launch", "signed in",
                          "window closed", "launched again", "quit from the tray"]
    assert asked == [True]  # asked once
    assert store.read_state()["running"] is False  # quitting stopped the player
    ctx = open_station(data_dir)
    try:
        assert ctx.settings.get(UI_KEEP_RUNNING) == "yes"
    finally:
        ctx.close()
