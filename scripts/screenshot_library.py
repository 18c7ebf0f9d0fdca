"""Screenshots of the library for the docs, on a station synced from the simulator.

    python scripts/screenshot_library.py    # docs/library-vi.png, -preview.png, -board.png
    python scripts/screenshot_library.py --size 1920x1080 --suffix -fhd

A temporary data folder is filled by a real sync (catalogue and media) from the source
simulator, then the main window shows the library: a search with its results, the
preview of an item, and a text notice as the board will show it. Runs offscreen unless
QT_QPA_PLATFORM says otherwise; never touches a real data folder.
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
log = logging.getLogger("screenshot_library")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--items", type=int, default=600, help="items in the simulator")
    parser.add_argument("--query", default="canh bao lu",
                        help="what the search box holds (typed without accents)")
    parser.add_argument("--language", default="vi")
    parser.add_argument("--suffix", default="", help="added to the file names")
    return parser.parse_args(argv)


def _settle(app, tasks, seconds: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    """Let background reads finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        if tasks.pending_count == 0:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 0.4:
                break
        else:
            quiet_since = None
        time.sleep(0.02)
    app.processEvents()


def _first_row(page, wanted) -> int:  # type: ignore[no-untyped-def]
    """The first row of the list whose (already read) data satisfies `wanted`."""
    for row in range(page.model.rowCount()):
        data = page.model.row_data(row)
        if data is not None and wanted(data):
            return row
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from console import qtlog
    from console.app import open_station
    from console.demo import seed_station
    from console.models.enums import Role
    from console.services.library_query import LibraryFilter
    from console.services.permissions import Actor
    from console.sim.source import SimulatorConfig, SourceSimulator
    from console.sync.service import SyncService
    from console.ui.i18n import Translations
    from console.ui.library.model import Column
    from console.ui.main_window import MainWindow
    from console.ui.preferences import UiPreferences
    from console.ui.tasks import TaskRunner

    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    args.out.mkdir(parents=True, exist_ok=True)
    media = Path(tempfile.gettempdir()) / "commune-console-shot-media"
    with tempfile.TemporaryDirectory(prefix="console-library-shot-") as tmp, \
            SourceSimulator(SimulatorConfig(items=args.items, seed=3, media_dir=media)) as sim:
        ctx = open_station(Path(tmp) / "station")
        tasks = TaskRunner()
        try:
            seed_station(ctx)
            service = SyncService(ctx)
            service.login(sim.url, "demo", "demo")
            result = service.sync_once()
            log.info("synced %d items, %d files", result.items_added, result.files_downloaded)
            actor = Actor("admin", Role.ADMIN, "Quản trị viên")
            prefs = UiPreferences(app, Translations(app), ctx.settings, tasks,
                                  language=args.language, font_scale=1.0)
            prefs.apply_all()
            window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
            window.resize(width, height)
            window.show()
            page = window.show_page("library")
            _settle(app, tasks, 4)

            # 1. a search, with its results and the preview of the best one
            page.search_edit.setText(args.query)
            page.apply_filter()
            _settle(app, tasks, 4)
            page.table.selectRow(0)
            _settle(app, tasks, 4)
            for row in range(min(40, page.model.rowCount())):
                page.model.data(page.model.index(row, Column.TITLE))
            _settle(app, tasks, 3)
            target = args.out / f"library-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)

            # 2. the preview of an audio bulletin (waveform, loudness, text), with the
            #    filters folded away to give the preview room
            page.clear_filters()
            _settle(app, tasks, 3)
            page.filters_button.setChecked(False)
            page.filters.set_filter(LibraryFilter(kinds=frozenset({"audio"}),
                                                  cache=frozenset({"ready"})))
            _settle(app, tasks, 4)
            row = _first_row(page, lambda d: d.priority != "normal")
            page.table.selectRow(row)
            _settle(app, tasks, 8)
            target = args.out / f"library-preview{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)

            # 3. a text notice as the board will show it
            page.filters.set_filter(LibraryFilter(kinds=frozenset({"text"})))
            _settle(app, tasks, 4)
            row = _first_row(page, lambda d: d.priority == "emergency") or _first_row(
                page, lambda d: True)
            page.table.selectRow(row)
            _settle(app, tasks, 3)
            page.preview.tabs.setCurrentIndex(1)
            _settle(app, tasks, 4)
            target = args.out / f"library-board{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)
            window.close()
            window.deleteLater()
            _settle(app, tasks, 1)
        finally:
            tasks.shutdown()
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
