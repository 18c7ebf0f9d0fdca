"""Screenshots of the main window for the docs, on a seeded temporary station.

    python scripts/screenshot.py                       # docs/main-window-{vi,en}.png, 1366x768
    python scripts/screenshot.py --size 1920x1080 --scale 1.25 --page settings --suffix -fhd

Runs offscreen unless QT_QPA_PLATFORM says otherwise; never touches a real data folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("screenshot")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--scale", type=float, default=None,
                        help="screen scale factor, e.g. 1.25 for Windows' 125%%")
    parser.add_argument("--font-scale", type=float, default=1.0, help="the UI_FONT_SCALE setting")
    parser.add_argument("--page", default="today", help="page key to show, e.g. settings")
    parser.add_argument("--languages", default="vi,en")
    parser.add_argument("--suffix", default="", help="added to the file names")
    parser.add_argument("--demo", action="store_true", help="show the window in demo mode")
    parser.add_argument("--sync", action="store_true",
                        help="fill the station from the source simulator first")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from console import qtlog
    from console.app import open_station
    from console.demo import seed_station
    from console.models.enums import Role
    from console.services.permissions import Actor
    from console.ui.i18n import Translations
    from console.ui.main_window import MainWindow
    from console.ui.preferences import UiPreferences
    from console.ui.tasks import TaskRunner

    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="console-shot-") as tmp:
        ctx = open_station(Path(tmp) / "station", demo=args.demo)
        tasks = TaskRunner()
        try:
            seed_station(ctx)
            if args.sync:
                stop_source = _sync_from_simulator(ctx)
            actor = Actor("admin", Role.ADMIN, "Quản trị viên")
            translations = Translations(app)
            for language in args.languages.split(","):
                prefs = UiPreferences(app, translations, ctx.settings, tasks,
                                      language=language, font_scale=args.font_scale)
                prefs.apply_all()
                window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
                window.resize(width, height)
                window.show()
                window.show_page(args.page)
                _settle(app, tasks)
                target = args.out / f"main-window-{language}{args.suffix}.png"
                window.grab().save(str(target))
                log.info("wrote %s (%dx%d logical)", target, window.width(), window.height())
                window.close()
                window.deleteLater()
                _settle(app, tasks)
        finally:
            tasks.shutdown()
            if args.sync:
                stop_source()
            ctx.close()
    return 0


def _sync_from_simulator(ctx: object) -> object:
    """A demo catalogue from the source simulator, synced with its media; returns stop()."""
    from console.sim.source import SimulatorConfig, SourceSimulator
    from console.sync.service import SyncService

    sim = SourceSimulator(SimulatorConfig(items=400, seed=2026)).start()
    service = SyncService(ctx)  # type: ignore[arg-type]
    service.login(sim.url, "demo", "demo")
    result = service.sync_once()
    log.info("synced %d items, %d files", result.items_added, result.files_downloaded)
    return sim.stop


def _settle(app: object, tasks: object, seconds: float = 1.5) -> None:
    """Let background reads finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if tasks.pending_count == 0 and time.monotonic() > deadline - seconds + 0.5:  # type: ignore[attr-defined]
            break
        time.sleep(0.02)
    app.processEvents()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
