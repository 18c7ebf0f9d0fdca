"""Deleting a training: gone with who attended, audited with what it was; an id that is
not there (deleted on the other PC meanwhile) is said so."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from console.models import AuditEntry, Propagandist, Training, TrainingAttendee
from console.services.errors import NotFound
from console.services.team.activities import delete_training, record_training
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
