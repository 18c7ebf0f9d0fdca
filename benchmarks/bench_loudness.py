"""Normalising an hour of entries for three target formats, against plain loudnorm.

The 20 three-minute speech items of bench_render (one hour, at levels from quiet phone
recordings to hot studio files) are brought to -16 LUFS / -1 dBTP by the console for three
kinds of target at once (MP3 for reference clusters, low-rate MP3 for gateways, AAC for
boards: console.services.air_audio.prepare, cold loudness cache). The floor, in the same
run: one ffmpeg loudnorm pass per item and per format (I=-16, TP=-1, the same encoders).
Every file is then decoded and measured (a lossy encoder can decode over the ceiling), and
one over it encoded again: the ffmpeg runs counted include those. A second push of the same
programme must encode nothing: ffmpeg is not run at all.
Goal: at most 1.3x the floor; the encodes at -16 +/-1 LUFS, true peak <= -1 dBTP.

The console encodes several files side by side (air_audio.ENCODE_WORKERS, one per core); a
line also gives its time one file at a time (a station of its own, cold caches), against
which the side-by-side time is the speed-up an approval sees.

    python benchmarks/bench_loudness.py [--items 20] [--item-s 180]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import MEDIA_CACHE, report
from bench_render import ebur128, make_items

from console.app import open_station
from console.audio import loudness as loudness_module
from console.audio import normalise as normalise_module
from console.audio import render as render_module
from console.audio.ffmpeg import ffmpeg_path
from console.audio.formats import FORMATS
from console.media.store import MediaStore
from console.services import air_audio
from console.services import programmes as svc

TARGET_FORMATS = ("mp3", "mp3-low", "m4a")


def floor(files: list[Path], out: Path) -> None:
    """One loudnorm pass per item and format, each straight to its encoder."""
    for n, f in enumerate(files):
        for name in TARGET_FORMATS:
            fmt = FORMATS[name]
            subprocess.run([str(ffmpeg_path()), "-nostdin", "-v", "error", "-i", str(f),
                            "-af", "loudnorm=I=-16:TP=-1:LRA=11", *fmt.codec, "-y",
                            str(out / f"{n:02d}-{name}.{fmt.ext}")], check=True)


class Counted:
    """Counts the ffmpeg runs of the modules that normalise and measure."""

    modules = (normalise_module, render_module, loudness_module)

    def __init__(self) -> None:
        self.runs = 0
        self._saved = [module.run_ffmpeg for module in self.modules]

    def __enter__(self) -> Counted:
        real = self._saved[0]

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.runs += 1
            return real(*args, **kwargs)

        for module in self.modules:
            module.run_ffmpeg = counted  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        for module, saved in zip(self.modules, self._saved, strict=True):
            module.run_ffmpeg = saved  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--item-s", type=float, default=180.0)
    args = parser.parse_args()
    files = make_items(MEDIA_CACHE / "render-v1", args.items, args.item_s)
    work = Path(tempfile.mkdtemp(prefix="bench-loudness-"))
    try:
        (work / "floor").mkdir()
        t0 = time.perf_counter()
        floor(files, work / "floor")
        floor_s = time.perf_counter() - t0
        side_by_side = air_audio.ENCODE_WORKERS
        air_audio.ENCODE_WORKERS = 1
        try:
            single = open_station(work / "one-at-a-time")
            single_shas = [svc.import_media(single.db, single.paths.media, f) for f in files]
            t0 = time.perf_counter()
            air_audio.prepare(single, {sha: set(TARGET_FORMATS) for sha in single_shas})
            single_s = time.perf_counter() - t0
            single.close()
        finally:
            air_audio.ENCODE_WORKERS = side_by_side
        ctx = open_station(work / "data")
        shas = [svc.import_media(ctx.db, ctx.paths.media, f) for f in files]
        wanted = {sha: set(TARGET_FORMATS) for sha in shas}
        t0 = time.perf_counter()
        with Counted() as first:
            made = air_audio.prepare(ctx, wanted)
        ours_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        with Counted() as second:
            again = air_audio.prepare(ctx, wanted)
        again_s = time.perf_counter() - t0
        store = MediaStore(ctx.paths.media)
        with ctx.db.read() as session:
            encodes = air_audio.Encodes(session, air_audio.session_target(session))
            outputs = [(name, store.path(encodes.encode(sha, name).sha256))  # type: ignore[union-attr]
                       for sha in shas[::5] for name in TARGET_FORMATS]
        ctx.close()
        measured = [(name, *ebur128(path)) for name, path in outputs]
        print(f"{len(files)} items, {len(files) * args.item_s / 60:.0f} min, "
              f"{len(TARGET_FORMATS)} formats; {made} files encoded, {first.runs} ffmpeg runs")
        report(f"normalise + encode, 3 formats, {side_by_side} side by side", f"{ours_s:.1f} s",
               f"{floor_s:.1f} s", ours_s / floor_s, "<= 1.3x")
        report("  the same, one file at a time", f"{single_s:.1f} s", f"{floor_s:.1f} s",
               single_s / floor_s, f"side by side {single_s / ours_s:.2f}x faster")
        report("second push of the same programme", f"{again_s:.2f} s, {again} encoded, "
               f"{second.runs} ffmpeg runs", None, None, "0 ffmpeg runs")
        worst_i = max(measured, key=lambda m: abs(m[1] + 16))
        worst_tp = max(measured, key=lambda m: m[2])
        report("loudness of the encodes (ebur128, 12 of 60)",
               f"worst {worst_i[1]:.1f} LUFS ({worst_i[0]}), true peak at most "
               f"{worst_tp[2]:.1f} dBTP ({worst_tp[0]})", None, None,
               "-16 +/-1 LUFS, TP <= -1")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
