"""Screenshots of running the station from the window, in Vietnamese, for the docs and the
user guide: each Settings section (the source system twice: the connection check, then the
Department's presets), the audit log, the sign-in panel and the help window.

    python scripts/screenshot_admin.py        # docs/settings-*-vi.png, docs/audit-vi.png, …

A temporary demo station with a Department preset (two settings locked), a simulated source
system, a few accounts (one locked after wrong passwords, one with a one-time password) and
their audit trail; 1366x768, offscreen unless QT_QPA_PLATFORM says otherwise. The guide's
pictures (console/help/vi/images) are the docs' pictures made 760 px wide.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELP_IMAGES = ROOT / "console" / "help" / "vi" / "images"
HELP_WIDTH = 760
log = logging.getLogger("screenshot_admin")

# The guide's picture ← the docs' picture (made by this script or the other screenshot scripts).
GUIDE_PICTURES = {
    "today.png": "main-window-vi.png", "library.png": "library-vi.png",
    "programmes.png": "programmes-editor-vi.png", "schedule.png": "schedule-vi.png",
    "devices.png": "devices-vi.png", "emergency.png": "emergency-vi.png",
    "reports.png": "reports-form-vi.png", "outbox.png": "outbox-sync-vi.png",
    "settings-accounts.png": "settings-accounts-vi.png",
    "settings-source.png": "settings-source-vi.png",
    "settings-broadcast.png": "settings-broadcast-vi.png", "audit.png": "audit-vi.png",
    "plan.png": "plan-vi.png",
}


def _settle(app: object, tasks: object, seconds: float = 1.5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if tasks.pending_count == 0 and time.monotonic() > deadline - seconds + 0.5:  # type: ignore[attr-defined]
            break
        time.sleep(0.02)
    app.processEvents()  # type: ignore[attr-defined]


def _department(folder: Path) -> None:
    (folder / "department.json").write_text(json.dumps({
        "department": "Sở VHTTDL tỉnh Đắk Lắk",
        "settings": {"broadcast.quiet_start_evening": "21:00",
                     "broadcast.session_limit_min": 45, "audio.target_lufs": -16,
                     "source.verify_tls": True},
        "locked": ["broadcast.quiet_start_evening", "source.verify_tls"],
    }, ensure_ascii=False), encoding="utf-8")


def _accounts(ctx: object) -> None:
    from console.models.enums import Role
    from console.services.station_settings import change_settings
    from console.services.users import LOCK_AFTER, UserService, new_one_time_password

    users = UserService(ctx.db)  # type: ignore[attr-defined]
    from console.demo import DEMO_PASSWORD

    admin = users.authenticate("admin", DEMO_PASSWORD)
    users.add_user(admin, "vanhanh2", Role.OPERATOR, new_one_time_password(), "Đinh Thị Mai",
                   one_time=True)
    users.set_active(admin, "xem", False)
    for _ in range(LOCK_AFTER):  # wrong passwords: the last one locks the account
        with contextlib.suppress(Exception):
            users.sign_in("bientap", "sai-mat-khau")
    users.sign_in("vanhanh", DEMO_PASSWORD)
    users.sign_in("lanhdao", DEMO_PASSWORD)
    change_settings(ctx, admin, {"broadcast.quiet_end_morning": "05:00",  # type: ignore[arg-type]
                                 "broadcast.daily_limit_min": 180})


def guide_pictures(docs: Path) -> None:
    """The docs' pictures the guide shows, 760 px wide, into console/help/vi/images."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    HELP_IMAGES.mkdir(parents=True, exist_ok=True)
    for name, source in GUIDE_PICTURES.items():
        image = QImage(str(docs / source))
        if image.isNull():
            log.warning("no %s: run the screenshot script that makes it", source)
            continue
        image.scaledToWidth(HELP_WIDTH, Qt.TransformationMode.SmoothTransformation).save(
            str(HELP_IMAGES / name), "PNG", 9)
        log.info("guide picture %s", HELP_IMAGES / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from console import qtlog
    from console.app import open_station
    from console.demo import seed_station
    from console.models.enums import Role
    from console.services.permissions import Actor
    from console.sim.source import SimulatorConfig, SourceSimulator
    from console.ui.i18n import Translations
    from console.ui.main_window import MainWindow
    from console.ui.preferences import UiPreferences
    from console.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # as Windows Credential Manager would be
    args.out.mkdir(parents=True, exist_ok=True)
    sim = SourceSimulator(SimulatorConfig(items=20, seed=2026, edge_cases=False)).start()
    with tempfile.TemporaryDirectory(prefix="console-shot-") as tmp:
        folder = Path(tmp) / "station"
        folder.mkdir()
        _department(folder)
        ctx = open_station(folder)
        tasks = TaskRunner()
        try:
            seed_station(ctx)
            _accounts(ctx)
            translations = Translations(app)
            prefs = UiPreferences(app, translations, ctx.settings, tasks, language="vi",
                                  font_scale=1.0)
            prefs.apply_all()
            actor = Actor("admin", Role.ADMIN, "Quản trị viên")
            window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
            window.resize(1366, 768)
            window.show()
            page = window.show_page("settings")
            _settle(app, tasks)

            def shot(name: str) -> None:
                _settle(app, tasks)
                target = args.out / name
                window.grab().save(str(target))
                log.info("wrote %s", target)

            general = page.show_section("general")  # type: ignore[attr-defined]
            _settle(app, tasks)
            area = general.parentWidget()
            while area is not None and not hasattr(area, "ensureWidgetVisible"):
                area = area.parentWidget()
            if area is not None:   # down to the start at sign-in, the last box
                area.ensureWidgetVisible(general.start_box)
            shot("settings-general-vi.png")
            accounts = page.show_section("accounts")  # type: ignore[attr-defined]
            _settle(app, tasks)
            accounts.select("bientap")
            shot("settings-accounts-vi.png")
            source = page.show_section("source")  # type: ignore[attr-defined]
            _settle(app, tasks)
            source.server_edit.setText(sim.url)
            source.user_edit.setText("demo")
            source.password_edit.setText("sai-mat-khau")
            source.check()
            _settle(app, tasks, 5)
            shot("settings-source-vi.png")
            area = source.parentWidget().parentWidget()  # the section's scroll area
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
            shot("settings-presets-vi.png")
            page.show_section("broadcast")  # type: ignore[attr-defined]
            shot("settings-broadcast-vi.png")
            page.show_section("audit")  # type: ignore[attr-defined]
            shot("audit-vi.png")

            guide_pictures(args.out)
            help_window = window.show_help("accounts")
            help_window.resize(1366, 768)
            _settle(app, tasks)
            help_window.grab().save(str(args.out / "help-vi.png"))
            log.info("wrote %s", args.out / "help-vi.png")
            help_window.close()

            window.lock("idle")
            shot("sign-in-vi.png")
            window.close()
            _settle(app, tasks)
        finally:
            tasks.shutdown()
            ctx.close()
            sim.stop()
    log.info("done at %s", dt.datetime.now().strftime("%H:%M:%S"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
