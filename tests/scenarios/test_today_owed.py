"""Hôm nay's lists of five: what the province still asks to be aired, and the programmes
waiting for approval. Under each, "và N mục khác" shows every one of them on the card, and
"Thu gọn" goes back; an opened list stays open through a refresh, the other stays short."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from console.models import Programme, SourceItem
from console.services.programmes.requests import still_owed
from console.timezone import STATION_TZ, station_now
from console.ui.pages.today import TodayPage

from .conftest import ADMIN, Scene, click_page, label_words, shoot
from .week_steps import WAIT, long_lived_audio, wait_idle

ASKED = 8
WAITING = 7  # programmes sent for approval


def card_lines(page: TodayPage) -> list[str]:
    """The programmes card as read on screen (a link's words without its markup)."""
    return [label_words(label) for label in page.programmes_card.findChildren(QLabel)
            if not label.isHidden()]


def click_link(qtbot, page: TodayPage, words: str) -> None:  # type: ignore[no-untyped-def]
    """Click the link that reads `words` (waiting for the card to show it)."""
    def link() -> QLabel | None:
        return next((label for label in page.programmes_card.findChildren(QLabel)
                     if label.textFormat() == Qt.TextFormat.RichText and not label.isHidden()
                     and label_words(label) == words),
                    None)

    qtbot.waitUntil(lambda: link() is not None, timeout=WAIT)
    label = link()
    assert label is not None
    metrics = label.fontMetrics()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(
        metrics.horizontalAdvance(words) // 2, metrics.height() // 2 + 1))


def test_every_item_still_owed_can_be_read_on_today(
        qtbot, scene: Scene, open_window) -> None:  # type: ignore[no-untyped-def]
    tomorrow = station_now().date() + dt.timedelta(days=1)
    start = dt.datetime.combine(tomorrow, dt.time(6), STATION_TZ)
    asked = long_lived_audio(scene, ASKED, start + dt.timedelta(hours=12))
    with scene.ctx.db.write() as session:  # what the province asked for, as a sync brings
        for item_id, _title in asked:
            session.get(SourceItem, item_id).requested_airings = [
                {"start": start.isoformat(), "end": (start + dt.timedelta(hours=12)).isoformat()}]
        for n in range(WAITING):  # the editors' week, sent for approval
            session.add(Programme(name=f"Bản tin sáng ngày {n + 2}", status="submitted",
                                  submitted_by="bientap", all_targets=True,
                                  start_at=start + dt.timedelta(days=n)))

    window = open_window(ADMIN)
    page = click_page(qtbot, window, "today")
    assert isinstance(page, TodayPage)
    wait_idle(qtbot, window)

    def owed_lines() -> list[str]:
        return [line for line in card_lines(page)
                if line.startswith("• “") and line.endswith("buổi phát")]

    total = len(still_owed(scene.ctx.db))  # the scene's priority items are owed too
    assert total >= ASKED + 1
    more = f"và {total - 5} mục khác"
    qtbot.waitUntil(lambda: more in card_lines(page), timeout=WAIT)
    assert len(owed_lines()) == 5

    click_link(qtbot, page, more)
    qtbot.waitUntil(lambda: len(owed_lines()) == total, timeout=WAIT)
    shown = " ".join(owed_lines())
    assert all(f"“{title}”" in shown for _id, title in asked), shown
    assert "Thu gọn" in card_lines(page) and more not in card_lines(page)

    # Làm mới reads the day again: the list stays whole.
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert len(owed_lines()) == total and "Thu gọn" in card_lines(page)

    # The programmes waiting for approval: five, then the other two on a click; the
    # province's list stays whole meanwhile.
    def waiting_lines() -> list[str]:
        return [line for line in card_lines(page) if line.startswith("• “Bản tin sáng ngày")]

    assert len(waiting_lines()) == 5 and "Chờ duyệt (7):" in card_lines(page)
    click_link(qtbot, page, "và 2 mục khác")
    qtbot.waitUntil(lambda: len(waiting_lines()) == WAITING, timeout=WAIT)
    assert len(owed_lines()) == total
    shoot(window, "today-lists-open-vi")

    # Two "Thu gọn" now; the first, under the programmes, shortens only their list.
    click_link(qtbot, page, "Thu gọn")
    qtbot.waitUntil(lambda: len(waiting_lines()) == 5, timeout=WAIT)
    assert len(owed_lines()) == total and "và 2 mục khác" in card_lines(page)

    click_link(qtbot, page, "Thu gọn")
    qtbot.waitUntil(lambda: len(owed_lines()) == 5, timeout=WAIT)
    assert more in card_lines(page) and "Thu gọn" not in card_lines(page)
