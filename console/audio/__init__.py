"""Qt-free audio foundation: the bundled ffmpeg, durations, loudness, silence cues.

Nothing here imports Qt; the CLI, services and tests use it directly. Long runs take a
`threading.Event` to cancel and a progress callback.
"""

from console.audio.errors import AudioToolError, Cancelled, FfmpegTimeout
from console.audio.ffmpeg import (
    FfmpegResult,
    configure_pydub,
    ffmpeg_path,
    run_ffmpeg,
    silent_popen_kwargs,
)
from console.audio.loudness import (
    Loudness,
    SilenceCues,
    detect_silence,
    measure_loudness,
)
from console.audio.probe import decode_duration, media_duration, probe_duration
from console.audio.segment import load_segment
from console.audio.selftest import encode_decode_selftest, ffmpeg_version

__all__ = [
    "AudioToolError",
    "Cancelled",
    "FfmpegResult",
    "FfmpegTimeout",
    "Loudness",
    "SilenceCues",
    "configure_pydub",
    "decode_duration",
    "detect_silence",
    "encode_decode_selftest",
    "ffmpeg_path",
    "ffmpeg_version",
    "load_segment",
    "measure_loudness",
    "media_duration",
    "probe_duration",
    "run_ffmpeg",
    "silent_popen_kwargs",
]
