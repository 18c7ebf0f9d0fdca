"""The programme editor's preview bar: the whole programme as it will sound, entry by entry.

The preview is rendered like the broadcast file (same gains, same loudness target) in the
task runner, cancellable; the timeline shows where each entry starts, and the editor jumps to
an entry by double-click. With no loudspeaker the bar still renders, shows and seeks.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import (
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...qtmedia import media_player, queued
from ...services.programmes.common import fmt_duration
from ...services.programmes.rendering import Mark, Preview, render_preview
from ...station import StationContext
from ..errors import error_text
from ..flow_layout import flow_row
from ..tasks import TaskRunner
from ..theme import Colors
from ..widgets import text_label

log = logging.getLogger(__name__)

_SEGMENT_COLOURS = ("#dbe8f6", "#eef2f6")


class _Progress(QObject):
    changed = Signal(float)


class Timeline(QWidget):
    """One band per entry, its title inside; the play head in red; click to go there."""

    seek_requested = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[Mark] = []
        self._duration = 0.0
        self._position = 0.0
        self._message = ""
        self.setFixedHeight(40)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_marks(self, marks: list[Mark], duration_s: float) -> None:
        self._marks, self._duration, self._message = list(marks), duration_s, ""
        self.update()

    def set_message(self, text: str) -> None:
        self._marks, self._duration, self._message = [], 0.0, text
        self.update()

    def set_position(self, seconds: float) -> None:
        self._position = max(0.0, seconds)
        self.update()

    @property
    def position(self) -> float:
        return self._position

    def _x(self, seconds: float, rect: QRectF) -> float:
        return rect.left() + rect.width() * (seconds / self._duration if self._duration else 0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor(Colors.SURFACE))
        painter.setPen(QColor(Colors.BORDER))
        painter.drawRect(rect)
        if not self._marks:
            painter.setPen(QColor(Colors.MUTED))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._message)
            return
        metrics = QFontMetrics(self.font())
        for n, mark in enumerate(self._marks):
            left = self._x(mark.offset_s, rect)
            right = self._x(mark.offset_s + mark.length_s, rect)
            band = QRectF(left, rect.top() + 1, max(1.0, right - left), rect.height() - 2)
            painter.fillRect(band, QColor(_SEGMENT_COLOURS[n % 2]))
            painter.setPen(QColor(Colors.ACCENT))
            painter.drawLine(int(left), int(rect.top()), int(left), int(rect.bottom()))
            label = metrics.elidedText(f"{n + 1}. {mark.title}", Qt.TextElideMode.ElideRight,
                                       int(band.width()) - 6)
            painter.setPen(QColor(Colors.TEXT))
            painter.drawText(band.adjusted(4, 0, -2, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             label)
        x = self._x(min(self._position, self._duration), rect)
        painter.setPen(QColor(Colors.EMERGENCY))
        painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._duration and self.width():
            self.seek_requested.emit(self._duration * event.position().x() / self.width())
        super().mousePressEvent(event)


class PreviewBar(QWidget):
    """Render, play and seek the preview of one programme."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._ctx: StationContext | None = None
        self._programme: int | None = None
        self._preview: Preview | None = None
        self._cancel: threading.Event | None = None
        self._pending_seek: int | None = None
        self._player: QMediaPlayer | None = None
        self._progress = _Progress(self)
        self._progress.changed.connect(lambda f: self.progress_bar.setValue(int(f * 100)))

        self.make_button, self.stop_button, self.play_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.stop_button.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.hide()
        self.timeline = Timeline()
        self.time_label = text_label("muted", wrap=False)
        self.status_label = text_label("muted")
        self.status_label.hide()
        self.progress_bar.setMinimumWidth(120)
        # The buttons wrap rather than cut their words (larger text); what the preview says
        # has a line of its own, and the timeline the whole width (the entries' titles).
        row = flow_row(self.make_button, self.stop_button, self.progress_bar, self.play_button,
                       self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.timeline)
        self.make_button.clicked.connect(self.make)
        self.stop_button.clicked.connect(self.cancel)
        self.play_button.clicked.connect(self.toggle)
        self.timeline.seek_requested.connect(self.seek)
        for button in (self.make_button, self.stop_button, self.play_button):
            button.setProperty("buttonRole", "compact")
        self.timeline.hide()
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.make_button.setText(self.tr("Listen to the whole programme"))
        self.make_button.setToolTip(self.tr(
            "Prepare the programme as it will sound; double-click an entry to jump to it"))
        self.stop_button.setText(self.tr("Stop"))
        self._show_play_state()
        if self._preview is None:
            self.timeline.set_message(self.tr("No preview yet"))
        self._show_time()

    # -- state ------------------------------------------------------------------------------

    @property
    def preview(self) -> Preview | None:
        return self._preview

    @property
    def rendering(self) -> bool:
        return self._cancel is not None

    def set_programme(self, ctx: StationContext, programme_id: int | None) -> None:
        if programme_id != self._programme:
            self._ctx, self._programme = ctx, programme_id
            self.invalidate()

    def invalidate(self) -> None:
        """The running order changed: the preview no longer matches it."""
        self.cancel()
        self._stop_player()
        self._preview = None
        self._pending_seek = None
        self.timeline.set_message(self.tr("No preview yet"))
        self.timeline.set_position(0)
        self.timeline.hide()  # it takes room only when there is something to show
        self._show_time()
        self._enable()

    def _enable(self) -> None:
        self.make_button.setEnabled(self._programme is not None and not self.rendering)
        self.play_button.setEnabled(self._preview is not None)

    # -- rendering --------------------------------------------------------------------------

    def make(self) -> None:
        ctx, pid = self._ctx, self._programme
        if ctx is None or pid is None or self.rendering:
            return
        self._stop_player()
        cancel = self._cancel = threading.Event()
        progress = self._progress.changed.emit
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.stop_button.show()
        self._status(self.tr("Preparing the preview…"))
        self._enable()
        self._tasks.submit(lambda: render_preview(ctx, pid, cancel=cancel, progress=progress),
                           on_done=lambda p: self._made(pid, p), on_error=self._failed,
                           context=self, name="render preview")

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _finished(self) -> None:
        self._cancel = None
        self.progress_bar.hide()
        self.stop_button.hide()
        self._enable()

    def _made(self, pid: int, preview: Preview) -> None:
        self._finished()
        if pid != self._programme:
            return
        self._preview = preview
        self.timeline.set_marks(preview.marks, preview.duration_s)
        self.timeline.show()
        self._status("" if QMediaDevices.audioOutputs() else self.tr(
            "There is no loudspeaker on this computer: the preview can be seen but not heard."))
        if preview.stream_url:  # a relay: its stream, live (whether the address works)
            if QMediaDevices.audioOutputs():
                self._status(self.tr("The relay's stream, live: press Play to hear it."))
            queued(self._player_for(), "setSource", QUrl(preview.stream_url))
        else:
            queued(self._player_for(), "setSource", QUrl.fromLocalFile(str(preview.path)))
        self._enable()
        self._show_time()
        if self._pending_seek is not None:
            entry, self._pending_seek = self._pending_seek, None
            self.seek_entry(entry)

    def _failed(self, error: BaseException) -> None:
        self._finished()
        self._pending_seek = None
        self._status(error_text(error) or self.tr("Stopped."))

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # -- playing ----------------------------------------------------------------------------

    def _player_for(self) -> QMediaPlayer:
        if self._player is None:
            self._player, _output = media_player(self)
            self._player.positionChanged.connect(self._player_moved)
            self._player.playbackStateChanged.connect(lambda _s: self._show_play_state())
            self._player.errorOccurred.connect(self._player_failed)
        return self._player

    def _player_failed(self, _error: object, message: str) -> None:
        if self._preview is not None and self._preview.stream_url:
            self._status(self.tr("The relay's stream cannot be played ({error}): check its "
                                 "address.").format(error=message or "?"))
        else:
            self._status(message)

    def _stop_player(self) -> None:
        if self._player is not None:
            queued(self._player, "stop")
            queued(self._player, "setSource", QUrl())

    def toggle(self) -> None:
        player = self._player
        if player is None or self._preview is None:
            return
        if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            queued(player, "pause")
        else:
            queued(player, "play")

    def seek(self, seconds: float) -> None:
        if self._preview is None or self._preview.stream_url:  # a live stream: no seeking
            return
        seconds = max(0.0, min(seconds, self._preview.duration_s))
        self.timeline.set_position(seconds)
        self._show_time()
        if self._player is not None:
            queued(self._player, "setPosition", ("qint64", int(seconds * 1000)))

    def seek_entry(self, entry_id: int) -> bool:
        """Go to where the entry starts and play; prepares the preview first if needed."""
        if self._preview is None:
            self._pending_seek = entry_id
            self.make()
            return False
        mark = next((m for m in self._preview.marks if m.entry_id == entry_id), None)
        if mark is None:
            return False
        self.seek(mark.offset_s)
        if self._player is not None and QMediaDevices.audioOutputs():
            queued(self._player, "play")
        return True

    def _player_moved(self, position_ms: int) -> None:
        self.timeline.set_position(position_ms / 1000)
        self._show_time()

    def _show_play_state(self) -> None:
        playing = (self._player is not None and self._player.playbackState()
                   == QMediaPlayer.PlaybackState.PlayingState)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _show_time(self) -> None:
        total = self._preview.duration_s if self._preview else 0.0
        self.time_label.setText(f"{fmt_duration(self.timeline.position)} / "
                                f"{fmt_duration(total)}")

    def shutdown(self) -> None:
        self.cancel()
        self._stop_player()
