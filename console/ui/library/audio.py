"""Playing a file in the preview: controls shared by audio and video, the waveform, and the
audio preview with its loudness.

QMediaPlayer needs no sound device to load a file and tell its length; without one the
preview says so plainly and still shows the waveform and the loudness.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...qtmedia import media_player, queued
from ...services.library_details import FileInfo
from ...services.library_media import LoudnessInfo, loudness, waveform
from ...station import StationContext
from ..tasks import TaskRunner
from ..theme import Colors
from ..widgets import text_label
from .labels import format_duration

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class WaveformView(QWidget):
    """Peaks of the file; the part already played in colour; click to go there."""

    seek_requested = Signal(float)  # 0…1 of the length

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._peaks: list[float] = []
        self._position = 0.0
        self._message = ""
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(72)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def peaks(self) -> list[float]:
        return self._peaks

    def set_peaks(self, peaks: list[float]) -> None:
        self._peaks, self._message = list(peaks), ""
        self.update()

    def set_message(self, text: str) -> None:
        self._peaks, self._message = [], text
        self.update()

    def set_position(self, fraction: float) -> None:
        self._position = min(1.0, max(0.0, fraction))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.fillRect(rect, QColor("#eef2f6"))
        painter.setPen(QColor(Colors.BORDER))
        painter.drawRect(rect)
        if not self._peaks:
            painter.setPen(QColor(Colors.MUTED))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._message)
            return
        width, height = rect.width(), rect.height()
        middle = rect.top() + height / 2
        bars = max(1, int(width / 3))
        played = QColor(Colors.ACCENT)
        ahead = QColor("#9aa9b8")
        step = len(self._peaks) / bars
        for i in range(bars):
            chunk = self._peaks[int(i * step) : max(int(i * step) + 1, int((i + 1) * step))]
            peak = max(chunk) if chunk else 0.0
            bar = max(1.0, peak * (height / 2 - 4))
            x = rect.left() + i * width / bars
            painter.fillRect(
                QRectF(x, middle - bar, max(1.0, width / bars - 1), 2 * bar),
                played if (i + 0.5) / bars <= self._position else ahead,
            )
        x = rect.left() + self._position * width
        painter.setPen(QColor(Colors.EMERGENCY))
        painter.drawLine(int(x), int(rect.top()), int(x), int(rect.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.width() > 0:
            self.seek_requested.emit(event.position().x() / self.width())
        super().mousePressEvent(event)


class PlayerControls(QWidget):
    """Play / pause, position (seek), time and volume for a QMediaPlayer."""

    def __init__(
        self, player: QMediaPlayer, output: QAudioOutput, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.output = output
        self._seeking = False
        self.play_button = QPushButton()
        self.play_button.setProperty("buttonRole", "primary")
        self.position_slider = QSlider(Qt.Orientation.Horizontal)
        self.position_slider.setRange(0, 0)
        self.time_label = text_label("muted", wrap=False)
        self.volume_label = QLabel()
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setValue(80)
        self.volume_slider.setMinimumWidth(70)
        self.volume_slider.setMaximumWidth(120)
        self.volume_label.setBuddy(self.volume_slider)
        # Position on its own line (it needs the width); buttons and volume below.
        position = QHBoxLayout()
        position.setSpacing(8)
        position.addWidget(self.position_slider, 1)
        position.addWidget(self.time_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.play_button)
        buttons.addStretch(1)
        buttons.addWidget(self.volume_label)
        buttons.addWidget(self.volume_slider, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(position)
        layout.addLayout(buttons)
        output.setVolume(0.8)
        self.play_button.clicked.connect(self.toggle)
        self.position_slider.sliderPressed.connect(lambda: setattr(self, "_seeking", True))
        self.position_slider.sliderReleased.connect(self._seek_released)
        self.position_slider.valueChanged.connect(self._slider_moved)
        self.volume_slider.valueChanged.connect(lambda v: output.setVolume(v / 100))
        player.durationChanged.connect(self._duration_changed)
        player.positionChanged.connect(self._position_changed)
        player.playbackStateChanged.connect(self._state_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self._state_changed(self.player.playbackState())
        self.position_slider.setAccessibleName(translate("Preview", "Position"))
        self.volume_label.setText(translate("Preview", "Volume"))
        self.volume_slider.setAccessibleName(translate("Preview", "Volume"))
        self._update_time()

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            queued(self.player, "pause")
        else:
            queued(self.player, "play")

    def seek_fraction(self, fraction: float) -> None:
        duration = self.player.duration()
        if duration > 0:
            at = int(min(1.0, max(0.0, fraction)) * duration)
            queued(self.player, "setPosition", ("qint64", at))

    def _seek_released(self) -> None:
        self._seeking = False
        queued(self.player, "setPosition", ("qint64", self.position_slider.value()))

    def _slider_moved(self, value: int) -> None:
        if self.position_slider.isSliderDown():
            self._update_time(value)
        elif not self._seeking and abs(value - self.player.position()) > 500:
            # keyboard or a click on the groove
            queued(self.player, "setPosition", ("qint64", value))

    def _duration_changed(self, duration: int) -> None:
        self.position_slider.blockSignals(True)
        self.position_slider.setRange(0, max(0, duration))
        self.position_slider.setPageStep(max(1000, duration // 20))
        self.position_slider.setSingleStep(5000)
        self.position_slider.blockSignals(False)
        self._update_time()

    def _position_changed(self, position: int) -> None:
        if not self.position_slider.isSliderDown():
            self.position_slider.blockSignals(True)
            self.position_slider.setValue(position)
            self.position_slider.blockSignals(False)
        self._update_time()

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else (QStyle.StandardPixmap.SP_MediaPlay)
        )
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(
            translate("Preview", "Pause") if playing else translate("Preview", "Play")
        )

    def _update_time(self, position: int | None = None) -> None:
        position = self.player.position() if position is None else position
        self.time_label.setText(
            f"{format_duration(position / 1000) or '0:00'} / "
            f"{format_duration(self.player.duration() / 1000) or '0:00'}"
        )


class AudioPreview(QWidget):
    """An audio file: controls, waveform (computed in the background, cached), loudness."""

    #: the player knows the length (milliseconds)
    duration_known = Signal(int)

    def __init__(
        self, ctx: StationContext, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.file: FileInfo | None = None
        self.player, self.output = media_player(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.waveform = WaveformView()
        self.controls = PlayerControls(self.player, self.output)
        self.loudness_label = text_label("muted")
        self.device_label = text_label("muted")
        self.device_label.hide()
        for widget in (self.waveform, self.controls, self.loudness_label, self.device_label):
            layout.addWidget(widget)
        self.waveform.seek_requested.connect(self.controls.seek_fraction)
        self.player.positionChanged.connect(self._position_changed)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.errorOccurred.connect(self._player_error)
        self._loudness: LoudnessInfo | None = None
        self._loudness_error = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.controls.retranslate()
        self._show_loudness()
        self.device_label.setText(
            translate(
                "Preview", "No sound output on this computer: length, waveform and loudness only."
            )
        )
        self.waveform.setToolTip(translate("Preview", "Click to play from there"))

    # --- loading -------------------------------------------------------------------------

    def load(self, file: FileInfo) -> None:
        self.stop()
        self.file = file
        self.device_label.setVisible(not QMediaDevices.audioOutputs())
        queued(self.player, "setSource", QUrl.fromLocalFile(str(file.path)))
        self.waveform.set_message(translate("Preview", "Drawing the waveform…"))
        self._loudness = (
            LoudnessInfo(file.loudness_lufs, file.true_peak_dbtp)
            if file.true_peak_dbtp is not None
            else None
        )
        self._loudness_error = ""
        self._show_loudness()
        ctx, sha = self.ctx, file.sha256
        self.tasks.submit(
            lambda: waveform(ctx, sha),
            on_done=lambda peaks, s=sha: self._peaks_ready(s, peaks),
            on_error=lambda exc, s=sha: self._peaks_failed(s, exc),
            context=self,
            name="preview: waveform",
        )
        if self._loudness is None:
            self.tasks.submit(
                lambda: loudness(ctx, sha),
                on_done=lambda info, s=sha: self._loudness_ready(s, info),
                on_error=lambda exc, s=sha: self._loudness_failed(s, exc),
                context=self,
                name="preview: loudness",
            )

    def stop(self) -> None:
        queued(self.player, "stop")
        queued(self.player, "setSource", QUrl())
        self.file = None

    def _current(self, sha: str) -> bool:
        return self.file is not None and self.file.sha256 == sha

    def _peaks_ready(self, sha: str, peaks: list[float]) -> None:
        if self._current(sha):
            if peaks:
                self.waveform.set_peaks(peaks)
            else:
                self.waveform.set_message(translate("Preview", "No sound in this file"))

    def _peaks_failed(self, sha: str, exc: BaseException) -> None:
        if self._current(sha):
            log.warning("waveform failed: %s", exc)
            self.waveform.set_message(translate("Preview", "The waveform could not be drawn."))

    def _loudness_ready(self, sha: str, info: LoudnessInfo) -> None:
        if self._current(sha):
            self._loudness = info
            self._show_loudness()

    def _loudness_failed(self, sha: str, exc: BaseException) -> None:
        if self._current(sha):
            log.warning("loudness failed: %s", exc)
            self._loudness_error = translate("Preview", "The loudness could not be measured.")
            self._show_loudness()

    def _show_loudness(self) -> None:
        info = self._loudness
        if self._loudness_error:
            self.loudness_label.setText(self._loudness_error)
        elif info is None:
            self.loudness_label.setText(
                translate("Preview", "Measuring the loudness…") if self.file else ""
            )
        elif info.lufs is None:
            self.loudness_label.setText(translate("Preview", "Silent (nothing above −70 LUFS)"))
        else:
            peak = info.true_peak_dbtp
            peak_text = "—" if peak is None or not math.isfinite(peak) else f"{peak:.1f}"
            self.loudness_label.setText(
                translate("Preview", "Loudness {lufs} LUFS · true peak {peak} dBTP")
                .format(lufs=f"{info.lufs:.1f}", peak=peak_text)
                .replace("-", "−")
            )

    def _position_changed(self, position: int) -> None:
        duration = self.player.duration()
        self.waveform.set_position(position / duration if duration > 0 else 0.0)

    def _duration_changed(self, duration: int) -> None:
        if duration > 0:
            self.duration_known.emit(duration)

    def _player_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        log.warning("the player could not open the file: %s", message)
        self.waveform.set_message(
            translate("Preview", "This file cannot be played: {reason}").format(reason=message)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space:
            self.controls.toggle()
            return
        super().keyPressEvent(event)
