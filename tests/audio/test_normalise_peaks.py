"""What a loudspeaker plays is the decoded file: every file normalise() writes decodes at or
under the true-peak ceiling, measured by ffmpeg outside the console, at the station's
loudness; a file the encoder took over the ceiling is encoded again, and the figures kept
for each format are those of its file as it plays."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from console.audio.ffmpeg import run_ffmpeg
from console.audio.normalise import normalise
from console.audio.render import measure_integrated
from tests.support.delivery import SPEECH, ebur128

FORMATS = ("mp3", "mp3-low", "m4a", "flac")
EXT = {"mp3": "mp3", "mp3-low": "low.mp3", "m4a": "m4a", "flac": "flac"}
# A quiet hum under short clicks (a bad connector on a field recorder): the limiter holds
# the samples, but peaks between them, and what MP3 and AAC make of a click, go over.
CLICKS = ("aevalsrc=exprs='if(lt(mod(t*8\\,1)\\,0.002)\\,0.95\\,0.05*sin(2*PI*300*t))'"
          ":d=5:s=44100")


def _outputs(folder: Path) -> dict[str, Path]:
    return {name: folder / f"out.{EXT[name]}" for name in FORMATS}


def _check_as_played(result, outputs: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    for name, path in outputs.items():
        integrated, peak = ebur128(path)
        assert peak <= -1.0, (name, peak)
        assert abs(integrated + 16.0) <= 1.0, (name, integrated)
        # The figures kept for the format (the as-run's) are those of its file.
        assert result.loudness_of(name) == pytest.approx((integrated, peak), abs=0.05), name
    assert result.true_peak_dbtp == max(ebur128(p)[1] for p in outputs.values())


def test_clicks_that_pass_the_limiter_are_encoded_again_under_the_ceiling(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = tmp_path / "clicks.wav"
    run_ffmpeg(["-f", "lavfi", "-i", CLICKS, "-y", source], timeout=60)
    outputs = _outputs(tmp_path)
    with caplog.at_level(logging.INFO, logger="console.audio.normalise"):
        result = normalise(source, outputs)
    assert result.encoded_peak_dbtp > -1.0  # over the ceiling as it went into the encoders
    _check_as_played(result, outputs)
    again = {r.getMessage().split()[0] for r in caplog.records if "encoded again" in
             r.getMessage()}
    assert {"mp3", "m4a"} <= again, caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["clicks.wav", *(p.name for p in outputs.values())])  # no part or retry left


def test_a_quiet_bulletin_read_aloud_plays_under_the_ceiling_on_every_kind_of_speaker(
        tmp_path: Path) -> None:
    """The bulletin the bundled voice reads (as it reads it after its first use in a
    process), brought up from -30 LUFS: ffmpeg's AAC encoder at 96 kb/s decoded it at
    -0.4 dBTP, though -1.9 dBTP went in."""
    from console.audio.speech.espeak_lib import BundledEspeakEngine

    raw = tmp_path / "speech.wav"
    for _ in range(2):  # the first reading of a process starts a little differently
        BundledEspeakEngine().synthesize(SPEECH, "vi", 150, raw)
    gain = -30.0 - (measure_integrated(raw) or -70.0)
    source = tmp_path / "speech.mp3"
    run_ffmpeg(["-i", raw, "-af", f"volume={gain:.2f}dB,alimiter=limit=0.99:level=false",
                "-c:a", "libmp3lame", "-q:a", "2", "-y", source], timeout=60)
    outputs = _outputs(tmp_path / "out")
    result = normalise(source, outputs)
    _check_as_played(result, outputs)
