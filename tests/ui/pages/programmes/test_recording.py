"""Recording: a real WAV fed through the dialog's PCM source becomes a library item."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtMultimedia import QMediaDevices
from sqlalchemy import select

from console.audio.ffmpeg import run_ffmpeg
from console.audio.probe import media_duration
from console.models import ItemFile, SourceItem
from console.services.programmes import recording
from console.services.programmes.recording import PcmFormat
from console.ui.dialogs.record_dialog import RecordDialog, level_db
from tests.support.programmes import Station


class WavSource:
    """PCM read from a WAV file through a QBuffer, as a microphone would deliver it."""

    def __init__(self, path: Path) -> None:
        with wave.open(str(path), "rb") as wav:
            self.format = PcmFormat(wav.getframerate(), wav.getnchannels(), "int16")
            self._data = QByteArray(wav.readframes(wav.getnframes()))
        self.buffer = QBuffer()
        self.started = self.stopped = 0

    def start(self) -> QIODevice:
        self.started += 1
        self.buffer.setData(self._data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        return self.buffer

    def stop(self) -> None:
        self.stopped += 1
        self.buffer.close()


def _tone(path: Path, seconds: float, volume: float) -> Path:
    # The sine source peaks at 1/8 of full scale.
    run_ffmpeg(["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}:sample_rate=16000",
                "-af", f"volume={volume * 8}", "-ac", "1", "-c:a", "pcm_s16le", "-y", path],
               timeout=60)
    return path


def test_peak_level_and_meter_scale(tmp_path: Path) -> None:
    loud = _tone(tmp_path / "loud.wav", 0.5, 1.0)
    quiet = _tone(tmp_path / "quiet.wav", 0.5, 0.1)
    fmt = PcmFormat(16000, 1)
    levels = []
    for path in (loud, quiet):
        with wave.open(str(path), "rb") as wav:
            levels.append(recording.peak_level(wav.readframes(wav.getnframes()), fmt))
    assert levels[0] > 0.95
    assert 0.08 < levels[1] < 0.12
    assert level_db(levels[1]) == pytest.approx(-20, abs=1.5)
    assert level_db(0.0) == -60.0
    assert recording.peak_level(b"\x00\x00" * 100, fmt) == 0.0
    floats = PcmFormat(16000, 1, "float")
    import array
    assert recording.to_int16(array.array("f", [0.5, -1.0]).tobytes(), floats) == \
        array.array("h", [16383, -32767]).tobytes()


def test_record_keep_makes_a_library_item(qtbot, station: Station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = WavSource(_tone(tmp_path / "voice.wav", 1.5, 0.5))
    dialog = RecordDialog(station.ctx, station.editor, source=source)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.record_button.isEnabled() and not dialog.keep_button.isEnabled()
    dialog.title_edit.setText("Thông báo họp thôn: Ấp 3")
    dialog.record_button.click()
    assert dialog.state == "recording"
    qtbot.waitUntil(lambda: dialog.recorded_seconds >= 1.5, timeout=10000)
    assert dialog.peak == pytest.approx(0.5, abs=0.05)
    assert dialog.meter.value() > 80  # -6 dBFS on a 60 dB scale
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.state == "taken", timeout=10000)
    assert source.stopped == 1
    take = dialog._take
    assert take is not None and take.is_file()
    assert media_duration(take) == pytest.approx(1.5, abs=0.05)

    with qtbot.waitSignal(dialog.recorded, timeout=30000) as blocker:
        dialog.keep_button.click()
    item_id = blocker.args[0]
    assert dialog.item_id == item_id and not take.exists()
    with station.ctx.db.read() as session:
        item = session.get(SourceItem, item_id)
        assert item is not None and item.local and not item.reviewed
        assert item.title == "Thông báo họp thôn Ấp 3"
        assert item.kind == "audio" and item.duration_s == pytest.approx(1.5, abs=0.1)
        mime = session.scalar(select(ItemFile.mime).where(ItemFile.item_id == item_id))
        assert mime == "audio/mpeg"
    assert "Thông báo họp thôn" in dialog.message_label.text()
    dialog.close()


def test_discard_removes_the_take(qtbot, station: Station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = RecordDialog(station.ctx, station.editor,
                          source=WavSource(_tone(tmp_path / "t.wav", 0.5, 0.3)))
    qtbot.addWidget(dialog)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.recorded_seconds >= 0.5, timeout=10000)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.state == "taken", timeout=10000)
    take = dialog._take
    assert take is not None
    dialog.play_button.click()
    if not QMediaDevices.audioOutputs():
        assert "loudspeaker" in dialog.message_label.text()
    dialog.discard_button.click()
    qtbot.waitUntil(lambda: not take.exists(), timeout=5000)
    assert dialog.state == "idle" and dialog.item_id is None
    assert dialog.recorded_seconds == 0


def test_an_operator_can_record_but_not_keep(qtbot, station: Station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = RecordDialog(station.ctx, station.operator,
                          source=WavSource(_tone(tmp_path / "t.wav", 0.3, 0.3)))
    qtbot.addWidget(dialog)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.recorded_seconds >= 0.3, timeout=10000)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.state == "taken", timeout=10000)
    assert not dialog.keep_button.isEnabled() and dialog.discard_button.isEnabled()
    dialog.close()


def test_no_microphone_says_so(qtbot, station: Station) -> None:  # type: ignore[no-untyped-def]
    if QMediaDevices.audioInputs():
        pytest.skip("this machine has a microphone")
    dialog = RecordDialog(station.ctx, station.editor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "microphone" in dialog.message_label.text()
    assert not dialog.record_button.isEnabled()
    dialog.start_recording()  # nothing happens, nothing breaks
    assert dialog.state == "idle"
    dialog.close()


def test_nothing_recorded_is_refused(station: Station) -> None:
    with pytest.raises(Exception, match="nothing was recorded"):
        recording.write_take(station.ctx, b"", PcmFormat(16000, 1))


def test_the_editor_adds_a_kept_recording(qtbot, station: Station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from console.services import programmes as svc
    from console.ui.pages.base import PageEnv
    from console.ui.pages.programmes import ProgrammesPage
    from console.ui.tasks import TaskRunner

    pid = svc.create_programme(station.ctx.db, station.editor, "Bản tin chiều")
    tasks = TaskRunner()
    try:
        page = ProgrammesPage(PageEnv(station.ctx, station.editor, tasks, prefs=None))  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.resize(1366, 768)  # the list and the editor side by side (list_or_detail.py)
        page.show()
        page.activate()
        qtbot.waitUntil(lambda: page.list_table.rowCount() == 1)
        page.list_table.selectRow(0)
        assert page._selected == pid
        dialog = page.open_recorder()
        assert isinstance(dialog, RecordDialog) and dialog.isVisible()
        take = recording.write_take(station.ctx, _pcm(_tone(tmp_path / "t.wav", 1.0, 0.4)),
                                    PcmFormat(16000, 1))
        item_id = recording.keep_take(station.ctx, station.editor, take, "Loa phường")
        dialog.recorded.emit(item_id)
        qtbot.waitUntil(lambda: [e.item_id for e in page._entries] == [item_id], timeout=10000)
        dialog.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0)
    finally:
        tasks.shutdown()


def _pcm(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes())
