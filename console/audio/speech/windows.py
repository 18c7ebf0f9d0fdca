"""Windows voices through PowerShell: OneCore (Windows.Media.SpeechSynthesis, where Windows
10 and 11 install the Vietnamese voice "Microsoft An") and SAPI (System.Speech).

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

from ...text.translatable import QT_TRANSLATE_NOOP
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
try {
  $WinRT = 'ContentType=WindowsRuntime'
  $ns = 'Windows.Media.SpeechSynthesis'
  $synth = [Type]"$ns.SpeechSynthesizer,$ns,$WinRT"
  foreach ($v in $synth::AllVoices) {
    'onecore:' + $v.DisplayName + '|' + $v.Language
  }
} catch { }
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
foreach ($v in $s.GetInstalledVoices()) {
  if ($v.Enabled) { $v.VoiceInfo.Name + '|' + $v.VoiceInfo.Culture.Name }
}
"""
# OneCore: the WinRT synthesizer writes a WAV stream; AsTask awaits its async calls.
_SPEAK_ONECORE = r"""
$ErrorActionPreference = 'Stop'
Add-Type -AssemblyName System.Runtime.WindowsRuntime
$WinRT = 'ContentType=WindowsRuntime'
$ns = 'Windows.Media.SpeechSynthesis'
$synth = [Type]"$ns.SpeechSynthesizer,$ns,$WinRT"
$null = [Type]"Windows.Storage.Streams.DataReader,Windows.Storage.Streams,$WinRT"
$asTask = ([System.WindowsRuntimeSystemExtensions].GetMethods() | Where-Object {
  $_.Name -eq 'AsTask' -and $_.GetParameters().Count -eq 1 -and
  $_.GetParameters()[0].ParameterType.Name -eq 'IAsyncOperation`1' })[0]
function Await($op, $type) {
  $task = $asTask.MakeGenericMethod($type).Invoke($null, @($op))
  $null = $task.Wait(-1)
  $task.Result
}
$s = $synth::new()
if ($env:CBC_TTS_VOICE) {
  $s.Voice = ($synth::AllVoices |
    Where-Object { $_.DisplayName -eq $env:CBC_TTS_VOICE })[0]
}
$invariant = [Globalization.CultureInfo]::InvariantCulture
$s.Options.SpeakingRate = [double]::Parse($env:CBC_TTS_RATE, $invariant)
$text = [IO.File]::ReadAllText($env:CBC_TTS_TEXT, [Text.Encoding]::UTF8)
$streamType = [Windows.Media.SpeechSynthesis.SpeechSynthesisStream]
$stream = Await ($s.SynthesizeTextToStreamAsync($text)) $streamType
$size = [uint32]$stream.Size
$reader = New-Object Windows.Storage.Streams.DataReader($stream.GetInputStreamAt(0))
$null = Await ($reader.LoadAsync($size)) ([uint32])
$bytes = New-Object byte[] $size
$reader.ReadBytes($bytes)
[IO.File]::WriteAllBytes($env:CBC_TTS_OUT, $bytes)
"""
ONECORE = "onecore:"


def _encoded(script: str) -> str:
    return base64.b64encode(script.encode("utf-16-le")).decode("ascii")


def sapi_rate(speed: int) -> int:
    """Words per minute (espeak-ng's scale, 150 normal) to SAPI's -10..10."""
    return max(-10, min(10, round((int(speed) - DEFAULT_SPEED) / 15)))


def onecore_rate(speed: int) -> float:
    """Words per minute (150 normal) to OneCore's speaking rate (1.0 normal, 0.5 to 6)."""
    return max(0.5, min(6.0, int(speed) / DEFAULT_SPEED))


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
                shown = name.removeprefix(ONECORE)
                voices.append(Voice(name, f"{shown} ({culture})" if culture else shown))
        # Vietnamese voices first (OneCore's before SAPI's): they are the ones a commune wants.
        return tuple(sorted(voices, key=lambda v: (not is_vietnamese(v),
                                                   not v.id.startswith(ONECORE))))

    def vietnamese_voice(self) -> Voice | None:
        """The first Vietnamese voice installed, None when there is none."""
        return next((v for v in self.voices() if is_vietnamese(v)), None)

    def synthesize(self, text: str, voice: str, speed: int, out_wav: Path,
                   cancel: threading.Event | None = None) -> None:
        onecore = voice.startswith(ONECORE)
        with tempfile.TemporaryDirectory() as tmp:
            text_file = Path(tmp) / "text.txt"
            text_file.write_text(text, encoding="utf-8")
            rate = f"{onecore_rate(speed):.2f}" if onecore else str(sapi_rate(speed))
            env = {**os.environ, "CBC_TTS_TEXT": str(text_file), "CBC_TTS_OUT": str(out_wav),
                   "CBC_TTS_RATE": rate,
                   "CBC_TTS_VOICE": "" if voice in ("", "vi") else voice.removeprefix(ONECORE)}
            script = _SPEAK_ONECORE if onecore else _SPEAK
            try:
                returncode, err = run_cancellable(self._command(script), cancel, env)
            except OSError as exc:
                raise SpeechUnavailable(f"could not start PowerShell: {exc}") from exc
        if returncode != 0 or not out_wav.is_file() or out_wav.stat().st_size <= 44:
            reason = err.strip().splitlines()[0] if err.strip() else f"exit {returncode}"
            raise AudioToolError(QT_TRANSLATE_NOOP(
                "Errors", "the Windows voice could not read the text: {reason}"),
                                 reason=reason)


def is_vietnamese(voice: Voice) -> bool:
    return voice.label.endswith("(vi-VN)")
