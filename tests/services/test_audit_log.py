"""The audit log as the viewer and `audit list` read it: filters, paging, XLSX, read-only."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from openpyxl import load_workbook

from console.models import AuditEntry
from console.models.enums import Role
from console.services import audit
from console.services.audit import AuditFilter
from console.services.errors import PermissionDenied
from console.services.permissions import Actor

ADMIN = Actor("quantri", Role.ADMIN)
LEADER = Actor("lanhdao", Role.APPROVER)


@pytest.fixture
def log(ctx):  # type: ignore[no-untyped-def]
    days = [dt.datetime(2026, 12, d, 1, 30, tzinfo=dt.UTC) for d in (1, 2, 3)]
    with ctx.db.write() as session:
        session.add_all([
            AuditEntry(at=days[0], actor="quantri", action="user.create", subject="vanhanh",
                       detail={"role": "operator"}),
            AuditEntry(at=days[1], actor="vanhanh", action="user.login", subject="vanhanh",
                       detail={}),
            AuditEntry(at=days[1], actor="quantri", action="settings.change",
                       subject="broadcast.quiet_end_morning",
                       detail={"before": "05:30", "after": "05:00"}),
            AuditEntry(at=days[2], actor="lanhdao", action="programme.approve",
                       subject="programme:4", detail={}),
        ])
    return ctx


def test_filters_by_person_kind_and_day(log) -> None:  # type: ignore[no-untyped-def]
    def actions(**kwargs: object) -> list[str]:
        return [r.action for r in audit.query(log.db, LEADER, AuditFilter(**kwargs))]

    assert actions() == ["programme.approve", "settings.change", "user.login", "user.create"]
    # A person's entries include what was done to their account.
    assert actions(person="vanhanh") == ["user.login", "user.create"]
    assert actions(kind="user") == ["user.login", "user.create"]
    assert actions(since=dt.date(2026, 12, 2), until=dt.date(2026, 12, 2)) == [
        "settings.change", "user.login"]
    page = audit.query(log.db, ADMIN, limit=2)
    assert [r.action for r in audit.query(log.db, ADMIN, limit=2, before_id=page[-1].id)] == [
        "user.login", "user.create"]
    assert audit.count(log.db, ADMIN, AuditFilter(person="quantri")) == 2
    people, kinds = audit.people_and_kinds(log.db, ADMIN)
    assert people == ["lanhdao", "quantri", "vanhanh"]
    assert kinds == ["programme", "settings", "user"]
    for role in (Role.EDITOR, Role.OPERATOR, Role.VIEWER):
        with pytest.raises(PermissionDenied):
            audit.query(log.db, Actor("x", role))


def test_export_to_xlsx(log, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "nhat-ky.xlsx"
    written = audit.export_xlsx(log.db, ADMIN, target, AuditFilter(kind="settings"),
                                describe=lambda row: "Đổi cài đặt")
    assert written == 1
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == audit.COLUMNS
    assert rows[1] == ("2026-12-02 08:30:00", "quantri", "Đổi cài đặt", "settings.change",
                       "broadcast.quiet_end_morning", "before=05:30, after=05:00")
    assert [p.name for p in target.parent.iterdir()] == ["nhat-ky.xlsx"]  # no part file


def test_the_log_cannot_be_changed(log) -> None:  # type: ignore[no-untyped-def]
    conn = sqlite3.connect(log.paths.database)
    try:
        for sql in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError):
                conn.execute(sql)
    finally:
        conn.close()


def test_subjects_are_named_while_their_objects_exist(ctx) -> None:  # type: ignore[no-untyped-def]
    """Named by kind and id in one query a kind for the page: a programme, a bare item id,
    an account with its person's name; a deleted programme keeps only its id; a setting's
    key or a word is no object."""
    from console.services import programmes
    from console.services.programmes.lifecycle import delete_draft
    from console.services.users import UserService
    from tests.support.library import add_items, item_row

    editor = Actor("bientap", Role.EDITOR)
    kept = programmes.create_programme(ctx.db, editor, "Bản tin sáng")
    gone = programmes.create_programme(ctx.db, editor, "Nháp bỏ đi")
    delete_draft(ctx.db, editor, gone)
    item = "it-tiem-phong"
    add_items(ctx, item_row(item, "Lịch tiêm phòng dại"))
    with ctx.db.write() as session:
        session.add_all([
            AuditEntry(actor="bientap", action="media.pin", subject=item, detail={}),
            AuditEntry(actor="quantri", action="user.create", subject="bientap", detail={}),
            AuditEntry(actor="quantri", action="settings.change",
                       subject="broadcast.quiet_end_morning", detail={}),
            AuditEntry(actor="console", action="sync.run", subject="live feed", detail={}),
        ])
    UserService(ctx.db).create_first_admin("bientap", "mat-khau-du-dai-1", "Nguyễn Thị Hoa")
    rows = {(r.action, r.subject): r for r in audit.query(ctx.db, ADMIN)}
    named = {key: (r.subject_kind, r.subject_id, r.subject_name) for key, r in rows.items()}
    assert named[("programme.create", f"programme:{kept}")] == (
        "programme", str(kept), "Bản tin sáng")
    assert named[("programme.delete", f"programme:{gone}")] == ("programme", str(gone), None)
    assert named[("media.pin", item)] == ("item", item, "Lịch tiêm phòng dại")
    assert named[("user.create", "bientap")] == ("user", "bientap", "Nguyễn Thị Hoa")
    assert named[("settings.change", "broadcast.quiet_end_morning")] == (None, None, None)
    assert named[("sync.run", "live feed")] == (None, None, None)


def test_devices_and_reports_are_named(ctx) -> None:  # type: ignore[no-untyped-def]
    """Device ids (one, or several joined with commas) by the devices' names, an id kept for
    a device that is gone; a report by its period's code."""
    from console.models import DeliveryTarget, Report

    with ctx.db.write() as session:
        session.add_all([
            DeliveryTarget(id="cl-1", kind="loudspeaker_cluster", name="Cụm loa Chợ",
                           protocol="reference", address="http://127.0.0.1:9", options={}),
            DeliveryTarget(id="cl-2", kind="loudspeaker_cluster", name="Cụm loa Đình",
                           protocol="reference", address="http://127.0.0.1:9", options={}),
            Report(id="r-11", period_kind="month", year=2026, period_index=11),
            AuditEntry(actor="vanhanh", action="device.play_now", subject="cl-1,cl-2,cl-9",
                       detail={}),
            AuditEntry(actor="system", action="device.unexpected_play", subject="cl-2",
                       detail={}),
            AuditEntry(actor="lanhdao", action="report.approve", subject="r-11", detail={}),
        ])
    named = {r.action: (r.subject_kind, r.subject_name) for r in audit.query(ctx.db, ADMIN)}
    assert named["device.play_now"] == ("device", "Cụm loa Chợ, Cụm loa Đình, cl-9")
    assert named["device.unexpected_play"] == ("device", "Cụm loa Đình")
    assert named["report.approve"] == ("report", "2026-11")


def test_emergencies_are_named_by_their_title(ctx) -> None:  # type: ignore[no-untyped-def]
    """An emergency has no row of its own: its start's entry keeps the title it went on air
    with, which names the start and the stop (several stopped at once: joined)."""
    with ctx.db.write() as session:
        session.add_all([
            AuditEntry(actor="vanhanh", action="emergency.start", subject="e-1",
                       detail={"title": "Cháy rừng tại Thôn Tây"}),
            AuditEntry(actor="vanhanh", action="emergency.start", subject="e-2",
                       detail={"title": "Lũ quét"}),
            AuditEntry(actor="vanhanh", action="emergency.stop", subject="e-1,e-2",
                       detail={"jobs": 3}),
        ])
    named = {(r.action, r.subject): (r.subject_kind, r.subject_name)
             for r in audit.query(ctx.db, ADMIN)}
    assert named[("emergency.start", "e-1")] == ("emergency", "Cháy rừng tại Thôn Tây")
    assert named[("emergency.stop", "e-1,e-2")] == ("emergency", "Cháy rừng tại Thôn Tây, Lũ quét")
