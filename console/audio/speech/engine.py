"""What every speech engine is: its interface, its voices, and how it runs a command."""

from __future__ import annotations

import logging
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import AudioToolError, Cancelled
from ..ffmpeg import silent_popen_kwargs

logger = logging.getLogger(__name__)

DEFAULT_VOICE = "vi"
DEFAULT_SPEED = 150  # words per minute, espeak-ng's scale; slower reads better outdoors


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
