"""Scenarios drive the window only: clicks, keys, drags and dialogs. Fixtures set the scene
(a station synced from the source simulator, its people, simulated devices in villages,
the delivery service running); outcomes may be read from the database, never made there."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from console.app import open_station
from console.delivery.service import DeliveryService
from console.models.enums import Role
from console.services.device_registry import import_device_rows
from console.services.permissions import Actor
from console.services.users import UserService
from console.settings import STATION_CODE, UI_DEVICES_HIDDEN
from console.sim.devices import DeviceFleet, FleetConfig
from console.station import StationContext
from console.ui.main_window import MainWindow
from console.ui.pages.base import Page
from console.ui.preferences import UiPreferences, saved_layouts
from tests.support.widgets import delete_now

from .modal_guard import ModalGuard

PASSWORD = "mat-khau-du-dai-1"
VILLAGES = ("Thôn Đông", "Thôn Tây", "Ấp Phú Hòa")
ADMIN = Actor("quantri", Role.ADMIN, "Quản trị viên")
OPERATOR = Actor("vanhanh", Role.OPERATOR, "Lò Văn Páo")  # may not allow quiet hours


def add_operator(scene: Scene) -> Actor:
    """The operator's account, added to the scene's station."""
    UserService(scene.ctx.db).add_user(ADMIN, OPERATOR.username, Role.OPERATOR, PASSWORD,
                                       OPERATOR.display_name)
    return OPERATOR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


@pytest.fixture(autouse=True)
def unanswered_modals(request: pytest.FixtureRequest,
                      qapp: QApplication) -> Iterator[ModalGuard]:
    """Every scenario: a modal left open past the guard's limit is closed and fails the test
    with its text, instead of hanging the worker (`@pytest.mark.modal_limit(s)` moves it)."""
    marker = request.node.get_closest_marker("modal_limit")
    guard = ModalGuard(*(marker.args if marker else ())).start()
    yield guard
    guard.stop()
    guard.fail_if_stuck()


@dataclass
class Scene:
    ctx: StationContext
    fleet: DeviceFleet
    service: DeliveryService


@pytest.fixture
def scene(synced_copy: Path) -> Iterator[Scene]:
    ctx = open_station(synced_copy)
    users = UserService(ctx.db)
    users.create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    users.add_user(ADMIN, "bientap", Role.EDITOR, PASSWORD, "Nguyễn Thị Hoa")
    users.add_user(ADMIN, "lanhdao", Role.APPROVER, PASSWORD, "Trần Văn Thủ")
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    fleet = DeviceFleet(FleetConfig(clusters=6, boards=3, protocol="both",
                                    villages=VILLAGES)).start()
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
def open_window(qtbot, qapp: QApplication, scene: Scene, tasks,  # type: ignore[no-untyped-def]
                translations) -> Iterator[Callable[[Actor], MainWindow]]:
    """The console's window for a signed-in person, in Vietnamese, at 1366x768."""
    windows: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = show_window(qtbot, qapp, tasks, translations, scene.ctx, actor,
                             delivery=scene.service)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.local_playout.stop()
        window.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)
    delete_now(*windows)


def show_window(qtbot, qapp: QApplication, tasks, translations,  # type: ignore[no-untyped-def]
                ctx: StationContext, actor: Actor, **parts: object) -> MainWindow:
    """The main window for `actor`, in Vietnamese, at 1366x768, shown; `parts` are the
    window's other arguments (delivery, live, playout)."""
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                          font_scale=1.0, devices_hidden=ctx.settings.get(UI_DEVICES_HIDDEN),
                          layouts=saved_layouts(ctx.settings))
    prefs.apply_all()
    window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs, **parts)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_page(qtbot, window: MainWindow, key: str) -> Page:  # type: ignore[no-untyped-def]
    """The page `key`, chosen with a click on its entry in the navigation."""
    row = next(n for n, page in enumerate(window.pages) if page.key == key)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.nav.visualItemRect(window.nav.item(row)).center())
    page = window.current_page()
    assert page.key == key
    return page


def click_settings_section(qtbot, window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    """Cài đặt, then the section `key` chosen with a click in its list of sections."""
    settings = click_page(qtbot, window, "settings")
    listed = settings.section_list
    item = listed.item([s.key for s in settings.sections].index(key))
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton,
                     pos=listed.visualItemRect(item).center())
    section = settings.current_section()
    assert section.key == key
    return section


def answer_next_dialog(action: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog as soon as it is shown (a QInputDialog, a question)."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries < 200:
                QTimer.singleShot(25, lambda: attempt(tries + 1))
            return
        action(dialog)

    QTimer.singleShot(0, attempt)


def accept_text(text: str | None = None) -> Callable[[QWidget], None]:
    """Type `text` into a QInputDialog (or keep what it proposes) and press OK."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        if text is not None:
            dialog.setTextValue(text)  # type: ignore[attr-defined]
        dialog.accept()

    return act


def press_yes(dialog: QWidget) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def label_words(label: QLabel) -> str:
    """A label's text as read on screen: a link's words without its markup."""
    if label.textFormat() == Qt.TextFormat.RichText:
        return QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    return label.text()


def noting(asked: list[str], button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """An answer for answer_next_dialog(): the question's words kept in `asked`, then
    `button` pressed."""
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        dialog.button(button).click()
    return answer


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into a widget, key by key, Vietnamese letters included (QTest's key
    clicks know only ASCII keys; a key event carries any text)."""
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def shoot(window: QWidget, name: str) -> None:
    """With COMMUNE_CONSOLE_SHOTS=FOLDER, keep a picture of the window as the scenario saw it
    (how some of the pictures in docs/ are retaken)."""
    folder = os.environ.get("COMMUNE_CONSOLE_SHOTS")
    if folder:
        QApplication.processEvents()
        window.grab().save(str(Path(folder) / f"{name}.png"))
