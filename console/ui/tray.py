"""The icon near the clock: the link, the outbox, the next programme and alerts (emergency,
device fault, withdrawn item, backup overdue); opens the window or quits the console.
Where the desktop has no tray the console still runs: a second launch opens the window."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .labels import link_state_label

log = logging.getLogger(__name__)


class StationTray(QObject):
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.open_action = self.menu.addAction("")
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        self.open_action.triggered.connect(self.open_requested.emit)
        self.quit_action.triggered.connect(self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self._station = ""
        self._link = "unknown"
        self._outbox = 0
        self._next = ""
        self.last_alert: tuple[str, str] | None = None
        self.retranslate()
        if self.available:
            self.icon.show()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open the console"))
        self.quit_action.setText(self.tr("Quit (this computer's speakers stop)"))
        self._tooltip()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def set_station(self, name: str) -> None:
        self._station = name
        self._tooltip()

    def set_link(self, state: str) -> None:
        self._link = state
        self._tooltip()

    def set_status(self, outbox: int, next_programme: str) -> None:
        self._outbox, self._next = outbox, next_programme
        self._tooltip()

    def _tooltip(self) -> None:
        lines = [self._station or self.tr("Commune Broadcast Console"),
                 self.tr("Link: {state}").format(state=link_state_label(self._link)),
                 self.tr("Waiting to be sent: {count}").format(count=self._outbox)]
        if self._next:
            lines.append(self.tr("Next: {programme}").format(programme=self._next))
        self.tooltip = "\n".join(lines)
        self.icon.setToolTip(self.tooltip)

    def alert(self, title: str, text: str, critical: bool = True) -> None:
        """A message from the tray (emergency, device fault, withdrawn item, backup)."""
        self.last_alert = (title, text)
        log.warning("alert: %s — %s", title, text)
        if self.available:
            icon = (QSystemTrayIcon.MessageIcon.Critical if critical
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.icon.showMessage(title, text, icon, 30_000)

    def note_background(self) -> None:
        self.alert(self.tr("Still running"), self.tr(
            "The console keeps playing and listening in the background."), critical=False)
