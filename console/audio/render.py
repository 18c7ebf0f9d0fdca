"""Render a programme to one MP3 (and optional per-entry files) at a target loudness.

Measure + gain, not loudnorm: every source is measured once (EBU R128 integrated, through
the same mono downmix the render uses) and the result cached by content, so each part gets
the exact static gain that brings it to the target. The joined programme then only passes a
look-ahead limiter that keeps the true peak under the ceiling. This is one decode and one
encode per render (loudnorm's two passes cost three times that, and its dynamic mode pumps
speech), and a re-render after an edit only measures what is new.

The MP3 is then decoded and measured as it will play, since the limiter holds samples, not
the peaks between them (a click passes it) and the encoder can add some: a file over the
ceiling is encoded again (console.audio.ceiling), as every file a push sends is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from console.audio.ceiling import keep_under_ceiling
from console.audio.errors import AudioToolError
from console.audio.ffmpeg import ProgressCallback, run_ffmpeg
from console.audio.formats import MP3, AudioFormat
from console.audio.loudness import Loudness, measure_loudness
from console.text.translatable import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SAMPLE_RATE = 44100
OVERSAMPLE = 4  # as ebur128 measures true peak at 44.1 kHz
# Sample-peak limit this far under the true-peak ceiling: room for inter-sample peaks and
# the MP3 encoder's overshoot (measured: output true peak stays under the ceiling).
PEAK_MARGIN_DB = 1.0
# Of the main file's progress: decoding and measuring it once it is encoded.
CHECK_SHARE = 0.15
MAX_GAIN_DB = 24.0
MAX_MAKEUP_DB = 8.0  # beyond this the limiter would flatten speech audibly
TOLERANCE_LU = 0.5  # a near-silent recording must not be blown up into noise
# The same downmix for measuring and for rendering, so the measured gain is the right one.
_DOWNMIX = "aformat=channel_layouts=mono"
_INTEGRATED_RE = re.compile(r"Integrated loudness:\s*I:\s*(\S+)\s*LUFS")


@dataclass(frozen=True)
class RenderPart:
    """One stretch of the programme: `path` from `cue_in_s` for `duration_s`, or silence."""

    path: Path | None
    duration_s: float
    cue_in_s: float = 0.0
    gain_db: float = 0.0
    title: str = ""
    fade_in_s: float = 0.0
    fade_out_s: float = 0.0


@dataclass(frozen=True)
class RenderTarget:
    lufs: float = -16.0
    true_peak_dbtp: float = -1.0

    @property
    def limit_linear(self) -> float:
        return 10 ** ((self.true_peak_dbtp - PEAK_MARGIN_DB) / 20)


@dataclass(frozen=True)
class RenderResult:
    out: Path
    duration_s: float
    entry_files: list[Path]
    integrated_lufs: float | None = None  # measured on the way to the encoder
    makeup_db: float = 0.0
    # The highest of the files as they play (decoded): at most the ceiling, but for a
    # recording no limiter and encoder setting keeps under it (logged as a warning).
    # None: not checked (a preview).
    true_peak_dbtp: float | None = None


def measure_integrated(path: Path, *, cancel: threading.Event | None = None,
                       timeout: float | None = 600) -> float | None:
    """Integrated loudness (LUFS) of the mono downmix; None when the file is silent."""
    result = run_ffmpeg(
        ["-i", path, "-map", "0:a:0", "-af", f"{_DOWNMIX},ebur128=framelog=verbose",
         "-f", "null", "-"],
        timeout=timeout, cancel=cancel)
    start = result.stderr.rfind("Summary:")
    match = _INTEGRATED_RE.search(result.stderr, start if start >= 0 else 0)
    if match is None:
        raise AudioToolError(QT_TRANSLATE_NOOP("Errors", "no loudness could be measured in {file}"),
                             file=path.name)
    value = float(match.group(1))
    return value if math.isfinite(value) and value > -70.0 else None


class LoudnessCache:
    """Integrated loudness per content-addressed file (its name is its hash or cache key)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()

    def _file(self, path: Path) -> Path:
        return self.root / f"{path.stem}-{path.stat().st_size}.json"

    def get(self, path: Path) -> tuple[bool, float | None]:
        try:
            data = json.loads(self._file(path).read_text("utf-8"))
            return True, data["lufs"]
        except (OSError, ValueError, KeyError):
            return False, None

    def measure(self, path: Path, *, cancel: threading.Event | None = None) -> float | None:
        known, value = self.get(path)
        if known:
            return value
        value = measure_integrated(path, cancel=cancel)
        with self._lock:
            self.root.mkdir(parents=True, exist_ok=True)
            target = self._file(path)
            tmp = target.with_suffix(f".{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps({"lufs": value}), "utf-8")
            os.replace(tmp, target)
        return value

    def measure_all(self, paths: Sequence[Path], *, cancel: threading.Event | None = None,
                    workers: int = 2) -> dict[Path, float | None]:
        unique = list(dict.fromkeys(paths))
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            values = list(pool.map(lambda p: self.measure(p, cancel=cancel), unique))
        return dict(zip(unique, values, strict=True))


def normalising_gain(measured_lufs: float | None, target: RenderTarget,
                     volume_db: float = 0.0) -> float:
    """Static gain bringing a source to the target, plus the entry's own volume."""
    base = 0.0 if measured_lufs is None else target.lufs - measured_lufs
    return max(-MAX_GAIN_DB, min(MAX_GAIN_DB, base)) + volume_db


def _inputs(parts: Sequence[RenderPart]) -> list[str]:
    args: list[str] = []
    for part in parts:
        length = f"{max(0.01, part.duration_s):.3f}"
        if part.path is None:
            args += ["-f", "lavfi", "-t", length,
                     "-i", f"anullsrc=r={SAMPLE_RATE}:cl=mono"]
        else:
            if part.cue_in_s > 0:
                args += ["-ss", f"{part.cue_in_s:.3f}"]
            args += ["-t", length, "-i", str(part.path)]
    return args


def _chain(index: int, part: RenderPart) -> str:
    # Resample each part before joining: concat needs one format, and this keeps cue cuts exact.
    chain = (f"[{index}:a:0]{_DOWNMIX},aresample={SAMPLE_RATE},"
             f"volume={part.gain_db:.2f}dB:precision=float")
    length = max(0.01, part.duration_s)
    if part.fade_in_s > 0:
        chain += f",afade=t=in:st=0:d={min(part.fade_in_s, length):.3f}"
    if part.fade_out_s > 0:
        fade = min(part.fade_out_s, length)
        chain += f",afade=t=out:st={max(0.0, length - fade):.3f}:d={fade:.3f}"
    return chain


def _limiter(target: RenderTarget, lower_db: float = 0.0) -> str:
    """The look-ahead limiter that holds the samples PEAK_MARGIN_DB under the ceiling.

    With `lower_db` (a file encoded again because it decoded over the ceiling:
    console.audio.ceiling), a second one follows on the signal oversampled four times, as
    true peak is measured, `lower_db` under the ceiling: it takes down only the peaks
    between samples that went over (a click), not the speech the first one shaped, so the
    loudness stays."""
    held = f"alimiter=limit={target.limit_linear:.4f}:attack=5:release=80:level=false:latency=true"
    if lower_db <= 0:
        return held
    limit = 10 ** ((target.true_peak_dbtp - lower_db) / 20)
    return (f"{held},aresample={SAMPLE_RATE * OVERSAMPLE},alimiter=limit={limit:.4f}:attack=1:"
            f"release=50:level=false:latency=true,aresample={SAMPLE_RATE}")


def _encode(out: Path, codec: tuple[str, ...] = MP3.codec) -> list[str]:
    return [*codec, "-y", str(out)]


def _graph(parts: Sequence[RenderPart], target: RenderTarget, makeup_db: float,
           lower_db: float = 0.0) -> str:
    graph = ";".join(f"{_chain(i, p)}[a{i}]" for i, p in enumerate(parts))
    joined = "".join(f"[a{i}]" for i in range(len(parts)))
    # ebur128 passes the audio through and prints the loudness of exactly what is encoded.
    return (f"{graph};{joined}concat=n={len(parts)}:v=0:a=1,"
            f"volume={makeup_db:.2f}dB:precision=float,{_limiter(target, lower_db)},"
            f"ebur128=framelog=verbose[out]")


def _integrated(stderr: str) -> float:
    start = stderr.rfind("Summary:")
    match = _INTEGRATED_RE.search(stderr, max(0, start))
    if match is None or not math.isfinite(value := float(match.group(1))):
        return -70.0
    return value


def render_parts(
    parts: Sequence[RenderPart],
    out: Path,
    *,
    target: RenderTarget | None = None,
    entries_dir: Path | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    timeout: float | None = None,
    memo_dir: Path | None = None,
    check_peaks: bool = True,
) -> RenderResult:
    """Join `parts` (gains already computed) into `out` at the target, under the ceiling.

    The limiter that holds the true peak also takes some loudness off speech (its peaks sit
    well above its loudness), so a first pass without encoding measures that loss and the
    encoding pass adds it back as make-up gain before the limiter; if the result is still
    off by more than TOLERANCE_LU, one more pass corrects it (secant step).
    With `entries_dir`, also write one MP3 per part (entry-001.mp3 …) with the same gains,
    for devices that take a playlist. Output files appear only when complete.
    With `memo_dir`, the make-up found for exactly these parts is remembered, so rendering
    the same programme again skips the measuring pass.
    With `check_peaks` (a file that will play on loudspeakers, not a preview for this
    computer), each file is decoded and measured, and encoded again should it go over
    the ceiling: an hour's programme takes some 10 s more.
    """
    if not parts:
        raise AudioToolError(QT_TRANSLATE_NOOP("Errors", "the programme has nothing to render"))
    target = target or RenderTarget()
    total = sum(max(0.01, p.duration_s) for p in parts)
    entries_share = 0.25 if entries_dir is not None else 0.0
    inputs = _inputs(parts)

    shown = [-1.0]

    def scaled(lo: float, hi: float) -> ProgressCallback | None:
        if progress is None:
            return None

        def report(fraction: float) -> None:
            value = lo + (hi - lo) * min(1.0, fraction)
            if value > shown[0]:  # a correction pass re-runs a range: never go backwards
                shown[0] = value
                progress(value)

        return report

    def run_pass(makeup: float, dest: Path | None, lo: float, hi: float,
                 codec: tuple[str, ...] = MP3.codec, lower_db: float = 0.0) -> float:
        sink = _encode(dest, codec) if dest is not None else ["-f", "null", "-"]
        result = run_ffmpeg([*inputs, "-filter_complex",
                             _graph(parts, target, makeup, lower_db), "-map", "[out]", *sink],
                            timeout=timeout, cancel=cancel, progress=scaled(lo, hi),
                            total_s=total)
        return _integrated(result.stderr)

    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_parts(out)
    part_file = out.with_name(f".{out.name}.{os.getpid()}.part")
    again_file = part_file.with_name(part_file.name + ".again")
    main_end = 1.0 - entries_share
    encoded_end = main_end * (1.0 - CHECK_SHARE) if check_peaks else main_end
    memo = _memo_file(memo_dir, inputs, parts, target)
    remembered = _read_memo(memo)
    try:
        if remembered is not None:  # same parts, same gains: the make-up is known
            first, makeup = None, remembered
            final = run_pass(makeup, part_file, 0.0, encoded_end)
        else:
            first = run_pass(0.0, None, 0.0, encoded_end * 0.4)
            makeup = _makeup(target.lufs - first)
            final = run_pass(makeup, part_file, encoded_end * 0.4, encoded_end)
        if abs(final - target.lufs) > TOLERANCE_LU and final > -70.0:
            slope = 1.0
            if first is not None and makeup:
                slope = (final - first) / makeup
            makeup = _makeup(makeup + (target.lufs - final) / max(0.3, slope))
            final = run_pass(makeup, part_file, encoded_end * 0.4, encoded_end)

        def encode_again(fmt: AudioFormat, codec: tuple[str, ...], lower_db: float) -> Path:
            run_pass(makeup, again_file, encoded_end, encoded_end, codec, lower_db)
            return again_file

        played = keep_under_ceiling(MP3, part_file, target.true_peak_dbtp,
                                    _decoded(cancel, scaled(encoded_end, main_end)),
                                    encode_again) if check_peaks else None
        os.replace(part_file, out)
    finally:
        part_file.unlink(missing_ok=True)
        again_file.unlink(missing_ok=True)
    _write_memo(memo, makeup)
    logger.info("rendered %d parts (%.0f s) to %s at %.1f LUFS (make-up %+.1f dB)%s",
                len(parts), total, out, final, makeup,
                "" if played is None else f", true peak {played.true_peak_dbtp:.1f} dBTP "
                "as it plays")

    entry_files: list[Path] = []
    if entries_dir is not None:
        entries_dir.mkdir(parents=True, exist_ok=True)
        done = main_end
        for n, part in enumerate(parts, start=1):
            dest = entries_dir / f"entry-{n:03d}.mp3"
            share = entries_share * max(0.01, part.duration_s) / total
            loudest = _write_entry(part, dest, target, makeup, cancel=cancel, timeout=timeout,
                                   progress=scaled(done, done + share), check=check_peaks)
            if played is not None and loudest is not None:
                played = max(played, loudest, key=lambda found: found.true_peak_dbtp)
            done += share
            entry_files.append(dest)
    if progress is not None and shown[0] < 1.0:
        progress(1.0)
    return RenderResult(out=out, duration_s=total, entry_files=entry_files,
                        integrated_lufs=final, makeup_db=makeup,
                        true_peak_dbtp=None if played is None else played.true_peak_dbtp)


def _decoded(cancel: threading.Event | None, progress: ProgressCallback | None
             ) -> Callable[[Path], Loudness]:
    """How a file is measured as it plays: decoded whole (the first try reports progress,
    a file encoded again is rare)."""
    reported = [progress]

    def measure(path: Path) -> Loudness:
        report, reported[0] = reported[0], None
        return measure_loudness(path, cancel=cancel, progress=report)

    return measure


def _write_entry(part: RenderPart, dest: Path, target: RenderTarget, makeup_db: float, *,
                 cancel: threading.Event | None, timeout: float | None,
                 progress: ProgressCallback | None, check: bool) -> Loudness | None:
    """One part on its own as `dest` (a device that takes a playlist), with the gains of
    the whole render; with `check`, kept under the ceiling like it, and how it plays is
    returned."""
    tmp = dest.with_name(f".{dest.name}.part")
    again = tmp.with_name(tmp.name + ".again")
    length = max(0.01, part.duration_s)

    def encode(path: Path, codec: tuple[str, ...], lower_db: float,
               report: ProgressCallback | None) -> None:
        graph = (f"{_chain(0, part)},volume={makeup_db:.2f}dB:precision=float,"
                 f"{_limiter(target, lower_db)}[out]")
        run_ffmpeg([*_inputs([part]), "-filter_complex", graph, "-map", "[out]",
                    *_encode(path, codec)],
                   timeout=timeout, cancel=cancel, progress=report, total_s=length)

    def encode_again(fmt: AudioFormat, codec: tuple[str, ...], lower_db: float) -> Path:
        encode(again, codec, lower_db, None)
        return again

    try:
        encode(tmp, MP3.codec, 0.0, progress)
        played = keep_under_ceiling(MP3, tmp, target.true_peak_dbtp,
                                    _decoded(cancel, None), encode_again) if check else None
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
        again.unlink(missing_ok=True)
    return played


def _remove_stale_parts(out: Path) -> None:
    """Part files of renders killed mid-way (power cut, kill -9) were never renamed: the
    next render of the same file removes those whose process is gone."""
    prefix = f".{out.name}."
    for stale in out.parent.iterdir():
        name = stale.name
        if not (name.startswith(prefix) and name.endswith(".part")):
            continue
        pid = name[len(prefix):-len(".part")]
        if not pid.isdigit() or int(pid) == os.getpid() or _process_alive(int(pid)):
            continue
        try:
            stale.unlink()  # on Windows a file still being written cannot go: it stays
        except OSError:
            continue
        logger.info("removed %s, left by a render that was cut off", stale)


def _process_alive(pid: int) -> bool:
    if os.name == "nt":
        return False  # unlink fails while the file is open, which is the test that matters
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _memo_file(memo_dir: Path | None, inputs: list[str], parts: Sequence[RenderPart],
               target: RenderTarget) -> Path | None:
    if memo_dir is None:
        return None
    key = json.dumps([inputs, _graph(parts, target, 0.0)], ensure_ascii=False)
    return memo_dir / f"makeup-{hashlib.sha256(key.encode()).hexdigest()}.json"


def _read_memo(memo: Path | None) -> float | None:
    if memo is None:
        return None
    try:
        return float(json.loads(memo.read_text("utf-8"))["makeup_db"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_memo(memo: Path | None, makeup: float) -> None:
    if memo is None:
        return
    memo.parent.mkdir(parents=True, exist_ok=True)
    tmp = memo.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"makeup_db": makeup}), "utf-8")
    os.replace(tmp, memo)


def _makeup(value: float) -> float:
    return max(0.0, min(MAX_MAKEUP_DB, value))
