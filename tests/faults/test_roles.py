"""Roles: every service entry point that changes what goes on air or who may act, × every role.

Allowed exactly per ROLE_PERMISSIONS; any other role gets PermissionDenied and the
database (audit log included) is left as it was. Real database, real services.
"""

from __future__ import annotations

import array
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from console.models import AuditEntry, DeliveryJob, Programme, SourceItem
from console.models.enums import Role
from console.services import device_registry, live_commands, local_content
from console.services.errors import PermissionDenied
from console.services.permissions import ROLE_PERMISSIONS, Actor, Permission
from console.services.programmes import approval, editing, recording
from console.services.push import create_delivery_jobs
from console.services.users import UserService
from console.settings import STATION_CODE
from console.station import StationContext
from console.timezone import STATION_TZ, station_now
from tests.support.delivery import ADMIN, cache_media, make_item, make_programme

TARGET_ROWS = [
    {"id": f"CL-{n}", "kind": "cluster", "name": f"Cụm loa {n}", "village": "Thôn Đông",
     "latitude": "", "longitude": "", "protocol": "reference",
     "address": f"http://127.0.0.1:9/devices/CL-{n}", "device_id": "",
     "key": f"khoa-thiet-bi-{n}", "groups": "Thôn Đông"}
    for n in (1, 2)
]


@dataclass(frozen=True)
class EntryPoint:
    name: str
    permission: Permission
    prepare: Callable[[StationContext, Path], Any]       # → the argument of `call`
    call: Callable[[StationContext, Actor, Any], Any]


def _with_targets(ctx: StationContext) -> None:
    report = device_registry.import_device_rows(ctx, TARGET_ROWS, ADMIN, name="roles")
    assert not report.errors, report.errors


def _programme(status: str) -> Callable[[StationContext, Path], int]:
    def prepare(ctx: StationContext, _tmp: Path) -> int:
        _with_targets(ctx)
        pid = make_programme(ctx, cache_media(ctx, [2048]), status=status)
        day = station_now().date() + dt.timedelta(days=2)
        with ctx.db.write() as session:  # inside the allowed hours, so only the role decides
            session.get(Programme, pid).start_at = dt.datetime.combine(
                day, dt.time(6, 0), STATION_TZ)
        return pid
    return prepare


def _emergency_item(ctx: StationContext, _tmp: Path) -> str:
    _with_targets(ctx)
    return make_item(ctx, cache_media(ctx, [1024], seed=5)[0])


def _emergency_on(ctx: StationContext, tmp: Path) -> None:
    live_commands.emergency_start(ctx, ADMIN, item_id=_emergency_item(ctx, tmp))


def _registry_file(ctx: StationContext, tmp: Path) -> Path:
    path = tmp / "cum-loa.csv"
    path.write_text("id,kind,name,village,protocol,address,key\n"
                    "CL-9,cluster,Cụm loa Bến Đò,Thôn Bến Đò,reference,"
                    "http://127.0.0.1:9/devices/CL-9,khoa-9\n", encoding="utf-8")
    return path


def _sound_file(ctx: StationContext, tmp: Path) -> Path:
    from tests.support.library import make_tone

    return make_tone(tmp / "thong-bao-xa.mp3", seconds=1.0)


def _take(ctx: StationContext) -> Path:
    """A microphone take of one second (a 440 Hz tone), as the record dialog writes it."""
    pcm = array.array("h", (int(8000 * math.sin(2 * math.pi * 440 * n / 16000))
                            for n in range(16000)))
    return recording.write_take(ctx, pcm.tobytes(), recording.PcmFormat(16000, 1))


def _create_jobs(ctx: StationContext, actor: Actor, pid: int) -> list[int]:
    with ctx.db.write() as session:
        return create_delivery_jobs(session, pid, actor)


ENTRY_POINTS = [
    EntryPoint("programme.create", Permission.EDIT_PROGRAMMES, lambda c, t: None,
               lambda c, a, _: editing.create_programme(
                   c.db, a, "Bản tin sáng", start_at=dt.datetime(
                       2030, 1, 2, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))),
    EntryPoint("programme.submit", Permission.EDIT_PROGRAMMES, _programme("draft"),
               lambda c, a, pid: approval.submit(c, a, pid)),
    EntryPoint("programme.approve", Permission.APPROVE_PROGRAMMES, _programme("submitted"),
               lambda c, a, pid: approval.approve(c, a, pid, schedule=False)),
    EntryPoint("programme.reject", Permission.APPROVE_PROGRAMMES, _programme("submitted"),
               lambda c, a, pid: approval.reject(c, a, pid, "Sai tên thôn, sửa lại")),
    EntryPoint("programme.quiet_override", Permission.OVERRIDE_QUIET_HOURS,
               _programme("submitted"),
               lambda c, a, pid: approval.override_quiet_hours(
                   c, a, pid, "Thông báo lịch tiêm chủng gấp cho cả xã")),
    EntryPoint("programme.schedule", Permission.PUSH, _programme("approved"),
               lambda c, a, pid: approval.schedule_programme(c, a, pid)),
    EntryPoint("push", Permission.PUSH, _programme("approved"), _create_jobs),
    EntryPoint("emergency.start", Permission.EMERGENCY, _emergency_item,
               lambda c, a, item: live_commands.emergency_start(c, a, item_id=item)),
    EntryPoint("emergency.stop", Permission.EMERGENCY, _emergency_on,
               lambda c, a, _: live_commands.emergency_stop(c, a)),
    EntryPoint("device.set_volume", Permission.OPERATE_DEVICES,
               lambda c, t: _with_targets(c),
               lambda c, a, _: live_commands.device_command(c, a, "set_volume", ["CL-1"],
                                                            volume=40)),
    EntryPoint("devices.import", Permission.EDIT_DEVICES, _registry_file,
               lambda c, a, path: device_registry.import_devices(c, path, a)),
    EntryPoint("devices.register", Permission.EDIT_DEVICES, lambda c, t: None,
               lambda c, a, _: device_registry.import_device_rows(c, TARGET_ROWS, a,
                                                                   name="roles")),
    EntryPoint("users.add", Permission.MANAGE_USERS, lambda c, t: None,
               lambda c, a, _: UserService(c.db).add_user(a, "nguoimoi", Role.VIEWER,
                                                          "mat-khau-moi-9")),
    EntryPoint("content.import", Permission.IMPORT_CONTENT, _sound_file,
               lambda c, a, path: local_content.import_files(c, a, [path])),
    EntryPoint("recording.keep_emergency", Permission.EMERGENCY, lambda c, t: _take(c),
               lambda c, a, take: recording.keep_take(c, a, take, "Khẩn cấp: sơ tán",
                                                      purpose="emergency")),
]

try:  # the station-settings service (TLS switch); present since the field-hardening work
    from console.services import station_settings
except ImportError:  # pragma: no cover
    station_settings = None  # type: ignore[assignment]
else:
    ENTRY_POINTS.append(EntryPoint(
        "settings.verify_tls", Permission.EDIT_SETTINGS, lambda c, t: None,
        lambda c, a, _: station_settings.set_verify_tls(c, a, False)))

try:  # reports services (build, edit, approve, submit, contribute)
    from console.services.reports import contributions as report_contributions
    from console.services.reports import forms as report_forms
    from console.services.reports.periods import period_of
except ImportError:  # pragma: no cover
    report_forms = None  # type: ignore[assignment]
else:
    def _report(state: str) -> Callable[[StationContext, Path], str]:
        def prepare(ctx: StationContext, _tmp: Path) -> str:
            ctx.settings.set(STATION_CODE, "XA-PHULOC")
            view = report_forms.build_report(ctx, ADMIN, period_of("month", 2026, 10))
            if state == "approved":
                report_forms.approve_report(ctx, ADMIN, view.id)
            return view.id
        return prepare

    def _local_item(ctx: StationContext, tmp: Path) -> str:
        report = local_content.import_files(ctx, ADMIN, [_sound_file(ctx, tmp)])
        assert report.imported, report.refused
        return report.imported[0].item_id

    ENTRY_POINTS += [
        EntryPoint("report.build", Permission.PREPARE_REPORTS, lambda c, t: None,
                   lambda c, a, _: report_forms.build_report(c, a, period_of("month", 2026, 10))),
        EntryPoint("report.edit", Permission.PREPARE_REPORTS, _report("draft"),
                   lambda c, a, rid: report_forms.update_report(c, a, rid, notes="Đã rà soát")),
        EntryPoint("report.approve", Permission.APPROVE_REPORTS, _report("draft"),
                   lambda c, a, rid: report_forms.approve_report(c, a, rid)),
        EntryPoint("report.submit", Permission.SUBMIT_REPORTS, _report("approved"),
                   lambda c, a, rid: report_forms.submit_report(c, a, rid)),
        EntryPoint("contribution.send", Permission.CONTRIBUTE, _local_item,
                   lambda c, a, item: report_contributions.contribute_item(c, a, item)),
    ]

try:  # the plan's other channels: the Zalo OA, the team, the plan
    from console.services import zalo as zalo_service
    from console.services.plan.themes import ThemeChanges, save_theme
    from console.services.team.activities import (
        change_activity,
        change_training,
        delete_training,
        record_activity,
        record_training,
    )
    from console.zalo import state as zalo_state
except ImportError:  # pragma: no cover
    zalo_service = None  # type: ignore[assignment]
else:
    def _bulletin_and_oa(ctx: StationContext, _tmp: Path) -> str:
        zalo_state.update(ctx.db, api_url="http://127.0.0.1:9", oauth_url="http://127.0.0.1:9",
                          app_id="3719146372418906118")
        with ctx.db.write() as session:
            session.add(SourceItem(id="tb-zalo", kind="text", title="Thông báo",
                                   published_at=dt.datetime.now(dt.UTC)))
        return "tb-zalo"

    ENTRY_POINTS += [
        EntryPoint("zalo.publish", Permission.PUSH, _bulletin_and_oa,
                   lambda c, a, item: zalo_service.publish_item(c, a, item)),
        EntryPoint("team.activity", Permission.MANAGE_TEAM, lambda c, t: None,
                   lambda c, a, _: record_activity(c, a, day=dt.date(2026, 1, 5),
                                                   kind="meeting", people_reached=30)),
        EntryPoint("team.training", Permission.MANAGE_TEAM, lambda c, t: None,
                   lambda c, a, _: record_training(c, a, day=dt.date(2026, 1, 6),
                                                   title="Tập huấn kỹ năng", attendees=[])),
        EntryPoint("team.training_delete", Permission.MANAGE_TEAM,
                   lambda c, t: record_training(c, ADMIN, day=dt.date(2026, 1, 6),
                                                title="Tập huấn nhầm", attendees=[]),
                   lambda c, a, training_id: delete_training(c, a, training_id)),
        EntryPoint("team.training_change", Permission.MANAGE_TEAM,
                   lambda c, t: record_training(c, ADMIN, day=dt.date(2026, 1, 6),
                                                title="Tập huấn nhầm ngày", attendees=[]),
                   lambda c, a, training_id: change_training(
                       c, a, training_id, day=dt.date(2026, 1, 7), title="Tập huấn nhầm ngày",
                       attendees=[])),
        EntryPoint("team.activity_change", Permission.MANAGE_TEAM,
                   lambda c, t: record_activity(c, ADMIN, day=dt.date(2026, 1, 5),
                                                kind="meeting", people_reached=30),
                   lambda c, a, activity_id: change_activity(
                       c, a, activity_id, day=dt.date(2026, 1, 5), kind="meeting",
                       people_reached=35)),
        EntryPoint("plan.theme", Permission.EDIT_PLAN, lambda c, t: None,
                   lambda c, a, _: save_theme(c, a, ThemeChanges(
                       2026, "month", 3, "Chuyển đổi số", ["chuyển đổi số"],
                       {"airings": 20}))),
    ]

CASES = [(entry, role) for entry in ENTRY_POINTS for role in Role]


def _footprint(ctx: StationContext) -> tuple[int, int, list[tuple[int, str]]]:
    with ctx.db.read() as session:
        audits = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        jobs = session.scalar(select(func.count()).select_from(DeliveryJob)) or 0
        progs = [tuple(r) for r in session.execute(select(Programme.id, Programme.status))]
    return audits, jobs, progs


@pytest.mark.parametrize(("entry", "role"), CASES,
                         ids=[f"{e.name}-{r.value}" for e, r in CASES])
def test_entry_point_checks_the_role(ctx: StationContext, tmp_path: Path,
                                     entry: EntryPoint, role: Role) -> None:
    UserService(ctx.db).create_first_admin("admin", "mat-khau-quan-tri", None)
    arg = entry.prepare(ctx, tmp_path)
    actor = Actor(f"nguoi-{role.value}", role)
    allowed = entry.permission in ROLE_PERMISSIONS[role]
    before = _footprint(ctx)
    if allowed:
        entry.call(ctx, actor, arg)
        # Something was done, and written down under this user's name.
        with ctx.db.read() as session:
            mine = session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.actor == actor.username))
        assert _footprint(ctx) != before
        assert mine, f"{entry.name} by {role.value} left no audit entry"
    else:
        with pytest.raises(PermissionDenied):
            entry.call(ctx, actor, arg)
        assert _footprint(ctx) == before, f"{entry.name} changed data for {role.value}"


def test_every_role_and_permission_is_covered() -> None:
    """The matrix reaches each permission that guards a change, both ways."""
    guarded = {e.permission for e in ENTRY_POINTS}
    for permission in guarded:
        assert any(permission in ROLE_PERMISSIONS[r] for r in Role)
        assert any(permission not in ROLE_PERMISSIONS[r] for r in Role)
    assert len(CASES) == len(ENTRY_POINTS) * len(Role)
