"""The library's data layer and services import no Qt (CLI, sync workers, tests)."""

from __future__ import annotations

import subprocess
import sys


def test_search_and_library_services_pull_in_no_qt() -> None:
    code = (
        "import sys, console.search.query, console.search.schema, console.cli.items, "
        "console.services.library, console.services.library_query, "
        "console.services.library_details, console.services.library_media, "
        "console.services.local_content; "
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_slide_renderer_needs_no_widgets() -> None:
    code = (
        "import sys, console.render.slides; "
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
