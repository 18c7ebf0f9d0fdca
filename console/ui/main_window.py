"""The main window: navigation on the left, one page at a time, the station's status below.

Nobody signed in (at start, after the idle lock, after signing out), the sign-in panel
takes the pages' place; the emergency banner above stays live either way. The menu bar
holds the account (change password, lock, sign out) and help (the guide, F1; about).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..app.playout import LocalPlayout
from ..services.permissions import Actor
from ..services.station_info import read_station_name
from ..services.sync_status import item_titles
from ..services.users import UserService
from ..settings import IDLE_LOCK_MIN, UI_WINDOW
from ..station import StationContext
from .close_warning import close_warning_text
from .dialogs.live_dialog import end_live, speaking_live
from .dialogs.passwords import ChangePasswordDialog
from .emergency_banner import EmergencyBanner
from .help import AboutDialog, HelpWindow
from .live_bridge import LiveLinkBridge
from .navigation import NavigationList
from .page_list import PAGE_CLASSES
from .pages.base import Page, PageEnv
from .pages.devices_link import DeliveryLink, DeliveryWorker
from .preferences import UiPreferences
from .session import IdleWatcher, SessionControls
from .sign_in import SignInPanel
from .status_bar import StationStatusBar, StatusController
from .tasks import TaskRunner
from .timefmt import format_time
from .widgets import scrolling, text_label
from .window_size import window_plan, window_text

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 720)
MINIMUM_SIZE = (900, 560)


def page_shortcut(index: int) -> QKeySequence:
    """Ctrl+<position>: Today is Ctrl+0, the nine pages after it Ctrl+1 … Ctrl+9."""
    return QKeySequence(f"Ctrl+{index}")


def _unique_keys(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Shortcuts without repeats: a key bound twice to one action is "ambiguous" to Qt."""
    found: list[QKeySequence] = []
    for key in keys:
        sequences = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                     else [QKeySequence(key)])
        found.extend(seq for seq in sequences if not seq.isEmpty() and seq not in found)
    return found


# Pages re-read when another workstation changes one of their tables (the catalogue's own
# signal covers today and the library).
PAGE_TABLES = {
    "today": {"programme", "schedule", "delivery_job", "delivery_target", "as_run"},
    "programmes": {"programme", "schedule", "programme_entry"},
    "schedule": {"programme", "schedule", "programme_entry"},
    "devices": {"delivery_target", "delivery_job"},
    "outbox": {"outbox", "delivery_job"},
    "reports": {"as_run"},
}


class MainWindow(QMainWindow):
    """`actor` None: the window opens locked, on the sign-in panel."""

    signed_in = Signal(object)   # Actor
    locked = Signal()

    def __init__(self, ctx: StationContext, actor: Actor | None, *, tasks: TaskRunner,
                 prefs: UiPreferences, live: LiveLinkBridge | None = None,
                 delivery: DeliveryWorker | None = None,
                 playout: LocalPlayout | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.live = live
        self.actor: Actor | None = None
        self.tasks = tasks
        self.prefs = prefs
        self.users = UserService(ctx.db)
        self._station_name: str | None = None
        self._pending_emergency: str | None = None
        self.help_window: HelpWindow | None = None
        self.dialog: QDialog | None = None   # the account dialog open now (tests drive it)
        self.setObjectName("mainWindow")
        self.resize(*DEFAULT_SIZE)
        self.setMinimumSize(*MINIMUM_SIZE)

        # The delivery service calls back from its threads; the link re-emits on this one.
        self.delivery = DeliveryLink(ctx, delivery, parent=self)
        self.controls = SessionControls(self)
        self.controls.lock_requested.connect(lambda: self.lock("locked"))
        self.controls.help_requested.connect(self.show_help)
        self.idle = IdleWatcher(self)
        self.idle.watch(self)
        self.idle.idle.connect(self._idle)
        self.controls.idle_minutes_changed.connect(self.idle.set_minutes)
        self.nav = NavigationList()
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        self._page_actions: list[QAction] = []

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = text_label()
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setVisible(ctx.demo)
        outer.addWidget(self.demo_banner)
        self.emergency_banner = EmergencyBanner()
        self.emergency_banner.open_item.connect(self.open_item)
        self.emergency_banner.start_emergency.connect(self.prepare_emergency)
        outer.addWidget(self.emergency_banner)
        # Items the province withdrew: what left the air (hidden until it happens).
        self.withdrawal_banner = text_label("error")
        self.withdrawal_banner.setObjectName("withdrawalBanner")
        self.withdrawal_banner.hide()
        outer.addWidget(self.withdrawal_banner)
        # The pages, or the sign-in panel in their place.
        self.body = QStackedWidget()
        self.work = QWidget()
        row = QHBoxLayout(self.work)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        # The station's name above the pages: who this console speaks for, at a glance.
        side = QWidget()
        side.setObjectName("sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 1, 0)   # leaves the panel's right border visible
        side_layout.setSpacing(0)
        self.station_label = text_label("stationName")
        self.station_label.hide()
        side_layout.addWidget(self.station_label)
        side_layout.addWidget(self.nav, 1)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.sign_in_panel = SignInPanel(self.users, tasks)
        self.sign_in_panel.signed_in.connect(self.sign_in)
        self.body.addWidget(self.work)
        self.body.addWidget(self.sign_in_panel)
        outer.addWidget(self.body, 1)
        self.setCentralWidget(central)

        self.status_view = StationStatusBar(actor)
        self.setStatusBar(self.status_view)
        self.status = StatusController(ctx, tasks, parent=self)
        self.status.status_changed.connect(self.status_view.show_status)
        self.controls.status_stale.connect(self.status.refresh)  # e.g. an FM relay sent
        self.status.failed.connect(self.status_view.show_failure)

        self._make_view_actions()
        self._make_menus()
        self.nav.currentRowChanged.connect(self._row_changed)
        if actor is not None:
            self.sign_in(actor)
        else:
            self.lock("")
        self.retranslate()
        self.status.start()
        tasks.submit(lambda: read_station_name(ctx.db), on_done=self._station_loaded,
                     context=self, name="read station name")
        # Local playout: this computer's speakers play their schedule while the window is open.
        self.local_playout = playout if playout is not None else LocalPlayout(ctx)
        tasks.submit(self.local_playout.target_ids, on_done=self._start_playout, context=self,
                     name="find local playout")
        if live is not None:
            live.emergency.connect(self.emergency_arrived)
            for signal in (live.link_changed, live.outbox_sent, live.sync_finished):
                signal.connect(self.refresh_status)
            live.catalogue_changed.connect(self._catalogue_changed)
            live.withdrawn.connect(self.withdrawn_arrived)
            live.station_changed.connect(self._station_changed)

    # --- signing in and out --------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.body.currentWidget() is self.sign_in_panel

    def sign_in(self, actor: Actor) -> None:
        """Show the pages for `actor` (the same person's pages are kept as they were)."""
        rebuild = self.actor != actor or not self.pages
        self.actor = actor
        if rebuild:
            self._build_pages(actor)  # showing the first page loads it
        else:
            self.current_page().activate()
        self.status_view.set_actor(actor)
        self.body.setCurrentWidget(self.work)
        for action in (*self._page_actions, *self._account_actions):
            action.setEnabled(True)
        settings = self.ctx.settings
        self.tasks.submit(lambda: int(settings.get(IDLE_LOCK_MIN)), on_done=self._watch_idle,
                          context=self, name="read idle time")
        self.signed_in.emit(actor)
        if self._pending_emergency is not None:
            item_id, self._pending_emergency = self._pending_emergency, None
            self.prepare_emergency(item_id)

    def _idle(self) -> None:
        if speaking_live(self):  # the lock would take the voice off air: it waits
            self.idle.start()
            return
        self.lock("idle")

    def _watch_idle(self, minutes: int) -> None:
        if self.ctx.demo:  # the practice commune is never locked away from its visitor
            minutes = 0
        if not self.is_locked:
            self.idle.set_minutes(minutes)
            self.idle.start()

    def lock(self, reason: str = "locked") -> None:
        """The sign-in panel in place of the pages: "idle", "locked", "signed_out" or ""."""
        self.idle.stop()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():  # nothing of the session stays on screen
                dialog.reject()
        username = self.actor.username if self.actor is not None else ""
        if reason == "signed_out":
            self._clear_pages()
            self.actor = None
            username = ""
        # The session stays behind the lock, but not the name: nobody is at the console.
        self.status_view.set_actor(None, locked=reason in ("idle", "locked"))
        for action in (*self._page_actions, *self._account_actions):
            action.setEnabled(False)
        self.sign_in_panel.prepare(username, reason)
        self.body.setCurrentWidget(self.sign_in_panel)
        self.locked.emit()

    def sign_out(self) -> None:
        self.lock("signed_out")

    def _build_pages(self, actor: Actor) -> None:
        self._clear_pages()
        env = PageEnv(ctx=self.ctx, actor=actor, tasks=self.tasks, prefs=self.prefs,
                      live=self.live, delivery=self.delivery, session=self.controls)
        self.nav.blockSignals(True)
        for page_class in PAGE_CLASSES:
            page = page_class(env)
            self.pages.append(page)
            self.stack.addWidget(scrolling(page, sideways=True) if page_class.scrollable
                                  else page)
            self.nav.add_entry(page_class.key, page_class.nav_title(),
                               self.style().standardIcon(page_class.icon),
                               emergency=page_class.emergency)
        self._page_actions = self._make_page_actions()
        self._link_pages()
        self.nav.blockSignals(False)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)

    def _clear_pages(self) -> None:
        for action in self._page_actions:
            self.removeAction(action)
            action.deleteLater()
        self._page_actions = []
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.pages = []

    # --- the account and help menus ------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.account_menu = QMenu(self)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.lock("locked"))
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self._account_actions = [self.password_action, self.lock_action, self.sign_out_action]
        for action in self._account_actions:
            self.account_menu.addAction(action)
            self.addAction(action)
        self.help_menu = QMenu(self)
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(lambda: self.show_help(self.help_topic()))
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.help_action, self.about_action):
            self.help_menu.addAction(action)
            self.addAction(action)  # F1 works on the sign-in panel too
        bar.addMenu(self.account_menu)
        bar.addMenu(self.help_menu)

    def change_password(self) -> None:
        if self.actor is None:
            return
        dialog = ChangePasswordDialog(self.users, self.tasks, self.actor.username, parent=self)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def help_topic(self) -> str:
        if self.is_locked or not self.pages:
            return "index"
        return self.current_page().help_topic()

    def show_help(self, topic: str = "index") -> HelpWindow:
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show_topic(topic)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def show_about(self) -> None:
        self._open(AboutDialog(self))

    def show_for_screen(self) -> None:
        """As it was last closed; the first time maximised on small screens (1366x768
        laptops), else a comfortable centred window (window_size.py)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.show()
            return
        available = screen.availableGeometry()
        plan = window_plan(self.prefs.layout(UI_WINDOW),
                           (available.width(), available.height()), DEFAULT_SIZE,
                           MINIMUM_SIZE)
        if plan.maximized:
            self.showMaximized()
            return
        self.resize(plan.width, plan.height)
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())
        self.show()

    # --- navigation ----------------------------------------------------------------------------

    def _link_pages(self) -> None:
        """Pages that lead to another: an airing on the schedule, or a programme waiting
        for approval on Today, opens its programme; Today's cards open their pages; the
        outbox's account line opens the source system's settings."""
        pages = {page.key: page for page in self.pages}
        outbox, settings = pages.get("outbox"), pages.get("settings")
        if outbox is not None and settings is not None:
            outbox.open_settings.connect(  # type: ignore[attr-defined]
                lambda key: (self.show_page("settings"),
                             settings.show_section(key)))  # type: ignore[attr-defined]
        schedule, today, programmes = (pages.get(k) for k in ("schedule", "today", "programmes"))
        for source in (schedule, today):
            if source is not None and programmes is not None:
                source.open_programme.connect(  # type: ignore[attr-defined]
                    lambda pid: (self.show_page("programmes"),
                                 programmes.open_programme(pid)))  # type: ignore[attr-defined]
        if today is not None:
            today.open_page.connect(self._open_page_if_there)  # type: ignore[attr-defined]
        reports = pages.get("reports")
        for source in (schedule, today):
            if source is not None and reports is not None:  # an airing's plays, in the log
                source.open_play_log.connect(  # type: ignore[attr-defined]
                    lambda drill, words: (self.show_page("reports"),
                                          reports.show_drill(drill, words)))  # type: ignore[attr-defined]

    def _open_page_if_there(self, key: str) -> None:
        """A link to a page the signed-in person may not have (a role without it) does
        nothing."""
        if any(page.key == key for page in self.pages):
            self.show_page(key)

    def show_page(self, key: str) -> Page:
        for row, page in enumerate(self.pages):
            if page.key == key:
                self.nav.setCurrentRow(row)
                return page
        raise KeyError(key)

    def current_page(self) -> Page:
        return self.pages[max(0, self.stack.currentIndex())]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentIndex(row)
            self.pages[row].activate()

    def _make_page_actions(self) -> list[QAction]:
        actions = []
        for row, _page in enumerate(self.pages):
            action = QAction(self)
            action.setShortcut(page_shortcut(row))
            action.triggered.connect(lambda _checked=False, r=row: self._go_to(r))
            self.addAction(action)
            actions.append(action)
        return actions

    def _go_to(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _make_view_actions(self) -> None:
        self.zoom_in_action = QAction(self)
        # Ctrl+= too: on most keyboards "+" needs Shift, and older users press Ctrl and "=".
        self.zoom_in_action.setShortcuts(_unique_keys(
            QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="))
        self.zoom_in_action.triggered.connect(self.prefs.zoom_in)
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcuts(_unique_keys(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"))
        self.zoom_out_action.triggered.connect(self.prefs.zoom_out)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.triggered.connect(self.refresh)
        for action in (self.zoom_in_action, self.zoom_out_action, self.refresh_action):
            self.addAction(action)

    def refresh(self) -> None:
        """F5: re-read the current page and the status bar."""
        if not self.is_locked and self.pages:
            self.current_page().activate()
        self.refresh_status()

    def refresh_status(self, *_args: object) -> None:
        self.status.refresh()

    # --- the live link -------------------------------------------------------------------------

    def emergency_arrived(self, item_ids: list[str]) -> None:
        """An emergency came from the province: read its titles, then the banner."""
        db = self.ctx.db

        def show(titles: dict[str, str]) -> None:
            self.emergency_banner.announce([(i, titles.get(i, i)) for i in item_ids])
            self.raise_()
            self.activateWindow()

        self.tasks.submit(lambda: item_titles(db, item_ids), on_done=show, context=self,
                          name="read emergency titles")

    def withdrawn_arrived(self, report: object) -> None:
        """The province withdrew items that programmes used: a banner says what left the air
        (programmes back to their approver, devices told), the Today page lists it."""
        titles = ", ".join(f"\u201c{t}\u201d" for t in getattr(report, "items", {}).values())
        changes = getattr(report, "programmes", [])
        back = [c.name for c in changes if c.back_to_approval]
        text = self.tr("The province withdrew {titles}: taken off {count} programme(s) and "
                       "{devices} device(s).").format(
            titles=titles, count=len(changes), devices=len(getattr(report, "devices", ())))
        if back:
            text += " " + self.tr("Approve again: {names}.").format(names=", ".join(back))
        self.withdrawal_banner.setText(text)
        self.withdrawal_banner.show()
        page = self.current_page()
        if page.key in {"today", "programmes"}:
            page.activate()

    def prepare_emergency(self, item_id: str) -> None:
        """The banner's "Broadcast emergency…": the emergency page, with that item chosen
        (after signing in, when nobody is)."""
        if self.is_locked:
            self._pending_emergency = item_id
            self.sign_in_panel.say(self.tr("Sign in to broadcast the emergency."))
            return
        page = self.show_page("emergency")
        choose = getattr(page, "choose_item", None)
        if callable(choose):
            choose(item_id)

    def open_item(self, item_id: str) -> None:
        if self.is_locked:
            return
        page = self.show_page("library")
        show_item = getattr(page, "show_item", None)
        if callable(show_item):
            show_item(item_id)

    def _catalogue_changed(self) -> None:
        if self.is_locked or not self.pages:
            return
        page = self.current_page()
        if page.key in {"today", "library"}:
            page.activate()

    def _station_changed(self, tables: list[str]) -> None:
        """Another PC of the station changed these tables: re-read what shows them (pages
        with an editor open are left alone; they re-read when opened)."""
        self.refresh_status()
        page = self.current_page()
        if set(tables) & PAGE_TABLES.get(page.key, set()):
            page.activate()

    # --- texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for row, page in enumerate(self.pages):
            shortcut = page_shortcut(row).toString(QKeySequence.SequenceFormat.NativeText)
            title = page.nav_title()
            self.nav.set_entry_text(row, title, f"{title} ({shortcut})")
            self._page_actions[row].setText(title)
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr(
            "Use the arrow keys, or Ctrl and a number, to change page."))
        self.zoom_in_action.setText(self.tr("Larger text"))
        self.zoom_out_action.setText(self.tr("Smaller text"))
        self.refresh_action.setText(self.tr("Refresh"))
        self.account_menu.setTitle(self.tr("&Account"))
        self.password_action.setText(self.tr("Change my password…"))
        self.lock_action.setText(self.tr("Lock the console"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.help_action.setText(self.tr("User guide"))
        self.about_action.setText(self.tr("About the console"))
        self.demo_banner.setText(self.tr(
            "DEMO: a practice commune with simulated devices. Nothing here is broadcast."))
        self._update_title()

    def _update_title(self) -> None:
        title = self.tr("Commune Broadcast Console")
        if self._station_name:
            title = self.tr("Commune Broadcast Console — {station}").format(
                station=self._station_name)
        if self.ctx.demo:
            title = f"DEMO · {title}"
        self.setWindowTitle(title)

    def _station_loaded(self, name: str | None) -> None:
        self._station_name = name
        self.station_label.setText(name or "")
        self.station_label.setVisible(bool(name))
        self.sign_in_panel.set_station_name(name)
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- local playout -------------------------------------------------------------------------

    def _start_playout(self, target_ids: list[str]) -> None:
        self.local_playout.start(target_ids, parent=self)

    @property
    def playout(self) -> list[Any]:
        """The running players (one per local target)."""
        return self.local_playout.engines

    def confirm_close(self, text: str) -> bool:
        """Closing would miss plays on this computer's speakers: ask (replaced in tests)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text,
                          QMessageBox.StandardButton.NoButton, self)
        close = box.addButton(self.tr("Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep the console open"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is close

    def bring_to_front(self) -> None:
        """Shown again (from the tray, a second launch, an emergency)."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Its size for the next start, whether it closes or goes to the background.
        self.prefs.set_layout(UI_WINDOW, window_text(self.isMaximized(), self.width(),
                                                     self.height()))
        live = speaking_live(self)
        if live:  # closing, or hiding to the tray, ends it: asked, then ended first
            if not self.confirm_close(self.tr(
                    "You are speaking live on the loudspeakers. Closing the window ends the "
                    "live sound.")):
                event.ignore()
                return
            end_live(live)
        keep = getattr(self, "close_requested", None)  # the front door: hide or really close
        if keep is not None and not keep():
            event.ignore()
            return
        fm_until = getattr(self.status.last, "fm_relay_until", None)
        relaying = fm_until is not None and fm_until > dt.datetime.now(dt.UTC)
        if relaying and not self.confirm_close(self.tr(
                "Clusters are relaying an FM station until {time}: the console sends them "
                "back to their schedule then. Closed, it cannot: they go on playing the "
                "station until the console runs again.").format(time=format_time(fm_until))):
            event.ignore()
            return
        if self.local_playout.running:
            text = close_warning_text(self.local_playout.upcoming())
            if text and not self.confirm_close(text):
                event.ignore()
                return
            self.local_playout.stop()
        self.status.stop()
        super().closeEvent(event)
