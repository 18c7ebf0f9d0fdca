"""The layering that import-linter cannot say: below the window, nothing loads Qt widgets."""

from __future__ import annotations

import subprocess
import sys

BELOW_THE_WINDOW = ("console.app", "console.services", "console.sync", "console.delivery",
                    "console.playout", "console.zalo", "console.station", "console.media",
                    "console.audio", "console.render", "console.search", "console.db",
                    "console.models", "console.text")


def test_nothing_below_the_window_loads_qt_widgets() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"roots = {BELOW_THE_WINDOW!r}\n"
        "names = []\n"
        "for root in roots:\n"
        "    module = importlib.import_module(root)\n"
        "    names.append(root)\n"
        "    for info in pkgutil.walk_packages(getattr(module, '__path__', []), root + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "        names.append(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6.QtWidgets'))\n"
        "print(len(names), bad)\n"
        "sys.exit(1 if bad or len(names) < 100 else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
