"""console.audio must stay usable without Qt (CLI, services, doctor)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_audio_pulls_in_no_qt() -> None:
    code = (
        "import sys, console.audio, console.audio.segment; "
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
