"""Test media generated with the real bundled ffmpeg, once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.audio import run_ffmpeg

TONE = "sine=frequency=440:duration=2:sample_rate=44100"


def render(*args: str | Path) -> None:
    run_ffmpeg(["-y", *args], timeout=30)


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def tone_wav(media: Path) -> Path:
    """4.0 s mono WAV: 1 s silence, 2 s of 440 Hz, 1 s silence."""
    path = media / "tone.wav"
    render(
        "-f",
        "lavfi",
        "-i",
        TONE,
        "-af",
        "adelay=1000:all=1,apad=pad_dur=1",
        "-ac",
        "1",
        "-c:a",
        "pcm_s16le",
        path,
    )
    return path


@pytest.fixture(scope="session")
def tone_mp3(media: Path, tone_wav: Path) -> Path:
    path = media / "tone.mp3"
    render("-i", tone_wav, "-c:a", "libmp3lame", "-b:a", "128k", path)
    return path


@pytest.fixture(scope="session")
def tone_mka(media: Path, tone_wav: Path) -> Path:
    """Matroska: a container mutagen cannot read, so only decoding finds its length."""
    path = media / "tone.mka"
    render("-i", tone_wav, "-c:a", "libvorbis", path)
    return path


@pytest.fixture(scope="session")
def silent_wav(media: Path) -> Path:
    path = media / "silent.wav"
    render("-f", "lavfi", "-i", "anullsrc=r=44100:cl=mono", "-t", "2", path)
    return path
