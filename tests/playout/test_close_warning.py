"""Closing the window while this computer has plays coming up asks first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from console.media.playout_store import PlayoutStore
from console.playout.plan import UpcomingPlay
from console.station import StationContext
from console.timezone import STATION_TZ
from console.ui.close_warning import close_warning_text
from console.ui.i18n import Translations
from console.ui.main_window import MainWindow
from console.ui.preferences import UiPreferences
from console.ui.tasks import TaskRunner
from tests.support.delivery import ADMIN, cache_media

from .conftest import push

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)


@pytest.fixture
def window(qtbot, qapp, ctx: StationContext, tasks: TaskRunner) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="en",
                          font_scale=1.0)
    prefs.apply_all()
    main = MainWindow(ctx, ADMIN, tasks=tasks, prefs=prefs)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.confirm_close = lambda _text: True  # type: ignore[method-assign]
    main.close()
    qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=5000)
    translations.uninstall()


def test_closing_warns_about_the_next_local_play(qtbot, ctx, local, window) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [2_000])
    push(ctx, shas, start_in_s=3 * 3600, durations=0.4, name="Bản tin chiều")
    qtbot.waitUntil(lambda: bool(window.playout), timeout=5000)
    asked: list[str] = []

    def keep_open(text: str) -> bool:
        asked.append(text)
        return False

    window.confirm_close = keep_open  # type: ignore[method-assign]
    assert window.close() is False
    assert window.isVisible() and window.playout[0].timer.isActive()
    now = dt.datetime.now(STATION_TZ)
    at = now + dt.timedelta(hours=3)
    start = at.strftime("%H:%M") + ("" if at.date() == now.date() else at.strftime(" %d/%m"))
    [text] = asked
    assert f"The programme at {start} plays through this computer's speakers" in text
    assert "Bản tin chiều" in text

    window.confirm_close = lambda _text: True  # type: ignore[method-assign]
    engine = window.playout[0]
    assert window.close() is True
    assert not engine.timer.isActive()
    assert PlayoutStore(ctx.paths.root, local).read_state()["running"] is False


def test_no_local_target_no_question(qtbot, ctx, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(200)
    assert window.playout == []

    def never(_text: str) -> bool:
        raise AssertionError("asked without a local target")

    window.confirm_close = never  # type: ignore[method-assign]
    assert window.close() is True


def test_nothing_soon_no_question(qtbot, ctx, local, window) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [2_000])
    push(ctx, shas, start_in_s=20 * 3600, durations=0.4)  # beyond the 12 hours looked at
    qtbot.waitUntil(lambda: bool(window.playout), timeout=5000)
    asked: list[str] = []
    window.confirm_close = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    assert window.close() is True and asked == []


def test_warning_lists_several_plays() -> None:
    now = dt.datetime(2026, 11, 26, 8, 0, tzinfo=STATION_TZ)
    plays = [UpcomingPlay("pc", now.replace(hour=h), f"Bản tin {h} giờ")
             for h in (11, 12, 13, 14, 15, 16, 17)]
    text = close_warning_text(plays, now=now)
    assert text is not None
    assert text.startswith("7 programmes from 11:00 on play through")
    assert "11:00  Bản tin 11 giờ" in text and "and 2 more" in text
    assert "17:00" not in text
    assert close_warning_text([], now=now) is None
