"""Screenshots of the programme editor (with its preview bar), the schedule and the recording
dialog.

    python scripts/screenshot_programmes.py  # docs/programmes-editor-vi.png, schedule-vi.png,
                                             # record-dialog-vi.png

A demo station synced from the source simulator, a morning programme of a spoken greeting
and four bulletins, its preview rendered and an entry chosen; then the recording dialog
fed with a real WAV (this machine may have no microphone), captured mid-recording.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from console import qtlog  # noqa: E402
from console.app import open_station  # noqa: E402
from console.audio.ffmpeg import run_ffmpeg  # noqa: E402
from console.demo import seed_station  # noqa: E402
from console.models.enums import Role  # noqa: E402
from console.services import programmes as svc  # noqa: E402
from console.services.permissions import Actor  # noqa: E402
from console.services.programmes.recording import PcmFormat  # noqa: E402
from console.sim.source import SimulatorConfig, SourceSimulator  # noqa: E402
from console.sync.service import SyncService  # noqa: E402
from console.timezone import STATION_TZ, station_now  # noqa: E402
from console.ui.dialogs.record_dialog import RecordDialog  # noqa: E402
from console.ui.i18n import Translations  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402
from console.ui.preferences import UiPreferences  # noqa: E402
from console.ui.tasks import TaskRunner  # noqa: E402
from tests.programmes.conftest import audio_items  # noqa: E402

log = logging.getLogger("screenshot_programmes")


class WavSource:
    """The recording dialog's sound source, reading a WAV instead of a microphone."""

    def __init__(self, path: Path) -> None:
        with wave.open(str(path), "rb") as w:
            self.format = PcmFormat(w.getframerate(), w.getnchannels(), "int16")
            self._data = QByteArray(w.readframes(w.getnframes()))
        self.buffer = QBuffer()

    def start(self) -> QBuffer:
        self.buffer.setData(self._data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        return self.buffer

    def stop(self) -> None:
        self.buffer.close()


def wait(app: QApplication, done: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end and not done():
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    out = ROOT / "docs"
    with tempfile.TemporaryDirectory(prefix="shot-") as tmp:
        ctx = open_station(Path(tmp) / "station")
        tasks = TaskRunner()
        seed_station(ctx)
        sim = SourceSimulator(SimulatorConfig(items=200, seed=2026)).start()
        sync = SyncService(ctx)
        sync.login(sim.url, "demo", "demo")
        sync.sync_once()
        sim.stop()
        actor = Actor("admin", Role.ADMIN, "Quản trị viên")
        day = station_now().date() + dt.timedelta(days=1)
        start = dt.datetime.combine(day, dt.time(5, 30), STATION_TZ)
        ids = audio_items(ctx, 5, at=start)
        svc.create_programme(ctx.db, actor, "Thông báo lịch cắt điện", item_ids=ids[4:],
                             start_at=dt.datetime.combine(day, dt.time(17, 0), STATION_TZ))
        pid = svc.create_programme(ctx.db, actor, "Bản tin sáng", start_at=start,
                                   slot_limit_s=900)
        svc.add_entry(ctx.db, actor, pid, "speech",
                      text="Đài truyền thanh xã xin kính chào bà con. "
                           "Sau đây là bản tin buổi sáng.",
                      options={"engine": "espeak-ng", "voice": "vi", "speed": 140})
        svc.add_items(ctx.db, actor, pid, ids[:4])
        svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)
        prefs = UiPreferences(app, Translations(app), ctx.settings, tasks, language="vi",
                              font_scale=1.0)
        prefs.apply_all()
        window = MainWindow(ctx, actor, tasks=tasks, prefs=prefs)
        window.resize(1366, 768)
        window.show()
        page = window.show_page("programmes")
        wait(app, lambda: tasks.pending_count == 0 and bool(page._rows), 30)
        page.list_table.selectRow([r.id for r in page._rows].index(pid))
        wait(app, lambda: tasks.pending_count == 0 and bool(page._entries), 30)
        page.preview.make()
        wait(app, lambda: page.preview.preview is not None, 120)
        page.preview.seek_entry(page._entries[2].id)
        page.entry_table.selectRow(2)
        page.check_button.click()
        wait(app, lambda: tasks.pending_count == 0, 30)
        window.grab().save(str(out / "programmes-editor-vi.png"))
        log.info("wrote %s", out / "programmes-editor-vi.png")
        window.show_page("schedule")
        wait(app, lambda: tasks.pending_count == 0, 30)
        wait(app, lambda: False, 1.0)  # let the week view paint
        window.grab().save(str(out / "schedule-vi.png"))
        log.info("wrote %s", out / "schedule-vi.png")
        window.show_page("programmes")
        wav = Path(tmp) / "voice.wav"
        run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=300:duration=8:sample_rate=16000",
                    "-af", "volume=4", "-ac", "1", "-c:a", "pcm_s16le", "-y", wav], timeout=60)
        dialog = RecordDialog(ctx, actor, window, source=WavSource(wav), tasks=tasks)
        dialog.title_edit.setText("Thông báo họp dân thôn Đông")
        dialog.show()
        dialog.record_button.click()
        wait(app, lambda: dialog.recorded_seconds >= 4.2, 20)
        dialog.grab().save(str(out / "record-dialog-vi.png"))
        log.info("wrote %s", out / "record-dialog-vi.png")
        dialog.stop_recording()
        wait(app, lambda: tasks.pending_count == 0, 10)
        dialog.close()
        window.close()
        wait(app, lambda: tasks.pending_count == 0, 10)
        tasks.shutdown()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
