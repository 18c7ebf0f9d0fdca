"""Correcting and deleting a training or an activity: the change kept and audited with what
it was (nothing audited when nothing changed); a deleted one goes with who attended; an id
that is not there (deleted on the other PC meanwhile) is said so."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.models import AuditEntry, Propagandist, TeamActivity, Training, TrainingAttendee
from console.services.errors import InvalidInput, NotFound
from console.services.team.activities import (
    change_activity,
    change_training,
    delete_training,
    record_activity,
    record_training,
)
from console.station import StationContext
from tests.support.delivery import ADMIN


def test_a_training_goes_with_its_attendees_and_is_audited(ctx: StationContext) -> None:
    with ctx.db.write() as session:
        session.add_all([Propagandist(name="Nguyễn Văn Hải"), Propagandist(name="Lò Thị Mai")])
    with ctx.db.read() as session:
        people = list(session.scalars(select(Propagandist.id)))
    training = record_training(ctx, ADMIN, day=dt.date(2026, 11, 22), title="Tập huấn",
                               attendees=people)
    delete_training(ctx, ADMIN, training)
    with ctx.db.read() as session:
        assert session.scalars(select(Training)).all() == []
        assert session.scalars(select(TrainingAttendee)).all() == []
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "team.training_delete")).one()
    assert entry.subject == f"training:{training}"
    assert entry.detail == {"title": "Tập huấn", "day": "2026-11-22", "attendees": 2}
    with pytest.raises(NotFound, match=f"no training {training}"):
        delete_training(ctx, ADMIN, training)


def _people(ctx: StationContext) -> list[int]:
    with ctx.db.write() as session:
        session.add_all([Propagandist(name="Nguyễn Văn Hải"), Propagandist(name="Lò Thị Mai")])
    with ctx.db.read() as session:
        return list(session.scalars(select(Propagandist.id).order_by(Propagandist.id)))


def _changes(ctx: StationContext, action: str) -> list[dict]:  # type: ignore[type-arg]
    with ctx.db.read() as session:
        return [e.detail for e in session.scalars(select(AuditEntry).where(
            AuditEntry.action == action).order_by(AuditEntry.id))]


def test_a_training_is_corrected_and_audited_with_what_it_was(ctx: StationContext) -> None:
    hai, mai = _people(ctx)
    training = record_training(ctx, ADMIN, day=dt.date(2026, 11, 22), title="Tập huấn",
                               attendees=[hai], place="Hội trường")
    assert change_training(ctx, ADMIN, training, day=dt.date(2026, 11, 21),
                           title="  Tập huấn kỹ năng ", attendees=[mai, hai, mai],
                           place="Hội trường") == ["day", "title", "attendees"]
    with ctx.db.read() as session:
        row = session.get(Training, training)
        assert (row.day, row.title, row.place) == (dt.date(2026, 11, 21), "Tập huấn kỹ năng",
                                                   "Hội trường")
        assert sorted(session.scalars(select(TrainingAttendee.propagandist_id))) == [hai, mai]
    assert _changes(ctx, "team.training_change") == [{
        "day": ["2026-11-22", "2026-11-21"], "title": ["Tập huấn", "Tập huấn kỹ năng"],
        "attendees": ["Nguyễn Văn Hải", "Lò Thị Mai, Nguyễn Văn Hải"]}]
    # The same values again: nothing changed, nothing audited.
    assert change_training(ctx, ADMIN, training, day=dt.date(2026, 11, 21),
                           title="Tập huấn kỹ năng", attendees=[hai, mai],
                           place="Hội trường") == []
    assert len(_changes(ctx, "team.training_change")) == 1
    with pytest.raises(InvalidInput, match="needs a title"):
        change_training(ctx, ADMIN, training, day=dt.date(2026, 11, 21), title=" ",
                        attendees=[])
    with pytest.raises(InvalidInput, match="no propagandist 999"):
        change_training(ctx, ADMIN, training, day=dt.date(2026, 11, 21), title="Tập huấn",
                        attendees=[999])
    with ctx.db.read() as session:  # a refused change leaves the training as it was
        assert session.get(Training, training).title == "Tập huấn kỹ năng"
        assert len(session.scalars(select(TrainingAttendee)).all()) == 2
    delete_training(ctx, ADMIN, training)
    with pytest.raises(NotFound, match=f"no training {training}"):
        change_training(ctx, ADMIN, training, day=dt.date(2026, 11, 21), title="Tập huấn",
                        attendees=[])


def test_an_activity_is_corrected_and_audited_with_what_it_was(ctx: StationContext) -> None:
    hai, mai = _people(ctx)
    activity = record_activity(ctx, ADMIN, day=dt.date(2026, 11, 20), kind="meeting",
                               people_reached=45, title="Họp dân", participants=[hai])
    assert change_activity(ctx, ADMIN, activity, day=dt.date(2026, 11, 20),
                           kind="house_visits", people_reached=12, title="Họp dân",
                           participants=[hai, mai]) == ["kind", "people_reached",
                                                        "participants"]
    with ctx.db.read() as session:
        row = session.get(TeamActivity, activity)
        assert (row.kind, row.people_reached, row.participants) == ("house_visits", 12,
                                                                    [hai, mai])
    assert _changes(ctx, "team.activity_change") == [{
        "kind": ["meeting", "house_visits"], "people_reached": [45, 12],
        "participants": ["Nguyễn Văn Hải", "Lò Thị Mai, Nguyễn Văn Hải"]}]
    with pytest.raises(InvalidInput, match="has not come yet"):
        change_activity(ctx, ADMIN, activity, day=dt.date.today() + dt.timedelta(days=3),
                        kind="meeting", people_reached=1)
    with pytest.raises(InvalidInput, match="0 to 100000"):
        change_activity(ctx, ADMIN, activity, day=dt.date(2026, 11, 20), kind="meeting",
                        people_reached=-1)
    with ctx.db.read() as session:
        assert session.get(TeamActivity, activity).people_reached == 12
    with ctx.db.write() as session:
        session.delete(session.get(TeamActivity, activity))
    with pytest.raises(NotFound, match=f"no activity {activity}"):
        change_activity(ctx, ADMIN, activity, day=dt.date(2026, 11, 20), kind="meeting",
                        people_reached=1)
