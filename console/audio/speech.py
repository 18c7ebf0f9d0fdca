"""Text to speech behind one small adapter interface, with a cache on disk.

Engines: espeak-ng here (Qt-free); the Qt TextToSpeech adapter lives in console/ui because it
needs Qt. Results are cached by (engine, voice, speed, text) so a notice read every morning
is synthesised once. With no engine the caller gets SpeechUnavailable, a plain reason.
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

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        # "--" ends the options, so a notice starting with "-" is read, not parsed.
        cmd = [str(self.exe), "-v", voice, "-s", str(int(speed)), "-w", str(out_wav), "--", text]
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, **silent_popen_kwargs())
        except OSError as exc:
            raise SpeechUnavailable(f"could not start {self.name}: {exc}") from exc
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
        if proc.returncode != 0 or not out_wav.is_file() or out_wav.stat().st_size <= 44:
            reason = err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}"
            raise AudioToolError(f"{self.name} could not read the text: {reason}")


def default_engine() -> SpeechEngine | None:
    return EspeakEngine.find()


def cache_key(engine: str, text: str, voice: str, speed: int) -> str:
    normal = unicodedata.normalize("NFC", text.strip())
    return hashlib.sha256(f"{engine}\0{voice}\0{speed}\0{normal}".encode()).hexdigest()


class SpeechCache:
    """Synthesised speech as WAV files named by their cache key."""

    def __init__(self, root: Path, engine: SpeechEngine | None = None) -> None:
        self.root = root
        self.engine = engine if engine is not None else default_engine()

    def path_for(self, text: str, voice: str = DEFAULT_VOICE, speed: int = DEFAULT_SPEED) -> Path:
        name = self.engine.name if self.engine else "none"
        return self.root / f"{cache_key(name, text, voice, speed)}.wav"

    def cached(self, text: str, voice: str = DEFAULT_VOICE,
               speed: int = DEFAULT_SPEED) -> Path | None:
        path = self.path_for(text, voice, speed)
        return path if path.is_file() else None

    def speak(self, text: str, voice: str = DEFAULT_VOICE, speed: int = DEFAULT_SPEED,
              cancel: threading.Event | None = None) -> Path:
        """The WAV for this text, synthesised now unless cached."""
        if not text.strip():
            raise AudioToolError("there is no text to read")
        if self.engine is None:
            raise SpeechUnavailable(
                "no speech engine is installed (install espeak-ng or a Vietnamese Windows "
                "voice); the text can still be shown on the boards")
        final = self.path_for(text, voice, speed)
        if final.is_file():
            return final
        self.root.mkdir(parents=True, exist_ok=True)
        part = final.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part.wav")
        try:
            self.engine.synthesize(unicodedata.normalize("NFC", text.strip()), voice, speed,
                                   part, cancel)
            os.replace(part, final)  # visible only when complete
        finally:
            part.unlink(missing_ok=True)
        logger.debug("speech synthesised: %s (%d chars)", final.name, len(text))
        return final
