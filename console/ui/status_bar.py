"""The status bar: link state, outbox, last sync, who is logged in; re-read in the background."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from ..services.clock import skew_parts
from ..services.permissions import Actor
from ..services.status import StationStatus, read_bar_status
from ..station import StationContext
from .errors import error_text
from .labels import link_state_label, role_label
from .tasks import TaskRunner
from .theme import Colors
from .timefmt import format_moment, format_time

log = logging.getLogger(__name__)

REFRESH_INTERVAL_MS = 5_000
LINK_COLORS = {"online": Colors.OK, "degraded": Colors.WARN, "offline": Colors.EMERGENCY}


class StatusController(QObject):
    """Reads `read_status` off the UI thread, now and every few seconds."""

    status_changed = Signal(object)   # StationStatus
    failed = Signal(str)

    def __init__(self, ctx: StationContext, tasks: TaskRunner, *,
                 interval_ms: int = REFRESH_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._busy = False
        self.last: StationStatus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def refresh(self) -> None:
        if self._busy:  # a slow disk must not pile up reads
            return
        self._busy = True
        db = self._ctx.db
        self._tasks.submit(lambda: read_bar_status(db), on_done=self._done, on_error=self._error,
                           context=self, name="read status")

    def _done(self, status: StationStatus) -> None:
        self._busy = False
        self.last = status
        self.status_changed.emit(status)

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("reading the station status failed: %s", exc)
        self.failed.emit(error_text(exc))


class ElidedLabel(QLabel):
    """A label that shortens its text with "…" instead of pushing its neighbours away;
    the whole text stays in `full_text()` and the tooltip tells the rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(160)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 12, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.ensurePolished()  # the style sheet's bold font decides the width
        width = max(self.contentsRect().width() - 4, 1)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   width))


class StationStatusBar(QStatusBar):
    """The view: four plain labels, coloured where colour means something."""

    def __init__(self, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self._actor = actor
        self._locked = False
        self._status: StationStatus | None = None
        self._failure: str | None = None
        self.link_label = QLabel()
        self.outbox_label = QLabel()
        self.sync_label = QLabel()
        self.fm_label = QLabel()  # clusters relaying an FM station, until when
        self.fm_label.hide()
        self.user_label = QLabel()
        # Not a message: a permanent label no click can dismiss, shown until it is fixed.
        self.warning_label = ElidedLabel()
        self.warning_label.setStyleSheet(f"color: {Colors.EMERGENCY}; font-weight: 600;")
        self.warning_label.hide()
        self.addWidget(self.link_label)
        self.addWidget(self.outbox_label)
        self.addWidget(self.sync_label)
        self.addWidget(self.fm_label)
        self.workers_label = ElidedLabel()  # a shared server: work another PC runs
        self.workers_label.hide()
        self.addWidget(self.workers_label, 1)
        self.addPermanentWidget(self.warning_label, 1)
        self.addPermanentWidget(self.user_label)
        self.retranslate()

    def set_actor(self, actor: Actor | None, *, locked: bool = False) -> None:
        """Who is signed in; `locked`: nobody is at the console (the idle lock, Ctrl+L), so
        no name shows until someone signs in."""
        self._actor = actor
        self._locked = locked
        self._render()

    def show_status(self, status: StationStatus) -> None:
        self._status, self._failure = status, None
        self._render()

    def show_failure(self, reason: str) -> None:
        self._failure = reason
        self._render()

    def retranslate(self) -> None:
        self.link_label.setAccessibleName(self.tr("Connection to the province"))
        self.outbox_label.setAccessibleName(self.tr("Messages waiting to be sent"))
        self.sync_label.setAccessibleName(self.tr("Last synchronisation"))
        self.fm_label.setAccessibleName(self.tr("FM relay"))
        self.user_label.setAccessibleName(self.tr("Logged-in user"))
        self.warning_label.setAccessibleName(self.tr("Warnings"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        actor = self._actor
        if self._locked:
            self.user_label.setText(self.tr("Locked"))
        elif actor is None:
            self.user_label.setText(self.tr("Nobody signed in"))
        else:
            self.user_label.setText(self.tr("{name} ({role})").format(
                name=actor.display_name or actor.username, role=role_label(actor.role)))
        if self._failure is not None:
            self._set(self.link_label, self.tr("Status unavailable"), Colors.EMERGENCY, bold=True)
            self.link_label.setToolTip(self._failure)
            return
        self._render_warnings()
        self._render_elsewhere()
        status = self._status
        if status is None:
            self._set(self.link_label, self.tr("Reading status…"), Colors.MUTED)
            self.outbox_label.setText("")
            self.sync_label.setText("")
            return
        state = status.link_state
        self._set(self.link_label, "● " + link_state_label(state),
                  LINK_COLORS.get(state, Colors.MUTED), bold=True)
        self.link_label.setToolTip(self.tr("Connection to the provincial source system"))
        if status.outbox_emergency:
            text = self.tr("Outbox: {count} (emergency: {emergency})").format(
                count=status.outbox_pending, emergency=status.outbox_emergency)
            self._set(self.outbox_label, text, Colors.EMERGENCY, bold=True)
        else:
            text = self.tr("Outbox: {count}").format(count=status.outbox_pending)
            self._set(self.outbox_label, text, Colors.TEXT)
        if status.last_sync_at is None:
            self.sync_label.setText(self.tr("Not synchronised yet"))
        else:
            self.sync_label.setText(self.tr("Last sync: {when}").format(
                when=format_moment(status.last_sync_at)))
        until = status.fm_relay_until
        self.fm_label.setVisible(until is not None)
        if until is not None:
            self._set(self.fm_label, self.tr("FM relay until {time}").format(
                time=format_time(until)), Colors.ACCENT, bold=True)
            self.fm_label.setToolTip(self.tr(
                "Clusters relay an FM station; at {time} the console sends them back to "
                "their schedule (Devices › Stop playing ends it sooner)").format(
                time=format_time(until)))

    def _amount(self, skew_s: float) -> str:
        hours, minutes, _ahead = skew_parts(skew_s)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)

    def _render_elsewhere(self) -> None:
        elsewhere = getattr(self._status, "elsewhere", ())
        if not elsewhere:
            self.workers_label.hide()
            return
        names = {"sync": self.tr("sync with the province"),
                 "delivery": self.tr("sending to devices"),
                 "playout": self.tr("playout to the transmitter"),
                 "zalo": self.tr("publishing to the Zalo OA"),
                 "backup": self.tr("the daily backup to the second place")}
        parts = [self.tr("{work} runs on {workstation}").format(
            work=names.get(work, work), workstation=who) for work, who in elsewhere]
        self.workers_label.set_full_text("⇄ " + " · ".join(parts))
        # The line is cut short on a small screen: the tooltip has all of it.
        self.workers_label.setToolTip("\n".join(parts) + "\n\n" + self.tr(
            "This station's PCs share one database; the work named here runs on the other "
            "PC, and this one takes it over if that PC stops."))
        self.workers_label.show()

    def _render_warnings(self) -> None:
        warnings = getattr(self._status, "warnings", None)
        if warnings is None or not warnings.any:
            self.warning_label.hide()
            return
        parts: list[str] = []
        details: list[str] = []
        if warnings.tls_off:
            parts.append(self.tr("Certificate checks OFF"))
            details.append(self.tr("The connection to the province is not protected: "
                                   "certificate checks were switched off in the settings."))
        skew = warnings.source_skew_s
        if skew is not None:
            amount = self._amount(skew)
            # skew = server minus ours: a server ahead means this PC is behind.
            if skew > 0:
                parts.append(self.tr("PC clock {amount} slow").format(amount=amount))
                details.append(self.tr("This PC's clock is {amount} behind the province "
                                       "server").format(amount=amount))
            else:
                parts.append(self.tr("PC clock {amount} fast").format(amount=amount))
                details.append(self.tr("This PC's clock is {amount} ahead of the province "
                                       "server").format(amount=amount))
        if warnings.devices:
            parts.append(self.tr("Wrong clock on {count} device(s)").format(
                count=len(warnings.devices)))
            for device in warnings.devices:
                line = (self.tr("{name}: clock {amount} ahead") if device.skew_s > 0
                        else self.tr("{name}: clock {amount} behind"))
                details.append(line.format(name=device.name, amount=self._amount(device.skew_s)))
        self.warning_label.set_full_text("⚠ " + " · ".join(parts))
        self.warning_label.setToolTip("\n".join(details))
        self.warning_label.show()

    @staticmethod
    def _set(label: QLabel, text: str, color: str, *, bold: bool = False) -> None:
        label.setText(text)
        weight = "font-weight: 600;" if bold else ""
        label.setStyleSheet(f"color: {color}; {weight}")
