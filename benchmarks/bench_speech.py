"""Speech: seconds of audio per second of synthesis, for a 60-word Vietnamese announcement.

The bundled espeak-ng library (console.audio.speech.espeak_lib), the text normalised first
as the console does, median of the runs. The floor, in the same run: the espeak-ng program
writing the same WAV, when one is installed on this machine. Goal: at least 10x real time.

    python benchmarks/bench_speech.py [--runs 9]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
import wave
from pathlib import Path

from _common import report

from console.audio.speech import BundledEspeakEngine
from console.text.spoken import spoken_text

ANNOUNCEMENT = (
    "UBND xã thông báo: do ảnh hưởng của bão số 3, từ 17h ngày 5/12 xã có mưa "
    "to, lượng mưa 150 đến 200mm. Đề nghị bà con không ra đồng, không đánh bắt cá trên sông, "
    "chằng chống nhà cửa, đưa người già và trẻ em đến nơi an toàn. Liên hệ trực ban xã số "
    "0912 345 678."
)


def seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    words = len(ANNOUNCEMENT.split())
    engine = BundledEspeakEngine.find()
    if engine is None:
        raise SystemExit("the espeakng-loader wheel is not installed")
    work = Path(tempfile.mkdtemp(prefix="bench-speech-"))
    try:
        text = spoken_text(ANNOUNCEMENT)
        ratios, lengths = [], []
        engine.synthesize("Xin chào", "vi", 150, work / "warm.wav")  # loads the library once
        for n in range(args.runs):
            out = work / f"ours-{n}.wav"
            t0 = time.perf_counter()
            engine.synthesize(text, "vi", 150, out)
            took = time.perf_counter() - t0
            lengths.append(seconds(out))
            ratios.append(lengths[-1] / took)
        ours = statistics.median(ratios)
        program = shutil.which("espeak-ng")
        floor_text, ratio = "(no espeak-ng program here)", None
        if program is not None:
            floors = []
            for n in range(args.runs):
                out = work / f"floor-{n}.wav"
                t0 = time.perf_counter()
                subprocess.run([program, "-v", "vi", "-s", "150", "-w", str(out), "--", text],
                               check=True, capture_output=True)
                floors.append(seconds(out) / (time.perf_counter() - t0))
            floor = statistics.median(floors)
            floor_text, ratio = f"{floor:.0f}x real time (espeak-ng program)", ours / floor
        print(f"{words} words, {statistics.median(lengths):.1f} s of speech, "
              f"{args.runs} runs")
        report("speech, bundled library", f"{ours:.0f}x real time (median)", floor_text,
               ratio, ">= 10x real time")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
