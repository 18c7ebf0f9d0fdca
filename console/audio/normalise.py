"""One file brought to the station's loudness and encoded for each kind of loudspeaker.

The same measure-and-gain as the programme render (console.audio.render): the source's
integrated loudness is measured once (through the mono downmix, cached by content), a
static gain brings it to the target and a look-ahead limiter holds the true peak under the
ceiling. Every format a push needs is written by one ffmpeg run (one decode, the signal
split to one encoder per format), and ebur128 in the chain reports the loudness of exactly
what is encoded, which goes into the as-run. When the limiter took more than the tolerance
off (a quiet recording with loud peaks), one more run adds it back as make-up gain.
"""

from __future__ import annotations

import logging
import math
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import AudioToolError
from .ffmpeg import run_ffmpeg
from .render import (
    _DOWNMIX,
    MAX_MAKEUP_DB,
    SAMPLE_RATE,
    LoudnessCache,
    RenderTarget,
    measure_integrated,
    normalising_gain,
)

logger = logging.getLogger(__name__)

# A second run when the limiter took more than this off: a file is short, and the low-rate
# MP3 loses a few tenths more in its low-pass, so the programme render's 0.5 LU is too wide.
CORRECT_LU = 0.2

_INTEGRATED_RE = re.compile(r"Integrated loudness:\s*I:\s*(\S+)\s*LUFS")
_PEAK_RE = re.compile(r"True peak:\s*Peak:\s*(\S+)\s*dBFS")


@dataclass(frozen=True)
class AudioFormat:
    """How one kind of target wants its sound: codec, rate, channels, container."""

    name: str
    ext: str
    mime: str
    codec: tuple[str, ...]


# Clusters on the reference protocol and the Icecast source (it re-encodes what it streams):
# VBR MP3 keeps the level after decoding (CBR 128k came out 0.5 LU quieter).
MP3 = AudioFormat("mp3", "mp3", "audio/mpeg",
                  ("-ar", "44100", "-ac", "1", "-c:a", "libmp3lame", "-q:a", "2", "-f", "mp3"))
# Vendor gateways: their clusters fetch every file over a 3G SIM, and speech carries at
# 22.05 kHz; a third of the bytes of the reference encode.
MP3_LOW = AudioFormat("mp3-low", "mp3", "audio/mpeg",
                      ("-ar", "22050", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "48k",
                       "-f", "mp3"))
# Boards that play sound (a reference board's speaker): AAC in MP4, what their players take.
M4A = AudioFormat("m4a", "m4a", "audio/mp4",
                  ("-ar", "44100", "-ac", "1", "-c:a", "aac", "-b:a", "96k",
                   "-movflags", "+faststart", "-f", "ipod"))
# This computer's sound card feeds a wired or FM transmitter: no second lossy step.
FLAC = AudioFormat("flac", "flac", "audio/flac",
                   ("-ar", "44100", "-ac", "1", "-c:a", "flac", "-f", "flac"))

FORMATS: dict[str, AudioFormat] = {f.name: f for f in (MP3, MP3_LOW, M4A, FLAC)}


@dataclass(frozen=True)
class Normalised:
    """What one run wrote: a file per format, and the loudness of what was encoded."""

    files: dict[str, Path]
    integrated_lufs: float | None   # None: the source is silent
    true_peak_dbtp: float
    gain_db: float


def _limiter(target: RenderTarget) -> str:
    return (f"alimiter=limit={target.limit_linear:.4f}:attack=5:release=80"
            f":level=false:latency=true")


def _graph(gain_db: float, target: RenderTarget, outputs: int) -> str:
    chain = (f"[0:a:0]{_DOWNMIX},aresample={SAMPLE_RATE},volume={gain_db:.2f}dB:precision=float,"
             f"{_limiter(target)},ebur128=peak=true:framelog=verbose")
    if outputs == 1:
        return f"{chain}[o0]"
    labels = "".join(f"[o{i}]" for i in range(outputs))
    return f"{chain},asplit={outputs}{labels}"


def _summary(stderr: str) -> tuple[float | None, float]:
    start = max(0, stderr.rfind("Summary:"))
    lufs = _INTEGRATED_RE.search(stderr, start)
    peak = _PEAK_RE.search(stderr, start)
    value = float(lufs.group(1)) if lufs else -70.0
    integrated = value if math.isfinite(value) and value > -70.0 else None
    true_peak = float(peak.group(1)) if peak else -math.inf
    return integrated, true_peak if not math.isnan(true_peak) else -math.inf


def normalise(source: Path, outputs: Mapping[str, Path], *,
              target: RenderTarget | None = None, loudness: LoudnessCache | None = None,
              cancel: threading.Event | None = None, timeout: float | None = 1800
              ) -> Normalised:
    """Write `source` at the target loudness into each format of `outputs` (name → path).

    Files appear only when complete. Raises AudioToolError when the source has no audio
    ffmpeg can decode (a clear one-line reason), KeyError for an unknown format name.
    """
    if not outputs:
        raise ValueError("no format asked for")
    target = target or RenderTarget()
    formats = [(FORMATS[name], Path(path)) for name, path in outputs.items()]
    measured = (loudness.measure(source, cancel=cancel) if loudness is not None
                else measure_integrated(source, cancel=cancel, timeout=timeout))
    gain = normalising_gain(measured, target)
    parts = {name: path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
             for (fmt, path), name in zip(formats, outputs, strict=True)}

    def run(gain_db: float) -> tuple[float | None, float]:
        args: list[str] = ["-i", str(source), "-filter_complex",
                           _graph(gain_db, target, len(formats))]
        for n, (fmt, _path) in enumerate(formats):
            args += ["-map", f"[o{n}]", "-map_metadata", "-1", *fmt.codec, "-y",
                     str(parts[fmt.name])]
        result = run_ffmpeg(args, timeout=timeout, cancel=cancel)
        return _summary(result.stderr)

    for _fmt, path in formats:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        base = gain
        integrated, peak = run(gain)
        slope = 1.0
        for _ in range(2):
            if (integrated is None or measured is None
                    or target.lufs - integrated <= CORRECT_LU or gain - base >= MAX_MAKEUP_DB):
                break
            # The limiter took loudness off the peaks of a quiet, peaky recording: add it
            # back (secant step: the limiter takes a share of every extra dB as well).
            before, previous = integrated, gain
            gain = min(base + MAX_MAKEUP_DB, gain + (target.lufs - integrated) / slope)
            integrated, peak = run(gain)
            if integrated is not None and gain > previous:
                slope = max(0.3, (integrated - before) / (gain - previous))
        for fmt, path in formats:
            os.replace(parts[fmt.name], path)
    finally:
        for part in parts.values():
            part.unlink(missing_ok=True)
    logger.info("normalised %s to %s: %s LUFS, true peak %.1f dBTP (gain %+.1f dB)",
                source.name, ", ".join(outputs), "silent" if integrated is None
                else f"{integrated:.1f}", peak, gain)
    return Normalised({name: Path(path) for name, path in outputs.items()}, integrated, peak,
                      gain)


def check_format(name: str) -> AudioFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise AudioToolError(f"unknown audio format {name!r}") from None
