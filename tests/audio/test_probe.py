"""Durations from headers (mutagen) and by decoding (ffmpeg)."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.audio import decode_duration, media_duration, probe_duration

from .conftest import render


@pytest.mark.parametrize("fixture", ["tone_wav", "tone_mp3"])
def test_probe_duration_within_a_tenth(fixture: str, request) -> None:
    path = request.getfixturevalue(fixture)
    assert probe_duration(path) == pytest.approx(4.0, abs=0.1)


@pytest.mark.parametrize(
    ("suffix", "codec"), [("m4a", "aac"), ("ogg", "libvorbis"), ("flac", "flac")]
)
def test_probe_duration_other_formats(suffix: str, codec: str, tone_wav: Path, tmp_path) -> None:
    path = tmp_path / f"tone.{suffix}"
    render("-i", tone_wav, "-c:a", codec, path)
    assert probe_duration(path) == pytest.approx(4.0, abs=0.1)


def test_probe_duration_unknown_or_unreadable(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("bản tin", encoding="utf-8")
    fake_mp3 = tmp_path / "fake.mp3"
    fake_mp3.write_bytes(b"\x00garbage" * 100)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    for path in (text, fake_mp3, empty, tmp_path / "missing.mp3", tmp_path):
        assert probe_duration(path) is None, path


def test_probe_cannot_read_matroska(tone_mka: Path) -> None:
    assert probe_duration(tone_mka) is None


@pytest.mark.parametrize("fixture", ["tone_wav", "tone_mp3", "tone_mka"])
def test_decode_duration(fixture: str, request) -> None:
    path = request.getfixturevalue(fixture)
    assert decode_duration(path) == pytest.approx(4.0, abs=0.05)


def test_decode_duration_of_garbage_is_none(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not audio at all" * 64)
    assert decode_duration(junk) is None
    assert media_duration(junk) is None
    assert media_duration(tmp_path / "missing.mp3") is None


def test_media_duration_falls_back_to_decoding(tone_mka: Path, tone_mp3: Path) -> None:
    assert media_duration(tone_mka) == pytest.approx(4.0, abs=0.05)
    assert media_duration(tone_mp3) == pytest.approx(4.0, abs=0.1)


def test_vietnamese_file_names(tone_wav: Path, tmp_path: Path) -> None:
    path = tmp_path / "Bản tin Đồng Nai sáng.wav"
    path.write_bytes(tone_wav.read_bytes())
    assert probe_duration(path) == pytest.approx(4.0, abs=0.01)
    assert decode_duration(path) == pytest.approx(4.0, abs=0.05)
