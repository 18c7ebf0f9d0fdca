from __future__ import annotations

import pytest
from sqlalchemy import select

from console.models import AuditEntry, OutboxEntry
from console.models.enums import Role
from console.services.errors import InvalidInput, PermissionDenied, ServiceError
from console.services.permissions import Actor
from console.services.reports.forms import (
    approve_report,
    build_report,
    due_reminders,
    get_report,
    list_reports,
    submit_report,
    update_report,
)
from console.services.reports.periods import parse_period
from console.settings import STATION_CODE
from console.station import StationContext
from tests.support.reports import add_run, known_log

EDITOR = Actor("bientap", Role.EDITOR, "Nguyễn Thị Lập")
APPROVER = Actor("lanhdao", Role.APPROVER, "Trần Văn Thủ")
VIEWER = Actor("xem", Role.VIEWER)


@pytest.fixture
def station(ctx: StationContext) -> dict:
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    return known_log(ctx)


def test_draft_approve_submit(ctx: StationContext, station: dict) -> None:
    report = build_report(ctx, EDITOR, parse_period("2026-11"))
    assert report.state == "draft" and report.prepared_by == "Nguyễn Thị Lập"
    assert report.indicators["bulletins_broadcast"] == 7
    assert report.indicators["board_availability_pct"] == 66.7
    report = update_report(ctx, EDITOR, report.id, manual={"propagandists": "12",
                                                           "social_followers": 3450},
                           notes="Cụm loa bến đò hỏng loa ngày 3/11.", checked_by="Lê Kiểm")
    assert report.manual == {"propagandists": 12, "social_followers": 3450}
    with pytest.raises(PermissionDenied):
        approve_report(ctx, EDITOR, report.id)
    with pytest.raises(ServiceError, match="only an approved"):
        submit_report(ctx, APPROVER, report.id)
    report = approve_report(ctx, APPROVER, report.id)
    assert (report.state, report.approved_by) == ("approved", "Trần Văn Thủ")
    report = submit_report(ctx, APPROVER, report.id)
    assert report.state == "submitted" and report.submitted_at is not None
    with ctx.db.read() as s:
        entry = s.scalars(select(OutboxEntry).where(OutboxEntry.kind == "report")).one()
        actions = [a for (a,) in s.execute(select(AuditEntry.action)
                                           .where(AuditEntry.subject == report.id))]
    payload = entry.payload
    assert payload["id"] == report.id and payload["station_code"] == "XA-PHULOC"
    assert payload["period"] == {"kind": "month", "year": 2026, "index": 11}
    assert payload["indicators"]["hours_total"] == 1.15
    assert payload["indicators"]["propagandists"] == 12
    assert payload["submitted_at"].endswith("+07:00")
    assert (payload["prepared_by"], payload["approved_by"]) == ("Nguyễn Thị Lập", "Trần Văn Thủ")
    assert actions == ["report.build", "report.edit", "report.approve", "report.submit"]
    with pytest.raises(ServiceError, match="submitted"):
        update_report(ctx, EDITOR, report.id, notes="x")


def test_figures_without_data_stay_out_of_the_payload(ctx: StationContext,
                                                      station: dict) -> None:
    report = build_report(ctx, EDITOR, parse_period("2026-9M"))
    approve_report(ctx, APPROVER, report.id)
    submit_report(ctx, APPROVER, report.id)
    with ctx.db.read() as s:
        payload = s.scalars(select(OutboxEntry.payload)).one()
    assert payload["period"] == {"kind": "nine_months", "year": 2026}
    assert "cluster_availability_pct" not in payload["indicators"]
    assert payload["indicators"]["bulletins_broadcast"] == 0


def test_rebuild_refreshes_and_reopens(ctx: StationContext, station: dict) -> None:
    first = build_report(ctx, EDITOR, parse_period("2026-11"))
    approve_report(ctx, APPROVER, first.id)
    same = build_report(ctx, EDITOR, parse_period("2026-11"))
    assert (same.id, same.state) == (first.id, "approved")  # nothing changed
    add_run(ctx, "c3", "2026-11-28 17:00", 600, title="Thông báo tiêm phòng",
            scheduled="2026-11-28 17:00")
    again = build_report(ctx, EDITOR, parse_period("2026-11"))
    assert (again.id, again.state) == (first.id, "draft")
    assert again.indicators["bulletins_broadcast"] == 8
    approve_report(ctx, APPROVER, again.id)
    edited = update_report(ctx, EDITOR, again.id, notes="Bổ sung")
    assert edited.state == "draft"
    approve_report(ctx, APPROVER, again.id)
    submit_report(ctx, APPROVER, again.id)
    correction = build_report(ctx, EDITOR, parse_period("2026-11"))
    assert correction.id != first.id and correction.state == "draft"
    assert [r.id for r in list_reports(ctx)][:2] == [correction.id, first.id]


def test_manual_fields_carry_over_and_bad_input(ctx: StationContext, station: dict) -> None:
    oct_report = build_report(ctx, EDITOR, parse_period("2026-10"))
    update_report(ctx, EDITOR, oct_report.id, manual={"propagandists": 9},
                  checked_by="Lê Kiểm")
    nov = build_report(ctx, EDITOR, parse_period("2026-11"))
    assert nov.manual["propagandists"] == 9 and nov.checked_by == "Lê Kiểm"
    with pytest.raises(InvalidInput, match="whole number"):
        update_report(ctx, EDITOR, nov.id, manual={"propagandists": "mười"})
    with pytest.raises(InvalidInput, match="negative"):
        update_report(ctx, EDITOR, nov.id, manual={"social_followers": -1})
    with pytest.raises(InvalidInput, match="unknown manual field"):
        update_report(ctx, EDITOR, nov.id, manual={"likes": 1})
    with pytest.raises(InvalidInput, match="custom"):
        build_report(ctx, EDITOR, parse_period("2026-11-01..2026-11-05"))
    with pytest.raises(PermissionDenied):
        build_report(ctx, VIEWER, parse_period("2026-11"))
    with pytest.raises(LookupError):
        get_report(ctx, "nope")
    assert get_report(ctx, nov.id).manual["propagandists"] == 9  # nothing lost


def test_submit_needs_a_station_code(ctx: StationContext) -> None:
    report = build_report(ctx, EDITOR, parse_period("2026-11"))
    approve_report(ctx, APPROVER, report.id)
    with pytest.raises(ServiceError, match="station code"):
        submit_report(ctx, APPROVER, report.id)
    assert get_report(ctx, report.id).state == "approved"


def test_reminders(ctx: StationContext, station: dict) -> None:
    import datetime as dt

    today = dt.date(2026, 12, 11)
    assert [(r.period.code, r.state) for r in due_reminders(ctx, today)] == [
        ("2026-12", None), ("2026-Q4", None), ("2026-H2", None)]
    q4 = build_report(ctx, EDITOR, parse_period("2026-Q4"))
    approve_report(ctx, APPROVER, q4.id)
    submit_report(ctx, APPROVER, q4.id)
    assert [r.period.code for r in due_reminders(ctx, today)] == ["2026-12", "2026-H2"]
