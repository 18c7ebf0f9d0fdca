"""Fixtures of the library tests; the data folder, keyring and `ctx` are in tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import make_picture, make_tone


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("library-media")


@pytest.fixture(scope="session")
def tone_mp3(media_dir: Path) -> Path:
    return make_tone(media_dir / "tone.mp3", 2.0)


@pytest.fixture(scope="session")
def tone_wav(media_dir: Path) -> Path:
    return make_tone(media_dir / "chuông báo.wav", 1.0, codec="wav")


@pytest.fixture(scope="session")
def picture_png(media_dir: Path) -> Path:
    return make_picture(media_dir / "ảnh thôn.png")
