"""Loudness (EBU R128) and silence cue points, measured with ffmpeg filters."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from console.audio.errors import AudioToolError
from console.audio.ffmpeg import ProgressCallback, last_reported_time, run_ffmpeg
from console.audio.probe import probe_duration
from console.text.translatable import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# EBU R128's absolute gate: ebur128 reports -70.0 LUFS when nothing passes it.
SILENCE_GATE_LUFS = -70.0
# Slack for deciding that a silence touches the start or the end of the file
# (decoders and silencedetect round to a few ms; MP3 adds encoder delay).
_EDGE_S = 0.05

_INTEGRATED_RE = re.compile(r"Integrated loudness:\s*I:\s*(\S+)\s*LUFS")
_LRA_RE = re.compile(r"Loudness range:\s*LRA:\s*(\S+)\s*LU")
_TRUE_PEAK_RE = re.compile(r"True peak:\s*Peak:\s*(\S+)\s*dBFS")
_SILENCE_RE = re.compile(r"silence_(start|end):\s*(-?[\d.]+(?:e-?\d+)?)")


@dataclass(frozen=True)
class Loudness:
    """EBU R128 measurement of a file's first audio stream."""

    # None when the programme is silent (nothing above the -70 LUFS gate): there is
    # no meaningful gain to apply, and a number would invite a +70 dB "correction".
    integrated_lufs: float | None
    # Oversampled (true) peak; -inf for digital silence.
    true_peak_dbtp: float
    # Loudness range in LU.
    lra: float

    @property
    def silent(self) -> bool:
        return self.integrated_lufs is None


@dataclass(frozen=True)
class SilenceCues:
    """Trim points: the audible part is [lead_s, trail_s).

    lead_s: length of the leading silence (0.0 if the file starts with sound).
    trail_s: where the trailing silence starts (duration_s if it ends with sound).
    A completely silent file has lead_s == trail_s == duration_s.
    Unpacks as a pair: `lead, trail = detect_silence(path)`.
    """

    lead_s: float
    trail_s: float
    duration_s: float

    @property
    def silent(self) -> bool:
        return self.trail_s <= self.lead_s

    def __iter__(self) -> Iterator[float]:
        return iter((self.lead_s, self.trail_s))


def _number(text: str, what: str) -> float:
    try:
        return float(text)  # also accepts "-inf" and "inf"
    except ValueError:
        raise AudioToolError(QT_TRANSLATE_NOOP(
            "Errors", "ffmpeg measured the loudness wrongly: {what} {value}"),
            what=what, value=repr(text)) from None


def parse_ebur128_summary(stderr: str) -> Loudness:
    """Read the Summary block that the ebur128 filter prints when it finishes."""
    start = stderr.rfind("Summary:")
    if start < 0:
        raise AudioToolError(QT_TRANSLATE_NOOP(
            "Errors", "no sound could be measured in the file: is there audio in it?"))
    block = stderr[start:]
    m_integrated, m_lra, m_peak = (
        rx.search(block) for rx in (_INTEGRATED_RE, _LRA_RE, _TRUE_PEAK_RE)
    )
    if m_integrated is None or m_lra is None or m_peak is None:
        raise AudioToolError(QT_TRANSLATE_NOOP(
            "Errors", "ffmpeg measured the loudness only in part"))
    integrated = _number(m_integrated.group(1), "integrated loudness")
    lra = _number(m_lra.group(1), "loudness range")
    peak = _number(m_peak.group(1), "true peak")
    if not math.isfinite(integrated) or integrated <= SILENCE_GATE_LUFS:
        integrated_lufs = None
    else:
        integrated_lufs = integrated
    return Loudness(
        integrated_lufs=integrated_lufs,
        true_peak_dbtp=peak if not math.isnan(peak) else -math.inf,
        lra=lra if math.isfinite(lra) else 0.0,
    )


def measure_loudness(
    path: Path,
    *,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    timeout: float | None = None,
) -> Loudness:
    """Integrated loudness, true peak and loudness range of the first audio stream.

    Decodes the whole file (roughly 50-200x real time), so run it off the UI thread
    and pass `cancel`. Raises AudioToolError if the file has no decodable audio.
    """
    result = run_ffmpeg(
        # framelog=verbose: keep the 10-per-second frame lines out of stderr; we only
        # need the summary, and a one-hour programme would otherwise log 36 000 lines.
        [
            "-i",
            path,
            "-map",
            "0:a:0",
            "-af",
            "ebur128=peak=true:framelog=verbose",
            "-f",
            "null",
            "-",
        ],
        timeout=timeout,
        cancel=cancel,
        progress=progress,
        total_s=probe_duration(path) if progress is not None else None,
    )
    loudness = parse_ebur128_summary(result.stderr)
    logger.debug("loudness of %s: %s", path, loudness)
    return loudness


def parse_silencedetect(stderr: str, duration_s: float) -> SilenceCues:
    """Turn silencedetect's start/end lines into leading/trailing cue points."""
    spans: list[list[float | None]] = []
    for kind, value in _SILENCE_RE.findall(stderr):
        seconds = max(0.0, float(value))
        if kind == "start":
            spans.append([seconds, None])
        elif spans and spans[-1][1] is None:
            spans[-1][1] = seconds
    lead = 0.0
    trail = duration_s
    if spans:
        first_start, first_end = spans[0]
        if first_start is not None and first_start <= _EDGE_S:
            lead = duration_s if first_end is None else min(first_end, duration_s)
        last_start, last_end = spans[-1]
        # Older ffmpeg never closes a silence that runs to the end; newer closes it at EOF.
        if last_start is not None and (last_end is None or last_end >= duration_s - _EDGE_S):
            trail = last_start
    trail = max(trail, lead)
    return SilenceCues(lead_s=lead, trail_s=trail, duration_s=duration_s)


def detect_silence(
    path: Path,
    noise_db: float = -50.0,
    min_s: float = 0.3,
    *,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
) -> SilenceCues:
    """Leading silence length and trailing silence start, for trimming.

    Silence is anything below `noise_db` dBFS lasting at least `min_s` seconds
    (shorter pauses inside speech are not cue points).
    """
    result = run_ffmpeg(
        [
            "-i",
            path,
            "-map",
            "0:a:0",
            "-af",
            f"silencedetect=noise={noise_db:g}dB:d={min_s:g}",
            "-f",
            "null",
            "-",
        ],
        timeout=timeout,
        cancel=cancel,
    )
    duration = last_reported_time(result.stderr)
    if duration is None or duration <= 0:
        duration = probe_duration(path)
    if duration is None:
        raise AudioToolError(QT_TRANSLATE_NOOP("Errors", "could not tell how long the audio is"))
    cues = parse_silencedetect(result.stderr, duration)
    logger.debug("silence cues of %s: %s", path, cues)
    return cues
