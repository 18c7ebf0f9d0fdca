"""Programme render against one hand-written ffmpeg command doing the same job.

A 60-minute programme of 20 items (Vietnamese speech from the bundled espeak-ng at levels from quiet
to hot, mono 22 kHz 64k like the province's files and stereo 44 kHz 128k like local
recordings) is rendered by the console (cold loudness cache: every item is measured) and,
in the same run, by one ffmpeg command: concat + loudnorm (I=-16, TP=-1) to the same MP3
encoding. Both outputs are then measured with ffmpeg's ebur128 filter in a separate
process. Goal: ours at most 1.3x the command, at -16 +/-1 LUFS with true peak <= -1 dBTP.

    python benchmarks/bench_render.py [--items 20] [--item-s 180]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import MEDIA_CACHE, report

from console.app import open_station
from console.audio.ffmpeg import ffmpeg_path, run_ffmpeg
from console.models.enums import EntryKind, Role
from console.services import programmes as svc
from console.services.permissions import Actor
from console.services.users import UserService
from console.sim.source import texts
from console.timezone import STATION_TZ


def make_items(folder: Path, count: int, seconds: float) -> list[Path]:
    """Speech items, generated once and reused from the benchmark cache."""
    from console.audio.speech import BundledEspeakEngine

    folder.mkdir(parents=True, exist_ok=True)
    voice = BundledEspeakEngine()  # the console's own espeak-ng: nothing to install
    rng = random.Random(11)
    files = []
    for n in range(count):
        stereo = n % 4 == 3
        out = folder / f"item-{n:02d}-{int(seconds)}s{'-st' if stereo else ''}.mp3"
        files.append(out)
        if out.is_file():
            continue
        wav = folder / f"item-{n:02d}.wav"
        text = " ".join(rng.sample(texts.SPEECH_LINES, k=min(8, len(texts.SPEECH_LINES))))
        voice.synthesize(text, "vi", rng.choice([140, 150, 165]), wav)
        level = rng.uniform(-14.0, 4.0)  # quiet phone recordings to hot studio files
        enc = (["-ac", "2", "-ar", "44100", "-b:a", "128k"] if stereo
               else ["-ac", "1", "-ar", "22050", "-b:a", "64k"])
        run_ffmpeg(["-stream_loop", "-1", "-i", wav, "-t", f"{seconds}",
                    "-af", f"apad=pad_dur=0.8,volume={level:.1f}dB", *enc,
                    "-c:a", "libmp3lame", "-y", out], timeout=300)
        wav.unlink()
    return files


def hand_written(files: list[Path], out: Path) -> None:
    inputs = [arg for f in files for arg in ("-i", str(f))]
    joined = "".join(f"[{i}:a]" for i in range(len(files)))
    subprocess.run(
        [str(ffmpeg_path()), "-nostdin", "-v", "error", *inputs, "-filter_complex",
         f"{joined}concat=n={len(files)}:v=0:a=1,loudnorm=I=-16:TP=-1:LRA=11",
         "-ar", "44100", "-ac", "1", "-c:a", "libmp3lame", "-q:a", "2", "-y", str(out)],
        check=True)


def ebur128(path: Path) -> tuple[float, float]:
    proc = subprocess.run(
        [str(ffmpeg_path()), "-nostdin", "-hide_banner", "-i", str(path),
         "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
        capture_output=True, text=True, check=True)
    summary = proc.stderr[proc.stderr.rfind("Summary:"):]
    integrated = re.search(r"I:\s*(-?[\d.]+) LUFS", summary)
    peak = re.search(r"Peak:\s*(-?[\d.]+) dBFS", summary)
    assert integrated and peak
    return float(integrated.group(1)), float(peak.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--item-s", type=float, default=180.0)
    args = parser.parse_args()
    files = make_items(MEDIA_CACHE / "render-v1", args.items, args.item_s)

    work = Path(tempfile.mkdtemp(prefix="bench-render-"))
    try:
        ctx = open_station(work / "data")
        UserService(ctx.db).create_first_admin("boss", "bench-password", None)
        editor = Actor("boss", Role.ADMIN)
        import datetime as dt

        start = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(5, 30),
                                    STATION_TZ)
        pid = svc.create_programme(ctx.db, editor, "Benchmark", start_at=start)
        for f in files:
            sha = svc.import_media(ctx.db, ctx.paths.media, f)
            svc.add_entry(ctx.db, editor, pid, EntryKind.FILE, media_sha256=sha, title=f.name)
        # Same material as the hand-written command: no silence trimming.
        total = svc.refresh_timing(ctx.db, ctx.paths, pid, auto_cue=False)

        hand_out, ours_out = work / "hand.mp3", work / "ours.mp3"
        t0 = time.perf_counter()
        hand_written(files, hand_out)
        hand_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = svc.render_programme(ctx, pid, ours_out)
        ours_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        svc.render_programme(ctx, pid, work / "again.mp3")  # loudness cache warm
        warm_s = time.perf_counter() - t0
        ctx.close()

        hand_i, hand_tp = ebur128(hand_out)
        ours_i, ours_tp = ebur128(ours_out)
        warm_i, warm_tp = ebur128(work / "again.mp3")
        print(f"programme: {len(files)} items, {total / 60:.1f} min; "
              f"make-up {result.makeup_db:+.1f} dB")
        report("render (cold cache)", f"{ours_s:.1f} s", f"{hand_s:.1f} s", ours_s / hand_s,
               "<= 1.3x")
        report("render (warm cache)", f"{warm_s:.1f} s", f"{hand_s:.1f} s", warm_s / hand_s,
               "<= 1.3x")
        report("loudness ours (ebur128)", f"{ours_i:.1f} LUFS TP {ours_tp:.1f} dBTP", None,
               None, "-16 +/-1 LUFS, TP <= -1")
        report("loudness ours warm (ebur128)", f"{warm_i:.1f} LUFS TP {warm_tp:.1f} dBTP", None,
               None, "-16 +/-1 LUFS, TP <= -1")
        report("loudness hand (ebur128)", f"{hand_i:.1f} LUFS TP {hand_tp:.1f} dBTP", None,
               None, "(reference)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
