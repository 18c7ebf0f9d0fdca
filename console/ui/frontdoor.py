"""The console as it lives on a commune's PC: always running, the window on demand.

The workers (local playout, the live link, delivery) run from the start, before anyone signs
in, so a programme on this computer's speakers plays after a power cut even when nobody is
at the PC. The window opens — at start, from the tray, from a second launch, or when an
emergency arrives — on its own sign-in panel unless someone is already known (the demo,
a first administrator just made), and closing it keeps the console running in the
background (asked once), locked, because local playout and emergencies need it. "Thoát" in
the tray quits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..services.offsite_backup import OffsiteStatus, read_offsite_status
from ..services.permissions import Actor
from ..services.status import TraySummary, read_tray_summary
from ..settings import UI_KEEP_RUNNING
from ..station import StationContext
from .backup_texts import backup_warning_text, backup_warning_title
from .live_bridge import LiveLinkBridge
from .main_window import MainWindow
from .tasks import TaskRunner
from .tray import StationTray

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

TRAY_REFRESH_MS = 60_000

KEEP_RUNNING_TEXT = QT_TRANSLATE_NOOP(
    "FrontDoor", "When the window is closed, the console keeps running in the background: "
    "this computer's speakers still play the programmes and emergencies still arrive. Open "
    "it again from the icon near the clock or by starting the console again.\n\n"
    "Keep it running when the window is closed?")


class FrontDoor(QObject):
    """Owns the window's comings and goings and the tray icon."""

    def __init__(self, app: QApplication, ctx: StationContext, *,
                 sign_in: Callable[[], Actor | bool | None],
                 make_window: Callable[[Actor | None], MainWindow],
                 live: LiveLinkBridge | None = None, icon: QIcon | None = None,
                 tasks: TaskRunner | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.ctx = ctx
        self._sign_in = sign_in
        self._make_window = make_window
        self.window: MainWindow | None = None
        self._quitting = False
        self._signing_in = False
        # Done with the station closed before it opens again (a restore); see restart().
        self.after_restart: Callable[[], None] | None = None
        app.setQuitOnLastWindowClosed(False)
        self.tray = StationTray(icon or app.windowIcon(), self)
        self.tray.open_requested.connect(self.open_window)
        self.tray.quit_requested.connect(self.quit)
        if live is not None:
            live.emergency.connect(self._emergency)
            live.withdrawn_in_use.connect(self._withdrawn)
            live.link_changed.connect(self.tray.set_link)
        self._tasks = tasks
        self._down: set[str] = set()
        self._foreign: set[str] = set()
        self._backup_warning = ""
        self._timer = QTimer(self)
        self._timer.setInterval(TRAY_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_tray)
        if tasks is not None:
            self._timer.start()
            QTimer.singleShot(0, self.refresh_tray)

    def refresh_tray(self) -> None:
        """The outbox, the next programme and devices gone quiet, read in a worker."""
        if self._tasks is None:
            return
        db = self.ctx.db
        self._tasks.submit(lambda: read_tray_summary(db), on_done=self._tray_read,
                           on_error=lambda exc: log.warning("tray not refreshed: %s", exc),
                           context=self, name="tray")
        ctx = self.ctx
        self._tasks.submit(lambda: read_offsite_status(ctx), on_done=self._backup_read,
                           on_error=lambda exc: log.warning("backup status: %s", exc),
                           context=self, name="tray backup status")

    def _backup_read(self, status: OffsiteStatus) -> None:
        """Backup overdue or its drive missing: said once each time it becomes so. A
        station that never chose a second place hears it on Today and in Settings."""
        warning = status.warning if status.configured else ""
        if warning and warning != self._backup_warning:
            self.tray.alert(backup_warning_title(status), backup_warning_text(status),
                            critical=False)
        self._backup_warning = warning

    def _tray_read(self, summary: TraySummary) -> None:
        self.tray.set_status(summary.outbox_pending, summary.next_programme or "")
        gone = set(summary.devices_down) - self._down
        self._down = set(summary.devices_down)
        if gone:
            self.tray.alert(translate("FrontDoor", "Devices not answering"),
                            ", ".join(sorted(gone)), critical=False)
        foreign = set(summary.unexpected_plays) - self._foreign
        self._foreign = set(summary.unexpected_plays)
        if foreign:  # a vendor gateway cluster plays what the console did not send
            self.tray.alert(translate("FrontDoor", "Playing something the station did not "
                                                   "send"),
                            translate("FrontDoor", "{names}: open the Devices page.").format(
                                names=", ".join(sorted(foreign))))

    # -- the window ---------------------------------------------------------------------

    def open_window(self) -> bool:
        """Show the window; False when the person quits before it (the first run).

        `sign_in()` says who the window opens for: an Actor, None (the window asks on its
        sign-in panel), or False (nobody: the person quit)."""
        if self.window is not None:
            self.window.bring_to_front()
            return True
        if self._signing_in:
            return False
        self._signing_in = True
        try:
            actor = self._sign_in()
        finally:
            self._signing_in = False
        if actor is False:
            return False
        window = self._make_window(actor if isinstance(actor, Actor) else None)
        window.close_requested = self._window_closing  # type: ignore[attr-defined]
        window.restart_requested = self.restart  # type: ignore[attr-defined]
        window.destroyed.connect(lambda: setattr(self, "window", None))
        self.window = window
        window.show_for_screen()
        self.tray.set_station(window.windowTitle())
        return True

    def _window_closing(self) -> bool:
        """The window asks whether to really close (True) or to hide in the background."""
        if self._quitting:
            return True
        keep = str(self.ctx.settings.get(UI_KEEP_RUNNING))
        if keep == "":
            keep = "yes" if self.ask_keep_running() else "no"
            self._remember_keep_running(keep)
        if keep == "yes":
            assert self.window is not None
            self.window.lock("locked")  # whoever opens it again from the tray signs in
            self.window.hide()
            self.tray.note_background()
            return False
        QTimer.singleShot(0, self.app.quit)  # the window closes, then the console stops
        return True

    def _remember_keep_running(self, keep: str) -> None:
        settings = self.ctx.settings
        if self._tasks is None:
            settings.set(UI_KEEP_RUNNING, keep)
            return
        self._tasks.submit(lambda: settings.set(UI_KEEP_RUNNING, keep), context=self,
                           on_error=lambda exc: log.warning("choice not saved: %s", exc),
                           name="keep-running")

    def ask_keep_running(self) -> bool:
        """Asked once, the first time the window is closed (replaced in tests)."""
        answer = QMessageBox.question(
            None, translate("FrontDoor", "Keep the console running?"),
            translate("FrontDoor", KEEP_RUNNING_TEXT),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def quit(self) -> None:
        """Quit for real: the window's own warnings (coming plays) still ask first."""
        self._quitting = True
        if self.window is not None and not self.window.close():
            self._quitting = False  # the person chose to keep it open
            return
        self.app.quit()

    def restart(self, action: Callable[[], None]) -> bool:
        """Close the window and the station, run `action` (put a backup in place), open
        again. False when the person kept the window open (coming plays)."""
        self.after_restart = action
        self._quitting = True
        if self.window is not None and not self.window.close():
            self._quitting = False
            self.after_restart = None
            return False
        self.app.quit()
        return True

    def shutdown(self) -> None:
        """The station closes (quit or restart): no more refreshes, no icon, no window."""
        self._timer.stop()
        self.tray.icon.hide()
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.setParent(None)
        self.deleteLater()

    # -- alerts -------------------------------------------------------------------------

    def _withdrawn(self, ids: list[str]) -> None:
        """Items in programmes were withdrawn by the province: someone must replace them."""
        self.tray.alert(translate("FrontDoor", "Items withdrawn by the province"),
                        translate("FrontDoor", "{count} item(s) used in programmes were "
                                               "withdrawn. Open the console to replace "
                                               "them.").format(count=len(ids)),
                        critical=False)

    def _emergency(self, ids: list[str]) -> None:
        """An emergency from the province: say so even with the window closed."""
        self.tray.alert(translate("FrontDoor", "Emergency from the province"),
                        translate("FrontDoor", "{count} emergency item(s) arrived. Open the "
                                               "console to broadcast them.").format(
                                                   count=len(ids)))
        if self.window is not None and not self.window.isVisible():
            self.window.bring_to_front()

