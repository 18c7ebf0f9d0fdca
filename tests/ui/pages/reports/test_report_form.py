"""The periodic report's form: prepare, fill in, save, approve, send; roles; export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from console.models import OutboxEntry
from console.models.enums import Role
from console.services.permissions import Actor
from console.services.reports import forms
from console.services.reports.periods import period_of
from console.settings import STATION_CODE
from tests.ui.pages.reports.helpers import close, open_page, settle

NOVEMBER = period_of("month", 2026, 11)
EDITOR = Actor("hoa", Role.EDITOR, "Nguyễn Thị Hoa")
APPROVER = Actor("duc", Role.APPROVER, "Trần Văn Đức")
VIEWER = Actor("trang", Role.VIEWER, "Phạm Thu Trang")


def prepared(qtbot: Any, make_env: Any, actor: Actor) -> Any:
    page = open_page(qtbot, make_env(actor))
    page.show_tab(page.report_tab)
    page.activate()
    settle(qtbot, page)
    tab = page.report_tab
    tab.picker.set_period(NOVEMBER)
    tab.build_button.click()
    settle(qtbot, page)
    assert tab.current is not None and tab.current.period == NOVEMBER
    return page


def test_draft_to_approved_to_submitted(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    ctx.settings.set(STATION_CODE, "XA-PL-01")
    page = prepared(qtbot, make_env, Actor("admin", Role.ADMIN, "Quản trị viên"))
    tab = page.report_tab
    assert tab.state_label.text() == "State: Draft"
    assert "station code XA-PL-01" in tab.meta_label.text()
    assert tab.grid.value_widgets["plays_requested"].text() == "16"
    assert not tab.save_button.isEnabled()                 # nothing typed yet
    assert not tab.submit_button.isEnabled()               # a draft cannot be sent

    tab.manual_edits["propagandists"].setText("12")
    tab.manual_edits["social_followers"].setText("1.540")
    tab.notes_edit.setPlainText("Thôn Bến Đò mất điện 2 ngày.")
    tab.prepared_edit.setText("Nguyễn Thị Hoa")
    tab.checked_edit.setText("Lê Văn Đông")
    tab.approved_edit.setText("Trần Văn Đức")
    assert tab.save_button.isEnabled()
    tab.save_button.click()
    settle(qtbot, page)
    stored = forms.get_report(ctx, tab.current.id)
    assert stored.manual == {"propagandists": 12, "social_followers": 1540}
    assert stored.notes == "Thôn Bến Đò mất điện 2 ngày."
    assert (stored.prepared_by, stored.checked_by, stored.approved_by) == (
        "Nguyễn Thị Hoa", "Lê Văn Đông", "Trần Văn Đức")
    assert tab.message_label.text() == "Saved."

    tab.approve_button.click()
    settle(qtbot, page)
    assert forms.get_report(ctx, tab.current.id).state == "approved"
    assert tab.state_label.text() == "State: Approved"
    assert tab.submit_button.isEnabled()

    tab.submit_button.click()
    settle(qtbot, page)
    report = forms.get_report(ctx, tab.current.id)
    assert report.state == "submitted" and report.submitted_at is not None
    assert tab.state_label.text() == "State: Sent"
    with ctx.db.read() as session:
        outbox = list(session.scalars(select(OutboxEntry).where(OutboxEntry.kind == "report")))
    assert len(outbox) == 1
    assert outbox[0].payload["indicators"]["propagandists"] == 12
    assert outbox[0].payload["period"] == {"kind": "month", "year": 2026, "index": 11}
    # a sent report is final: the form is read-only, the workflow buttons are off
    assert tab.manual_edits["propagandists"].isReadOnly()
    assert not any(b.isEnabled() for b in (tab.save_button, tab.approve_button,
                                           tab.submit_button))
    assert tab.table.item(0, 1).text() == "Sent"
    close(qtbot, page)


def test_approving_unsaved_edits_approves_what_is_on_screen(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    page = prepared(qtbot, make_env, APPROVER)
    tab = page.report_tab
    tab.manual_edits["propagandists"].setText("7")
    tab.approve_button.click()
    settle(qtbot, page)
    report = forms.get_report(ctx, tab.current.id)
    assert (report.state, report.manual["propagandists"]) == ("approved", 7)
    close(qtbot, page)


def test_roles_disable_buttons_and_refusals_are_plain(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    page = prepared(qtbot, make_env, EDITOR)
    tab = page.report_tab
    assert not tab.approve_button.isEnabled() and not tab.submit_button.isEnabled()
    tab.approve()                                        # as if the button were pressed
    settle(qtbot, page)
    assert tab.message_label.text() == (
        "Your role (Editor) may not do this. Ask the station's administrator or leader.")
    assert forms.get_report(ctx, tab.current.id).state == "draft"
    close(qtbot, page)

    viewer = open_page(qtbot, make_env(VIEWER))
    viewer.show_tab(viewer.report_tab)
    settle(qtbot, viewer)
    assert viewer.report_tab.current is not None          # the editor's draft is listed
    assert not viewer.report_tab.build_button.isEnabled()
    assert viewer.report_tab.manual_edits["propagandists"].isReadOnly()
    assert not viewer.contributions_tab.send_button.isEnabled()
    close(qtbot, viewer)


def test_numbers_of_the_form_drill_down(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    page = prepared(qtbot, make_env, EDITOR)
    tab = page.report_tab
    settle(qtbot, page)
    tab.grid.value_widgets["plays_requested"].click()
    assert page.tabs.currentWidget() is page.log_tab
    settle(qtbot, page)
    assert page.log_tab.model.rowCount() == 16
    close(qtbot, page)


def test_export_report_xlsx(qtbot, make_env, ctx, ids, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = prepared(qtbot, make_env, EDITOR)
    tab = page.report_tab
    tab.ask_save_path = lambda _p, _t, suggested, _f: tmp_path / suggested.name
    tab.xlsx_button.click()
    settle(qtbot, page)
    assert tab.last_export == tmp_path / "bao-cao-2026-11.xlsx"
    assert tab.last_export.stat().st_size > 0
    load_workbook(tab.last_export)                         # a real workbook
    close(qtbot, page)


def test_export_report_pdf(qtbot, make_env, ctx, ids, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = prepared(qtbot, make_env, EDITOR)
    tab = page.report_tab
    tab.ask_save_path = lambda _p, _t, suggested, _f: tmp_path / suggested.name
    tab.pdf_button.click()
    settle(qtbot, page)
    assert tab.last_export == tmp_path / "bao-cao-2026-11.pdf"
    assert tab.last_export.read_bytes().startswith(b"%PDF")
    close(qtbot, page)


def test_cancelled_dialog_writes_nothing(qtbot, make_env, ctx, ids, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = prepared(qtbot, make_env, EDITOR)
    tab = page.report_tab
    tab.ask_save_path = lambda *_args: None
    before = tab.message_label.text()
    tab.xlsx_button.click()
    settle(qtbot, page)
    assert tab.last_export is None and tab.message_label.text() == before
    assert not ctx.paths.exports.exists() or not list(ctx.paths.exports.iterdir())
    close(qtbot, page)


def test_reminder_banner_opens_the_due_report(qtbot, make_env, ctx, ids) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    page = open_page(qtbot, make_env())
    settle(qtbot, page)
    reminders = forms.due_reminders(ctx, dt.date(2026, 12, 7))  # a year, a month, a quarter…
    assert len(reminders) > 1
    page._reminded(reminders)
    assert page.banner.isVisible()
    # The first due whole, the others counted on a second line; all of them in the tooltip.
    first, rest = page.banner_label.text().split("\n")
    assert first.startswith("The report for year 2026 is due by 10/12/2026"), first
    assert rest.startswith(f"And {len(reminders) - 1} more report(s) due by "), rest
    assert len(page.banner.toolTip().split("\n")) == len(reminders)
    assert first in page.banner.toolTip()
    page.banner_button.click()
    settle(qtbot, page)
    assert page.tabs.currentWidget() is page.report_tab
    assert page.report_tab.picker.period() == period_of("year", 2026)
    page._reminded([])
    assert not page.banner.isVisible()
    close(qtbot, page)
