"""The doctor's ffmpeg self-test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from console.audio import AudioToolError, encode_decode_selftest, ffmpeg_path, ffmpeg_version
from console.audio import selftest as selftest_module


def test_ffmpeg_version_looks_like_a_version() -> None:
    assert re.match(r"^\d+\.\d+", ffmpeg_version())


def test_selftest_passes_and_cleans_up(tmp_path: Path) -> None:
    detail = encode_decode_selftest(tmp_path / "work")
    assert detail.endswith(": MP3 encode/decode ok")
    assert str(ffmpeg_path()) in detail
    assert detail.startswith(f"ffmpeg {ffmpeg_version()} at ")
    assert list((tmp_path / "work").iterdir()) == []


def test_selftest_reports_a_broken_round_trip(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(selftest_module, "_read_wav", lambda _path: (0.5, 4000))
    with pytest.raises(AudioToolError, match=r"changed the length: 0\.500 s"):
        encode_decode_selftest(tmp_path)


def test_selftest_reports_failed_encoding(tmp_path: Path, monkeypatch) -> None:
    real_run = selftest_module.run_ffmpeg

    def no_lame(args, **kwargs):
        args = ["libmp3lame_missing" if a == "libmp3lame" else a for a in args]
        return real_run(args, **kwargs)

    monkeypatch.setattr(selftest_module, "run_ffmpeg", no_lame)
    with pytest.raises(AudioToolError,
                       match=r"^MP3 encoding failed: the sound could not be processed \(ffmpeg"):
        encode_decode_selftest(tmp_path)
