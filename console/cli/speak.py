"""`commune-console speak TEXT --out FILE.wav [--voice V] [--speed S]`: the station's voice
reads a text (numbers, dates, units and abbreviations in words) into a WAV file."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from .common import add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    speak = sub.add_parser("speak", parents=[parent],
                           help="read a Vietnamese text aloud into a WAV file")
    speak.add_argument("text", help="the text to read")
    speak.add_argument("--out", type=Path, required=True, metavar="FILE.wav")
    speak.add_argument("--voice", help="a voice of the engine (default: the station's)")
    speak.add_argument("--speed", type=int, help="words per minute, 80-450 "
                                                 "(default: the station's)")
    speak.add_argument("--engine", choices=["espeak-ng", "windows"],
                       help="default: the station's choice")
    add_json(speak)
    speak.set_defaults(func=cmd_speak)


def cmd_speak(args: argparse.Namespace) -> int:
    from ..audio.errors import AudioToolError
    from ..audio.probe import probe_duration
    from ..services.speech import MAX_SPEED, MIN_SPEED, speak_to_cache, speech_cache

    if not args.text.strip():
        fail("there is no text to read")
    if args.speed is not None and not MIN_SPEED <= args.speed <= MAX_SPEED:
        fail(f"--speed must be between {MIN_SPEED} and {MAX_SPEED}")
    if args.out.suffix.lower() != ".wav":
        fail("--out must be a .wav file")
    if not args.out.parent.is_dir():
        fail(f"no such folder: {args.out.parent}")
    ctx = open_context(args)
    try:
        try:
            wav = speak_to_cache(ctx, args.text, engine=args.engine, voice=args.voice,
                                 speed=args.speed)
        except AudioToolError as exc:
            fail(str(exc))
        spoken = speech_cache(ctx.paths, ctx.settings).spoken(args.text)
    finally:
        ctx.close()
    part = args.out.with_name(f".{args.out.name}.part")
    try:
        shutil.copyfile(wav, part)
        os.replace(part, args.out)  # a complete file or none
    except OSError as exc:
        part.unlink(missing_ok=True)
        fail(f"cannot write {args.out}: {exc.strerror or exc}")
    seconds = probe_duration(args.out) or 0.0
    emit(args, {"out": str(args.out), "seconds": round(seconds, 2), "spoken": spoken},
         f"{args.out}: {seconds:.1f} s\n{spoken}")
    return 0
