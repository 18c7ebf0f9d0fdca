"""Media durations: read from the container with mutagen, decode with ffmpeg if needed."""

from __future__ import annotations

import logging
import math
import os
import threading
from pathlib import Path

import mutagen

from console.audio.ffmpeg import last_reported_time, run_ffmpeg

logger = logging.getLogger(__name__)


def probe_duration(path: Path) -> float | None:
    """Duration in seconds from the file's headers (mp3, m4a/mp4, ogg, wav, flac, ...).

    Nothing is decoded, so this is cheap enough for list views. Returns None for
    unknown, unreadable or zero-length files. mutagen parses untrusted input here
    (files from the server), so any failure counts as "unknown", not as a crash.
    """
    try:
        media = mutagen.File(os.fspath(path))
    except Exception as exc:  # mutagen raises more than MutagenError on hostile files
        logger.debug("mutagen cannot read %s: %s", path, exc)
        return None
    length = getattr(getattr(media, "info", None), "length", None)
    if not isinstance(length, int | float) or not math.isfinite(length) or length <= 0:
        return None
    return float(length)


def decode_duration(
    path: Path,
    *,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
) -> float | None:
    """Duration of the first audio stream, found by decoding it all with ffmpeg.

    For files whose headers mutagen cannot read (Matroska/WebM, headerless or damaged
    files). Slow for long files: pass `cancel` from a UI worker. Returns None when
    ffmpeg cannot decode any audio from the file; raises Cancelled/FfmpegTimeout, and
    AudioToolError if ffmpeg itself is missing.
    """
    result = run_ffmpeg(
        ["-i", path, "-map", "0:a:0", "-f", "null", "-"],
        timeout=timeout,
        cancel=cancel,
        check=False,
    )
    if result.returncode != 0:
        logger.debug("ffmpeg cannot decode %s (exit %s)", path, result.returncode)
        return None
    seconds = last_reported_time(result.stderr)
    return seconds if seconds is not None and seconds > 0 else None


def media_duration(
    path: Path,
    *,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
) -> float | None:
    """Duration from the headers if mutagen can read them, otherwise by decoding."""
    seconds = probe_duration(path)
    if seconds is not None:
        return seconds
    if not Path(path).is_file():
        return None
    return decode_duration(path, cancel=cancel, timeout=timeout)
