"""Decode media into a pydub AudioSegment without pydub's ffprobe and console windows."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from console.audio.ffmpeg import configure_pydub, run_ffmpeg


def load_segment(
    path: Path,
    *,
    sample_rate: int = 44100,
    channels: int = 2,
    timeout: float | None = None,
    cancel: threading.Event | None = None,
) -> Any:
    """Decode the first audio stream of `path` to a 16-bit pydub AudioSegment.

    ffmpeg detects the input format itself, so no ffprobe is needed; the audio is
    resampled to one rate and channel count so segments can be joined without
    surprises. The whole file is held in memory (about 10 MB per stereo minute).
    Returns `pydub.AudioSegment` (typed Any: pydub has no type information).
    """
    configure_pydub()
    from pydub import AudioSegment

    result = run_ffmpeg(
        [
            "-i",
            path,
            "-map",
            "0:a:0",
            "-vn",
            "-c:a",
            "pcm_s16le",
            "-ar",
            str(sample_rate),
            "-ac",
            str(channels),
            "-f",
            "s16le",
            "-",
        ],
        timeout=timeout,
        cancel=cancel,
    )
    return AudioSegment(
        data=result.stdout, sample_width=2, frame_rate=sample_rate, channels=channels
    )
