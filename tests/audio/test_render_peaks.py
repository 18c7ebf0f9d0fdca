"""A rendered programme plays under the true-peak ceiling: clicks that pass the limiter (it
holds samples, not the peaks between them) are found by decoding the MP3, which is then
encoded again; the whole file and each entry's file, measured by ffmpeg outside the
console, stay at or under -1 dBTP at the station's loudness."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from console.audio.ffmpeg import run_ffmpeg
from console.audio.render import (
    RenderPart,
    RenderTarget,
    measure_integrated,
    normalising_gain,
    render_parts,
)
from tests.audio.test_normalise_peaks import CLICKS
from tests.support.delivery import ebur128


def test_clicks_in_a_programme_are_encoded_again_under_the_ceiling(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = tmp_path / "clicks.wav"
    run_ffmpeg(["-f", "lavfi", "-i", CLICKS, "-y", source], timeout=60)
    tone = tmp_path / "tone.wav"
    run_ffmpeg(["-f", "lavfi", "-i", "sine=f=440:d=3:sample_rate=44100", "-y", tone],
               timeout=60)
    target = RenderTarget()
    parts = [RenderPart(path, seconds, gain_db=normalising_gain(measure_integrated(path),
                                                                target))
             for path, seconds in ((tone, 3.0), (source, 5.0))]
    out, entries = tmp_path / "out" / "programme.mp3", tmp_path / "out" / "entries"
    with caplog.at_level(logging.INFO, logger="console.audio"):
        result = render_parts(parts, out, target=target, entries_dir=entries)

    integrated, peak = ebur128(out)
    assert peak <= -1.0, peak
    assert abs(integrated + 16.0) <= 1.0, integrated
    assert result.true_peak_dbtp >= peak - 0.05  # the figure reported is the file's
    clicks_entry = entries / "entry-002.mp3"
    assert ebur128(clicks_entry)[1] <= -1.0
    assert ebur128(entries / "entry-001.mp3")[1] <= -1.0
    assert result.true_peak_dbtp == pytest.approx(
        max(peak, *(ebur128(p)[1] for p in result.entry_files)), abs=0.05)
    # It went over on the way: the check did the work, not luck.
    again = [r for r in caplog.records if "encoded again" in r.getMessage()]
    assert len(again) >= 2, caplog.text  # the programme and the clicks' own file
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], caplog.text
    # Nothing half-made is left beside the files.
    assert sorted(p.name for p in out.parent.iterdir()) == ["entries", "programme.mp3"]
    assert sorted(p.name for p in entries.iterdir()) == ["entry-001.mp3", "entry-002.mp3"]
