"""Screenshots of the commune's other channels for the docs: the Zalo OA in Settings, the
Plan and team page, this month's themes on Today, and the annual report's plan against what
was done.

    python scripts/screenshot_channels.py          # docs/*-vi.png at 1366x768, offscreen

A temporary data folder gets the demo commune (station, villages, users), 12 clusters and
2 boards, the demo catalogue's bulletins, the demo's past month of broadcasts, its plan for
this year, its team and its OA's last month; a real Zalo OA simulator on 127.0.0.1 is
connected. Never touches a real data folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import keyring

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("screenshot_channels")


def _settle(app, tasks, seconds: float = 3.0) -> None:  # type: ignore[no-untyped-def]
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


def seed(ctx) -> None:  # type: ignore[no-untyped-def]
    """Devices in the villages, the demo catalogue as a sync would store it, the past month."""
    from sqlalchemy import select

    from console import demo
    from console.models import DeliveryTarget, SourceItem, Village
    from console.timezone import STATION_TZ, station_now

    demo.seed_station(ctx)
    with ctx.db.write() as s:
        for n, (village_id, name) in enumerate(s.execute(select(Village.id, Village.name))):
            for k in (1, 2):
                s.add(DeliveryTarget(id=f"cum-{n + 1:02d}-{k}", kind="loudspeaker_cluster",
                                     name=f"Cụm loa {name} {k}", village_id=village_id,
                                     protocol="reference", address="http://127.0.0.1:9"))
        for tid, name in (("bang-ubnd", "Bảng tin UBND xã"), ("bang-cho", "Bảng tin chợ xã")):
            s.add(DeliveryTarget(id=tid, kind="bulletin_board", name=name,
                                 protocol="reference", address="http://127.0.0.1:9"))
        anchor = dt.datetime.combine(station_now().date(), dt.time(), STATION_TZ)
        for item in demo._catalogue_items(ctx, anchor):
            published = dt.datetime.fromisoformat(item["published_at"])
            if published > station_now():
                continue
            s.add(SourceItem(
                id=item["id"], revision=item["revision"], kind=item["kind"],
                title=item["title"], summary=item["summary"], body=item["body"],
                category_code=item["category_code"], tags=item["tags"],
                priority=item["priority"], origin=item["origin"], issuer=item["issuer"],
                published_at=published, reviewed=item["reviewed"],
                channels=item["channels"], duration_s=item["duration_s"], seen=True,
                received_at=published))
    demo.seed_history(ctx)
    demo.seed_channels(ctx)


def _scroll_to(widget, child) -> None:  # type: ignore[no-untyped-def]
    """Scroll the area holding `widget` so that `child` is in view."""
    from PySide6.QtWidgets import QScrollArea

    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(child, 0, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", default="vi")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from console import qtlog
    from console.app import open_station
    from console.demo import start_demo_zalo
    from console.models.enums import Role
    from console.services.permissions import Actor
    from console.services.reports import forms
    from console.services.reports.periods import period_of
    from console.timezone import station_now
    from console.ui.i18n import Translations
    from console.ui.main_window import MainWindow
    from console.ui.preferences import UiPreferences
    from console.ui.tasks import TaskRunner

    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    args.out.mkdir(parents=True, exist_ok=True)
    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the OA's tokens stay in this process

    def shot(window, name: str) -> None:  # type: ignore[no-untyped-def]
        target = args.out / f"{name}-{args.language}.png"
        window.grab().save(str(target))
        log.info("wrote %s", target)

    with tempfile.TemporaryDirectory(prefix="console-channels-shot-") as tmp:
        ctx = open_station(Path(tmp) / "station", demo=True)
        tasks = TaskRunner()
        stop_zalo = None
        try:
            seed(ctx)
            stop_zalo = start_demo_zalo(ctx)
            actor = Actor("admin", Role.ADMIN, "Quản trị viên")
            year = station_now().year
            forms.build_report(ctx, actor, period_of("year", year))
            prefs = UiPreferences(app, Translations(app), ctx.settings, tasks,
                                  language=args.language, font_scale=1.0)
            prefs.apply_all()
            window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
            window.resize(width, height)
            window.show()

            today = window.show_page("today")
            _settle(app, tasks, 10)
            _scroll_to(today, today.themes_card)
            _settle(app, tasks, 2)
            shot(window, "today-themes")

            settings = window.show_page("settings")
            _settle(app, tasks, 10)
            _scroll_to(settings, settings.zalo_box)
            _settle(app, tasks, 2)
            shot(window, "settings-zalo")

            page = window.show_page("plan")
            for name, tab in (("plan", page.plan_tab), ("team", page.team_tab),
                              ("team-activities", page.activities_tab),
                              ("zalo-articles", page.zalo_tab)):
                page.tabs.setCurrentWidget(tab)
                _settle(app, tasks, 10)
                shot(window, name)
            page.tabs.setCurrentWidget(page.activities_tab)
            page.activities_tab.record()
            _settle(app, tasks, 5)
            dialog = page.activities_tab.dialog
            if dialog is not None:
                dialog.people_spin.setValue(60)
                dialog.title_edit.setText("Họp dân Thôn Đông về phòng cháy chữa cháy cuối năm")
                _settle(app, tasks, 1)
                target = args.out / f"team-activity-dialog-{args.language}.png"
                dialog.grab().save(str(target))
                log.info("wrote %s", target)
                dialog.reject()

            reports = window.show_page("reports")
            reports.show_tab(reports.report_tab)
            _settle(app, tasks, 10)
            tab = reports.report_tab
            current = next(r for r in tab.reports if r.period.kind == "year")
            tab.select_report(current.id)
            _settle(app, tasks, 10)
            _scroll_to(tab.form, tab.sections_box)
            _settle(app, tasks, 2)
            shot(window, "reports-plan")
            window.close()
            window.deleteLater()
            _settle(app, tasks, 1)
        finally:
            tasks.shutdown()
            if stop_zalo is not None:
                stop_zalo()
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
