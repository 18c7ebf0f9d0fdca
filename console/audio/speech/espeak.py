"""espeak-ng: the offline engine with northern, central and southern Vietnamese voices."""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from ...text.translatable import QT_TRANSLATE_NOOP
from ..errors import AudioToolError
from ..ffmpeg import silent_popen_kwargs
from .engine import DEFAULT_VOICE, SpeechUnavailable, Voice, run_cancellable

logger = logging.getLogger(__name__)


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
            raise AudioToolError(QT_TRANSLATE_NOOP(
                "Errors", "{engine} could not read the text: {reason}"),
                                 engine=self.name, reason=reason)
