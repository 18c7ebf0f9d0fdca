"""Windows voices (SAPI, through System.Speech in PowerShell): Vietnamese where installed.

PowerShell is started by absolute path without a shell; the script goes in -EncodedCommand and
every value (text file, voice, rate, output) in environment variables, so nothing the operator
typed is ever parsed as code.
"""

from __future__ import annotations

import base64
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import AudioToolError
from ..ffmpeg import silent_popen_kwargs
from .engine import DEFAULT_SPEED, EngineInfo, SpeechUnavailable, Voice, run_cancellable

logger = logging.getLogger(__name__)

_SPEAK = r"""
$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
if ($env:CBC_TTS_VOICE) { $s.SelectVoice($env:CBC_TTS_VOICE) }
$s.Rate = [int]$env:CBC_TTS_RATE
$s.SetOutputToWaveFile($env:CBC_TTS_OUT)
$s.Speak([IO.File]::ReadAllText($env:CBC_TTS_TEXT, [Text.Encoding]::UTF8))
$s.Dispose()
"""
_VOICES = r"""
[Console]::OutputEncoding = [Text.Encoding]::UTF8
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
foreach ($v in $s.GetInstalledVoices()) {
  if ($v.Enabled) { $v.VoiceInfo.Name + '|' + $v.VoiceInfo.Culture.Name }
}
"""


def _encoded(script: str) -> str:
    return base64.b64encode(script.encode("utf-16-le")).decode("ascii")


def sapi_rate(speed: int) -> int:
    """Words per minute (espeak-ng's scale, 150 normal) to SAPI's -10..10."""
    return max(-10, min(10, round((int(speed) - DEFAULT_SPEED) / 15)))


@dataclass
class WindowsEngine:
    exe: Path
    name = "windows"

    @classmethod
    def find(cls) -> WindowsEngine | None:
        if sys.platform != "win32":
            return None
        found = shutil.which("powershell") or shutil.which("pwsh")
        return cls(Path(found).resolve()) if found else None

    @classmethod
    def info(cls) -> EngineInfo:
        engine = cls.find()
        if engine is None:
            return EngineInfo(cls.name, "Windows", reason="Windows voices exist only on Windows")
        voices = engine.voices()
        if not voices:
            return EngineInfo(cls.name, "Windows", reason="no Windows voice is installed")
        return EngineInfo(cls.name, "Windows", voices=voices)

    def _command(self, script: str) -> list[str]:
        return [str(self.exe), "-NoProfile", "-NonInteractive", "-EncodedCommand",
                _encoded(script)]

    def voices(self) -> tuple[Voice, ...]:
        try:
            done = subprocess.run(self._command(_VOICES), capture_output=True, timeout=60,
                                  check=False, **silent_popen_kwargs())
        except (OSError, subprocess.TimeoutExpired) as exc:
            logger.warning("Windows voices not listed: %s", exc)
            return ()
        voices = []
        for line in done.stdout.decode("utf-8", "replace").splitlines():
            name, _, culture = line.strip().partition("|")
            if name:
                voices.append(Voice(name, f"{name} ({culture})" if culture else name))
        # Vietnamese voices first: they are the ones a commune wants.
        return tuple(sorted(voices, key=lambda v: not v.label.endswith("(vi-VN)")))

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            text_file = Path(tmp) / "text.txt"
            text_file.write_text(text, encoding="utf-8")
            env = {**os.environ, "CBC_TTS_TEXT": str(text_file), "CBC_TTS_OUT": str(out_wav),
                   "CBC_TTS_RATE": str(sapi_rate(speed)),
                   "CBC_TTS_VOICE": "" if voice in ("", "vi") else voice}
            try:
                returncode, err = run_cancellable(self._command(_SPEAK), cancel, env)
            except OSError as exc:
                raise SpeechUnavailable(f"could not start PowerShell: {exc}") from exc
        if returncode != 0 or not out_wav.is_file() or out_wav.stat().st_size <= 44:
            reason = err.strip().splitlines()[0] if err.strip() else f"exit {returncode}"
            raise AudioToolError(f"the Windows voice could not read the text: {reason}")
