"""`commune-console voice [--engine E] [--voice V] [--speed S] [--lexicon FILE] --as USER`:
the station's voice for typed text (typed emergencies, text items, `speak`). Without an
option it shows the settings and the voice actually used on this PC."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import PasswordSource, acting_user, add_actor, add_json, emit, fail, open_context


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    voice = sub.add_parser("voice", parents=[parent],
                           help="show or change the station's voice, speed and "
                                "pronunciation list")
    voice.add_argument("--engine", choices=["auto", "espeak-ng", "windows"],
                       help="auto: a Windows Vietnamese voice when installed, else the "
                            "bundled espeak-ng")
    voice.add_argument("--voice", dest="voice_id", metavar="V",
                       help="a voice of that engine (empty: its Vietnamese one)")
    voice.add_argument("--speed", type=int, help="words per minute, 80-450")
    voice.add_argument("--lexicon", type=Path, metavar="FILE",
                       help="the pronunciation list: a UTF-8 text file, one "
                            "'written = spoken' a line")
    add_actor(voice)
    add_json(voice)
    voice.set_defaults(func=cmd_voice)


def cmd_voice(args: argparse.Namespace) -> int:
    from ..services.errors import ServiceError
    from ..services.speech import set_station_voice, station_lexicon, station_voice
    from ..settings import SPEECH_ENGINE

    lexicon = None
    if args.lexicon is not None:
        try:
            lexicon = args.lexicon.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"cannot read {args.lexicon}: {getattr(exc, 'strerror', None) or exc}")
    changes = (args.engine, args.voice_id, args.speed, lexicon)
    ctx = open_context(args)
    try:
        if any(value is not None for value in changes):
            actor = acting_user(ctx, args, PasswordSource(args.password_stdin))
            try:
                set_station_voice(ctx, actor, engine=args.engine, voice=args.voice_id,
                                  speed=args.speed, lexicon=lexicon)
            except ServiceError as exc:
                fail(str(exc))
        used = station_voice(ctx.settings)
        data = {"engine": str(ctx.settings.get(SPEECH_ENGINE) or "auto"),
                "used_engine": used.engine, "voice": used.voice, "speed": used.speed,
                "lexicon": station_lexicon(ctx.settings)}
    finally:
        ctx.close()
    emit(args, data, f"engine: {data['engine']} (this PC reads with {used.engine}, voice "
                     f"{used.voice}), {used.speed} words a minute, "
                     f"{len(data['lexicon'])} pronunciation entries")
    return 0
