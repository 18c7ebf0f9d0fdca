"""Hôm nay in a window made as small as it goes (not maximised on a small screen): the
cards are narrow and their lines wrap, and every line is whole. A card's heading of three
lines and a programme waiting for approval were cut to two lines, their words clipped at
the top and the bottom."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from console.models import Programme
from console.timezone import STATION_TZ, station_now
from console.ui.pages.today import TodayPage
from console.ui.widgets import Card

from .conftest import ADMIN, Scene, click_page, label_words, shoot
from .week_steps import WAIT, wait_idle

WAITING = "Chương trình phát thanh buổi chiều về phòng chống cháy rừng mùa khô"


def cut_lines(page: TodayPage) -> list[str]:
    """The wrapped lines on the cards shown lower than their words need."""
    return [f"{label_words(label)!r}: {label.height()} px for "
            f"{label.heightForWidth(label.width())}"
            for card in page.findChildren(Card) for label in card.findChildren(QLabel)
            if label.isVisible() and label.wordWrap()
            and label.height() < label.heightForWidth(label.width())]


def test_every_line_of_today_is_whole_in_the_smallest_window(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    start = dt.datetime.combine(station_now().date() + dt.timedelta(days=1), dt.time(17),
                                STATION_TZ)
    with scene.ctx.db.write() as session:
        session.add(Programme(name=WAITING, status="submitted", submitted_by="bientap",
                              all_targets=True, start_at=start))
    window = open_window(ADMIN)
    window.resize(window.minimumSize())
    page = click_page(qtbot, window, "today")
    assert isinstance(page, TodayPage)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: any(WAITING in label_words(label)
                                for label in page.programmes_card.findChildren(QLabel)),
                    timeout=WAIT)
    qtbot.wait(50)  # the layout of the new lines
    heading = page.programmes_card.heading
    assert heading.heightForWidth(heading.width()) > 2 * heading.fontMetrics().lineSpacing()
    shoot(window, "today-narrow-vi")
    assert cut_lines(page) == []
