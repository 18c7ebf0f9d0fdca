"""The programme editor at 1366x768: the running order keeps room for its entries while the
checks, the province's requests and the messages say their piece under it. Driven as an
editor would: a programme from a template, bulletins dragged in from the library, "Kiểm
tra" pressed, then approved and sent to the simulated clusters and boards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from console.models import ItemFile, LoudnessEncode, ProgrammeEntry, SourceItem
from console.timezone import station_now
from console.ui.pages.programmes import ProgrammesPage

from .conftest import ADMIN, Scene, answer_next_dialog, press_yes
from .week_steps import WAIT, drag_from_library, from_template, long_lived_audio, programmes_page

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]


def encodes(scene: Scene) -> set[tuple[str, str]]:
    """The sounds made at the station's loudness: (source file, format)."""
    with scene.ctx.db.read() as session:
        return set(session.execute(select(LoudnessEncode.source_sha256,
                                          LoudnessEncode.format)).all())


def whole_rows(page: ProgrammesPage) -> int:
    """Entries of the running order shown from top to bottom, not cut by its edge."""
    table = page.entry_table
    view = table.viewport().rect()
    return sum(1 for row in range(table.model().rowCount())
               if view.contains(table.visualRect(table.model().index(row, 0))))


def inside_window(widget: QWidget) -> bool:
    window = widget.window()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def test_the_running_order_keeps_room_for_six_entries(  # type: ignore[no-untyped-def]
        qtbot, scene: Scene, open_window) -> None:
    items = long_lived_audio(scene, 5, station_now() + dt.timedelta(days=3))
    window = open_window(ADMIN)
    from_template(qtbot, window, "Bản tin sáng 05:30")
    page = programmes_page(window)
    # The new programme is announced under the buttons.
    assert page.message_label.text() and page.message_label.isVisible()

    qtbot.mouseClick(page.library_button, Qt.MouseButton.LeftButton)
    for n, item in enumerate(items):
        drag_from_library(qtbot, page, *item, before_row=1 + n)
        qtbot.waitUntil(lambda n=n: len(page._entries) == 3 + n, timeout=WAIT)
    page.library_button.click()  # the library put away again
    assert len(page._entries) == 7

    # The checks: what still stops the airing, first in the area under the running order.
    page.check_button.click()
    qtbot.waitUntil(lambda: page.problems_label.text().startswith("Chưa thể phát:"),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: page.problems_area.isVisible(), timeout=WAIT)
    area = page.problems_area
    assert area.mapTo(page, area.rect().topLeft()).y() == \
        page.problems_label.mapTo(page, page.problems_label.rect().topLeft()).y()

    # With the checks and the province's requests shown, five entries are in view, whole
    # (three before the area under them was made to fit); every button is on screen.
    assert page.owed_button.isVisible()
    assert whole_rows(page) >= 5, whole_rows(page)
    for widget in (page.check_button, page.submit_button, page.approve_button,
                   page.render_button, page.problems_area, page.preview, page.undo_button):
        assert inside_window(widget), widget
    # The area holds the checks and a hint with its button whole, and grows no taller
    # than some four lines however much it holds.
    lines = page.problems_label.fontMetrics().lineSpacing()
    assert area.height() <= 4 * lines + page.owed_button.height()
    button = page.owed_button
    assert area.viewport().rect().contains(
        button.mapTo(area.viewport(), button.rect().bottomRight()))

    # A message takes its line only while it says something: sent for approval, it shows
    # (and the running order still has its room); the next change clears it.
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "submitted"
                    and page.message_label.text().startswith("Đã gửi duyệt"), timeout=WAIT)
    assert page.message_label.isVisible() and inside_window(page.message_label)
    assert whole_rows(page) >= 5, whole_rows(page)
    page.entry_table.selectRow(2)
    answer_next_dialog(press_yes)  # a submitted programme goes back to draft when changed
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.controller.row.status == "draft", timeout=WAIT)
    assert page.message_label.isHidden()

    # What the province asks for, added with its button: the hint goes, and with only the
    # checks under it the running order shows six entries or more.
    qtbot.mouseClick(page.owed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page._entries) > 7 and page.owed_label.isHidden(),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: area.height() <= 3 * lines, timeout=WAIT)
    assert whole_rows(page) >= 6, whole_rows(page)

    # Everything that button added can sound and may air at the next morning: sent for
    # approval again, the programme is accepted.
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.controller.row.status == "submitted"
                    or page.message_label.text().startswith("Chưa thể"), timeout=WAIT)
    assert page.controller.row.status == "submitted", page.message_label.text()

    # Approved, it goes to the loudspeakers with a sound for every entry but the province's
    # pictures: its text bulletins read out (they were left out of what devices received,
    # and a picture attached to one was sent as its sound); the boards get the bulletins'
    # words and the pictures the province asked to be shown.
    # Sent for approval, its sound is made ready for the loudspeakers meanwhile (the
    # bulletins read out, every file at the station's loudness), and the page says so:
    # the leader's approval then finds the work done.
    qtbot.waitUntil(lambda: page.message_label.text().startswith(
        "Đã gửi duyệt; âm thanh đã sẵn sàng cho loa"), timeout=180_000)
    encodes_before = encodes(scene)
    assert encodes_before
    pid = page.controller.row.id
    page.approve_button.click()
    said: list[str] = []

    def approved() -> bool:
        if not said or said[-1] != page.message_label.text():
            said.append(page.message_label.text())
        return page.controller.row.status == "scheduled"

    qtbot.waitUntil(approved, timeout=WAIT)
    assert encodes(scene) == encodes_before  # nothing left to encode
    assert not any("tệp" in t for t in said), said
    with scene.ctx.db.read() as session:
        entries = session.scalars(select(ProgrammeEntry).where(
            ProgrammeEntry.programme_id == pid)).all()
        bulletins = [session.get(SourceItem, e.item_id) for e in entries if e.item_id]
        words = [(i.body or i.summary or i.title).strip() for i in bulletins
                 if i.kind == "text"]
        shown = set(session.scalars(select(ItemFile.sha256).where(
            ItemFile.item_id.in_([i.id for i in bulletins if i.kind == "image"]),
            ItemFile.role == "main")))
        images = set(session.scalars(select(ItemFile.sha256).where(
            ItemFile.item_id.in_([i.id for i in bulletins]),
            ItemFile.mime.startswith("image/"))))
    assert words, "the province's requests hold a text bulletin"
    assert shown, "the province's requests hold a picture for the boards"
    # The running order says where a picture goes, and that it takes no time on the air.
    pictures = [r for r in range(page.entry_table.rowCount())
                if page.entry_table.item(r, 1).text() == "Hình ảnh (bảng tin)"]
    assert len(pictures) == len(shown)
    assert all(page.entry_table.item(r, 2).text().startswith("0:00") for r in pictures)

    def sent(kind: str) -> list[dict]:  # type: ignore[type-arg]
        return [e for ident, meta in scene.fleet.meta.items()
                if meta["protocol"] == "reference" and meta["kind"] == kind
                for e in scene.fleet.devices[ident].schedule.get("entries", [])
                if str(e.get("id", "")).startswith(f"prog-{pid}-")]

    qtbot.waitUntil(lambda: bool(sent("loudspeaker_cluster") and sent("bulletin_board")),
                    timeout=60_000)
    for entry in sent("loudspeaker_cluster"):
        assert len(entry["media"]) == len(entries) - len(shown), (
            len(entry["media"]), len(entries), len(shown))
        assert not images & set(entry["media"])
    for entry in sent("bulletin_board"):
        assert all(text in entry["text"] for text in words)
        assert shown <= set(entry["media"])
