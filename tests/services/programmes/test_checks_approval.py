"""Checks with reasons, and the approval workflow with its audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from console.media.store import MediaStore
from console.models import DeliveryTarget, MediaBlob, SourceItem
from console.services import audit
from console.services import programmes as svc
from console.services.errors import InvalidInput, PermissionDenied
from console.settings import DAILY_LIMIT_MIN, SESSION_LIMIT_MIN
from console.timezone import STATION_TZ, station_now
from tests.support.programmes import Station, audio_items, tomorrow_at


def _programme(station: Station, start: dt.datetime, count: int = 2, **kw: object) -> int:
    ctx = station.ctx
    pid = svc.create_programme(ctx.db, station.editor, "Bản tin sáng", start_at=start, **kw)
    svc.add_items(ctx.db, station.editor, pid, audio_items(ctx, count, at=start))
    svc.refresh_timing(ctx.db, ctx.paths, pid)
    return pid


def test_programme_at_0315_fails_with_the_quiet_hours_reason(station: Station) -> None:
    pid = _programme(station, tomorrow_at(3, 15))
    report = svc.check_programme(station.ctx, pid)
    assert not report.ok
    quiet = [p for p in report.blocking if p.code == "quiet_hours"]
    assert quiet and "03:15" in quiet[0].reason and "05:30-21:00" in quiet[0].reason
    assert quiet[0].fix
    # A programme that runs past 21:00 is refused too.
    late = _programme(station, tomorrow_at(20, 59) + dt.timedelta(seconds=50))
    assert "quiet_hours" in svc.check_programme(station.ctx, late).codes()


def test_good_programme_passes_content_checks(station: Station) -> None:
    pid = _programme(station, tomorrow_at(5, 30))
    report = svc.check_programme(station.ctx, pid)
    assert report.ok, report.problems
    air = svc.check_programme(station.ctx, pid, for_air=True)
    assert [p.code for p in air.blocking] == ["not_approved"]


def test_quiet_hours_override_by_approver_is_logged(station: Station) -> None:
    ctx = station.ctx
    pid = _programme(station, tomorrow_at(3, 15))
    with pytest.raises(PermissionDenied):
        svc.override_quiet_hours(ctx, station.editor, pid, "bão số 3 đổ bộ, cần thông báo sớm")
    with pytest.raises(InvalidInput, match="reason"):
        svc.override_quiet_hours(ctx, station.approver, pid, "vì")
    with pytest.raises(InvalidInput, match="quiet hours"):
        svc.approve(ctx, station.approver, pid)
    result = svc.approve(ctx, station.approver, pid,
                         quiet_reason="Bão số 3 đổ bộ, cần thông báo sớm cho bà con")
    assert result.status in ("approved", "scheduled")
    entries = audit.recent(ctx.db, action="programme.quiet_override")
    assert entries[0].actor == "leader"
    assert entries[0].detail["reason"] == "Bão số 3 đổ bộ, cần thông báo sớm cho bà con"
    report = svc.check_programme(ctx, pid)
    assert report.ok and "quiet_hours" in report.codes()  # still shown, as allowed


def test_only_approvers_approve(station: Station) -> None:
    pid = _programme(station, tomorrow_at(5, 30))
    for actor in (station.editor, station.operator):
        with pytest.raises(PermissionDenied):
            svc.approve(station.ctx, actor, pid)
    with pytest.raises(PermissionDenied):
        svc.reject(station.ctx, station.editor, pid, "không")


def test_workflow_submit_reject_resubmit_approve_edit_back_to_draft(station: Station) -> None:
    ctx = station.ctx
    pid = _programme(station, tomorrow_at(17, 0))
    svc.submit(ctx, station.editor, pid)
    with pytest.raises(InvalidInput):
        svc.reject(ctx, station.approver, pid, "  ")
    svc.reject(ctx, station.approver, pid, "Thiếu bản tin thời tiết")
    row, _ = svc.get_programme(ctx.db, pid)
    assert row.status == "rejected"
    svc.submit(ctx, station.editor, pid)
    result = svc.approve(ctx, station.approver, pid)
    # No cluster is configured: approved, and the reason it was not scheduled is given.
    assert result.status == "approved" and "no enabled cluster" in result.note
    svc.set_volume(ctx.db, station.editor, pid, svc.get_programme(ctx.db, pid)[1][0].id, -3)
    row, _ = svc.get_programme(ctx.db, pid)
    assert row.status == "draft" and row.approved_by is None
    actions = [a.action for a in reversed(audit.recent(ctx.db))
               if a.subject == f"programme:{pid}"]
    assert actions == ["programme.create", "programme.submit", "programme.reject",
                       "programme.submit", "programme.approve", "programme.schedule_failed",
                       "programme.returned_to_draft"]


def test_approval_with_a_cluster_schedules_and_queues_delivery(station: Station) -> None:
    ctx = station.ctx
    with ctx.db.write() as session:
        session.add(DeliveryTarget(id="cum-1", kind="loudspeaker_cluster", name="Cụm loa thôn 1",
                                   protocol="reference", address="http://127.0.0.1:9"))
    pid = _programme(station, tomorrow_at(5, 30))
    result = svc.approve(ctx, station.approver, pid)
    assert result.status == "scheduled" and len(result.jobs) == 1
    assert audit.recent(ctx.db, action="programme.schedule")[0].detail["jobs"] == result.jobs


def test_expired_withdrawn_and_uncached_items_are_refused(station: Station) -> None:
    ctx = station.ctx
    start = tomorrow_at(5, 30)
    pid = _programme(station, start, count=3)
    _, entries = svc.get_programme(ctx.db, pid)
    first, second, third = (e.item_id for e in entries)
    with ctx.db.write() as session:
        session.get(SourceItem, first).valid_until = start - dt.timedelta(hours=1)
        session.get(SourceItem, second).withdrawn = True
        sha = session.get(SourceItem, third).files[0].sha256
        session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha).values(state="missing"))
    MediaStore(ctx.paths.media).path(sha).unlink()
    report = svc.check_programme(ctx, pid)
    by_code = {p.code: p for p in report.blocking}
    assert {"expired", "withdrawn", "not_cached"} <= set(by_code)
    assert "valid only until" in by_code["expired"].reason
    with pytest.raises(InvalidInput, match="withdrawn"):
        svc.add_items(ctx.db, station.editor, pid, [second])
    with pytest.raises(InvalidInput, match="cannot be submitted"):
        svc.submit(ctx, station.editor, pid)


def test_not_yet_valid_item(station: Station) -> None:
    ctx = station.ctx
    start = tomorrow_at(5, 30)
    pid = _programme(station, start, count=1)
    item_id = svc.get_programme(ctx.db, pid)[1][0].item_id
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).valid_from = start + dt.timedelta(days=1)
    assert "not_yet_valid" in svc.check_programme(ctx, pid).codes()


def test_session_limit_and_slot_overrun(station: Station) -> None:
    ctx = station.ctx
    pid = _programme(station, tomorrow_at(5, 30), count=3, slot_limit_s=30.0)
    report = svc.check_programme(ctx, pid)
    assert "slot_overrun" in report.codes() and report.ok  # a warning only
    ctx.settings.set(SESSION_LIMIT_MIN, 1)
    report = svc.check_programme(ctx, pid)
    assert [p.code for p in report.blocking] == ["session_limit"]
    assert "longer than the station's limit of 1:00" in report.blocking[0].reason


def test_overlapping_programmes_on_one_target_conflict(station: Station) -> None:
    ctx = station.ctx
    first = _programme(station, tomorrow_at(17, 0))
    second = _programme(station, tomorrow_at(17, 0) + dt.timedelta(seconds=20))
    report = svc.check_programme(ctx, second)
    conflict = [p for p in report.blocking if p.code == "conflict"]
    assert conflict and f"programme {first}" in conflict[0].reason
    later = _programme(station, tomorrow_at(18, 0))
    assert "conflict" not in svc.check_programme(ctx, later).codes()


def test_local_items_are_marked_for_local_approval(station: Station) -> None:
    ctx = station.ctx
    pid = _programme(station, tomorrow_at(5, 30), count=1)
    item_id = svc.get_programme(ctx.db, pid)[1][0].item_id
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).local = True
    assert svc.get_programme(ctx.db, pid)[1][0].local
    assert "local_content" in svc.check_programme(ctx, pid).codes()
    svc.approve(ctx, station.approver, pid, schedule=False)
    assert audit.recent(ctx.db, action="programme.approve")[0].detail["local_content"] == [item_id]


def test_emergency_programme_ignores_quiet_hours(station: Station) -> None:
    pid = _programme(station, tomorrow_at(3, 15), priority="emergency")
    assert "quiet_hours" not in svc.check_programme(station.ctx, pid).codes()


def test_unknown_ids_are_plain_errors(station: Station) -> None:
    from console.services.errors import NotFound

    with pytest.raises(NotFound, match="no programme 999"):
        svc.check_programme(station.ctx, 999)
    pid = svc.create_programme(station.ctx.db, station.editor, "x")
    with pytest.raises(NotFound):
        svc.add_items(station.ctx.db, station.editor, pid, ["nope"])
    report = svc.check_programme(station.ctx, pid)
    assert {"empty", "no_start"} <= report.codes()
    with station.ctx.db.read() as session:
        assert session.scalar(select(SourceItem.id).limit(1))


def test_text_without_a_speech_engine_is_reported(station: Station,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import console.audio.speech as speech

    monkeypatch.setattr(speech, "default_engine", lambda: None)
    ctx = station.ctx
    pid = _programme(station, tomorrow_at(5, 30), count=1)
    svc.add_entry(ctx.db, station.editor, pid, "speech", text="Thông báo họp dân lúc 19 giờ")
    svc.refresh_timing(ctx.db, ctx.paths, pid, synthesize=True)  # keeps the estimate
    problems = [p for p in svc.check_programme(ctx, pid).blocking if p.code == "no_speech"]
    assert problems and "boards" in problems[0].fix


def test_create_with_a_bad_item_or_group_leaves_nothing(station: Station) -> None:
    from console.services.errors import NotFound

    ctx = station.ctx
    good = audio_items(ctx, 1)
    with pytest.raises(NotFound):
        svc.create_programme(ctx.db, station.editor, "x", item_ids=[*good, "nope"])
    with pytest.raises(NotFound, match="group"):
        svc.create_programme(ctx.db, station.editor, "x", item_ids=good, targets="group:Thôn 9")
    assert svc.list_programmes(ctx.db) == []
    pid = svc.create_programme(ctx.db, station.editor, "x", item_ids=good)
    assert svc.get_programme(ctx.db, pid)[0].entries == 1


def test_a_repeating_programme_is_checked_from_its_next_airing(station: Station) -> None:
    """A daily programme's airing of yesterday morning is over: an item valid from today on
    may go into it (yesterday's airing counted and refused it), and nothing else changes."""
    ctx = station.ctx
    today = station_now().date()
    pid = _programme(station, tomorrow_at(5, 30), count=1)
    svc.set_schedule(ctx.db, station.editor, pid, "daily", times=["05:30"],
                     start_date=today - dt.timedelta(days=3))
    item_id = svc.get_programme(ctx.db, pid)[1][0].item_id
    with ctx.db.write() as session:
        item = session.get(SourceItem, item_id)
        item.valid_from = dt.datetime.combine(today, dt.time(), STATION_TZ)
        item.valid_until = None
    report = svc.check_programme(ctx, pid)
    assert "not_yet_valid" not in report.codes() and report.ok, report.problems
    # From the day after tomorrow on: tomorrow's airing is too early, and says so.
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).valid_from = tomorrow_at(5, 30) + dt.timedelta(days=1)
    problems = [p for p in svc.check_programme(ctx, pid).problems if p.code == "not_yet_valid"]
    assert problems and problems[0].params["when"].date() >= today
    # A one-off programme keeps its own start, past or not.
    once = _programme(station, tomorrow_at(5, 30), count=1)
    once_item = svc.get_programme(ctx.db, once)[1][0].item_id
    with ctx.db.write() as session:
        session.get(SourceItem, once_item).valid_from = tomorrow_at(5, 30) + dt.timedelta(days=1)
    assert "not_yet_valid" in svc.check_programme(ctx, once).codes()


def test_the_daily_limit_counts_this_mornings_airing(station: Station,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """At noon, a programme airing at 06:00 and 18:00 on its last day: the evening airing
    is checked, and the day's broadcast time still counts the morning's."""
    from console.services.programmes import air_window, schedule

    ctx = station.ctx
    today = station_now().date()
    noon = dt.datetime.combine(today, dt.time(12), STATION_TZ)
    monkeypatch.setattr(air_window, "station_now", lambda: noon)
    monkeypatch.setattr(schedule, "station_now", lambda: noon)
    pid = _programme(station, tomorrow_at(5, 30), count=3)
    total = svc.check_programme(ctx, pid).total_s
    assert total > 60, total  # one airing fits the limit below, two do not
    ctx.settings.set(DAILY_LIMIT_MIN, -(-int(total) // 60))
    svc.set_schedule(ctx.db, station.editor, pid, "daily", times=["06:00", "18:00"],
                     start_date=today - dt.timedelta(days=2), end_date=today)
    over = [p for p in svc.check_programme(ctx, pid).problems if p.code == "daily_limit"]
    assert over and over[0].params["day"] == today, over
