"""A newcomer in the demo finds the commune's two daily programmes: the morning one still
being made, the afternoon one waiting for a leader (and named on Hôm nay), both in Lịch
phát's week, and named in the audit log. Only widgets
are driven; what the demo made is read from the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from console.demo import start_demo
from console.demo_programmes import AFTERNOON, MORNING
from console.models import Programme, ProgrammeEntry
from console.models.enums import Role
from console.services import audit
from console.services.permissions import SYSTEM, Actor
from console.station import StationContext
from console.timezone import station_now
from console.ui.pages.programmes import ProgrammesPage
from console.ui.pages.schedule import SchedulePage
from console.ui.pages.settings import SettingsPage

from .conftest import click_page, label_words, show_window
from .week_steps import WAIT, wait_idle

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       extend=True)
LEADER = Actor("lanhdao", Role.APPROVER, "Trần Văn Đức")  # the demo's approver


def week_from_tomorrow(qtbot, schedule: SchedulePage) -> None:  # type: ignore[no-untyped-def]
    """Lịch phát on a week that holds the next two days (the demo's programmes start
    tomorrow): the next week when this one ends sooner."""
    soon = [(station_now().date() + dt.timedelta(days=n)).strftime("%d/%m") for n in (1, 2)]

    def headers() -> str:
        model = schedule.table.model()
        return " ".join(str(model.headerData(c, Qt.Orientation.Horizontal))
                        for c in range(model.columnCount()))

    qtbot.waitUntil(lambda: "/" in headers(), timeout=WAIT)
    if not all(day in headers() for day in soon):
        qtbot.mouseClick(schedule.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: soon[-1] in headers(), timeout=WAIT)


def test_the_demo_opens_with_a_draft_a_programme_to_approve_and_a_week(
        qtbot, qapp, tasks, translations, ctx: StationContext) -> None:  # type: ignore[no-untyped-def]
    start_demo(ctx)
    start_demo(ctx)  # a later start of the same demo folder makes nothing twice
    with ctx.db.write() as session:  # the scene: the console's own sync has run once
        audit.record(session, SYSTEM, "sync.run", "live feed", added=3, updated=0)
    window = show_window(qtbot, qapp, tasks, translations, ctx, LEADER)
    try:
        # Hôm nay tells the leader first thing what waits for approval.
        today = click_page(qtbot, window, "today")

        def card() -> list[str]:  # as read on screen (a link's words without its markup)
            return [label_words(label) for label in today.programmes_card.findChildren(QLabel)]

        qtbot.waitUntil(lambda: "Chờ duyệt (1):" in card(), timeout=WAIT)
        tomorrow = (station_now() + dt.timedelta(days=1)).strftime("%d/%m/%Y")
        waiting = f"• “{AFTERNOON[0]}”, Nguyễn Thị Hoa gửi duyệt; phát lần tới 17:00 {tomorrow}"
        assert waiting in card(), card()

        # The line is a link: a click opens the programme, ready to hear and approve. (The
        # card may be drawn again meanwhile, a language change say: the link then in sight
        # is clicked.)
        wait_idle(qtbot, window)

        def click_the_link() -> bool:
            if isinstance(window.current_page(), ProgrammesPage):
                return True
            link = next(label for label in today.programmes_card.findChildren(QLabel)
                        if label.textFormat() == Qt.TextFormat.RichText)
            assert link.toolTip() == "Mở chương trình này để nghe và duyệt"
            metrics = link.fontMetrics()
            qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(
                metrics.horizontalAdvance("• “Chương") // 2, metrics.height() // 2 + 1))
            return isinstance(window.current_page(), ProgrammesPage)

        qtbot.waitUntil(click_the_link, timeout=WAIT)
        page = window.current_page()
        assert isinstance(page, ProgrammesPage)
        qtbot.waitUntil(lambda: page.entry_table.rowCount() == len(AFTERNOON[2]), timeout=WAIT)
        with ctx.db.read() as session:
            afternoon = session.scalar(select(Programme.id).where(
                Programme.name == AFTERNOON[0]))
        assert page.controller.selected == afternoon
        qtbot.waitUntil(page.approve_button.isEnabled, timeout=WAIT)

        # Each card opens its page: "Thiết bị ›" beside the devices' heading.
        today = click_page(qtbot, window, "today")
        button = today.card_links["devices"]
        assert button.text() == "Thiết bị ›"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_page().key == "devices"

        page = click_page(qtbot, window, "programmes")
        assert isinstance(page, ProgrammesPage)
        plist = page.programme_list
        table = plist.table
        qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=WAIT)
        names = [table.item(r, 0).text() for r in range(2)]
        assert sorted(names) == sorted([MORNING[0], AFTERNOON[0]])
        # Each one's state beside its name, in sight without scrolling sideways.
        states = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(2)}
        assert states == {MORNING[0]: "Bản nháp", AFTERNOON[0]: "Chờ duyệt"}, states
        assert table.horizontalHeaderItem(1).text() == "Trạng thái"
        state_cell = table.visualItemRect(table.item(0, 1))
        assert table.viewport().rect().contains(state_cell)
        # The names share their start; as the narrow column shows them (one line, cut in
        # the middle), their ends differ.
        assert table.textElideMode() == Qt.TextElideMode.ElideMiddle and not table.wordWrap()
        metrics = table.fontMetrics()
        width = table.columnWidth(0) - 12
        shown = {metrics.elidedText(n, table.textElideMode(), width) for n in names}
        assert len(shown) == 2 and any(s.endswith("sáng") for s in shown), shown

        # The leader lists what waits for approval: the afternoon programme, and opens it.
        plist.state_combo.setCurrentIndex(plist.state_combo.findData("submitted"))
        qtbot.waitUntil(lambda: table.rowCount() == 1
                        and table.item(0, 0).text() == AFTERNOON[0], timeout=WAIT)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         pos=table.visualItemRect(table.item(0, 0)).center())
        qtbot.waitUntil(lambda: page.entry_table.rowCount() == len(AFTERNOON[2]), timeout=WAIT)
        assert page.approve_button.isEnabled()

        # What is left of a 1366x768 screen under the demo's and an emergency's banners: the
        # running order still shows all three entries; the checks take room only once they
        # say something, and the outcome of an action reads on a line of its own.
        window.resize(1366, 658)
        running = page.entry_table

        def all_entries_shown() -> bool:
            last = running.visualItemRect(running.item(running.rowCount() - 1, 0))
            return running.viewport().rect().contains(last)

        qtbot.waitUntil(all_entries_shown, timeout=WAIT)
        assert not page.problems_area.isVisible()
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.problems_area.isVisible()
                        and "chưa được duyệt" in page.problems_label.text(), timeout=WAIT)
        window.resize(1366, 768)

        # Lịch phát: both programmes on every day from tomorrow, with an end to the minute.
        schedule = click_page(qtbot, window, "schedule")
        assert isinstance(schedule, SchedulePage)
        week_from_tomorrow(qtbot, schedule)

        def cells() -> list[str]:
            t = schedule.table
            return [t.item(r, c).text() for r in range(t.rowCount())
                    for c in range(t.columnCount()) if t.item(r, c) is not None]

        qtbot.waitUntil(lambda: any("buổi chiều" in c for c in cells()), timeout=WAIT)
        morning = [c for c in cells() if c.endswith(MORNING[0])]
        assert morning and all(c.startswith("05:30–05:31 ") for c in morning), cells()
        assert all(c.startswith("17:00–17:01 ") for c in cells() if c.endswith(AFTERNOON[0]))

        # Nhật ký thao tác: what the editor did, on which programme by its name.
        settings = click_page(qtbot, window, "settings")
        assert isinstance(settings, SettingsPage)
        sections = settings.section_list
        row = next(r for r in range(sections.count())
                   if sections.item(r).text() == "Nhật ký thao tác")
        qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton,
                         pos=sections.visualItemRect(sections.item(row)).center())
        viewer = settings.current_section()
        viewer.person_combo.setCurrentIndex(viewer.person_combo.findText("bientap"))
        log = viewer.table

        def entries() -> list[tuple[str, str]]:
            return [(log.item(r, 2).text(), log.item(r, 3).text())
                    for r in range(log.rowCount())]

        qtbot.waitUntil(lambda: ("Gửi chương trình để duyệt", f"Chương trình “{AFTERNOON[0]}”")
                        in entries(), timeout=WAIT)
        assert ("Tạo chương trình", f"Chương trình “{MORNING[0]}”") in entries(), entries()
        assert not [s for _a, s in entries() if s.startswith("programme:")], entries()
        # The console's own work in words too: who, and on what.
        viewer.person_combo.setCurrentIndex(viewer.person_combo.findData("system"))
        qtbot.waitUntil(lambda: log.rowCount() > 0
                        and log.item(0, 1).text() == "phần mềm (tự động)", timeout=WAIT)
        assert viewer.person_combo.currentText() == "phần mềm (tự động)"
        assert log.item(0, 3).text() == "kênh cập nhật trực tiếp"
    finally:
        window.local_playout.stop()
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)

    with ctx.db.read() as session:
        made = {p.name: p for p in session.scalars(
            select(Programme).where(Programme.is_template.is_(False)))}
        assert {n: p.status for n, p in made.items()} == {MORNING[0]: "draft",
                                                          AFTERNOON[0]: "submitted"}
        assert {p.created_by for p in made.values()} == {"bientap"}
        kinds = session.scalars(select(ProgrammeEntry.kind)).all()
        assert len(kinds) == len(MORNING[2]) + len(AFTERNOON[2])
        assert set(kinds) == {"speech"}


def test_the_week_reads_across_by_time_of_day(  # type: ignore[no-untyped-def]
        qtbot, qapp, tasks, translations, ctx: StationContext) -> None:
    """A day without its 05:30 airing: its 17:00 stays in the 17:00 row, beside the other
    days' 17:00, not in the first row beside their 05:30."""
    from console.demo_programmes import EDITOR
    from console.services import programmes

    start_demo(ctx)
    skipped = station_now().date() + dt.timedelta(days=2)
    with ctx.db.read() as session:  # the scene: the editor took one morning off
        morning = session.scalars(select(Programme.id).where(
            Programme.name == MORNING[0])).one()
    programmes.set_schedule(ctx.db, EDITOR, morning, "daily", time_of_day=MORNING[1],
                            start_date=station_now().date() + dt.timedelta(days=1),
                            skip=[skipped])
    window = show_window(qtbot, qapp, tasks, translations, ctx, LEADER)
    try:
        schedule = click_page(qtbot, window, "schedule")
        assert isinstance(schedule, SchedulePage)
        week_from_tomorrow(qtbot, schedule)
        table = schedule.table

        def starts_by_row() -> list[set[str]]:
            return [{table.item(r, c).text()[:5] for c in range(table.columnCount())
                     if table.item(r, c) is not None} for r in range(table.rowCount())]

        qtbot.waitUntil(lambda: table.rowCount() == 2 and all(starts_by_row()), timeout=WAIT)
        assert starts_by_row() == [{"05:30"}, {"17:00"}]
        day = next(c for c in range(table.columnCount()) if skipped.strftime("%d/%m")
                   in str(table.model().headerData(c, Qt.Orientation.Horizontal)))
        assert table.item(0, day) is None and table.item(1, day) is not None
    finally:
        window.local_playout.stop()
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=20000)
