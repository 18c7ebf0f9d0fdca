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
from console.services.permissions import SYSTEM, Actor  # noqa: E402
from console.services.programmes import lifecycle  # noqa: E402
from console.services.programmes.recording import PcmFormat  # noqa: E402
from console.services.source_account import connect_source  # noqa: E402
from console.sim.source import SimulatorConfig, SourceSimulator  # noqa: E402
from console.sync.service import SyncService  # noqa: E402
from console.timezone import STATION_TZ, station_now  # noqa: E402
from console.ui.dialogs.record_dialog import RecordDialog  # noqa: E402
from console.ui.i18n import Translations  # noqa: E402
from console.ui.main_window import MainWindow  # noqa: E402
from console.ui.preferences import UiPreferences  # noqa: E402
from console.ui.tasks import TaskRunner  # noqa: E402
from tests.support.programmes import audio_items  # noqa: E402

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


def devices(ctx: Any) -> None:
    """Two clusters and a board in each of the demo's villages (rows only: nothing runs)."""
    from sqlalchemy import select

    from console.models import DeliveryTarget, Village

    with ctx.db.write() as session:
        for n, (vid, name) in enumerate(session.execute(select(Village.id, Village.name))):
            for k, kind in enumerate(("loudspeaker_cluster", "loudspeaker_cluster",
                                      "bulletin_board")):
                label = "Bảng tin" if kind == "bulletin_board" else f"Cụm loa {k + 1}"
                session.add(DeliveryTarget(
                    id=f"v{n}-{k}", kind=kind, name=f"{label} {name}", village_id=vid,
                    protocol="reference", address="http://127.0.0.1:9", options={},
                    status="online" if (n + k) % 4 else "offline"))


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qtlog.install()
    out = ROOT / "docs"
    with tempfile.TemporaryDirectory(prefix="shot-") as tmp:
        ctx = open_station(Path(tmp) / "station")
        tasks = TaskRunner()
        seed_station(ctx)
        devices(ctx)
        sim = SourceSimulator(SimulatorConfig(items=200, seed=2026)).start()
        connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
        sim.stop()
        lifecycle.ensure_station_jingle(ctx)
        actor = Actor("admin", Role.ADMIN, "Quản trị viên")
        today = station_now().date()
        monday = today - dt.timedelta(days=today.weekday())
        ids = audio_items(ctx, 6, at=dt.datetime.combine(today + dt.timedelta(days=1),
                                                           dt.time(5, 30), STATION_TZ))
        templates = svc.list_programmes(ctx.db, templates=True)
        evening = lifecycle.from_template(ctx, actor, templates[1].id)
        svc.update_programme(ctx.db, actor, evening, name="Bản tin chiều")
        svc.add_items(ctx.db, actor, evening, ids[4:], position=1)
        pid = lifecycle.from_template(ctx, actor, templates[0].id)
        svc.update_programme(ctx.db, actor, pid, name="Bản tin sáng thứ Hai, Tư, Sáu",
                             slot_limit_s=900)
        svc.add_entry(ctx.db, actor, pid, "speech", position=1,
                      text="Đài truyền thanh xã xin kính chào bà con. "
                           "Sau đây là bản tin buổi sáng.",
                      options={"engine": "espeak-ng", "voice": "vi", "speed": 140})
        svc.add_items(ctx.db, actor, pid, ids[:4], position=2)
        svc.set_schedule(ctx.db, actor, pid, "weekly", times=["05:30", "17:30"],
                         weekdays=[1, 3, 5], start_date=monday,
                         end_date=monday + dt.timedelta(days=27),
                         skip=[monday + dt.timedelta(days=9)])
        svc.set_targets(ctx.db, actor, pid, "village:Thôn Đông,village:Thôn Tây")
        svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)
        svc.refresh_timing(ctx.db, ctx.paths, evening, synthesize=True)
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
        page.entry_table.selectRow(3)
        page.check_button.click()
        wait(app, lambda: tasks.pending_count == 0, 30)
        save(window, out / "programmes-editor-vi.png")
        page.open_repeat_dialog()
        wait(app, lambda: getattr(page, "repeat_dialog", None) is not None
             and bool(page.repeat_dialog.previews), 30)
        save(page.repeat_dialog, out / "programme-repeat-vi.png")
        page.repeat_dialog.reject()
        page.open_targets_dialog()
        wait(app, lambda: getattr(page, "targets_dialog", None) is not None, 30)
        wait(app, lambda: False, 0.3)
        save(page.targets_dialog, out / "programme-targets-vi.png")
        page.targets_dialog.reject()
        page.open_entry_dialog()
        wait(app, lambda: page.entry_dialog.audio is not None, 60)
        page.entry_dialog.cue_in_spin.setValue(1.5)
        wait(app, lambda: False, 0.3)
        save(page.entry_dialog, out / "programme-cue-vi.png")
        page.entry_dialog.reject()
        window.show_page("schedule")
        wait(app, lambda: tasks.pending_count == 0, 30)
        wait(app, lambda: False, 1.0)  # let the week view paint
        save(window, out / "schedule-vi.png")
        window.show_page("programmes")
        wav = Path(tmp) / "voice.wav"
        run_ffmpeg(["-f", "lavfi", "-i", "sine=frequency=300:duration=8:sample_rate=16000",
                    "-af", "volume=4", "-ac", "1", "-c:a", "pcm_s16le", "-y", wav], timeout=60)
        dialog = RecordDialog(ctx, actor, window, source=WavSource(wav), tasks=tasks)
        dialog.title_edit.setText("Thông báo họp dân thôn Đông")
        dialog.show()
        dialog.record_button.click()
        wait(app, lambda: dialog.recorded_seconds >= 4.2, 20)
        save(dialog, out / "record-dialog-vi.png")
        dialog.stop_recording()
        wait(app, lambda: tasks.pending_count == 0, 10)
        dialog.close()
        window.close()
        wait(app, lambda: tasks.pending_count == 0, 10)
        tasks.shutdown()
        ctx.close()
    return 0


def save(widget: Any, path: Path) -> None:
    widget.grab().save(str(path))
    log.info("wrote %s", path)


if __name__ == "__main__":
    sys.exit(main())
