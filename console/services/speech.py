"""The station's voice: which engine reads typed text, at what speed, with which readings.

By default ("auto") a Windows Vietnamese voice (OneCore or SAPI) when the PC has one, else
the espeak-ng that comes with the console; the choice, the voice, the speed and the
pronunciation list are station settings. Every text is read through the Vietnamese
normaliser first (console.text.spoken).
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from ..audio.speech import DEFAULT_SPEED, DEFAULT_VOICE, SpeechCache
from ..paths import DataPaths
from ..settings import SPEECH_ENGINE, SPEECH_LEXICON, SPEECH_SPEED, SPEECH_VOICE, Settings
from ..station import StationContext
from ..text.spoken import parse_lexicon
from .errors import InvalidInput
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

ENGINE_CHOICES = ("auto", "espeak-ng", "windows")
MIN_SPEED, MAX_SPEED = 80, 450


@dataclass(frozen=True)
class StationVoice:
    engine: str | None   # None: the bundled espeak-ng
    voice: str
    speed: int


@functools.cache
def _windows_vietnamese() -> str | None:
    """The id of an installed Windows Vietnamese voice (asked once: PowerShell is slow)."""
    from ..audio.speech.windows import WindowsEngine

    engine = WindowsEngine.find()
    voice = engine.vietnamese_voice() if engine is not None else None
    return voice.id if voice is not None else None


def station_voice(settings: Settings) -> StationVoice:
    choice = str(settings.get(SPEECH_ENGINE) or "auto")
    speed = max(MIN_SPEED, min(MAX_SPEED, int(settings.get(SPEECH_SPEED) or DEFAULT_SPEED)))
    voice = str(settings.get(SPEECH_VOICE) or "")
    if choice in ("auto", "windows"):
        windows = _windows_vietnamese()
        if windows is not None:
            return StationVoice("windows", voice if choice == "windows" and voice else windows,
                                speed)
    return StationVoice("espeak-ng", voice if choice == "espeak-ng" and voice
                        else DEFAULT_VOICE, speed)


def station_lexicon(settings: Settings) -> dict[str, str]:
    return parse_lexicon(str(settings.get(SPEECH_LEXICON) or ""))


def speech_cache(paths: DataPaths, settings: Settings | None = None) -> SpeechCache:
    """The speech cache, reading with the station's pronunciation list."""
    return SpeechCache(paths.cache / "speech",
                       lexicon=station_lexicon(settings) if settings is not None else None)


def speak_to_cache(ctx: StationContext, text: str, *, engine: str | None = None,
                   voice: str | None = None, speed: int | None = None,
                   cancel: threading.Event | None = None) -> Path:
    """The WAV of `text` in the station's voice (or the one given), synthesised once."""
    chosen = station_voice(ctx.settings)
    return speech_cache(ctx.paths, ctx.settings).speak(
        text, voice or chosen.voice, int(speed or chosen.speed), cancel=cancel,
        engine=engine or chosen.engine)


def set_station_voice(ctx: StationContext, actor: Actor, *, engine: str | None = None,
                      voice: str | None = None, speed: int | None = None,
                      lexicon: str | None = None) -> None:
    """Change the station's voice settings (who may: those who edit settings)."""
    from . import audit

    actor.require(Permission.EDIT_SETTINGS)
    values = {}
    if engine is not None:
        if engine not in ENGINE_CHOICES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the speech engine must be one of {choices}"),
                choices=", ".join(ENGINE_CHOICES))
        values[SPEECH_ENGINE] = engine
    if voice is not None:
        values[SPEECH_VOICE] = voice.strip()
    if speed is not None:
        if not MIN_SPEED <= int(speed) <= MAX_SPEED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the reading speed must be between {low} and {high} "
                                            "words a minute"),
                low=MIN_SPEED, high=MAX_SPEED)
        values[SPEECH_SPEED] = int(speed)
    if lexicon is not None:
        values[SPEECH_LEXICON] = lexicon
    ctx.settings.set_many(values)
    with ctx.db.write() as session:
        audit.record(session, actor, "settings.speech", "speech",
                     **{option.key: value for option, value in values.items()})
