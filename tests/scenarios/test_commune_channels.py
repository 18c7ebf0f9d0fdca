"""From the window: an operator connects the commune's Zalo OA, publishes a bulletin,
records a team meeting, imports the annual plan and produces the annual report with the plan
against what was done, then disconnects the OA. Clicks, keys and dialogs only; outcomes read
from the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from console.app.console_app import ConsoleApp
from console.models import (
    AsRunEntry,
    DeliveryTarget,
    PlanTheme,
    Propagandist,
    Report,
    SourceItem,
    TeamActivity,
    Village,
    ZaloArticle,
)
from console.models.enums import Role
from console.services.permissions import Actor
from console.sim.zalo import ZaloSimConfig, ZaloSimulator
from console.station import StationContext
from console.timezone import STATION_TZ
from console.ui.main_window import MainWindow
from console.ui.preferences import UiPreferences
from console.zalo import state as zalo_state
from console.zalo import tokens as zalo_tokens

from .conftest import answer_next_dialog, type_text

TODAY = dt.datetime.now(STATION_TZ).date()
THEME = "Chuyển đổi số: cài đặt VNeID mức 2"
BULLETIN = "Hướng dẫn bà con kích hoạt tài khoản định danh điện tử VNeID mức 2"


@pytest.fixture
def zalo_sim() -> Iterator[ZaloSimulator]:
    with ZaloSimulator(ZaloSimConfig(oa_name="Đài truyền thanh xã Phú Lộc",
                                     article_delay_s=0.3)) as sim:
        yield sim


@pytest.fixture
def station(ctx: StationContext) -> StationContext:
    """A commune with two villages, a cluster that played the bulletin twice this month."""
    with ctx.db.write() as s:
        s.add_all([Village(id=1, name="Thôn Đông"), Village(id=2, name="Ấp Phú Hòa")])
        s.flush()
        s.add(DeliveryTarget(id="c1", kind="loudspeaker_cluster", name="Cụm loa chợ",
                             village_id=1, protocol="reference", address="http://127.0.0.1:9"))
        s.add(SourceItem(id="tb-vneid", kind="text", title=BULLETIN,
                         summary="Mang căn cước đến nhà văn hóa thôn để được hướng dẫn.",
                         body="Ủy ban nhân dân xã hướng dẫn bà con kích hoạt VNeID mức 2.",
                         tags=["chuyển đổi số", "dịch vụ công"], issuer="UBND xã Phú Lộc",
                         published_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)))
        for n, hour in enumerate((5, 17)):
            start = dt.datetime.combine(TODAY, dt.time(hour, 30), STATION_TZ)
            if start > dt.datetime.now(STATION_TZ):
                start -= dt.timedelta(days=1) if TODAY.day > 1 else dt.timedelta(0)
            s.add(AsRunEntry(id=f"run-{n}", item_id="tb-vneid", title=BULLETIN,
                             target_id="c1", target_kind="loudspeaker_cluster",
                             scheduled_at=start, started_at=start, played_s=95.0,
                             result="success", content_origin="source"))
    return ctx


def scalar(ctx: StationContext, query):  # type: ignore[no-untyped-def]
    with ctx.db.read() as session:
        return session.scalar(query)


def wait_db(qtbot, check, timeout: int = 15_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(check()), timeout=timeout)


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type the start of an entry on a closed combo box (a space there would open its list)."""
    combo.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(combo, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                    Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def go_to(qtbot, window: MainWindow, number: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl and the page's number, as the navigation's tooltip says."""
    if not window.isActiveWindow():  # a dialog just closed: back to the window
        window.raise_()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    row = window.nav.currentRow()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == number != row


def answer(qtbot, box: QMessageBox, button: QMessageBox.StandardButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(box.isVisible, timeout=5000)
    click(qtbot, box.button(button))


def test_operator_runs_the_commune_channels(qtbot, qapp, station, zalo_sim, tasks, translations,
                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx = station
    admin = Actor("admin", Role.ADMIN, "Quản trị viên")
    prefs = UiPreferences(qapp, translations, ctx.settings, tasks, language="vi",
                          font_scale=1.0)
    prefs.apply_all()
    console = ConsoleApp(ctx).start()  # the Zalo worker sends what the window queues
    window = MainWindow(ctx, admin, tasks=tasks, prefs=prefs, delivery=console.delivery,
                        playout=console.playout)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    try:
        # 1. Settings (Ctrl+9): connect the OA with what the Zalo developer console shows
        go_to(qtbot, window, 9)
        settings = window.current_page()
        box = settings.zalo_box
        type_into(qtbot, box.server_edit, zalo_sim.url)
        type_into(qtbot, box.app_edit, zalo_sim.config.app_id)
        type_into(qtbot, box.secret_edit, zalo_sim.config.secret_key)
        type_into(qtbot, box.token_edit, zalo_sim.first_refresh_token)
        click(qtbot, box.connect_button)
        wait_db(qtbot, lambda: zalo_state.read(ctx.db).oa_name == "Đài truyền thanh xã Phú Lộc")
        qtbot.waitUntil(lambda: box.state_label.text()
                        == "Đã kết nối với Đài truyền thanh xã Phú Lộc", timeout=5000)
        assert "1.240 người theo dõi" in box.figures_label.text()

        # 2. Library (Ctrl+1): find the bulletin without accents, publish it to Zalo
        go_to(qtbot, window, 1)
        library = window.current_page()
        type_into(qtbot, library.search_edit, "vneid muc 2")
        qtbot.keyClick(library.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: library.model.rowCount() == 1, timeout=10_000)
        cell = library.table.visualRect(library.model.index(0, 1))
        qtbot.mouseClick(library.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
        qtbot.waitUntil(lambda: library.selected_ids() == ["tb-vneid"], timeout=5000)
        click(qtbot, library.zalo_button)
        answer(qtbot, library.zalo.confirm_box, QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: library.zalo.result_box is not None, timeout=10_000)
        answer(qtbot, library.zalo.result_box, QMessageBox.StandardButton.Ok)

        def published() -> ZaloArticle | None:
            with ctx.db.read() as s:
                return s.scalar(select(ZaloArticle).where(ZaloArticle.state == "published"))
        wait_db(qtbot, published)
        assert [a.id for a in zalo_sim.articles()] == [published().article_id]

        # 3. Plan and team (Ctrl+7): export the empty form, the office fills it, import it
        go_to(qtbot, window, 7)
        page = window.current_page()
        plan = page.plan_tab
        form = tmp_path / "ke-hoach.xlsx"
        plan.ask_save_path = lambda *_a: form
        plan.ask_open_path = lambda *_a: form
        click(qtbot, plan.export_button)
        qtbot.waitUntil(form.exists, timeout=10_000)
        book = load_workbook(form)
        sheet = book.active
        header = next(r[0].row for r in sheet.iter_rows() if r[0].value == "STT")
        line = header + TODAY.month  # the template's line of this month
        assert sheet.cell(line, 2).value == f"Tháng {TODAY.month}"
        for column, value in ((3, THEME), (4, "Chuyển đổi số"), (5, 20), (6, 10), (7, 2),
                              (8, 3)):
            sheet.cell(line, column, value)
        book.save(form)
        click(qtbot, plan.import_button)
        wait_db(qtbot, lambda: scalar(ctx,
            select(PlanTheme.id).where(PlanTheme.title == THEME)))
        qtbot.waitUntil(lambda: plan.table.rowCount() == 1, timeout=10_000)
        assert plan.table.item(0, 3).text() == "2 / 20"   # the two airings of this month
        assert plan.table.item(0, 5).text() == "1 / 2"    # the article just published

        # a propagandist of Thôn Đông joins the team
        page.tabs.setCurrentWidget(page.team_tab)
        team = page.team_tab
        click(qtbot, team.add_button)
        qtbot.waitUntil(lambda: team.dialog is not None and team.dialog.isVisible(),
                        timeout=5000)
        person = team.dialog
        type_into(qtbot, person.name_edit, "Nguyễn Văn Hải")
        choose(person.village_combo, "Thôn Đông")
        type_into(qtbot, person.phone_edit, "0912 345 678")
        click(qtbot, person.box.button(person.box.StandardButton.Ok))
        qtbot.waitUntil(lambda: not person.isVisible(), timeout=10_000)
        wait_db(qtbot, lambda: scalar(ctx,
            select(Propagandist.id).where(Propagandist.phone == "0912345678")))

        # 4. the meeting he held about this month's theme
        page.tabs.setCurrentWidget(page.activities_tab)
        activities = page.activities_tab
        click(qtbot, activities.record_button)
        qtbot.waitUntil(lambda: activities.dialog is not None
                        and activities.dialog.isVisible(), timeout=5000)
        meeting = activities.dialog
        assert meeting.kind_combo.currentText() == "Họp dân"
        assert meeting.theme_combo.currentText().startswith(THEME)
        choose(meeting.village_combo, "Thôn Đông")
        type_into(qtbot, meeting.people_spin, "45")
        type_into(qtbot, meeting.title_edit, "Họp dân hướng dẫn cài VNeID")
        person_item = meeting.participants.item(0)
        rect = meeting.participants.visualItemRect(person_item)
        qtbot.mouseClick(meeting.participants.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.keyClick(meeting.participants, Qt.Key.Key_Space)
        click(qtbot, meeting.box.button(meeting.box.StandardButton.Ok))
        qtbot.waitUntil(lambda: not meeting.isVisible(), timeout=10_000)
        wait_db(qtbot, lambda: scalar(ctx, select(TeamActivity.id)))
        with ctx.db.read() as s:
            activity = s.scalar(select(TeamActivity))
            theme_id = s.scalar(select(PlanTheme.id).where(PlanTheme.title == THEME))
            assert (activity.kind, activity.people_reached, activity.theme_id,
                    activity.village_id) == ("meeting", 45, theme_id, 1)
            assert activity.participants == [s.scalar(select(Propagandist.id))]

        # 5. Reports (Ctrl+6): the annual report with the plan against what was done
        go_to(qtbot, window, 6)
        reports = window.current_page()
        reports.tabs.setCurrentWidget(reports.report_tab)
        tab = reports.report_tab
        tab.picker.kind_combo.setFocus()
        qtbot.keyClick(tab.picker.kind_combo, Qt.Key.Key_End)  # Năm
        assert tab.picker.period().kind == "year"
        click(qtbot, tab.build_button)

        def annual() -> Report | None:
            with ctx.db.read() as s:
                return s.scalar(select(Report).where(Report.period_kind == "year"))
        wait_db(qtbot, annual)
        sections = annual().sections
        (line_of_theme,) = sections["plan"]
        assert line_of_theme["title"] == THEME
        assert {k: line_of_theme["actual"][k] for k in
                ("airings", "zalo_articles", "team_activities", "people_reached")} == {
            "airings": 2, "zalo_articles": 1, "team_activities": 1, "people_reached": 45}
        assert sections["team"]["propagandists"] == 1
        assert sections["zalo"]["followers_end"] == 1240
        qtbot.waitUntil(tab.sections_box.isVisible, timeout=5000)
        assert tab.sections_box.table.item(0, 2).text() == "2 / 20"

        # Each number opens what is behind it: the team's meeting in a list of its own...
        plan_table = tab.sections_box.table

        def click_cell(column: int) -> None:
            item = plan_table.item(0, column)
            plan_table.scrollToItem(item)
            qtbot.mouseClick(plan_table.viewport(), Qt.MouseButton.LeftButton,
                             pos=plan_table.visualItemRect(item).center())

        assert plan_table.item(0, 5).text() == "1 / 3"  # the team's activities
        click_cell(5)
        qtbot.waitUntil(lambda: tab.sections_box.rows_dialog is not None
                        and tab.sections_box.rows_dialog.isVisible(), timeout=5000)
        behind = tab.sections_box.rows_dialog
        assert behind.table.rowCount() == 1
        assert [behind.table.item(0, c).text() for c in (1, 2, 3)] == [
            "Họp dân hướng dẫn cài VNeID", "Thôn Đông", "45"]
        qtbot.keyClick(behind, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not behind.isVisible(), timeout=5000)
        # ...the two airings on the broadcast log, filtered to them, which says so.
        click_cell(2)
        qtbot.waitUntil(lambda: reports.tabs.currentWidget() is reports.log_tab, timeout=5000)
        log = reports.log_tab
        assert log.chip.isVisible() and THEME in log.chip_label.text()
        qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=10_000)
        reports.tabs.setCurrentWidget(reports.report_tab)

        out = tmp_path / "bao-cao-nam.xlsx"
        tab.ask_save_path = lambda *_a: out
        click(qtbot, tab.xlsx_button)
        qtbot.waitUntil(out.exists, timeout=15_000)
        rows = list(load_workbook(out)["Kế hoạch - Thực hiện"].iter_rows(values_only=True))
        theme_row = next(r for r in rows if r[1] == THEME)
        assert theme_row[4:6] == (20, 2) and theme_row[9] == 1 and theme_row[12] == 1

        # 6. The audit log (Ctrl+9, Nhật ký thao tác) names the report by its period.
        go_to(qtbot, window, 9)
        settings = window.current_page()
        listed = settings.section_list
        row = [s.key for s in settings.sections].index("audit")
        qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton,
                         pos=listed.visualItemRect(listed.item(row)).center())
        viewer = settings.current_section()
        assert viewer.key == "audit"
        table, year = viewer.table, annual().year
        qtbot.waitUntil(lambda: f"Báo cáo năm {year}" in [
            table.item(r, 3).text() for r in range(table.rowCount())], timeout=10_000)

        # 7. The meeting recorded by mistake: chosen, deleted after a question that names it.
        go_to(qtbot, window, 7)
        page = window.current_page()
        page.tabs.setCurrentWidget(page.activities_tab)
        activities = page.activities_tab
        assert not activities.delete_button.isEnabled()  # nothing chosen yet
        cell = activities.table.visualItemRect(activities.table.item(0, 1))
        qtbot.mouseClick(activities.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=cell.center())
        asked: list[str] = []

        def delete_it(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()

        answer_next_dialog(delete_it)
        click(qtbot, activities.delete_button)
        wait_db(qtbot, lambda: scalar(ctx, select(TeamActivity.id)) is None)
        assert asked and "45 người được tuyên truyền" in asked[0], asked
        qtbot.waitUntil(lambda: activities.message.text() == "Đã xóa hoạt động.", timeout=5000)

        # 8. Settings (Ctrl+9): the OA disconnected, after a question; its key is forgotten.
        go_to(qtbot, window, 9)
        box = window.current_page().zalo_box
        qtbot.waitUntil(box.disconnect_button.isEnabled, timeout=5000)
        asked.clear()

        def disconnect_it(question: QMessageBox) -> None:
            asked.append(question.text())
            question.button(QMessageBox.StandardButton.Yes).click()

        answer_next_dialog(disconnect_it)
        click(qtbot, box.disconnect_button)
        wait_db(qtbot, lambda: not zalo_state.read(ctx.db).configured)
        assert asked and asked[0].startswith("Ngắt kết nối trang Zalo OA?"), asked
        qtbot.waitUntil(lambda: box.state_label.text() == "Chưa kết nối", timeout=5000)
        assert not box.disconnect_button.isEnabled()
        assert ctx.secrets.get(zalo_tokens.REFRESH_KEY) is None
    finally:
        window.close()
        qtbot.waitUntil(lambda: tasks.pending_count == 0, timeout=10_000)
        console.stop()
        QApplication.processEvents()
