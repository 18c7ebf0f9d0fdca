"""Players made through console.qtmedia, and the playout's player driven by queued calls:
started and cut again and again without ever freezing the UI thread."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QObject

from console.audio.ffmpeg import ffmpeg_path
from console.playout.engine import AudioPlayer
from console.qtmedia import media_player

# This machine may have no sound card: Qt says so and plays to nothing.
pytestmark = pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)


def test_player_and_output_belong_together(qapp) -> None:  # type: ignore[no-untyped-def]
    owner = QObject()
    player, output = media_player(owner)
    assert player.audioOutput() is output
    assert player.parent() is owner and output.parent() is owner


def test_play_and_cut_many_times(qtbot, qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tone = tmp_path / "tone.wav"
    subprocess.run([str(ffmpeg_path()), "-v", "error", "-f", "lavfi", "-i",
                    "sine=frequency=440:duration=1", str(tone)], check=True)
    player = AudioPlayer()
    ended: list[tuple[float, bool, str]] = []
    player.ended.connect(lambda *args: ended.append(args))
    for _ in range(20):  # each cut tears a playback down on the backend's threads
        player.play(tone)
        qtbot.wait(20)
        assert player.stop() >= 0.0
    qtbot.waitUntil(lambda: player.player.source().isEmpty(), timeout=5000)
    assert not player.active and ended == []  # a cut asked for is not an ending
    player.play(tone)  # and it still plays a file to its end
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    assert ended[0][1] is True and ended[0][2] == ""
