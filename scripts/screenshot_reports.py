"""Screenshots of the Reports page for the docs, on a commune's November 2026.

    python scripts/screenshot_reports.py   # docs/reports-{statistics,form,log,small}-vi.png
    python scripts/screenshot_reports.py --language en --suffix -en

A temporary data folder gets the demo commune (station, villages, users), 12 loudspeaker
clusters in 6 villages and 2 bulletin boards, the month's bulletins from the source system
and the commune's own programmes, and an as-run log as the devices would have reported it:
two sessions a day, a relay of the provincial station's news, a flash-flood emergency on
15 November, a cluster out of order for three days, a few failed and partial plays, and
the status checks behind availability. Then the main window shows the statistics of
November, the periodic report's form and the broadcast log, then the log again in the
window's smallest size (900x560). Runs offscreen unless QT_QPA_PLATFORM says
otherwise; never touches a real data folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("screenshot_reports")

CATEGORIES = [
    ("nong-nghiep", "Nông nghiệp"), ("thien-tai", "Phòng chống thiên tai"),
    ("y-te", "Y tế"), ("an-ninh", "An ninh trật tự"), ("phap-luat", "Chính sách, pháp luật"),
    ("giao-duc", "Giáo dục"),
]
TITLES = {
    "nong-nghiep": ["Lịch thời vụ gieo sạ lúa đông xuân 2026–2027",
                    "Phòng trừ rầy nâu hại lúa giai đoạn làm đòng",
                    "Giá lúa, cà phê, hồ tiêu hôm nay", "Hướng dẫn tiêm vắc-xin cho đàn gia cầm"],
    "thien-tai": ["Dự báo thời tiết 3 ngày tới", "Cảnh báo mưa lớn, nguy cơ lũ quét",
                  "Kỹ năng phòng tránh sạt lở đất"],
    "y-te": ["Phòng chống sốt xuất huyết mùa mưa", "Lịch tiêm chủng mở rộng tháng 11",
             "Khám sức khỏe miễn phí cho người cao tuổi"],
    "an-ninh": ["Cảnh giác lừa đảo qua điện thoại", "Bảo đảm an toàn giao thông dịp cuối năm"],
    "phap-luat": ["Luật Đất đai 2024: những điểm người dân cần biết",
                  "Chính sách bảo hiểm y tế hộ gia đình"],
    "giao-duc": ["Tuyển sinh lớp học nghề cho lao động nông thôn",
                 "Ngày hội khuyến học của xã"],
}
OWN_TITLES = ["Bản tin Phú Lộc buổi sáng", "Bản tin Phú Lộc buổi chiều",
              "Thông báo của Ủy ban nhân dân xã", "Gương người tốt việc tốt"]


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", default="vi")
    parser.add_argument("--suffix", default="", help="added to the file names")
    return parser.parse_args(argv)


def _settle(app, tasks, seconds: float = 3.0) -> None:  # type: ignore[no-untyped-def]
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


def seed_november(ctx) -> None:  # type: ignore[no-untyped-def]
    """A commune's November 2026, as its devices and the source system left it."""
    from sqlalchemy import select

    from console.models import (
        AsRunEntry,
        Category,
        Contribution,
        DeliveryTarget,
        DeviceStatusSample,
        SourceItem,
    )
    from console.models.station import Village
    from console.timezone import STATION_TZ

    rng = random.Random(2026)

    def vn(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
        return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=STATION_TZ)

    with ctx.db.write() as s:
        villages = list(s.execute(select(Village.id, Village.name)))
        targets: list[tuple[str, str, int | None]] = []
        for n, (village_id, name) in enumerate(villages):
            for k in (1, 2):
                tid = f"cum-{n + 1:02d}-{k}"
                targets.append((tid, "loudspeaker_cluster", village_id))
                s.add(DeliveryTarget(id=tid, kind="loudspeaker_cluster",
                                     name=f"Cụm loa {name} {k}", village_id=village_id,
                                     protocol="reference" if k == 1 else "gateway",
                                     address="http://127.0.0.1:9"))
        for tid, name in (("bang-ubnd", "Bảng tin UBND xã"), ("bang-cho", "Bảng tin chợ xã")):
            targets.append((tid, "bulletin_board", None))
            s.add(DeliveryTarget(id=tid, kind="bulletin_board", name=name,
                                 protocol="reference", address="http://127.0.0.1:9"))
        s.add_all([Category(code=c, name=n) for c, n in CATEGORIES])

        items: list[tuple[str, str, str, str, float]] = []  # id, title, category, prio, s
        for day in range(1, 27):
            for n in range(3):
                code = CATEGORIES[(day + n) % len(CATEGORIES)][0]
                title = TITLES[code][(day + n) % len(TITLES[code])]
                prio = "priority" if (day + n) % 7 == 0 else "normal"
                item_id = f"nguon-{day:02d}-{n}"
                length = float(rng.randint(150, 420))
                s.add(SourceItem(id=item_id, kind="audio", title=title, priority=prio,
                                 category_code=code, published_at=vn(day, 4, 30 + n * 5),
                                 duration_s=length, reviewed=True))
                items.append((item_id, title, code, prio, length))
        s.add(SourceItem(id="khan-cap-lu-quet", kind="audio", priority="emergency",
                         title="Khẩn cấp: cảnh báo lũ quét, sạt lở đất tại các xã phía tây",
                         category_code="thien-tai", published_at=vn(15, 9, 52),
                         duration_s=180.0, reviewed=True))
        s.add(SourceItem(id="tiep-song-dai-tinh", kind="stream", title="Thời sự Đài tỉnh",
                         published_at=vn(1, 0), duration_s=1800.0, reviewed=True))
        for n, title in enumerate(("Phóng sự: mô hình trồng sầu riêng ở Thôn Đông",
                                   "Hội thi văn nghệ các thôn, ấp")):
            s.add(SourceItem(id=f"xa-{n + 1}", kind="audio", title=title, local=True,
                             origin="commune", published_at=vn(5 + n * 9, 8),
                             duration_s=300.0))
        s.flush()
        s.add(Contribution(item_id="xa-1", created_at=vn(6, 9), updated_at=vn(8, 14),
                           status="accepted", remote_id="DG-2026-0412"))

        broken = {"cum-05-2": range(10, 13)}        # out of order 10–12 November
        rows = []

        def play(tid: str, kind: str, start: dt.datetime, length: float, *, item: str | None,
                 title: str, priority: str = "normal", origin: str = "source",
                 scheduled: dt.datetime | None = None) -> None:
            day = start.day
            if day in broken.get(tid, ()):
                result, played = "failed", 0.0
            else:
                roll = rng.random()
                result = "failed" if roll < 0.015 else "partial" if roll < 0.04 else "success"
                played = 0.0 if result == "failed" else (
                    length * rng.uniform(0.4, 0.9) if result == "partial" else length)
            if kind == "bulletin_board":
                played = min(played, 60.0)
            offset = dt.timedelta(seconds=rng.randint(0, 4))
            rows.append(AsRunEntry(
                item_id=item, title=title, target_id=tid, target_kind=kind,
                scheduled_at=scheduled, started_at=start + offset,
                ended_at=start + offset + dt.timedelta(seconds=played), played_s=played,
                requested_s=length, result=result, priority=priority, content_origin=origin,
                source="device" if tid.endswith("-1") or kind == "bulletin_board"
                else "inferred"))

        for day in range(1, 26):
            today = [i for i in items if i[0].startswith(f"nguon-{day:02d}-")]
            for hour, minute, own in ((6, 0, OWN_TITLES[0]), (17, 30, OWN_TITLES[1])):
                start = vn(day, hour, minute)
                clock = start
                for item_id, title, _code, prio, length in today[:2 if hour == 6 else 3]:
                    for tid, kind, _village in targets:
                        play(tid, kind, clock, length, item=item_id, title=title,
                             priority=prio, scheduled=clock)
                    clock += dt.timedelta(seconds=length + 5)
                for tid, kind, _village in targets:
                    if kind == "loudspeaker_cluster":
                        play(tid, kind, clock, 600.0, item=None, title=own, origin="own",
                             scheduled=clock)
            if day % 2 == 1:                           # the provincial news, relayed
                for tid, kind, _village in targets:
                    if kind == "loudspeaker_cluster":
                        play(tid, kind, vn(day, 18, 15), 1800.0, item="tiep-song-dai-tinh",
                             title="Thời sự Đài tỉnh", origin="relay",
                             scheduled=vn(day, 18, 15))
        for tid, kind, _village in targets:             # the flash-flood warning
            for minute in (0, 30, 60):
                start = vn(15, 10, 0) + dt.timedelta(minutes=minute)
                play(tid, kind, start, 180.0, item="khan-cap-lu-quet",
                     title="Khẩn cấp: cảnh báo lũ quét, sạt lở đất tại các xã phía tây",
                     priority="emergency")
        s.add_all(rows)

        samples = []
        for day in range(1, 26):
            for hour in range(0, 24, 2):
                at = vn(day, hour)
                for tid, _kind, _village in targets:
                    if day in broken.get(tid, ()):
                        status = "offline"
                    elif tid == "bang-cho" and hour < 6:
                        status = "offline"               # the market's board sleeps at night
                    else:
                        status = "online" if rng.random() > 0.02 else "offline"
                    samples.append(DeviceStatusSample(target_id=tid, at=at, status=status))
        s.add_all(samples)
    log.info("seeded %d plays and %d status checks", len(rows), len(samples))


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from console import qtlog
    from console.app import open_station
    from console.demo import seed_station
    from console.models.enums import Role
    from console.services.permissions import Actor
    from console.services.reports import forms
    from console.services.reports.periods import period_of
    from console.ui.i18n import Translations
    from console.ui.main_window import MainWindow
    from console.ui.preferences import UiPreferences
    from console.ui.tasks import TaskRunner

    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    args.out.mkdir(parents=True, exist_ok=True)
    november = period_of("month", 2026, 11)
    with tempfile.TemporaryDirectory(prefix="console-reports-shot-") as tmp:
        ctx = open_station(Path(tmp) / "station")
        tasks = TaskRunner()
        try:
            seed_station(ctx)
            seed_november(ctx)
            actor = Actor("lanhdao", Role.APPROVER, "Trần Văn Đức")
            report = forms.build_report(ctx, actor, november)
            forms.update_report(ctx, actor, report.id,
                                manual={"propagandists": 14, "social_followers": 2380},
                                notes="Cụm loa Thôn Bến Đò 2 hỏng bộ thu từ 10 đến 12/11, "
                                      "đã thay thế.",
                                prepared_by="Nguyễn Thị Hoa", checked_by="Lê Văn Đông",
                                approved_by="Trần Văn Đức")
            prefs = UiPreferences(app, Translations(app), ctx.settings, tasks,
                                  language=args.language, font_scale=1.0)
            prefs.apply_all()
            window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
            window.resize(width, height)
            window.show()
            page = window.show_page("reports")
            page.stats_tab.collect_logs = None     # the devices here are not real
            page.stats_tab.picker.set_period(november)
            page.show_tab(page.stats_tab)
            page.stats_tab.load()
            _settle(app, tasks, 15)
            target = args.out / f"reports-statistics-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)

            page.show_tab(page.report_tab)
            _settle(app, tasks, 10)
            page.report_tab.select_report(report.id)
            _settle(app, tasks, 10)
            target = args.out / f"reports-form-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)
            # The broadcast log of November, then the same in the window's smallest size.
            page.show_tab(page.log_tab)
            _settle(app, tasks, 5)
            page.log_tab.from_edit.setDate(QDate(2026, 11, 1))
            page.log_tab.to_edit.setDate(QDate(2026, 11, 30))
            _settle(app, tasks, 10)
            target = args.out / f"reports-log-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)
            window.resize(window.minimumSize())
            _settle(app, tasks, 3)
            target = args.out / f"reports-small-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s (%dx%d)", target, window.width(), window.height())
            window.close()
            window.deleteLater()
            _settle(app, tasks, 1)
        finally:
            tasks.shutdown()
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
