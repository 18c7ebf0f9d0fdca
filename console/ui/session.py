"""The signed-in session's controls: the idle lock, and what pages may ask of the window.

`IdleWatcher` watches the keyboard and mouse input of the main window and of every window
of the console that gets the focus, its dialogs too (at their QWindow, where input arrives
once per event, not per widget: an application-wide filter would run Python for every
paint and style event of a thousand widgets) and the mouse pointer anywhere;
after the station's idle time (Settings, Tài khoản; 30 minutes unless changed, 0 = never)
without either it asks the window to lock. `SessionControls` is what a page gets to reach the window
without knowing it: lock now, the idle time changed, open the guide at a topic.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes` without keyboard or mouse input."""

    idle = Signal()

    POINTER_CHECK_MS = 10_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._minutes = 0
        self._watching = False
        self._watched: QWidget | None = None
        self._installed = False
        self._pointer = QPoint()
        self._pointer_timer = QTimer(self)
        self._pointer_timer.setInterval(self.POINTER_CHECK_MS)
        self._pointer_timer.timeout.connect(self._check_pointer)

    def watch(self, window: QWidget) -> None:
        """The window whose input counts as use (its QWindow is made when it is shown)."""
        self._watched = window

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(0, int(minutes))
        if self._watching:
            self.start()

    def set_interval_ms(self, ms: int) -> None:
        """For tests and demos: an idle time below a minute."""
        self._minutes = -1
        self._timer.setInterval(max(1, ms))
        if self._watching:
            self._install()
            self._timer.start()

    def start(self) -> None:
        """Watch from now on (after signing in)."""
        self._watching = True
        if self._minutes == 0:
            self._timer.stop()
            return
        if self._minutes > 0:
            self._timer.setInterval(self._minutes * 60_000)
        self._install()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (locked, signed out)."""
        self._watching = False
        self._timer.stop()
        self._pointer_timer.stop()

    def _install(self) -> None:
        self._pointer = QCursor.pos()
        self._pointer_timer.start()
        if self._installed or self._watched is None:
            return
        handle = self._watched.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
            self._installed = True
            # Typing in a dialog is use too (a long report written in one would otherwise
            # be locked away mid-sentence); key input goes to the window with the focus.
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.focusWindowChanged.connect(self._focused)

    def _focused(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once per window: Qt keeps no duplicates

    def _check_pointer(self) -> None:
        """The pointer moved since the last look (over a dialog, too): that is use."""
        position = QCursor.pos()
        if position != self._pointer:
            self._pointer = position
            if self._watching and self._timer.isActive():
                self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._watching and event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # restarts the countdown
        return False


class SessionControls(QObject):
    """Requests from pages to the window (which connects them)."""

    lock_requested = Signal()
    idle_minutes_changed = Signal(int)
    help_requested = Signal(str)     # a guide topic
    status_stale = Signal()          # what the status bar shows changed: read it now
