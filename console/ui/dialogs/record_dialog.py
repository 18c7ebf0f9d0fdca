"""Ghi âm: record from the microphone into a new library item, with a level meter.

The sound comes from a PcmSource: the microphone (QAudioSource) in the console, any QIODevice
of PCM in tests. A timer drains the source, feeds the level meter and collects the take in
memory; writing, encoding and importing happen in the task runner. With no input device the
dialog says so and offers nothing to press but Close.

`purpose="emergency"` (the Emergency page): keeping needs the EMERGENCY permission rather
than IMPORT_CONTENT, and the kept take is an emergency recording ready to broadcast.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QIODevice, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QMediaPlayer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...qtmedia import media_player, queued
from ...services.permissions import Actor, Permission
from ...services.programmes import recording
from ...services.programmes.recording import PcmFormat
from ...station import StationContext
from ...timezone import station_now
from ..tasks import TaskRunner
from ..widgets import text_label

log = logging.getLogger(__name__)

TICK_MS = 50
MAX_SECONDS = 30 * 60  # a take longer than this is stopped (memory stays bounded)
METER_FLOOR_DB = -60.0


class PcmSource(Protocol):
    """Where the recorded sound comes from."""

    format: PcmFormat

    def start(self) -> QIODevice:
        """Start capturing; the device to read PCM from."""

    def stop(self) -> None: ...


_SAMPLE_FORMATS = {
    QAudioFormat.SampleFormat.Int16: "int16",
    QAudioFormat.SampleFormat.Int32: "int32",
    QAudioFormat.SampleFormat.Float: "float",
}


class MicrophoneSource:
    """A Qt audio input in pull mode: 16-bit mono if the device takes it, else its own format."""

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        wanted = QAudioFormat()
        wanted.setSampleRate(44100)
        wanted.setChannelCount(1)
        wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt = wanted if device.isFormatSupported(wanted) else device.preferredFormat()
        if fmt.sampleFormat() not in _SAMPLE_FORMATS:
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.format = PcmFormat(fmt.sampleRate(), fmt.channelCount(),
                                _SAMPLE_FORMATS[fmt.sampleFormat()])
        self._source = QAudioSource(device, fmt, parent)

    def start(self) -> QIODevice:
        return self._source.start()

    def stop(self) -> None:
        self._source.stop()


def level_db(peak: float) -> float:
    """A peak (0..1) in dB below full scale, floored for the meter."""
    import math

    return max(METER_FLOOR_DB, 20 * math.log10(peak)) if peak > 0 else METER_FLOOR_DB


def level_meter() -> QProgressBar:
    """The level meter show_level() fills (no text in it)."""
    meter = QProgressBar()
    meter.setRange(0, 100)
    meter.setTextVisible(False)
    return meter


def show_level(meter: QProgressBar, chunk: bytes, fmt: PcmFormat) -> float:
    """The chunk's peak on the meter (0 to 100 over METER_FLOOR_DB..0 dB); returns it."""
    peak = recording.peak_level(chunk, fmt)
    meter.setValue(int(100 * (level_db(peak) - METER_FLOOR_DB) / -METER_FLOOR_DB))
    return peak


def list_inputs(combo: QComboBox, source: PcmSource | None) -> list[QAudioDevice]:
    """The microphones to choose from, named in `combo` (shown when there are several);
    none when a source is given (tests)."""
    inputs = [] if source is not None else QMediaDevices.audioInputs()
    for device in inputs:
        combo.addItem(device.description())
    combo.setVisible(len(inputs) > 1)
    return inputs


class RecordDialog(QDialog):
    """Record, listen, keep or discard. `recorded` carries the new item's id."""

    recorded = Signal(str)

    def __init__(self, ctx: StationContext, actor: Actor, parent: QWidget | None = None, *,
                 source: PcmSource | None = None, tasks: TaskRunner | None = None,
                 purpose: str = "library") -> None:
        super().__init__(parent)
        if purpose not in recording.PURPOSES:
            raise ValueError(f"unknown purpose {purpose!r}")
        self._ctx, self._actor = ctx, actor
        self.purpose = purpose
        self._own_tasks = tasks is None
        self._tasks = tasks or TaskRunner(self)
        self._given_source = source
        self._source: PcmSource | None = None
        self._device: QIODevice | None = None
        self._pcm = bytearray()
        self._take: Path | None = None
        self._player: QMediaPlayer | None = None
        #: the library item made from the last kept take
        self.item_id: str | None = None
        self.peak = 0.0
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)

        self.heading = text_label("title")
        self.device_combo = QComboBox()
        self.title_edit = QLineEdit()
        self.meter = level_meter()
        self.time_label = text_label("subtitle")
        self.message_label = text_label("muted")
        self.record_button, self.stop_button, self.play_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.keep_button, self.discard_button = QPushButton(), QPushButton()
        self.record_button.setProperty("buttonRole", "primary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.device_combo)
        layout.addWidget(self.title_edit)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.time_label)
        layout.addLayout(meter_row)
        row = QHBoxLayout()
        for button in (self.record_button, self.stop_button, self.play_button,
                       self.keep_button, self.discard_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._drain)
        self.record_button.clicked.connect(self.start_recording)
        self.stop_button.clicked.connect(self.stop_recording)
        self.play_button.clicked.connect(self._play)
        self.keep_button.clicked.connect(self.keep)
        self.discard_button.clicked.connect(self.discard)

        self._inputs = list_inputs(self.device_combo, source)
        self.retranslate()
        self._set_state("idle")

    # -- texts and state --------------------------------------------------------------------

    @property
    def has_input(self) -> bool:
        return self._given_source is not None or bool(self._inputs)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record"))
        self.heading.setText(self.tr("Record from the microphone"))
        self.title_edit.setPlaceholderText(self.tr("Title of the recording"))
        if not self.title_edit.text():
            self.title_edit.setText(self.tr("Recording {when}").format(
                when=station_now().strftime("%d-%m-%Y %Hh%M")))
        self.record_button.setText(self.tr("Record"))
        self.stop_button.setText(self.tr("Stop"))
        self.play_button.setText(self.tr("Play back"))
        self.keep_button.setText(self.tr("Keep in the library"))
        self.discard_button.setText(self.tr("Discard"))
        self._show_time()
        if not self.has_input:
            self.message_label.setText(self.tr(
                "No microphone was found. Plug one in (or turn it on in the Windows sound "
                "settings) and open this window again."))

    def _set_state(self, state: str) -> None:
        self._state = state
        can_keep = self._actor.can(Permission.EMERGENCY if self.purpose == "emergency"
                                   else Permission.IMPORT_CONTENT)
        self.record_button.setEnabled(self.has_input and state in ("idle", "taken"))
        self.stop_button.setEnabled(state == "recording")
        self.play_button.setEnabled(state == "taken")
        self.keep_button.setEnabled(state == "taken" and can_keep)
        self.discard_button.setEnabled(state == "taken")
        self.title_edit.setEnabled(state != "busy")
        self.device_combo.setEnabled(state in ("idle", "taken"))

    @property
    def state(self) -> str:
        return self._state

    @property
    def recorded_seconds(self) -> float:
        fmt = self._source.format if self._source else None
        return len(self._pcm) / fmt.bytes_per_second if fmt else 0.0

    def _show_time(self) -> None:
        seconds = int(self.recorded_seconds)
        self.time_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    # -- recording --------------------------------------------------------------------------

    def start_recording(self) -> None:
        if not self.has_input or self._state not in ("idle", "taken"):
            return
        if self._take is not None:
            self.discard()
        self._source = self._given_source or MicrophoneSource(
            self._inputs[max(0, self.device_combo.currentIndex())], self)
        self._pcm.clear()
        self.peak = 0.0
        try:
            self._device = self._source.start()
        except Exception as exc:  # a device unplugged between listing and starting
            log.warning("recording could not start: %s", exc)
            self._device = None
        if self._device is None:
            self.message_label.setText(self.tr("The microphone could not be opened."))
            return
        self.message_label.setText(self.tr("Recording… press Stop when you have finished."))
        self._set_state("recording")
        self._timer.start()

    def _drain(self) -> None:
        if self._device is None or self._source is None:
            return
        fmt = self._source.format
        # Up to 4 ticks' worth at a time: keeps up with a microphone, paces a file.
        chunk = bytes(self._device.read(fmt.bytes_per_second * TICK_MS * 4 // 1000))
        if chunk:
            self._pcm.extend(chunk)
            self.peak = show_level(self.meter, chunk, fmt)
        self._show_time()
        if self.recorded_seconds >= MAX_SECONDS:
            self.stop_recording()

    def stop_recording(self) -> None:
        if self._state != "recording" or self._source is None:
            return
        self._timer.stop()
        self._drain()
        self._source.stop()
        self._device = None
        self.meter.setValue(0)
        ctx, pcm, fmt = self._ctx, bytes(self._pcm), self._source.format
        self._set_state("busy")
        self._tasks.submit(lambda: recording.write_take(ctx, pcm, fmt), on_done=self._taken,
                           on_error=self._failed, context=self, name="write recording")

    def _taken(self, take: Path) -> None:
        self._take = take
        self.message_label.setText(self.tr(
            "Recorded {seconds} s. Play it back, then keep it or discard it.").format(
                seconds=round(self.recorded_seconds)))
        self._set_state("taken")

    def _failed(self, error: BaseException) -> None:
        self.message_label.setText(str(error))
        self._set_state("taken" if self._take else "idle")

    # -- after the take ---------------------------------------------------------------------

    def _play(self) -> None:
        if self._take is None:
            return
        if not QMediaDevices.audioOutputs():
            self.message_label.setText(self.tr("There is no loudspeaker to play it on."))
            return
        if self._player is None:
            self._player, _output = media_player(self)
        queued(self._player, "setSource", QUrl.fromLocalFile(str(self._take)))
        queued(self._player, "play")

    def keep(self) -> None:
        if self._take is None or self._state != "taken":
            return
        ctx, actor, take, purpose = self._ctx, self._actor, self._take, self.purpose
        title = self.title_edit.text().strip()
        if not title:
            self.message_label.setText(self.tr("Give the recording a title first."))
            return
        self._stop_player()
        self._set_state("busy")
        self.message_label.setText(self.tr("Saving to the library…"))
        self._tasks.submit(lambda: recording.keep_take(ctx, actor, take, title,
                                                       purpose=purpose),
                           on_done=self._kept, on_error=self._failed, context=self,
                           name="keep recording")

    def _kept(self, item_id: str) -> None:
        self.item_id = item_id
        self._take = None
        self._pcm.clear()
        self._show_time()
        title = self.title_edit.text().strip()
        if self.purpose == "emergency":
            self.message_label.setText(self.tr(
                "Kept as “{title}” and chosen for the emergency broadcast.").format(title=title))
        else:
            self.message_label.setText(self.tr(
                "Kept in the library as “{title}”. The leader approves it before it goes on "
                "air.").format(title=title))
        self._set_state("idle")
        self.recorded.emit(item_id)

    def discard(self) -> None:
        take, self._take = self._take, None
        self._stop_player()
        self._pcm.clear()
        self._show_time()
        if take is not None:
            self._tasks.submit(lambda: recording.discard_take(take), context=self,
                               name="discard recording")
            self.message_label.setText(self.tr("The recording was discarded."))
        self._set_state("idle")

    def _stop_player(self) -> None:
        if self._player is not None:
            queued(self._player, "stop")
            queued(self._player, "setSource", QUrl())

    def done(self, result: int) -> None:
        if self._state == "recording":
            self._timer.stop()
            if self._source is not None:
                self._source.stop()
        self._stop_player()
        if self._take is not None:
            # One small unlink; a queued task could be dropped by the shutdown below.
            recording.discard_take(self._take)
            self._take = None
        if self._own_tasks:
            self._tasks.shutdown()
        super().done(result)
