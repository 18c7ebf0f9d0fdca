"""Nói trực tiếp: speak into the microphone, on air at once through the station's stream.

The dialog first reads where the sound would go and whether it may (services.
live_microphone.plan_live): no stream set up or an emergency on air keep the start button
off and say why. In quiet hours a leader allows it with a written reason: the person at the
PC when they are one, else a leader who signs in here for this one broadcast (as play now's
confirmation allows; the audit log names both). Once the server took the stream, a
timer drains the microphone (a PcmSource, as for recording) every 50 ms into the broadcast
and the level meter; the broadcast's own threads do the writing. Ending it, or closing the
dialog, takes the sound off air (in the task runner).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEventLoop, QIODevice, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.live_commands import leader_override
from ...services.live_microphone import LiveBroadcast, LivePlan, check_reachable, plan_live
from ...services.permissions import Actor, Permission
from ...station import StationContext
from ..errors import error_text
from ..flow_layout import flow_row
from ..tasks import TaskRunner
from ..widgets import field_grid, grow_to_fit, set_text_role, text_label
from .live_confirm import SHOWN_TARGETS
from .record_dialog import (
    TICK_MS,
    MicrophoneSource,
    PcmSource,
    level_meter,
    list_inputs,
    show_level,
)

log = logging.getLogger(__name__)

PROBLEM_CHECK_TICKS = 20  # how often (in ticks) the stream is asked whether it still runs
END_WAIT_MS = 10_000  # how long closing the console waits for the sound to be taken off


def speaking_live(owner: QObject) -> list[LiveDialog]:
    """The live dialogs under `owner` (the main window) with sound going out."""
    return [dialog for dialog in owner.findChildren(LiveDialog) if dialog.on_air]


def end_live(dialogs: list[LiveDialog]) -> None:
    """Take the sound of these dialogs off air and wait until it is (the window keeps
    painting; the end runs in the task runner): the console closes after the end is
    audited, not in the middle of it."""
    for dialog in dialogs:
        if not dialog.on_air:
            continue
        waiting = QEventLoop()
        dialog.ended.connect(waiting.quit)
        QTimer.singleShot(END_WAIT_MS, waiting.quit)
        dialog.end()
        if dialog.on_air:
            waiting.exec()


class LiveDialog(QDialog):
    """Start, speak, end. States: reading, ready, refused, starting, on_air, ending."""

    ended = Signal()  # off air again (ended, dropped, or its end failed)

    def __init__(self, ctx: StationContext, actor: Actor, tasks: TaskRunner,
                 parent: QWidget | None = None, *, source: PcmSource | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveDialog")
        self._ctx, self._actor, self._tasks = ctx, actor, tasks
        self._given_source = source
        self._source: PcmSource | None = None
        self._device: QIODevice | None = None
        self.plan: LivePlan | None = None
        self.live: LiveBroadcast | None = None
        self.peak = 0.0
        self._ticks = 0
        self._end_when_on_air = False  # End (or closing) while the stream was connecting
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

        self.heading = text_label("title")
        self.facts = text_label()
        self.facts.setObjectName("liveWhere")
        self.title_caption = QLabel()
        self.title_edit = QLineEdit()
        self.title_caption.setBuddy(self.title_edit)
        self.device_combo = QComboBox()
        self.quiet_note = text_label("error")
        self.reason_caption = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("liveQuietReason")
        self.reason_caption.setBuddy(self.reason_edit)
        self.user_caption, self.password_caption = QLabel(), QLabel()
        self.user_edit, self.password_edit = QLineEdit(), QLineEdit()
        self.user_edit.setObjectName("liveLeaderUser")
        self.password_edit.setObjectName("liveLeaderPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_caption.setBuddy(self.user_edit)
        self.password_caption.setBuddy(self.password_edit)
        self._leader_fields = (self.user_caption, self.user_edit, self.password_caption,
                               self.password_edit)
        self.meter = level_meter()
        self.time_label = text_label("subtitle", wrap=False)
        self.start_button, self.end_button = QPushButton(), QPushButton()
        self.start_button.setObjectName("liveStart")
        self.end_button.setObjectName("liveEnd")
        self.start_button.setProperty("buttonRole", "primary")
        self.message_label = text_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.quiet_note)
        layout.addLayout(field_grid([(self.title_caption, self.title_edit),
                                     (self.reason_caption, self.reason_edit),
                                     (self.user_caption, self.user_edit),
                                     (self.password_caption, self.password_edit)]))
        layout.addWidget(self.device_combo)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.time_label)
        layout.addLayout(meter_row)
        layout.addWidget(flow_row(self.start_button, self.end_button, None))
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        for widget in (self.quiet_note, self.reason_caption, self.reason_edit,
                       *self._leader_fields):
            widget.hide()

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._drain)
        self.start_button.clicked.connect(self.start)
        self.end_button.clicked.connect(self.end)

        self._inputs = list_inputs(self.device_combo, source)
        self.retranslate()
        self._set_state("reading")
        self._tasks.submit(lambda: plan_live(ctx, actor), on_done=self._planned,
                           on_error=self._refused, context=self, name="plan live sound")

    # -- texts and state --------------------------------------------------------------------

    @property
    def on_air(self) -> bool:
        """Sound is going out, or about to, or being taken off."""
        return self.state in ("starting", "on_air", "ending")

    @property
    def has_input(self) -> bool:
        return self._given_source is not None or bool(self._inputs)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Speak live"))
        self.heading.setText(self.tr("Speak live on the loudspeakers"))
        self.title_caption.setText(self.tr("&What it is about"))
        if not self.title_edit.text():
            self.title_edit.setText(self.tr("Live announcement"))
        self.reason_caption.setText(self.tr("&Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why it must go out in quiet hours"))
        self.user_caption.setText(self.tr("Leader's &user name"))
        self.password_caption.setText(self.tr("&Password"))
        self.start_button.setText(self.tr("Start speaking"))
        self.end_button.setText(self.tr("End"))
        self._show_time()
        if self.plan is not None:
            self._describe(self.plan)
        elif not self.facts.text():
            self.facts.setText(self.tr("Reading where the sound would go…"))

    def _set_state(self, state: str) -> None:
        self.state = state
        self.start_button.setEnabled(state == "ready" and self.has_input)
        self.end_button.setEnabled(state == "on_air")
        for widget in (self.title_edit, self.reason_edit, self.device_combo, self.user_edit,
                       self.password_edit):
            widget.setEnabled(state == "ready")

    def _show_time(self) -> None:
        seconds = int(self.live.seconds) if self.live is not None else 0
        self.time_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def _say(self, text: str, *, error: bool = False) -> None:
        set_text_role(self.message_label, "error" if error else "notice")
        self.message_label.setText(text)
        self._grow()

    def _grow(self) -> None:
        grow_to_fit(self)

    def _describe(self, plan: LivePlan) -> None:
        names = ", ".join(name for _id, name in plan.targets[:SHOWN_TARGETS])
        if len(plan.targets) > SHOWN_TARGETS:
            names += self.tr(" and {count} more").format(
                count=len(plan.targets) - SHOWN_TARGETS)
        self.facts.setText(self.tr(
            "Goes out at once on the station's stream: {names}. Every cluster tuned to it "
            "hears you until you press End.").format(names=names) if plan.targets else "")
        first, last = plan.window
        hours = {"first": f"{first:%H:%M}", "last": f"{last:%H:%M}"}
        self.quiet_note.setText(self.tr(
            "It is quiet hours: sound is allowed from {first} to {last}. A leader must allow "
            "this with a written reason.").format(**hours) if self._may_override else self.tr(
            "It is quiet hours: sound is allowed from {first} to {last}. A leader must allow "
            "this with a written reason, signing in here with their user name and password; "
            "you stay signed in.").format(**hours))

    @property
    def _may_override(self) -> bool:
        return self._actor.can(Permission.OVERRIDE_QUIET_HOURS)

    # -- before going on air ----------------------------------------------------------------

    def _planned(self, plan: LivePlan) -> None:
        self.plan = plan
        self._describe(plan)
        quiet = bool(plan.quiet and plan.targets and not plan.emergency)
        self.quiet_note.setVisible(quiet)
        for widget in (self.reason_caption, self.reason_edit):
            widget.setVisible(quiet)
        for widget in self._leader_fields:
            widget.setVisible(quiet and not self._may_override)
        self._grow()
        try:
            # Said now rather than at the click; the reason (and a leader's password) are
            # checked when they have been typed.
            check_reachable(plan)
        except Exception as exc:
            self._refused(exc)
            return
        if not self.has_input:
            self._say(self.tr("No microphone was found. Plug one in (or turn it on in the "
                              "Windows sound settings) and open this window again."),
                      error=True)
            self._set_state("refused")
            return
        self._say(self.tr("Press Start speaking, then speak; press End when you have "
                          "finished."))
        self._set_state("ready")

    def _refused(self, exc: BaseException) -> None:
        self._say(error_text(exc), error=True)
        self._set_state("refused")

    def start(self) -> None:
        if self.state != "ready" or self.plan is None:
            return
        if self.plan.quiet and not self._may_override and not self.user_edit.text().strip():
            self._say(self.tr("A leader allows it: the leader types their user name and "
                              "password here."), error=True)
            self.user_edit.setFocus()
            return
        source = self._given_source or MicrophoneSource(
            self._inputs[max(0, self.device_combo.currentIndex())], self)
        self._source = source
        ctx, actor, quiet = self._ctx, self._actor, self.plan.quiet
        reason = self.reason_edit.text()
        leader = (("", "") if self._may_override
                  else (self.user_edit.text().strip(), self.password_edit.text()))
        live = LiveBroadcast(ctx, actor, source.format,
                             title=self.title_edit.text() or self.tr("Live announcement"))
        self.live = live

        def start() -> None:
            if quiet:  # a leader signing in here is checked off the UI thread
                live.override = leader_override(ctx, actor, reason, *leader)
            live.start()

        self._set_state("starting")
        self._say(self.tr("Connecting to the stream…"))
        self._tasks.submit(start, on_done=lambda _none: self._on_air(),
                           on_error=self._not_started, context=self, name="start live sound")

    def _not_started(self, exc: BaseException) -> None:
        self.live = None
        self._end_when_on_air = False
        self.password_edit.clear()  # typed again, as at any sign-in that failed
        self._say(error_text(exc), error=True)
        self._set_state("ready")
        self.ended.emit()

    # -- on air -----------------------------------------------------------------------------

    def _on_air(self) -> None:
        assert self._source is not None
        self._set_state("on_air")
        if self._end_when_on_air:
            self.end()
            return
        try:
            self._device = self._source.start()
        except Exception as exc:  # a device unplugged between listing and starting
            log.warning("the microphone could not start: %s", exc)
            self._device = None
        if self._device is None:
            self._say(self.tr("The microphone could not be opened."), error=True)
            self.end()
            return
        self._ticks = 0
        self._timer.start()
        self._say(self.tr("ON AIR: speak now. Press End when you have finished."),
                  error=True)

    def _drain(self) -> None:
        if self._device is None or self._source is None or self.live is None:
            return
        fmt = self._source.format
        chunk = bytes(self._device.read(fmt.bytes_per_second * TICK_MS * 4 // 1000))
        if chunk:
            self.live.feed(chunk)
            self.peak = show_level(self.meter, chunk, fmt)
        self._show_time()
        self._ticks += 1
        if self._ticks % PROBLEM_CHECK_TICKS == 0:
            problem = self.live.problem()
            if problem is not None:
                log.warning("live sound stopped by itself: %s", problem)
                self.end(dropped=True)

    def end(self, *, dropped: bool = False) -> None:
        """Off air (also when the dialog closes while on air)."""
        live = self.live
        if live is None:
            return
        if self.state == "starting":  # its server has not answered yet: ended once it has
            self._end_when_on_air = True
            return
        if self.state != "on_air":
            return
        self._timer.stop()
        if self._source is not None and self._device is not None:
            self._source.stop()
        self._device = None
        self.meter.setValue(0)
        self._set_state("ending")
        self._say(self.tr("The stream was dropped; the live sound has ended.") if dropped
                  else self.tr("Ending…"), error=dropped)
        self._tasks.submit(live.stop, on_done=lambda seconds: self._off_air(seconds, dropped),
                           on_error=self._not_ended, context=self, name="end live sound")

    def _not_ended(self, exc: BaseException) -> None:
        self.live = None
        self._refused(exc)
        self.ended.emit()

    def _off_air(self, seconds: float, dropped: bool) -> None:
        self._end_when_on_air = False
        if not dropped:
            total = round(seconds)
            self._say(self.tr("Off air after {minutes}:{seconds:02d}.").format(
                minutes=total // 60, seconds=total % 60))
        self.live = None
        self._set_state("ready")
        self.ended.emit()

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        self.end()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.end()
        super().closeEvent(event)
