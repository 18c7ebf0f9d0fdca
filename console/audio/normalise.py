"""One file brought to the station's loudness and encoded for each kind of loudspeaker.

The same measure-and-gain as the programme render (console.audio.render): the source's
integrated loudness is measured once (through the mono downmix, cached by content), a
static gain brings it to the target and a look-ahead limiter holds the true peak under the
ceiling. Every format a push needs is written by one ffmpeg run (one decode, the signal
split to one encoder per format), and ebur128 in the chain reports the loudness of what
goes into the encoders. When the limiter took more than the tolerance off (a quiet
recording with loud peaks), one more run adds it back as make-up gain.

Each file is then decoded and measured, since what a loudspeaker plays is the decoded file:
a lossy encoder can put peaks back over the ceiling that the limiter held, and one over it
is encoded again (keep_under_ceiling()). Those figures, each file's, go into the as-run.
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

from .ceiling import keep_under_ceiling
from .ffmpeg import run_ffmpeg
from .formats import FORMATS, AudioFormat
from .loudness import Loudness, measure_loudness
from .render import (
    _DOWNMIX,
    MAX_MAKEUP_DB,
    SAMPLE_RATE,
    LoudnessCache,
    RenderTarget,
    _limiter,
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
class Normalised:
    """What one run wrote: a file per format, the loudness of what went into the encoders,
    and that of each file as it plays."""

    files: dict[str, Path]
    integrated_lufs: float | None   # None: the source is silent
    encoded_peak_dbtp: float
    gain_db: float
    played: dict[str, Loudness]     # each format's file, decoded

    def loudness_of(self, name: str) -> tuple[float | None, float]:
        """(integrated LUFS, true peak dBTP) of one format's file as it plays."""
        found = self.played[name]
        return found.integrated_lufs, found.true_peak_dbtp

    @property
    def true_peak_dbtp(self) -> float:
        """The highest true peak of the files as they play."""
        return max(found.true_peak_dbtp for found in self.played.values())


def _graph(gain_db: float, target: RenderTarget, outputs: int, lower_db: float = 0.0) -> str:
    """The filters from the source to `outputs` encoders; with `lower_db`, a true-peak
    limiter that far under the ceiling as well (render._limiter())."""
    chain = (f"[0:a:0]{_DOWNMIX},aresample={SAMPLE_RATE},volume={gain_db:.2f}dB:precision=float,"
             f"{_limiter(target, lower_db)},ebur128=peak=true:framelog=verbose")
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
    formats = [FORMATS[name] for name in outputs]
    measured = (loudness.measure(source, cancel=cancel) if loudness is not None
                else measure_integrated(source, cancel=cancel, timeout=timeout))
    gain = normalising_gain(measured, target)
    parts = {name: Path(path).with_name(
        f".{Path(path).name}.{os.getpid()}.{threading.get_ident()}.part")
        for name, path in outputs.items()}
    retries = {name: part.with_name(part.name + ".again") for name, part in parts.items()}

    def run(gain_db: float, encodes: list[tuple[tuple[str, ...], Path]],
            lower_db: float = 0.0) -> tuple[float | None, float]:
        args: list[str] = ["-i", str(source), "-filter_complex",
                           _graph(gain_db, target, len(encodes), lower_db)]
        for n, (codec, path) in enumerate(encodes):
            args += ["-map", f"[o{n}]", "-map_metadata", "-1", *codec, "-y", str(path)]
        result = run_ffmpeg(args, timeout=timeout, cancel=cancel)
        return _summary(result.stderr)

    def encode_again(fmt: AudioFormat, codec: tuple[str, ...], lower_db: float) -> Path:
        run(gain, [(codec, retries[fmt.name])], lower_db)
        return retries[fmt.name]

    def decoded(path: Path) -> Loudness:
        return measure_loudness(path, cancel=cancel, timeout=timeout)

    for path in outputs.values():
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    everything = [(fmt.codec, parts[fmt.name]) for fmt in formats]
    try:
        base = gain
        integrated, peak = run(gain, everything)
        slope = 1.0
        for _ in range(2):
            if (integrated is None or measured is None
                    or target.lufs - integrated <= CORRECT_LU or gain - base >= MAX_MAKEUP_DB):
                break
            # The limiter took loudness off the peaks of a quiet, peaky recording: add it
            # back (secant step: the limiter takes a share of every extra dB as well).
            before, previous = integrated, gain
            gain = min(base + MAX_MAKEUP_DB, gain + (target.lufs - integrated) / slope)
            integrated, peak = run(gain, everything)
            if integrated is not None and gain > previous:
                slope = max(0.3, (integrated - before) / (gain - previous))
        played = {fmt.name: keep_under_ceiling(
            fmt, parts[fmt.name], target.true_peak_dbtp, decoded, encode_again)
            for fmt in formats}
        for fmt in formats:
            os.replace(parts[fmt.name], outputs[fmt.name])
    finally:
        for part in (*parts.values(), *retries.values()):
            part.unlink(missing_ok=True)
    result = Normalised({name: Path(path) for name, path in outputs.items()}, integrated, peak,
                        gain, played)
    logger.info("normalised %s to %s: %s LUFS, true peak %.1f dBTP as encoded, at most %.1f "
                "as played (gain %+.1f dB)", source.name, ", ".join(outputs),
                "silent" if integrated is None else f"{integrated:.1f}", peak,
                result.true_peak_dbtp, gain)
    return result
