"""EBU R128 loudness and silence cue points."""

from __future__ import annotations

import math
import threading
from pathlib import Path

import pytest

from console.audio import AudioToolError, Cancelled, detect_silence, measure_loudness
from console.audio.loudness import parse_ebur128_summary, parse_silencedetect

from .conftest import render

TARGET_LUFS = -16.0


@pytest.fixture(scope="session")
def normalised_wav(media: Path) -> Path:
    """A quiet tone pushed to -16 LUFS by loudnorm."""
    path = media / "normalised.wav"
    render(
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=1000:duration=6:sample_rate=48000",
        "-af",
        f"volume=-30dB,loudnorm=I={TARGET_LUFS}:TP=-1.5:LRA=11",
        "-ar",
        "48000",
        path,
    )
    return path


def test_loudness_of_normalised_tone_is_near_target(normalised_wav: Path) -> None:
    loudness = measure_loudness(normalised_wav)
    assert loudness.integrated_lufs == pytest.approx(TARGET_LUFS, abs=1.0)
    assert -20.0 < loudness.true_peak_dbtp <= -1.0
    assert loudness.lra >= 0.0
    assert not loudness.silent


def test_loudness_of_mp3_with_progress(tone_mp3: Path) -> None:
    seen: list[float] = []
    loudness = measure_loudness(tone_mp3, progress=seen.append)
    assert loudness.integrated_lufs is not None and -30 < loudness.integrated_lufs < -15
    assert seen and seen[-1] == 1.0


def test_silence_has_no_integrated_loudness(silent_wav: Path) -> None:
    loudness = measure_loudness(silent_wav)
    assert loudness.integrated_lufs is None
    assert loudness.silent
    assert loudness.true_peak_dbtp == -math.inf


def test_loudness_of_non_audio_is_a_plain_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(b"rubbish" * 50)
    with pytest.raises(AudioToolError):
        measure_loudness(junk)


def test_loudness_can_be_cancelled(tone_wav: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        measure_loudness(tone_wav, cancel=cancel)


def test_summary_parsing_handles_minus_inf() -> None:
    stderr = (
        "[Parsed_ebur128_0 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         -70.0 LUFS\n"
        "    Threshold:   0.0 LUFS\n\n  Loudness range:\n    LRA:         0.0 LU\n"
        "    Threshold:   0.0 LUFS\n\n  True peak:\n    Peak:       -inf dBFS\n"
    )
    loudness = parse_ebur128_summary(stderr)
    assert loudness.integrated_lufs is None
    assert loudness.true_peak_dbtp == -math.inf
    with pytest.raises(AudioToolError, match="no sound could be measured in the file"):
        parse_ebur128_summary("size=N/A time=00:00:01.00")


@pytest.mark.parametrize("fixture", ["tone_wav", "tone_mp3"])
def test_detect_silence_finds_lead_and_trail(fixture: str, request) -> None:
    cues = detect_silence(request.getfixturevalue(fixture))
    assert cues.lead_s == pytest.approx(1.0, abs=0.05)
    assert cues.trail_s == pytest.approx(3.0, abs=0.05)
    assert cues.duration_s == pytest.approx(4.0, abs=0.05)
    lead, trail = cues
    assert (lead, trail) == (cues.lead_s, cues.trail_s)
    assert not cues.silent


def test_detect_silence_without_silence(normalised_wav: Path) -> None:
    cues = detect_silence(normalised_wav)
    assert cues.lead_s == 0.0
    assert cues.trail_s == pytest.approx(6.0, abs=0.05)


def test_detect_silence_of_silent_file(silent_wav: Path) -> None:
    cues = detect_silence(silent_wav)
    assert cues.silent
    assert cues.lead_s == cues.trail_s == pytest.approx(2.0, abs=0.05)


def test_silencedetect_parsing_old_ffmpeg_leaves_trailing_silence_open() -> None:
    stderr = (
        "[silencedetect @ 0x1] silence_start: 0\n"
        "[silencedetect @ 0x1] silence_end: 1.2 | silence_duration: 1.2\n"
        "[silencedetect @ 0x1] silence_start: 2.5\n"
        "[silencedetect @ 0x1] silence_end: 2.9 | silence_duration: 0.4\n"
        "[silencedetect @ 0x1] silence_start: 7.25\n"
    )
    cues = parse_silencedetect(stderr, 8.0)
    assert (cues.lead_s, cues.trail_s) == (1.2, 7.25)
    # A pause in the middle is not a cue point.
    assert parse_silencedetect(stderr.rsplit("\n", 2)[0], 8.0).trail_s == 8.0
