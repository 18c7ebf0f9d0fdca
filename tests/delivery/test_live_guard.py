"""Live commands under the rules of programmes: quiet hours, withdrawn or expired items,
commune-made items not yet approved, roles, and the plan the confirmation dialog shows."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.delivery.commands import active_emergencies
from console.models import AuditEntry, DeliveryJob, SourceItem
from console.models.enums import Role
from console.services.errors import InvalidInput, PermissionDenied
from console.services.live_commands import (
    QuietHours,
    QuietOverride,
    approve_item,
    device_command,
    emergency_start,
    plan_play_now,
    play_item_now,
)
from console.services.permissions import Actor
from console.timezone import STATION_TZ
from tests.support.delivery import ADMIN, cache_sound, make_item

OPERATOR = Actor("vanhanh", Role.OPERATOR)
LEADER = Actor("lanhdao", Role.APPROVER)
AT_23 = dt.datetime(2026, 12, 7, 23, 0, tzinfo=STATION_TZ)
AT_9 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=STATION_TZ)


@pytest.fixture
def item(ctx, tmp_path) -> str:  # type: ignore[no-untyped-def]
    sha = cache_sound(ctx, tmp_path, "speech", -20.0)
    item_id = make_item(ctx, sha, title="Thông báo lịch tiêm chủng")
    with ctx.db.write() as session:
        session.get(SourceItem, item_id).priority = "normal"
    return item_id


def test_play_now_at_23_is_refused_without_a_leaders_reason(ctx, fleet, item) -> None:  # type: ignore[no-untyped-def]
    plan = plan_play_now(ctx, OPERATOR, item, ["cl-001", "cl-002"], now=AT_23)
    assert plan.quiet and plan.at == AT_23 and plan.title == "Thông báo lịch tiêm chủng"
    assert [t for t, _ in plan.targets] == ["cl-001", "cl-002"]
    assert plan.targets[0][1].startswith("Cụm loa") and 5 < (plan.length_s or 0) < 30
    with pytest.raises(QuietHours) as refused:
        play_item_now(ctx, OPERATOR, item, ["cl-001"], now=AT_23)
    assert "23:00" in str(refused.value) and refused.value.params["first"] == "05:30"
    # an operator cannot allow it; a leader can, with a written reason
    with pytest.raises(PermissionDenied):
        play_item_now(ctx, OPERATOR, item, ["cl-001"], now=AT_23,
                      override=QuietOverride(OPERATOR, "cần thông báo gấp cho bà con"))
    with pytest.raises(InvalidInput):
        play_item_now(ctx, OPERATOR, item, ["cl-001"], now=AT_23,
                      override=QuietOverride(LEADER, "gấp"))
    jobs = play_item_now(ctx, OPERATOR, item, ["cl-001"], now=AT_23,
                         override=QuietOverride(LEADER, "cần thông báo gấp cho bà con"))
    assert len(jobs) == 1
    with ctx.db.read() as session:
        audit = {a.action: a for a in session.scalars(select(AuditEntry))}
    assert audit["device.quiet_override"].actor == "lanhdao"
    assert audit["device.play_now"].actor == "vanhanh"
    # in the day it goes as it is
    assert len(play_item_now(ctx, OPERATOR, item, ["cl-001", "cl-003"], now=AT_9)) == 2


def test_withdrawn_expired_and_unapproved_items_stay_off_the_air(ctx, fleet, item) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.write() as session:
        session.get(SourceItem, item).valid_until = AT_9 - dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="may be broadcast only until"):
        play_item_now(ctx, ADMIN, item, ["cl-001"], now=AT_9)
    with ctx.db.write() as session:
        row = session.get(SourceItem, item)
        row.valid_until, row.withdrawn = None, True
    with pytest.raises(InvalidInput, match="withdrawn by the province"):
        play_item_now(ctx, ADMIN, item, ["cl-001"], now=AT_9)
    with pytest.raises(InvalidInput, match="withdrawn by the province"):  # emergencies too
        emergency_start(ctx, ADMIN, item_id=item, now=AT_9)
    with ctx.db.write() as session:
        row = session.get(SourceItem, item)
        row.withdrawn, row.local, row.reviewed = False, True, False
    with pytest.raises(InvalidInput, match="has not approved it"):
        play_item_now(ctx, ADMIN, item, ["cl-001"], now=AT_9)
    with pytest.raises(PermissionDenied):
        approve_item(ctx, OPERATOR, item)
    approve_item(ctx, LEADER, item)
    assert play_item_now(ctx, OPERATOR, item, ["cl-001"], now=AT_9)
    with pytest.raises(PermissionDenied):  # a viewer may do nothing on the air
        play_item_now(ctx, Actor("xem", Role.VIEWER), item, ["cl-001"], now=AT_9)


def test_stop_during_an_emergency_ends_it_on_that_target(ctx, fleet, item) -> None:  # type: ignore[no-untyped-def]
    eid, _jobs = emergency_start(ctx, ADMIN, item_id=item, target_ids=["cl-001", "cl-002"],
                                 now=AT_23)  # quiet hours never hold an emergency back
    with pytest.raises(PermissionDenied):  # an editor could stop nothing anyway
        device_command(ctx, Actor("bientap", Role.EDITOR), "stop", ["cl-001"])
    jobs = device_command(ctx, OPERATOR, "stop", ["cl-001"])
    with ctx.db.read() as session:
        assert active_emergencies(session) == {eid: ["cl-002"]}
        kinds = [p["command"]["type"] for p in session.scalars(
            select(DeliveryJob.payload).where(DeliveryJob.id.in_(jobs)))]
    assert sorted(kinds) == ["emergency_stop", "stop"]
