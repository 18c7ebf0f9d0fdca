"""Players made through console.qtmedia: wired to their output, owned by their parent, and
stoppable straight after a start, again and again, from the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl

from console.qtmedia import media_player

# This machine may have no sound card: Qt says so and plays to nothing.
pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def test_player_and_output_belong_together(qapp) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    player, output = media_player(owner)
    assert player.audioOutput() is output
    assert player.parent() is owner and output.parent() is owner


def test_start_and_stop_at_once_many_times(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from console.audio.ffmpeg import ffmpeg_path

    tone = tmp_path / "tone.wav"
    subprocess.run([str(ffmpeg_path()), "-v", "error", "-f", "lavfi", "-i",
                    "sine=frequency=440:duration=1", str(tone)], check=True)
    owner = QObject()
    player, _output = media_player(owner)
    for _ in range(20):  # the teardown of each playback runs on the backend's thread
        player.setSource(QUrl.fromLocalFile(str(tone)))
        player.play()
        qtbot.wait(20)
        player.stop()
        player.setSource(QUrl())
    assert player.source().isEmpty()
