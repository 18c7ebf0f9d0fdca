"""Qt TextToSpeech as a speech engine (QtCore and QtTextToSpeech only, no widgets).

Qt 6.6 added QTextToSpeech.synthesize(), which hands the PCM to a callback instead of a
loudspeaker; we write it as a WAV. Some Qt for Python builds do not expose synthesize(): the
engine is then listed with that reason and never chosen, and espeak-ng or the Windows voices
do the reading. The 'mock' back end is Qt's own test engine and is never offered.
"""

from __future__ import annotations

import logging
import threading
import wave
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtTextToSpeech import QTextToSpeech

from ...text.translatable import QT_TRANSLATE_NOOP
from ..errors import AudioToolError, Cancelled
from .engine import DEFAULT_SPEED, EngineInfo, SpeechUnavailable, Voice

logger = logging.getLogger(__name__)

HIDDEN_BACKENDS = {"mock"}
_TIMEOUT_MS = 300_000


def can_write_files() -> bool:
    return hasattr(QTextToSpeech, "synthesize")


def qt_rate(speed: int) -> float:
    """Words per minute (espeak-ng's scale, 150 normal) to Qt's -1..1."""
    return max(-1.0, min(1.0, (int(speed) - DEFAULT_SPEED) / DEFAULT_SPEED))


def backends() -> list[str]:
    return [b for b in QTextToSpeech.availableEngines() if b not in HIDDEN_BACKENDS]


class QtSpeechEngine:
    PREFIX = "qt-"

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self.name = self.PREFIX + backend

    @classmethod
    def find(cls, backend: str) -> QtSpeechEngine | None:
        if backend not in backends() or not can_write_files():
            return None
        return cls(backend)

    def unavailable_reason(self) -> str | None:
        if not can_write_files():
            return ("this Qt for Python build cannot save speech to a file "
                    "(QTextToSpeech.synthesize is missing)")
        if QCoreApplication.instance() is None:
            return "Qt speech needs the console window"
        return None

    def voices(self) -> tuple[Voice, ...]:
        """The back end's voices, Vietnamese first."""
        tts = QTextToSpeech(self.backend)
        try:
            if tts.state() == QTextToSpeech.State.Error:
                return ()
            voices = [Voice(v.name(), f"{v.name()} ({v.locale().name()})")
                      for v in tts.allVoices(None)] if hasattr(tts, "allVoices") else []
            voices = voices or [Voice(v.name(), f"{v.name()} ({v.locale().name()})")
                                for v in tts.availableVoices()]
        finally:
            tts.deleteLater()
        return tuple(sorted(voices, key=lambda v: not v.label.endswith("(vi_VN)")))

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        reason = self.unavailable_reason()
        if reason:
            raise SpeechUnavailable(reason)
        tts = QTextToSpeech(self.backend)
        if tts.state() == QTextToSpeech.State.Error:
            raise SpeechUnavailable(f"Qt speech ({self.backend}): {tts.errorString()}")
        for candidate in tts.availableVoices():
            if candidate.name() == voice:
                tts.setVoice(candidate)
        tts.setRate(qt_rate(speed))
        pcm = bytearray()
        shape: list[tuple[int, int, int]] = []

        def received(fmt: object, data: object) -> None:
            if not shape:
                shape.append((fmt.sampleRate(), fmt.channelCount(),  # type: ignore[attr-defined]
                              fmt.bytesPerSample()))  # type: ignore[attr-defined]
            pcm.extend(bytes(data))  # type: ignore[call-overload]

        loop = QEventLoop()
        tts.stateChanged.connect(lambda state: state in (
            QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and loop.quit())
        ticker = QTimer()
        ticker.timeout.connect(lambda: cancel is not None and cancel.is_set() and loop.quit())
        ticker.start(100)
        QTimer.singleShot(_TIMEOUT_MS, loop.quit)
        tts.synthesize(text, received)  # type: ignore[attr-defined]
        loop.exec()
        ticker.stop()
        error = tts.errorString() if tts.state() == QTextToSpeech.State.Error else ""
        tts.deleteLater()
        if cancel is not None and cancel.is_set():
            raise Cancelled("speech synthesis was cancelled")
        if error or not pcm or not shape:
            raise AudioToolError(QT_TRANSLATE_NOOP(
                "Errors", "Qt speech could not read the text: {reason}"),
                                 reason=error or "no sound")
        rate, channels, width = shape[0]
        with wave.open(str(out_wav), "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(width)
            out.setframerate(rate)
            out.writeframes(bytes(pcm))


def qt_engine_infos() -> list[EngineInfo]:
    infos = []
    for backend in backends():
        engine = QtSpeechEngine(backend)
        reason = engine.unavailable_reason()
        voices = () if reason else engine.voices()
        if not reason and not voices:
            reason = "no voice is installed for it"
        infos.append(EngineInfo(engine.name, f"Qt ({backend})", reason=reason, voices=voices))
    return infos
