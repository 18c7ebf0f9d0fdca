"""One entry of the running order: its gain (dB), fades, and where it starts and ends in its
file (cue in / cue out), set on the waveform by dragging the two marks or by the keyboard,
with "play from here" to hear a cut before keeping it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...qtmedia import media_player, queued
from ...services.programmes.common import EntryRow, fmt_duration
from ...services.programmes.sources import EntryAudio
from ..theme import Colors
from ..widgets import field_grid, text_label

log = logging.getLogger(__name__)

GRAB_PX = 8


class CueView(QWidget):
    """The waveform with the cue-in and cue-out marks; drag a mark, click to place the
    playhead. Times are in seconds of the whole file."""

    cues_changed = Signal(float, float)
    playhead_moved = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueView")
        self.peaks: list[float] = []
        self.length = 0.0
        self.cue_in = 0.0
        self.cue_out = 0.0
        self.playhead = 0.0
        self._dragging: str | None = None
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_audio(self, peaks: list[float], length: float, cue_in: float, cue_out: float) -> None:
        self.peaks, self.length = list(peaks), max(0.0, length)
        self.cue_in, self.cue_out = cue_in, cue_out if cue_out > cue_in else self.length
        self.update()

    def x_of(self, seconds: float) -> float:
        return 0.0 if self.length <= 0 else seconds / self.length * self.width()

    def seconds_at(self, x: float) -> float:
        return 0.0 if self.width() <= 0 else max(0.0, min(self.length, x / self.width()
                                                          * self.length))

    def set_cues(self, cue_in: float, cue_out: float) -> None:
        self.cue_in, self.cue_out = cue_in, cue_out
        self.update()

    def set_playhead(self, seconds: float) -> None:
        self.playhead = seconds
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, QColor("#eef2f6"))
        if self.peaks and self.length > 0:
            middle, height = rect.height() / 2, rect.height()
            bars = max(1, int(rect.width() / 3))
            step = len(self.peaks) / bars
            for i in range(bars):
                chunk = self.peaks[int(i * step): max(int(i * step) + 1, int((i + 1) * step))]
                bar = max(1.0, (max(chunk) if chunk else 0.0) * (height / 2 - 6))
                x = i * rect.width() / bars
                seconds = (i + 0.5) / bars * self.length
                colour = Colors.ACCENT if self.cue_in <= seconds <= self.cue_out else "#b8c2cc"
                painter.fillRect(QRectF(x, middle - bar, max(1.0, rect.width() / bars - 1),
                                        2 * bar), QColor(colour))
        shade = QColor(0, 0, 0, 40)
        painter.fillRect(QRectF(0, 0, self.x_of(self.cue_in), rect.height()), shade)
        painter.fillRect(QRectF(self.x_of(self.cue_out), 0,
                                rect.width() - self.x_of(self.cue_out), rect.height()), shade)
        for seconds in (self.cue_in, self.cue_out):
            painter.setPen(QColor(Colors.OK))
            x = self.x_of(seconds)
            painter.drawLine(QPointF(x, 0), QPointF(x, rect.height()))
        painter.setPen(QColor(Colors.EMERGENCY))
        x = self.x_of(self.playhead)
        painter.drawLine(QPointF(x, 0), QPointF(x, rect.height()))

    def _near(self, x: float) -> str | None:
        for name, seconds in (("in", self.cue_in), ("out", self.cue_out)):
            if abs(self.x_of(seconds) - x) <= GRAB_PX:
                return name
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        self._dragging = self._near(x)
        if self._dragging is None:
            self.playhead = self.seconds_at(x)
            self.playhead_moved.emit(self.playhead)
            self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._dragging is None:
            self.setCursor(Qt.CursorShape.SizeHorCursor if self._near(x) else
                           Qt.CursorShape.PointingHandCursor)
            return
        seconds = self.seconds_at(x)
        if self._dragging == "in":
            self.cue_in = min(seconds, self.cue_out - 0.1)
        else:
            self.cue_out = max(seconds, self.cue_in + 0.1)
        self.update()
        self.cues_changed.emit(self.cue_in, self.cue_out)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None
        super().mouseReleaseEvent(event)


def _seconds_spin(maximum: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setSingleStep(0.5)
    spin.setRange(0.0, max(0.0, maximum))
    spin.setSuffix(" s")
    return spin


class EntryDialog(QDialog):
    def __init__(self, entry: EntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDialog")
        self.setMinimumWidth(640)
        self.entry = entry
        self.audio: EntryAudio | None = None
        self.title_label = text_label("subtitle")
        self.cue_view = CueView()
        self.wave_note = text_label("muted")
        self.gain_spin = QDoubleSpinBox()
        self.gain_spin.setRange(-30.0, 12.0)
        self.gain_spin.setSingleStep(0.5)
        self.gain_spin.setSuffix(" dB")
        self.gain_spin.setValue(entry.volume_db)
        self.fade_in_spin, self.fade_out_spin = _seconds_spin(30), _seconds_spin(30)
        self.fade_in_spin.setValue(entry.fade_in_s)
        self.fade_out_spin.setValue(entry.fade_out_s)
        length = entry.file_length_s or 0.0
        self.cue_in_spin, self.cue_out_spin = _seconds_spin(length), _seconds_spin(length)
        self.cue_in_spin.setValue(entry.cue_in_s)
        self.cue_out_spin.setValue(entry.cue_out_s if entry.cue_out_s is not None else length)
        self.play_button, self.stop_button = QPushButton(), QPushButton()
        self.play_button.setObjectName("playFromHere")
        self.played_label = text_label("muted", wrap=False)
        self.captions = [QLabel() for _ in range(5)]
        play_row = QHBoxLayout()
        play_row.addWidget(self.play_button)
        play_row.addWidget(self.stop_button)
        play_row.addWidget(self.played_label, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.cue_view)
        layout.addWidget(self.wave_note)
        layout.addLayout(play_row)
        layout.addLayout(field_grid(list(zip(self.captions, (
            self.cue_in_spin, self.cue_out_spin, self.gain_spin, self.fade_in_spin,
            self.fade_out_spin), strict=True))))
        layout.addWidget(buttons)
        self.player, self.output = media_player(self)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._follow)
        self.cue_view.cues_changed.connect(self._cues_dragged)
        self.cue_view.playhead_moved.connect(self._show_playhead)
        self.cue_in_spin.valueChanged.connect(self._cues_typed)
        self.cue_out_spin.valueChanged.connect(self._cues_typed)
        self.play_button.clicked.connect(self.play_from_here)
        self.stop_button.clicked.connect(self.stop)
        self.finished.connect(lambda _code: self.stop())
        self.retranslate()
        self._update_played()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entry: gain, fades and cut"))
        self.title_label.setText(self.entry.title)
        for caption, text in zip(self.captions, (
                self.tr("Starts at (cue &in)"), self.tr("Ends at (cue &out)"),
                self.tr("&Gain"), self.tr("Fade i&n"), self.tr("Fade ou&t")), strict=True):
            caption.setText(text)
        self.play_button.setText(self.tr("Play from here"))
        self.stop_button.setText(self.tr("Stop"))
        if self.audio is None:
            self.wave_note.setText(self.tr("Reading the sound…"))

    def set_audio(self, audio: EntryAudio) -> None:
        """The file and its waveform, read in a worker."""
        self.audio = audio
        for spin in (self.cue_in_spin, self.cue_out_spin):
            spin.setMaximum(audio.length_s)
        # The end mark at the decoded end, unless the entry is cut before its declared end.
        declared, cut = self.entry.file_length_s, self.entry.cue_out_s
        to_the_end = cut is None or (declared is not None and cut >= declared - 0.05)
        cue_out = audio.length_s if to_the_end or cut is None else min(cut, audio.length_s)
        self.cue_out_spin.setValue(cue_out)
        self.cue_view.set_audio(audio.peaks, audio.length_s, self.cue_in_spin.value(), cue_out)
        self.cue_view.set_playhead(self.cue_in_spin.value())
        self.wave_note.setText(self.tr(
            "Drag the green marks to cut the start and the end; click to place the red line, "
            "then play from there."))
        self.player.setSource(QUrl.fromLocalFile(str(audio.path)))

    def show_problem(self, text: str) -> None:
        self.wave_note.setText(text)
        self.play_button.setEnabled(False)

    def _cues_dragged(self, cue_in: float, cue_out: float) -> None:
        for spin, value in ((self.cue_in_spin, cue_in), (self.cue_out_spin, cue_out)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update_played()

    def _cues_typed(self) -> None:
        cue_in = self.cue_in_spin.value()
        cue_out = max(self.cue_out_spin.value(), cue_in + 0.1)
        self.cue_view.set_cues(cue_in, cue_out)
        self._update_played()

    def _update_played(self) -> None:
        played = max(0.0, self.cue_out_spin.value() - self.cue_in_spin.value())
        self.played_label.setText(self.tr("Plays for {length}").format(
            length=fmt_duration(played)))

    def _show_playhead(self, seconds: float) -> None:
        if self.player.playbackState() == self.player.PlaybackState.PlayingState:
            queued(self.player, "setPosition", ("qint64", int(seconds * 1000)))

    def play_from_here(self) -> None:
        start = self.cue_view.playhead if self.cue_view.playhead >= self.cue_in_spin.value() \
            else self.cue_in_spin.value()
        queued(self.player, "setPosition", ("qint64", int(start * 1000)))
        queued(self.player, "play")
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        queued(self.player, "stop")

    def _follow(self) -> None:
        seconds = self.player.position() / 1000
        self.cue_view.set_playhead(seconds)
        if seconds >= self.cue_out_spin.value():
            self.stop()

    def values(self) -> dict[str, float | None]:
        """cue_in_s, cue_out_s (None: to the end), volume_db, fade_in_s, fade_out_s."""
        length = self.audio.length_s if self.audio else (self.entry.file_length_s or 0.0)
        cue_out: float | None = self.cue_out_spin.value()
        if length and cue_out is not None and cue_out >= length - 0.05:
            cue_out = None
        return {"cue_in_s": round(self.cue_in_spin.value(), 2), "cue_out_s": cue_out,
                "volume_db": self.gain_spin.value(), "fade_in_s": self.fade_in_spin.value(),
                "fade_out_s": self.fade_out_spin.value()}
