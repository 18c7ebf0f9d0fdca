"""Text to speech behind one small adapter interface, with a cache on disk.

engine.py     the interface every engine meets, voices, DEFAULT_VOICE / DEFAULT_SPEED
espeak_lib.py espeak-ng as a library from the espeakng-loader wheel: the default, nothing
              to install (the frozen app carries it)
espeak.py     an espeak-ng program installed on the system, when the bundle is missing
windows.py    Windows voices (OneCore and SAPI) through PowerShell
qt.py         Qt TextToSpeech (QtCore/QtTextToSpeech only, no widgets)

Results are cached by (engine, voice, speed, text) so a notice read every morning is
synthesised once. With no engine the caller gets SpeechUnavailable, a plain reason.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from ...text.spoken import spoken_text
from ...text.translatable import QT_TRANSLATE_NOOP
from ..errors import AudioToolError
from .engine import (
    DEFAULT_SPEED,
    DEFAULT_VOICE,
    EngineInfo,
    SpeechEngine,
    SpeechUnavailable,
    Voice,
    run_cancellable,
)
from .espeak import EspeakEngine
from .espeak_lib import BundledEspeakEngine

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_SPEED", "DEFAULT_VOICE", "BundledEspeakEngine", "EngineInfo", "EspeakEngine",
    "SpeechCache",
    "SpeechEngine", "SpeechUnavailable", "Voice", "cache_key", "default_engine",
    "find_engine", "list_engines", "run_cancellable",
]


def default_engine() -> SpeechEngine | None:
    """The bundled espeak-ng; an installed espeak-ng program only if the bundle is gone."""
    return BundledEspeakEngine.find() or EspeakEngine.find()


def list_engines() -> list[EngineInfo]:
    """Every engine this console knows, usable or not, for the editor's choice."""
    from .qt import qt_engine_infos  # imported when asked: Qt's speech module is heavy
    from .windows import WindowsEngine

    infos: list[EngineInfo] = []
    espeak = default_engine()
    infos.append(EngineInfo("espeak-ng", "eSpeak NG", voices=espeak.voices())  # type: ignore[attr-defined]
                 if espeak else EngineInfo("espeak-ng", "eSpeak NG",
                                           reason="the bundled espeak-ng is missing"))
    infos.append(WindowsEngine.info())
    infos.extend(qt_engine_infos())
    return infos


def find_engine(name: str | None) -> SpeechEngine | None:
    """The engine called `name` if it can be used here, else the default one."""
    if name and name != "espeak-ng":
        from .qt import QtSpeechEngine
        from .windows import WindowsEngine

        engine: SpeechEngine | None = None
        if name == WindowsEngine.name:
            engine = WindowsEngine.find()
        elif name.startswith(QtSpeechEngine.PREFIX):
            engine = QtSpeechEngine.find(name.removeprefix(QtSpeechEngine.PREFIX))
        if engine is not None:
            return engine
        logger.info("speech engine %s not usable here; using the default", name)
    return default_engine()


def cache_key(engine: str, text: str, voice: str, speed: int) -> str:
    """Of the text as spoken (after spoken_text), so a new reading is synthesised anew."""
    normal = unicodedata.normalize("NFC", text.strip())
    return hashlib.sha256(f"{engine}\0{voice}\0{speed}\0{normal}".encode()).hexdigest()


class SpeechCache:
    """Synthesised speech as WAV files named by their cache key."""

    def __init__(self, root: Path, engine: SpeechEngine | None = None,
                 lexicon: Mapping[str, str] | None = None) -> None:
        self.root = root
        self.engine = engine if engine is not None else default_engine()
        self.lexicon = dict(lexicon or {})  # the station's pronunciation list
        self._found: dict[str, SpeechEngine | None] = {}

    def spoken(self, text: str) -> str:
        """What the voice is given: numbers, dates, units and abbreviations in words."""
        return spoken_text(text.strip(), self.lexicon)

    def engine_for(self, name: str | None) -> SpeechEngine | None:
        """The engine chosen for an entry; this cache's own engine when none was chosen."""
        if not name or (self.engine is not None and self.engine.name == name):
            return self.engine
        if name not in self._found:
            found = find_engine(name)
            self._found[name] = found if found is not None and found.name == name else None
        return self._found[name] or self.engine

    def _choose(self, engine: str | None, voice: str) -> tuple[SpeechEngine | None, str]:
        chosen = self.engine_for(engine)
        if engine and chosen is not None and chosen.name != engine:
            voice = DEFAULT_VOICE  # another engine's voice name means nothing to this one
        return chosen, voice

    def path_for(self, text: str, voice: str = DEFAULT_VOICE, speed: int = DEFAULT_SPEED,
                 engine: str | None = None) -> Path:
        chosen, voice = self._choose(engine, voice)
        name = chosen.name if chosen else "none"
        return self.root / f"{cache_key(name, self.spoken(text), voice, speed)}.wav"

    def cached(self, text: str, voice: str = DEFAULT_VOICE,
               speed: int = DEFAULT_SPEED, engine: str | None = None) -> Path | None:
        path = self.path_for(text, voice, speed, engine)
        return path if path.is_file() else None

    def speak(self, text: str, voice: str = DEFAULT_VOICE, speed: int = DEFAULT_SPEED,
              cancel: threading.Event | None = None, engine: str | None = None) -> Path:
        """The WAV for this text, synthesised now unless cached."""
        if not text.strip():
            raise AudioToolError(QT_TRANSLATE_NOOP("Errors", "there is no text to read"))
        chosen, voice_used = self._choose(engine, voice)
        if chosen is None:
            raise SpeechUnavailable(
                "no speech engine is available (the bundled espeak-ng is missing: reinstall the "
                "console); the text can still be shown on the boards")
        final = self.path_for(text, voice, speed, engine)
        if final.is_file():
            return final
        self.root.mkdir(parents=True, exist_ok=True)
        part = final.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part.wav")
        try:
            chosen.synthesize(self.spoken(text), voice_used, speed, part, cancel)
            os.replace(part, final)  # visible only when complete
        finally:
            part.unlink(missing_ok=True)
        logger.debug("speech synthesised: %s (%d chars)", final.name, len(text))
        return final
