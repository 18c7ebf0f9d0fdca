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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import AudioToolError
from .ffmpeg import run_ffmpeg
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
class AudioFormat:
    """How one kind of target wants its sound: codec, rate, channels, container."""

    name: str
    ext: str
    mime: str
    codec: tuple[str, ...]
    # The same encoder set otherwise (another bitrate or quality), tried first for a file
    # that decodes over the true-peak ceiling (keep_under_ceiling()); None: lossless.
    alternative: tuple[str, ...] | None = None


def _mp3(rate: str, *quality: str) -> tuple[str, ...]:
    return ("-ar", rate, "-ac", "1", "-c:a", "libmp3lame", *quality, "-f", "mp3")


def _aac(bitrate: str) -> tuple[str, ...]:
    # ffmpeg's AAC encoder with its default coder ("twoloop") now and then makes a frame of
    # speech louder than its input: 3 of 20 three-minute bulletins at 96 kb/s decoded 1.7 to
    # 3.0 dB over the ceiling (-1.9 dBTP went in), and 128 kb/s did no better. Its "fast"
    # coder kept all of them, and every sample bulletin tried, within 0.2 dB of the input.
    return ("-ar", "44100", "-ac", "1", "-c:a", "aac", "-aac_coder", "fast", "-b:a", bitrate,
            "-movflags", "+faststart", "-f", "ipod")


# Clusters on the reference protocol and the Icecast source (it re-encodes what it streams):
# VBR MP3 keeps the level after decoding (CBR 128k came out 0.5 LU quieter).
MP3 = AudioFormat("mp3", "mp3", "audio/mpeg", _mp3("44100", "-q:a", "2"),
                  _mp3("44100", "-q:a", "1"))
# Vendor gateways: their clusters fetch every file over a 3G SIM, and speech carries at
# 22.05 kHz; a third of the bytes of the reference encode.
MP3_LOW = AudioFormat("mp3-low", "mp3", "audio/mpeg", _mp3("22050", "-b:a", "48k"),
                      _mp3("22050", "-b:a", "56k"))
# Boards that play sound (a reference board's speaker): AAC in MP4, what their players take.
M4A = AudioFormat("m4a", "m4a", "audio/mp4", _aac("96k"), _aac("128k"))
# This computer's sound card feeds a wired or FM transmitter: no second lossy step.
FLAC = AudioFormat("flac", "flac", "audio/flac",
                   ("-ar", "44100", "-ac", "1", "-c:a", "flac", "-f", "flac"))

FORMATS: dict[str, AudioFormat] = {f.name: f for f in (MP3, MP3_LOW, M4A, FLAC)}


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
    """The filters from the source to `outputs` encoders; the limiter's ceiling `lower_db`
    under the usual one (keep_under_ceiling())."""
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


# How far under what a file went over the ceiling by its next try's limiter is set.
RETRY_HEADROOM_DB = 0.2


def keep_under_ceiling(fmt: AudioFormat, part: Path, ceiling_dbtp: float,
                       decoded: Callable[[Path], Loudness],
                       encode_again: Callable[[AudioFormat, tuple[str, ...], float], Path]
                       ) -> Loudness:
    """The file `part` as it decodes, once it is under the true-peak ceiling.

    What plays is the decoded file, and a lossy encoder can decode with higher peaks than
    went in: MP3 and AAC change the waveform, a low-rate MP3 more (a bulletin at -1.9 dBTP
    came out at -0.8), and an encoder can slip (_aac()). Short clicks pass the limiter too
    (it holds samples, not the peaks between them). A file over the ceiling is encoded again: first
    with the format's other settings (an encoder's slip, at the same loudness), then with
    the limiter lowered by what it went over. The first file under the ceiling replaces
    `part`, or else the lowest of them all, with a warning.
    """
    found = decoded(part)
    over = found.true_peak_dbtp - ceiling_dbtp
    if over <= 0:
        return found
    lower = over + RETRY_HEADROOM_DB
    tries = [(fmt.codec, lower)]
    if fmt.alternative is not None:
        tries = [(fmt.alternative, 0.0), *tries, (fmt.alternative, lower)]
    for codec, lower_db in tries:
        again = encode_again(fmt, codec, lower_db)
        measured = decoded(again)
        if measured.true_peak_dbtp < found.true_peak_dbtp:
            os.replace(again, part)
            found = measured
        if found.true_peak_dbtp <= ceiling_dbtp:
            logger.info("%s decoded %.1f dB over the true-peak ceiling; encoded again (%s, "
                        "limiter %.1f dB lower): %.1f dBTP", fmt.name, over, " ".join(codec),
                        lower_db, found.true_peak_dbtp)
            return found
    logger.warning("%s decodes at %.1f dBTP, over the ceiling of %.1f dBTP, however encoded",
                   fmt.name, found.true_peak_dbtp, ceiling_dbtp)
    return found


def check_format(name: str) -> AudioFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise AudioToolError(f"unknown audio format {name!r}") from None
