"""ffmpeg self-test for `commune-console doctor`: can we encode and decode MP3 here?"""

from __future__ import annotations

import logging
import re
import sys
import tempfile
import wave
from array import array
from pathlib import Path

from console.audio.errors import AudioToolError
from console.audio.ffmpeg import ffmpeg_path, run_ffmpeg

logger = logging.getLogger(__name__)

_TONE_S = 1.0
_TOLERANCE_S = 0.1
# A 1 kHz tone at ffmpeg's default sine amplitude (1/8) peaks near 4096; a broken
# codec that yields silence or noise-floor output stays far below this.
_MIN_PEAK = 1000
_STEP_TIMEOUT_S = 30.0


def ffmpeg_version() -> str:
    """Version of the bundled ffmpeg, e.g. "7.1" or "9.0.2" (the raw tag if not numeric)."""
    result = run_ffmpeg(["-version"], timeout=_STEP_TIMEOUT_S)
    first = result.stdout.decode("utf-8", "replace").partition("\n")[0]
    match = re.search(r"version\s+(\S+)", first)
    if match is None:
        raise AudioToolError(f"ffmpeg -version said something unexpected: {first!r}")
    tag = match.group(1)
    number = re.search(r"\d+\.\d+(?:\.\d+)?", tag)
    return number.group(0) if number else tag


def _read_wav(path: Path) -> tuple[float, int]:
    """Duration in seconds and peak absolute sample of a 16-bit PCM WAV."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise AudioToolError(f"decoded WAV has {wav.getsampwidth() * 8}-bit samples")
        frames = wav.getnframes()
        duration = frames / wav.getframerate()
        samples = array("h", wav.readframes(frames))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    peak = max((abs(s) for s in samples), default=0)
    return duration, peak


def encode_decode_selftest(workdir: Path) -> str:
    """Encode 1 s of tone to MP3 with libmp3lame, decode it back, check the result.

    Files go to a temporary folder inside `workdir`, removed afterwards. Returns a
    one-line human detail; raises AudioToolError with a plain reason on failure.
    """
    exe = ffmpeg_path()
    version = ffmpeg_version()
    workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(
        prefix="ffmpeg-selftest-", dir=workdir, ignore_cleanup_errors=True
    ) as tmp:
        mp3 = Path(tmp) / "tone.mp3"
        wav_path = Path(tmp) / "tone.wav"
        try:
            run_ffmpeg(
                [
                    "-f",
                    "lavfi",
                    "-i",
                    f"sine=frequency=1000:duration={_TONE_S}:sample_rate=44100",
                    "-c:a",
                    "libmp3lame",
                    "-b:a",
                    "128k",
                    "-y",
                    mp3,
                ],
                timeout=_STEP_TIMEOUT_S,
            )
        except AudioToolError as exc:
            raise AudioToolError(f"MP3 encoding failed: {exc}") from exc
        if not mp3.is_file() or mp3.stat().st_size == 0:
            raise AudioToolError("MP3 encoding produced no file")
        try:
            run_ffmpeg(["-i", mp3, "-c:a", "pcm_s16le", "-y", wav_path], timeout=_STEP_TIMEOUT_S)
        except AudioToolError as exc:
            raise AudioToolError(f"MP3 decoding failed: {exc}") from exc
        try:
            duration, peak = _read_wav(wav_path)
        except (OSError, EOFError, wave.Error) as exc:
            raise AudioToolError(f"decoded WAV is unreadable: {exc}") from exc
    if abs(duration - _TONE_S) > _TOLERANCE_S:
        raise AudioToolError(
            f"MP3 round trip changed the length: {duration:.3f} s instead of {_TONE_S:g} s"
        )
    if peak < _MIN_PEAK:
        raise AudioToolError("MP3 round trip produced silence")
    logger.info("ffmpeg self-test ok: %s, %.3f s, peak %d", exe, duration, peak)
    return f"ffmpeg {version} at {exe}: MP3 encode/decode ok"
