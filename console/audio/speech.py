"""Text to speech behind one small adapter interface, with a cache on disk.

Engines: espeak-ng (here, any system), Windows voices through System.Speech
(speech_windows.py) and Qt TextToSpeech (speech_qt.py, QtCore/QtTextToSpeech only). Results are
cached by (engine, voice, speed, text) so a notice read every morning is synthesised once.
With no engine the caller gets SpeechUnavailable, a plain reason.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from console.audio.errors import AudioToolError, Cancelled
from console.audio.ffmpeg import silent_popen_kwargs

logger = logging.getLogger(__name__)

DEFAULT_VOICE = "vi"
DEFAULT_SPEED = 150  # words per minute, espeak-ng's scale; slower reads better outdoors
_TIMEOUT_S = 300.0


class SpeechUnavailable(AudioToolError):
    """No speech engine is installed; the text can still go to the boards."""


@dataclass(frozen=True)
class Voice:
    id: str      # what the engine is given
    label: str   # what the operator sees


@dataclass(frozen=True)
class EngineInfo:
    """One engine as the editor offers it: usable or not (and why), with its voices."""

    name: str
    label: str
    reason: str | None = None    # why it cannot be used here; None when it can
    voices: tuple[Voice, ...] = ()

    @property
    def available(self) -> bool:
        return self.reason is None


class SpeechEngine(Protocol):
    name: str

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        """Write `text` read aloud to `out_wav` (PCM WAV)."""


@dataclass
class EspeakEngine:
    """espeak-ng, called by absolute path without a shell; text passed as one argument."""

    exe: Path
    name: str = "espeak-ng"

    @classmethod
    def find(cls) -> EspeakEngine | None:
        found = shutil.which("espeak-ng") or shutil.which("espeak")
        return cls(Path(found).resolve()) if found else None

    def voices(self) -> tuple[Voice, ...]:
        """The Vietnamese voices (northern, central, southern where installed)."""
        try:
            out = subprocess.run([str(self.exe), "--voices=vi"], capture_output=True,
                                 timeout=30, check=False, **silent_popen_kwargs()).stdout
        except (OSError, subprocess.TimeoutExpired) as exc:
            logger.warning("%s voices not listed: %s", self.name, exc)
            return (Voice(DEFAULT_VOICE, "Vietnamese"),)
        found = []
        for line in out.decode("utf-8", "replace").splitlines()[1:]:
            cols = line.split()
            if len(cols) >= 4:
                found.append(Voice(cols[1], cols[3].replace("_", " ")))
        return tuple(found) or (Voice(DEFAULT_VOICE, "Vietnamese"),)

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        # "--" ends the options, so a notice starting with "-" is read, not parsed.
        cmd = [str(self.exe), "-v", voice, "-s", str(int(speed)), "-w", str(out_wav), "--", text]
        try:
            returncode, err = run_cancellable(cmd, cancel)
        except OSError as exc:
            raise SpeechUnavailable(f"could not start {self.name}: {exc}") from exc
        if returncode != 0 or not out_wav.is_file() or out_wav.stat().st_size <= 44:
            reason = err.strip().splitlines()[-1] if err.strip() else f"exit {returncode}"
            raise AudioToolError(f"{self.name} could not read the text: {reason}")


def default_engine() -> SpeechEngine | None:
    return EspeakEngine.find()


def list_engines() -> list[EngineInfo]:
    """Every engine this console knows, usable or not, for the editor's choice."""
    from .speech_qt import qt_engine_infos
    from .speech_windows import WindowsEngine

    infos: list[EngineInfo] = []
    espeak = EspeakEngine.find()
    infos.append(EngineInfo("espeak-ng", "eSpeak NG", voices=espeak.voices()) if espeak
                 else EngineInfo("espeak-ng", "eSpeak NG", reason="espeak-ng is not installed"))
    infos.append(WindowsEngine.info())
    infos.extend(qt_engine_infos())
    return infos


def find_engine(name: str | None) -> SpeechEngine | None:
    """The engine called `name` if it can be used here, else the default one."""
    if name and name != "espeak-ng":
        from .speech_qt import QtSpeechEngine
        from .speech_windows import WindowsEngine

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
    normal = unicodedata.normalize("NFC", text.strip())
    return hashlib.sha256(f"{engine}\0{voice}\0{speed}\0{normal}".encode()).hexdigest()


class SpeechCache:
    """Synthesised speech as WAV files named by their cache key."""

    def __init__(self, root: Path, engine: SpeechEngine | None = None) -> None:
        self.root = root
        self.engine = engine if engine is not None else default_engine()
        self._found: dict[str, SpeechEngine | None] = {}

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
        return self.root / f"{cache_key(name, text, voice, speed)}.wav"

    def cached(self, text: str, voice: str = DEFAULT_VOICE,
               speed: int = DEFAULT_SPEED, engine: str | None = None) -> Path | None:
        path = self.path_for(text, voice, speed, engine)
        return path if path.is_file() else None

    def speak(self, text: str, voice: str = DEFAULT_VOICE, speed: int = DEFAULT_SPEED,
              cancel: threading.Event | None = None, engine: str | None = None) -> Path:
        """The WAV for this text, synthesised now unless cached."""
        if not text.strip():
            raise AudioToolError("there is no text to read")
        chosen, voice_used = self._choose(engine, voice)
        if chosen is None:
            raise SpeechUnavailable(
                "no speech engine is installed (install espeak-ng or a Vietnamese Windows "
                "voice); the text can still be shown on the boards")
        final = self.path_for(text, voice, speed, engine)
        if final.is_file():
            return final
        self.root.mkdir(parents=True, exist_ok=True)
        part = final.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part.wav")
        try:
            chosen.synthesize(unicodedata.normalize("NFC", text.strip()), voice_used, speed,
                              part, cancel)
            os.replace(part, final)  # visible only when complete
        finally:
            part.unlink(missing_ok=True)
        logger.debug("speech synthesised: %s (%d chars)", final.name, len(text))
        return final


def run_cancellable(cmd: list[str], cancel: threading.Event | None,
                    env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run a speech engine's command; kill it when `cancel` is set (raising Cancelled).

    Returns its exit code and what it wrote to stderr. OSError when it cannot start.
    """
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, **silent_popen_kwargs())
    try:
        while True:
            try:
                proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel.is_set():
                    proc.kill()
                    proc.wait()
                    raise Cancelled("speech synthesis was cancelled") from None
    finally:
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    return proc.returncode, err
