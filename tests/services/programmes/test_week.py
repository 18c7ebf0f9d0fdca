"""The programme week in the services: repeat rules with several times a day, skipped and
moved airings, village targets, templates, duplicate / delete / withdraw, airings the
province asks for, and an approver signing in at the operator's PC."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.delivery.jobs import build_payload
from console.models import AuditEntry, DeliveryJob, DeliveryTarget, Programme, SourceItem, Village
from console.recurrence import Rule
from console.services import programmes as svc
from console.services.errors import AuthenticationFailed, InvalidInput, PermissionDenied
from console.services.programmes import airings, lifecycle, requests, schedule, targets
from console.timezone import STATION_TZ, station_now
from tests.support.programmes import PASSWORD, Station, audio_items


def monday_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.isoweekday()) % 7 + 1)


def test_rule_with_two_times_weekdays_and_a_skipped_day() -> None:
    monday = dt.date(2026, 12, 7)
    rule = Rule.of("weekly", monday, [dt.time(5, 30), dt.time(17, 0)],
                   end_date=monday + dt.timedelta(days=27), weekdays=[1, 3, 5],
                   skip=[(monday + dt.timedelta(days=9)).isoformat()])
    start = dt.datetime.combine(monday, dt.time(), STATION_TZ)
    starts = rule.starts(start, start + dt.timedelta(days=40))
    assert len(starts) == 22
    assert {s.isoweekday() for s in starts} == {1, 3, 5}
    assert not any(s.date() == monday + dt.timedelta(days=9) for s in starts)
    weekdays = Rule.of("weekdays", monday, [dt.time(6, 0)])
    assert [s.isoweekday() for s in weekdays.starts(start, start + dt.timedelta(days=7))] == \
        [1, 2, 3, 4, 5]


def test_schedule_occurrences_and_a_moved_airing(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    pid = svc.create_programme(ctx.db, ed, "Tuần", item_ids=audio_items(ctx, 1))
    monday = monday_after(station_now().date())
    svc.set_schedule(ctx.db, ed, pid, "weekly", times=["05:30", "17:00"], weekdays=[1, 3, 5],
                     start_date=monday, end_date=monday + dt.timedelta(days=27),
                     skip=[monday + dt.timedelta(days=2)])
    since = dt.datetime.combine(monday, dt.time(), STATION_TZ)
    with ctx.db.read() as session:
        programme = session.get(Programme, pid)
        assert len(schedule.airings_between(programme, since, since + dt.timedelta(days=28))) \
            == 22
        assert programme.start_at == dt.datetime.combine(monday, dt.time(5, 30), STATION_TZ)
    first = dt.datetime.combine(monday, dt.time(5, 30), STATION_TZ)
    schedule.move_airing(ctx.db, ed, pid, first, first + dt.timedelta(hours=1, minutes=30))
    with ctx.db.read() as session:
        programme = session.get(Programme, pid)
        starts = schedule.airings_between(programme, since, since + dt.timedelta(days=1))
        assert [s.strftime("%H:%M") for s in starts] == ["07:00", "17:00"]
        payload = build_payload(session, programme)
    ids = [e["id"] for e in payload["entries"]]
    assert any(i.endswith("-t1") for i in ids) and any(i.endswith("-x0") for i in ids)
    schedule.move_airing(ctx.db, ed, pid, dt.datetime.combine(monday, dt.time(17), STATION_TZ),
                         dt.datetime.combine(monday, dt.time(17, 30), STATION_TZ),
                         series=True)
    with ctx.db.read() as session:
        sched = session.get(Programme, pid).schedule
        assert sched.times == ["06:00", "17:30"]  # the series moved by half an hour
    with pytest.raises(InvalidInput):
        schedule.move_airing(ctx.db, ed, pid, first - dt.timedelta(minutes=1), first)


def test_village_targets_reach_only_that_villages_devices(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    with ctx.db.write() as session:
        for n, village in enumerate(("Thôn Đông", "Thôn Tây")):
            row = Village(name=village)
            session.add(row)
            session.flush()
            for k in range(2):
                session.add(DeliveryTarget(id=f"v{n}-{k}", kind="loudspeaker_cluster",
                                           name=f"Cụm {n}{k}", village_id=row.id,
                                           protocol="reference", address="http://127.0.0.1:9",
                                           options={}))
    pid = svc.create_programme(ctx.db, ed, "Một thôn", item_ids=audio_items(ctx, 1))
    svc.set_targets(ctx.db, ed, pid, svc.TargetChoice(False, ("Thôn Đông",), ("v1-1",)))
    assert targets.programme_targets(ctx.db, pid).spec() == "village:Thôn Đông,v1-1"
    tree = svc.target_tree(ctx.db)
    assert [v.name for v in tree.villages] == ["Thôn Đông", "Thôn Tây"]  # Vietnamese order
    assert [len(v.devices) for v in tree.villages] == [2, 2]
    with ctx.db.read() as session:
        reached = targets.target_ids(session, session.get(Programme, pid))
    assert reached == {"v0-0", "v0-1", "v1-1"}
    with pytest.raises(Exception, match="village"):
        svc.set_targets(ctx.db, ed, pid, "village:Không có")


def test_templates_duplicate_delete_and_withdraw(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    lifecycle.ensure_station_jingle(ctx)
    templates = svc.list_programmes(ctx.db, templates=True)
    assert [t.name for t in templates] == ["Bản tin sáng 05:30", "Bản tin chiều 17:00"]
    morning = templates[0]
    _row, entries = svc.get_programme(ctx.db, morning.id)
    assert [(e.kind, e.jingle) for e in entries] == [("jingle", "intro"), ("jingle", "outro")]
    pid = lifecycle.from_template(ctx, ed, morning.id)
    row, _entries = svc.get_programme(ctx.db, pid)
    assert row.repeat == "daily" and row.next_airing is not None and not row.is_template
    assert row.next_airing.strftime("%H:%M") == "05:30"
    copy = lifecycle.duplicate(ctx.db, ed, pid, name="Bản sao")
    assert svc.get_programme(ctx.db, copy)[0].entries == 2
    lifecycle.delete_draft(ctx.db, ed, copy)
    assert copy not in {r.id for r in svc.list_programmes(ctx.db)}
    saved = lifecycle.save_as_template(ctx.db, ed, pid, "Mẫu của tôi")
    assert saved in {t.id for t in svc.list_programmes(ctx.db, templates=True)}
    # A scheduled programme is withdrawn, not deleted; devices that had it are refreshed.
    svc.add_items(ctx.db, ed, pid, audio_items(ctx, 1))
    with ctx.db.write() as session:
        session.add(DeliveryTarget(id="cl-1", kind="loudspeaker_cluster", name="Cụm 1",
                                   protocol="reference", address="http://127.0.0.1:9",
                                   options={}))
        programme = session.get(Programme, pid)
        programme.status = "scheduled"
        session.add(DeliveryJob(programme_id=pid, programme_version=programme.version,
                                target_id="cl-1", kind="programme", lane="routine",
                                state="delivered", payload={}))
    with pytest.raises(InvalidInput):
        lifecycle.delete_draft(ctx.db, ed, pid)
    with pytest.raises(PermissionDenied):
        lifecycle.withdraw(ctx.db, ed, pid)  # an editor may not take a programme off air
    jobs = lifecycle.withdraw(ctx.db, station.operator, pid, reason="sai nội dung")
    with ctx.db.read() as session:
        refresh = session.get(DeliveryJob, jobs[0])
        assert (refresh.kind, refresh.target_id) == ("schedule", "cl-1")
        assert session.get(Programme, pid).status == "withdrawn"
        assert session.scalar(select(AuditEntry.actor).where(
            AuditEntry.action == "programme.withdraw")) == "op"


def test_priority_requests_are_owed_until_scheduled(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    item_id = audio_items(ctx, 1)[0]
    tomorrow = station_now().date() + dt.timedelta(days=1)
    windows = [{"start": dt.datetime.combine(tomorrow + dt.timedelta(days=n), dt.time(5),
                                             STATION_TZ).isoformat(),
                "end": dt.datetime.combine(tomorrow + dt.timedelta(days=n), dt.time(8),
                                           STATION_TZ).isoformat()} for n in range(2)]
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).requested_airings = windows
    owed = {o.item_id: o for o in requests.owed_airings(ctx.db)}[item_id]
    assert (owed.requested, owed.scheduled, owed.needed) == (2, 0, 2)
    pid = svc.create_programme(ctx.db, ed, "Sáng", item_ids=[item_id])
    svc.set_schedule(ctx.db, ed, pid, "once", times=["05:30"], start_date=tomorrow)
    owed = {o.item_id: o for o in requests.owed_airings(ctx.db)}[item_id]
    assert owed.needed == 1
    report = svc.check_programme(ctx, pid)
    short = [p for p in report.problems if p.code == "airings_short"]
    assert short and not short[0].blocking and short[0].params["covered"] == 1
    svc.set_schedule(ctx.db, ed, pid, "daily", times=["05:30"], start_date=tomorrow,
                     end_date=tomorrow + dt.timedelta(days=3))
    assert item_id not in {o.item_id for o in requests.still_owed(ctx.db)}


def test_preview_marks_quiet_hours_and_conflicts_on_their_airing(station: Station) -> None:
    ctx, ed = station.ctx, station.editor
    tomorrow = station_now().date() + dt.timedelta(days=1)
    items = audio_items(ctx, 2)
    other = svc.create_programme(ctx.db, ed, "Chiều", item_ids=items[:1])
    svc.set_schedule(ctx.db, ed, other, "once", times=["17:00"], start_date=tomorrow)
    pid = svc.create_programme(ctx.db, ed, "Mới", item_ids=items[1:])
    draft = airings.ScheduleDraft("daily", ("04:45", "17:00"), tomorrow,
                                  tomorrow + dt.timedelta(days=5))
    shown = airings.preview_airings(ctx, pid, draft, count=4)
    assert [a.start.strftime("%H:%M") for a in shown] == ["04:45", "17:00", "04:45", "17:00"]
    assert [p.code for p in shown[0].problems] == ["quiet_hours"]
    assert [p.code for p in shown[1].problems] == ["conflict"]
    assert shown[3].problems == ()


def test_an_approver_signs_in_for_one_approval(station: Station) -> None:
    ctx, ed, op = station.ctx, station.editor, station.operator
    tomorrow = station_now().date() + dt.timedelta(days=1)
    pid = svc.create_programme(ctx.db, ed, "Duyệt tại chỗ", item_ids=audio_items(ctx, 1))
    svc.set_schedule(ctx.db, ed, pid, "once", times=["06:00"], start_date=tomorrow)
    svc.submit(ctx, ed, pid)
    with pytest.raises(AuthenticationFailed):
        svc.approval.approve_signed_in(ctx, op, "leader", "sai-mat-khau", pid)
    with pytest.raises(PermissionDenied):
        svc.approval.approve_signed_in(ctx, op, "ed", PASSWORD, pid)  # not an approver
    result = svc.approval.approve_signed_in(ctx, op, "leader", PASSWORD, pid)
    assert result.status in ("approved", "scheduled")
    with ctx.db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "programme.approve")).one()
    assert entry.actor == "leader" and entry.detail["requested_by"] == "op"


def test_the_editor_is_offered_only_requested_items_the_programme_can_air(station: Station) -> None:
    """What the province asks for includes pictures for the boards and items allowed only
    later; with no programme going to a board (none here), the programme editor offers to
    add only what a loudspeaker can play (a file to play or a text to read) and may air at
    the programme's next airing. (Pictures for a programme that reaches a board:
    test_pictures_on_boards.py.)"""
    ctx = station.ctx
    tomorrow = station_now().date() + dt.timedelta(days=1)
    window = [{"start": dt.datetime.combine(tomorrow, dt.time(5), STATION_TZ).isoformat(),
               "end": dt.datetime.combine(tomorrow, dt.time(8), STATION_TZ).isoformat()}]
    audio = audio_items(ctx, 1)[0]
    with ctx.db.write() as session:
        by_kind = {kind: session.scalars(select(SourceItem.id).where(
            SourceItem.kind == kind, SourceItem.withdrawn.is_(False),
            SourceItem.priority != "emergency").order_by(SourceItem.id)).first()
            for kind in ("image", "text")}
        assert all(by_kind.values()), by_kind
        for item_id in (audio, *by_kind.values()):
            item = session.get(SourceItem, item_id)
            item.requested_airings, item.valid_until = window, None
    owed = {o.item_id for o in requests.still_owed(ctx.db)}
    assert {audio, by_kind["image"], by_kind["text"]} <= owed  # the Today page lists all
    offered = {o.item_id for o in requests.owed_for_a_programme(ctx.db).items}
    assert audio in offered and by_kind["text"] in offered
    assert by_kind["image"] not in offered
    assert offered <= owed
    # For a programme airing tomorrow at 05:30 and the two mornings after: not what may air
    # only from the day after tomorrow, nor what expires before its last morning.
    airing = dt.datetime.combine(tomorrow, dt.time(5, 30), STATION_TZ)
    pid = svc.create_programme(ctx.db, station.editor, "Sáng", start_at=airing)
    svc.set_schedule(ctx.db, station.editor, pid, "daily", times=["05:30"],
                     start_date=tomorrow, end_date=tomorrow + dt.timedelta(days=2))
    with ctx.db.write() as session:
        session.get(SourceItem, by_kind["text"]).valid_from = airing + dt.timedelta(days=1)
        session.get(SourceItem, audio).valid_until = airing + dt.timedelta(days=1)
    offered = {o.item_id for o in requests.owed_for_a_programme(ctx.db, pid).items}
    assert not offered & {audio, by_kind["text"], by_kind["image"]}, offered
    with ctx.db.write() as session:
        session.get(SourceItem, audio).valid_until = None
    assert audio in {o.item_id for o in requests.owed_for_a_programme(ctx.db, pid).items}


def test_the_editor_leaves_out_requests_the_programme_airs_outside_of(station: Station) -> None:
    """A request asked for by this noon is not offered to the evening programme (adding it
    there would not air it when asked); the offer says which were left out. A programme
    with no airing yet is offered them all."""
    ctx = station.ctx
    tomorrow = station_now().date() + dt.timedelta(days=1)
    morning, evening = audio_items(ctx, 2)

    def window(start: dt.time, end: dt.time) -> list[dict[str, str]]:
        return [{"start": dt.datetime.combine(tomorrow, start, STATION_TZ).isoformat(),
                 "end": dt.datetime.combine(tomorrow, end, STATION_TZ).isoformat()}]

    with ctx.db.write() as session:
        for item_id, asked in ((morning, window(dt.time(5), dt.time(12))),
                               (evening, window(dt.time(16), dt.time(19)))):
            item = session.get(SourceItem, item_id)
            item.requested_airings, item.valid_until, item.priority = asked, None, "normal"
    pid = svc.create_programme(ctx.db, station.editor, "Chiều", start_at=dt.datetime.combine(
        tomorrow, dt.time(17), STATION_TZ))
    offer = requests.owed_for_a_programme(ctx.db, pid)
    offered = {o.item_id for o in offer.items}
    assert evening in offered and morning not in offered
    assert morning in {o.item_id for o in offer.elsewhen}
    assert not offered & {o.item_id for o in offer.elsewhen}
    unscheduled = svc.create_programme(ctx.db, station.editor, "Chưa có giờ")
    offer = requests.owed_for_a_programme(ctx.db, unscheduled)
    assert {morning, evening} <= {o.item_id for o in offer.items} and not offer.elsewhen
