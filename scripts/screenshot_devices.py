"""Screenshots of the Devices and Emergency pages for the docs, on a simulated commune.

    python scripts/screenshot_devices.py     # docs/devices-vi.png and docs/emergency-vi.png
    python scripts/screenshot_devices.py --language en --suffix -en

A temporary data folder gets the demo commune (12 clusters in 6 villages, 2 boards, on
127.0.0.1), a programme delivered to them and one coming up; two clusters then drop off
(the alarm), and an emergency is started while one cluster stays unreachable, so the
acknowledgements are mixed. Runs offscreen unless QT_QPA_PLATFORM says otherwise; never
touches a real data folder.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("screenshot_devices")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", default="vi")
    parser.add_argument("--suffix", default="", help="added to the file names")
    return parser.parse_args(argv)


def _settle(app, tasks, seconds: float = 2.0) -> None:  # type: ignore[no-untyped-def]
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


def _tone(frequency: int, seconds: float) -> bytes:
    """A real MP3 (approval brings each sound to the station's loudness with ffmpeg)."""
    from console.audio.ffmpeg import run_ffmpeg

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "tone.mp3"
        run_ffmpeg(["-f", "lavfi", "-i", f"sine=frequency={frequency}:duration={seconds}",
                    "-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", "-y", out], timeout=60)
        return out.read_bytes()


def _cache_file(ctx, body: bytes, seconds: float) -> str:  # type: ignore[no-untyped-def]
    """Put bytes into the media cache as the downloader leaves them (verified, renamed)."""
    from console.media.store import MediaStore
    from console.models import MediaBlob
    from console.models.base import utcnow

    store = MediaStore(ctx.paths.media)
    sha = hashlib.sha256(body).hexdigest()
    path = store.path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    with ctx.db.write() as session:
        session.merge(MediaBlob(sha256=sha, size=len(body), state="ready",
                                bytes_done=len(body), verified_at=utcnow(),
                                duration_s=seconds, mime="audio/mpeg"))
    return sha


def _programme(ctx, actor, sha: str, name: str, start_in_s: float) -> int:  # type: ignore[no-untyped-def]
    import datetime as dt

    from console.models import Programme, ProgrammeEntry
    from console.models.base import utcnow
    from console.services.programmes.approval import approve

    with ctx.db.write() as session:
        programme = Programme(name=name, status="draft", priority="normal", all_targets=True,
                              start_at=utcnow() + dt.timedelta(seconds=start_in_s))
        programme.entries.append(ProgrammeEntry(position=0, kind="file", title=name,
                                                media_sha256=sha, duration_s=1.0))
        session.add(programme)
        session.flush()
        pid = programme.id
    approve(ctx, actor, pid, quiet_reason="Ảnh minh họa tài liệu")
    return pid


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from console import qtlog
    from console.app import open_station
    from console.delivery.dispatcher import Dispatcher
    from console.delivery.status import poll
    from console.demo import DEMO_VILLAGES, seed_station
    from console.models import ItemFile, SourceItem
    from console.models.base import utcnow
    from console.models.enums import Role
    from console.retry import RetryPolicy
    from console.services.device_registry import import_device_rows
    from console.services.live_commands import emergency_start
    from console.services.permissions import Actor
    from console.sim.devices import DeviceFleet, FleetConfig
    from console.ui.i18n import Translations
    from console.ui.main_window import MainWindow
    from console.ui.preferences import UiPreferences
    from console.ui.tasks import TaskRunner

    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    args.out.mkdir(parents=True, exist_ok=True)
    config = FleetConfig(clusters=12, boards=2, protocol="both", villages=tuple(DEMO_VILLAGES))
    with tempfile.TemporaryDirectory(prefix="console-devices-shot-") as tmp, \
            DeviceFleet(config) as fleet:
        ctx = open_station(Path(tmp) / "station")
        tasks = TaskRunner()
        dispatcher = Dispatcher(ctx, policy=RetryPolicy(attempts=3, base_s=0.1, cap_s=0.2),
                                timeout_s=2.0)
        try:
            seed_station(ctx)
            actor = Actor("admin", Role.ADMIN, "Quản trị viên")
            import_device_rows(ctx, fleet.registry_rows(), actor, name="demo-devices")
            # A morning bulletin delivered everywhere, and the evening one coming up.
            sha = _cache_file(ctx, _tone(440, 1.0), 1.0)
            morning = _programme(ctx, actor, sha, "Bản tin sáng", 2.0)
            evening_sha = _cache_file(ctx, _tone(660, 1.0), 1.0)
            evening = _programme(ctx, actor, evening_sha, "Bản tin chiều", 6 * 3600.0)
            from sqlalchemy import select

            from console.models import DeliveryJob
            with ctx.db.read() as session:
                jobs = list(session.scalars(select(DeliveryJob.id).where(
                    DeliveryJob.programme_id.in_([morning, evening]))))
            dispatcher.drain(jobs, timeout_s=20)
            time.sleep(2.5)
            poll(ctx, dispatcher)

            prefs = UiPreferences(app, Translations(app), ctx.settings, tasks,
                                  language=args.language, font_scale=1.0)
            prefs.apply_all()
            window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
            window.resize(width, height)
            window.show()
            page = window.show_page("devices")
            _settle(app, tasks, 3)

            # Two clusters drop off: the alarm; a third is playing.
            devices = fleet.devices
            names = sorted(devices)
            for ident in (names[3], names[8]):
                devices[ident].online = False
            devices[names[0]].command({"id": "shot-play", "type": "play_now",
                                       "media": [sha], "durations": [900.0],
                                       "title": "Bản tin sáng"})
            poll(ctx, dispatcher)
            page.reload()
            _settle(app, tasks, 3)
            page.select_target(names[5])
            _settle(app, tasks, 2)
            target = args.out / f"devices-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)

            # The emergency: a flood warning from the library, one cluster unreachable.
            with ctx.db.write() as session:
                session.add(SourceItem(id="khan-cap-lu", kind="audio",
                                       title="Khẩn cấp: cảnh báo lũ quét tại Thôn Tây",
                                       priority="emergency", published_at=utcnow()))
                session.flush()
                session.add(ItemFile(item_id="khan-cap-lu", role="main", name="lu-quet.mp3",
                                     mime="audio/mpeg", size=40_000, sha256=sha,
                                     url="http://127.0.0.1/"))
            devices[names[3]].online = True   # back; one stays down
            eid, ids = emergency_start(ctx, actor, item_id="khan-cap-lu")
            log.info("emergency %s: %d jobs", eid, len(ids))
            dispatcher.drain(ids, timeout_s=4)
            emergency = window.show_page("emergency")
            _settle(app, tasks, 3)
            emergency.choose_item("khan-cap-lu")
            _settle(app, tasks, 2)
            target = args.out / f"emergency-{args.language}{args.suffix}.png"
            window.grab().save(str(target))
            log.info("wrote %s", target)
            window.close()
            window.deleteLater()
            _settle(app, tasks, 1)
        finally:
            dispatcher.close()
            tasks.shutdown()
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
