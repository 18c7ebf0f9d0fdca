"""Files of a prepare are encoded side by side (one per core): all of them, each once; a
file that cannot be decoded is named and stops the rest; a cancel stops all of them; and
nothing half-made is left in the media cache."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.audio.errors import Cancelled
from console.media.store import MediaStore
from console.models import LoudnessEncode, MediaBlob
from console.models.base import utcnow
from console.services import air_audio
from console.services.errors import InvalidInput
from tests.support.delivery import cache_sound


@pytest.fixture()
def two_at_once(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Two workers, and how many encodes ran at once at each start (the last is the most)."""
    monkeypatch.setattr(air_audio, "ENCODE_WORKERS", 2)
    real = air_audio._encode
    running = 0
    guard = threading.Lock()
    both_started = threading.Barrier(2, timeout=30)
    seen: list[int] = []

    def encode(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal running
        with guard:
            running += 1
            seen.append(running)
        try:
            if len(seen) <= 2:  # the first two wait for each other: they overlap for sure
                both_started.wait()
            return real(*args, **kwargs)
        finally:
            with guard:
                running -= 1

    monkeypatch.setattr(air_audio, "_encode", encode)
    return seen


def _not_sound(ctx, name: str) -> str:  # type: ignore[no-untyped-def]
    """A file in the cache that says it is MP3 but is not."""
    body = f"not an mp3: {name}".encode() * 64
    sha = hashlib.sha256(body).hexdigest()
    path = MediaStore(ctx.paths.media).path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    with ctx.db.write() as session:
        session.merge(MediaBlob(sha256=sha, size=len(body), state="ready",
                                bytes_done=len(body), verified_at=utcnow(), mime="audio/mpeg"))
    return sha


def _leftovers(ctx) -> list[Path]:  # type: ignore[no-untyped-def]
    """Half-made files: parts in the media cache, encode folders in the scratch space."""
    return [*ctx.paths.media.rglob("*.part"), *ctx.paths.cache.glob("encode-*")]


def test_files_are_encoded_side_by_side_each_once(ctx, tmp_path: Path, two_at_once) -> None:  # type: ignore[no-untyped-def]
    quiet = cache_sound(ctx, tmp_path, "speech", -30.0, seconds=4.0)
    loud = cache_sound(ctx, tmp_path, "music", -8.0, seconds=4.0)
    wanted = {quiet: {"mp3", "mp3-low"}, loud: {"mp3", "mp3-low"}}
    assert air_audio.prepare(ctx, wanted) == 2
    assert max(two_at_once) == 2  # both ran at once
    with ctx.db.read() as session:
        made = session.execute(select(LoudnessEncode.source_sha256, LoudnessEncode.format)).all()
    assert sorted(made) == sorted((sha, f) for sha in (quiet, loud) for f in ("mp3", "mp3-low"))
    assert air_audio.prepare(ctx, wanted) == 0  # found, not made again
    assert not _leftovers(ctx)


def test_a_file_that_is_not_sound_is_named_and_stops_the_others(ctx, tmp_path: Path,
                                                                 two_at_once) -> None:  # type: ignore[no-untyped-def]
    good = cache_sound(ctx, tmp_path, "speech", -20.0, seconds=4.0)
    bad = _not_sound(ctx, "bản tin hỏng")
    with pytest.raises(InvalidInput) as caught:
        air_audio.prepare(ctx, {good: {"mp3"}, bad: {"mp3"}})
    assert bad[:12] in str(caught.value)
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(LoudnessEncode).where(
            LoudnessEncode.source_sha256 == bad)) == 0
    assert not _leftovers(ctx)
    assert air_audio.prepare(ctx, {good: {"mp3"}}) in (0, 1)  # finished, or made now


def test_a_cancel_stops_every_encode(ctx, tmp_path: Path, two_at_once) -> None:  # type: ignore[no-untyped-def]
    one = cache_sound(ctx, tmp_path, "speech", -20.0, seconds=4.0)
    two = cache_sound(ctx, tmp_path, "music", -20.0, seconds=4.0)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        air_audio.prepare(ctx, {one: {"mp3"}, two: {"mp3"}}, cancel=cancel)
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(LoudnessEncode)) == 0
    assert not _leftovers(ctx)
