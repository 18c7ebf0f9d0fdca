"""The programme services, rendering and speech import no Qt: usable from CLI and tests."""

from __future__ import annotations

import subprocess
import sys


def test_programme_services_import_no_qt() -> None:
    code = ("import sys, console.services.programmes, console.audio.render, "
            "console.audio.speech, console.cli.programme; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0
