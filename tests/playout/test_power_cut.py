"""A power cut: the console is killed a minute before a programme on this computer's
speakers and comes back three minutes into it. The programme goes on from the right place,
the as-run says so, and a programme that began and ended while the PC was off is logged as
missed, with the reason."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from console.media.playout_store import PlayoutStore
from console.models import AsRunEntry
from console.playout.engine import NOT_RUNNING
from console.settings import PLAYOUT_RESUME
from console.station import StationContext

from .conftest import LOCAL_ID, Clock, push

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore(".*audio device.*", ".*PulseAudio.*", extend=True)]

# The console before the cut: a real player on the same data folder, in a process of its own.
BEFORE = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(sys.argv[:1])
    from console.app import open_station
    from console.playout.engine import PlayoutEngine
    ctx = open_station(Path(sys.argv[1]))
    engine = PlayoutEngine(ctx, sys.argv[2], has_output=lambda: True, tick_ms=100).start()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(1500, lambda: print("running", flush=True))
    app.exec()
""")


def run_before_the_cut(data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", BEFORE, str(data_dir), LOCAL_ID],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "running"
    return proc


@pytest.mark.parametrize("resume", ["place", "top"])
def test_power_cut_resumes_at_the_right_place_and_logs_the_miss(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, local: str, tone, engines, clock: Clock,
        resume: str) -> None:
    ctx.settings.set(PLAYOUT_RESUME, resume)
    first, second, short = tone(95.0, 440), tone(95.0, 660), tone(20.0, 550)
    main = push(ctx, [first, second], start_in_s=60, durations=95.0,
                name="Bản tin sáng: lịch cắt điện")
    push(ctx, [short], start_in_s=120, durations=20.0, name="Thông báo ngắn giữa buổi")

    # T-1 minute: the console runs, then the power goes (kill -9: nothing is tidied up).
    before = run_before_the_cut(ctx.paths.root)
    before.send_signal(signal.SIGKILL)
    before.wait(timeout=10)
    assert PlayoutStore(ctx.paths.root, LOCAL_ID).read_state()["running"] is True

    # T+3 minutes: the console starts again.
    clock.offset = dt.timedelta(seconds=240)
    engine = engines()
    log_path = PlayoutStore(ctx.paths.root, LOCAL_ID).log_file

    def records() -> list[dict]:  # type: ignore[type-arg]
        return PlayoutStore(ctx.paths.root, LOCAL_ID).read_log()

    if resume == "place":
        # 95 s of the first file were over: it is missed; the second goes on 85 s in.
        qtbot.waitUntil(lambda: engine.current is not None and engine.current.index == 1,
                        timeout=15_000)
        job = engine.current
        late = (engine._started_at - job.scheduled_at).total_seconds()  # about 180 s
        assert 175 <= late <= 200
        offset = job.offset_s  # read now: the job is reused once the file ends
        assert offset == pytest.approx(late - 95.0, abs=2.0)
        qtbot.waitUntil(lambda: engine.current is None, timeout=40_000)
        engine.wait_idle()
        mine = [r for r in records() if r["title"] == "Bản tin sáng: lịch cắt điện"]
        assert [r["result"] for r in mine] == ["failed", "partial"]
        assert mine[0]["reason"] == NOT_RUNNING
        # The record says where it resumed and how much was heard (the start's own delay on
        # a loaded machine moves both, so they are read against the job, not a constant).
        resumed = re.search(r"resumed (\d+) s in", mine[1]["reason"])
        assert resumed and abs(int(resumed.group(1)) - offset) <= 1.0
        assert mine[1]["played_s"] == pytest.approx(95.0 - offset, abs=3.0)
    else:
        # From the top: the first file starts from its beginning.
        qtbot.waitUntil(lambda: engine.current is not None, timeout=15_000)
        assert engine.current.index == 0 and engine.current.offset_s == 0.0
        engine.stop()
    short_rows = [r for r in records() if r["title"] == "Thông báo ngắn giữa buổi"]
    assert [(r["result"], r["reason"]) for r in short_rows] == [("failed", NOT_RUNNING)]
    with ctx.db.read() as session:
        rows = session.execute(select(AsRunEntry.programme_id, AsRunEntry.result,
                                      AsRunEntry.played_s, AsRunEntry.source)).all()
    assert {r.source for r in rows} == {"local"}
    assert any(r.programme_id != main and r.result == "failed" and r.played_s == 0
               for r in rows)  # the short programme that ended while the PC was off
    gap = PlayoutStore(ctx.paths.root, LOCAL_ID).read_gap()
    assert gap["missed"] == ["Thông báo ngắn giữa buổi"] and gap["off_since"] is not None
    if resume == "place":
        assert gap["resumed"] == "Bản tin sáng: lịch cắt điện"
    assert log_path.is_file()



def test_today_says_what_the_power_cut_cost(qtbot, ctx: StationContext, local: str,  # type: ignore[no-untyped-def]
                                            tasks) -> None:
    """The Today page reads the player's own record of its last gap."""
    from console.services.permissions import SYSTEM
    from console.timezone import station_now
    from console.ui.pages.base import PageEnv
    from console.ui.pages.today import TodayPage

    back = station_now().replace(microsecond=0)
    PlayoutStore(ctx.paths.root, LOCAL_ID).write_gap({
        "target": LOCAL_ID, "off_since": (back - dt.timedelta(minutes=4)).isoformat(),
        "back_at": back.isoformat(), "missed": ["Thông báo ngắn giữa buổi"],
        "resumed": "Bản tin sáng", "resumed_at_s": 185.0})
    page = TodayPage(PageEnv(ctx, SYSTEM, tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    texts = [w.text() for w in page.programmes_card.findChildren(type(page.date_label))]
    assert any("The console was off from" in t for t in texts)
    assert any("Missed: Thông báo ngắn giữa buổi" in t for t in texts)
    assert any("Bản tin sáng went on from minute 3" in t for t in texts)
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)
