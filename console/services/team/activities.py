"""The team's activities and trainings, each dated, in a village, linked to a plan theme."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...models import (
    PlanTheme,
    Propagandist,
    TeamActivity,
    Training,
    TrainingAttendee,
    Village,
)
from ...models.team import ACTIVITY_KINDS
from ...station import StationContext
from ...text.clean import clean_display_text
from ...timezone import STATION_TZ
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP

BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind of activity {kind}.")
FUTURE_DAY = QT_TRANSLATE_NOOP("Errors", "The day {day} has not come yet.")
BAD_PEOPLE = QT_TRANSLATE_NOOP("Errors", "The number of people reached must be 0 to 100000.")
NO_THEME = QT_TRANSLATE_NOOP("Errors", "There is no plan theme {id}.")
NO_VILLAGE_ID = QT_TRANSLATE_NOOP("Errors", "There is no village {id}.")
NO_ACTIVITY = QT_TRANSLATE_NOOP("Errors", "There is no activity {id}.")
NO_TRAINING = QT_TRANSLATE_NOOP("Errors", "There is no training {id}.")
TRAINING_TITLE = QT_TRANSLATE_NOOP("Errors", "A training needs a title.")
NO_ATTENDEE = QT_TRANSLATE_NOOP("Errors", "There is no propagandist {id}.")
MAX_PEOPLE = 100_000


@dataclass(frozen=True)
class ActivityRow:
    id: int
    day: dt.date
    village_id: int | None
    village: str
    kind: str
    people_reached: int
    theme_id: int | None
    theme: str
    title: str
    participants: list[int]
    recorded_by: str

    def to_json(self) -> dict[str, object]:
        return {**self.__dict__, "day": self.day.isoformat()}


@dataclass(frozen=True)
class TrainingRow:
    id: int
    day: dt.date
    title: str
    place: str
    theme_id: int | None
    theme: str
    attendees: list[tuple[int, str]]

    def to_json(self) -> dict[str, object]:
        return {**self.__dict__, "day": self.day.isoformat(),
                "attendees": [name for _id, name in self.attendees]}


def _today() -> dt.date:
    return dt.datetime.now(STATION_TZ).date()


def _check_common(session: Session, day: dt.date, village_id: int | None,
                  theme_id: int | None) -> None:
    if day > _today():
        raise InvalidInput(FUTURE_DAY, day=day.strftime("%d/%m/%Y"))
    if village_id is not None and session.get(Village, village_id) is None:
        raise InvalidInput(NO_VILLAGE_ID, id=village_id)
    if theme_id is not None and session.get(PlanTheme, theme_id) is None:
        raise InvalidInput(NO_THEME, id=theme_id)


def _known_people(session: Session, people: list[int]) -> list[int]:
    """The ids, sorted and once each; an unknown one refused."""
    people = sorted(set(people))
    known = set(session.scalars(select(Propagandist.id).where(
        Propagandist.id.in_(people))))
    for person in people:
        if person not in known:
            raise InvalidInput(NO_ATTENDEE, id=person)
    return people


def _activity_fields(session: Session, *, day: dt.date, kind: str, people_reached: int,
                     village_id: int | None, theme_id: int | None, title: str,
                     participants: list[int] | None) -> dict[str, object]:
    """An activity's columns, checked (the same for a new one and a change)."""
    if kind not in ACTIVITY_KINDS:
        raise InvalidInput(BAD_KIND, kind=kind)
    if not 0 <= int(people_reached) <= MAX_PEOPLE:
        raise InvalidInput(BAD_PEOPLE)
    _check_common(session, day, village_id, theme_id)
    return {"day": day, "kind": kind, "people_reached": int(people_reached),
            "village_id": village_id, "theme_id": theme_id,
            "title": clean_display_text(title)[:300] or None,
            "participants": _known_people(session, participants or [])}


def record_activity(ctx: StationContext, actor: Actor, *, day: dt.date, kind: str,
                    people_reached: int, village_id: int | None = None,
                    theme_id: int | None = None, title: str = "",
                    participants: list[int] | None = None) -> int:
    """Log what the team did (a meeting, house visits, …) and how many people it reached."""
    actor.require(Permission.MANAGE_TEAM)
    with ctx.db.write() as session:
        row = TeamActivity(**_activity_fields(
            session, day=day, kind=kind, people_reached=people_reached, village_id=village_id,
            theme_id=theme_id, title=title, participants=participants),
            recorded_by=actor.username)
        session.add(row)
        session.flush()
        audit.record(session, actor, "team.activity", f"activity:{row.id}", kind=kind,
                     day=day.isoformat(), people=int(people_reached))
        return row.id


def _apply(row: object, fields: dict[str, object]
           ) -> tuple[dict[str, object], dict[str, object]]:
    """Set the row's columns to `fields`; what the changed ones were, and are."""
    old = {name: getattr(row, name) for name, value in fields.items()
           if getattr(row, name) != value}
    for name in old:
        setattr(row, name, fields[name])
    return old, {name: fields[name] for name in old}


def change_activity(ctx: StationContext, actor: Actor, activity_id: int, *, day: dt.date,
                    kind: str, people_reached: int, village_id: int | None = None,
                    theme_id: int | None = None, title: str = "",
                    participants: list[int] | None = None) -> list[str]:
    """Correct a recorded activity (a wrong day, village or count); the names of the fields
    that changed, audited with the values they had."""
    actor.require(Permission.MANAGE_TEAM)
    with ctx.db.write() as session:
        row = session.get(TeamActivity, activity_id)
        if row is None:
            raise NotFound(NO_ACTIVITY, id=activity_id)
        fields = _activity_fields(session, day=day, kind=kind, people_reached=people_reached,
                                  village_id=village_id, theme_id=theme_id, title=title,
                                  participants=participants)
        old, new = _apply(row, fields)
        if old:
            _audit_change(session, actor, "team.activity_change", f"activity:{activity_id}",
                          old, new)
        return list(old)


def _shown(session: Session, fields: dict[str, object]) -> dict[str, object]:
    """Fields as the audit log shows them: a village, a theme and people by name, days in
    ISO."""
    def named(model: type[Village] | type[PlanTheme], key: object, attribute: str) -> str:
        row = session.get(model, key) if key is not None else None
        return getattr(row, attribute, "")

    shown: dict[str, object] = {}
    for name, value in fields.items():
        if name == "village_id":
            name, value = "village", named(Village, value, "name")
        elif name == "theme_id":
            name, value = "theme", named(PlanTheme, value, "title")
        elif isinstance(value, list):
            value = ", ".join(session.scalars(select(Propagandist.name).where(
                Propagandist.id.in_(value)).order_by(Propagandist.name)))
        elif isinstance(value, dt.date):
            value = value.isoformat()
        shown[name] = "" if value is None else value
    return shown


def _audit_change(session: Session, actor: Actor, action: str, subject: str,
                  before: dict[str, object], after: dict[str, object]) -> None:
    """One entry naming each changed field with what it was and what it is: [old, new]."""
    old, new = _shown(session, before), _shown(session, after)
    audit.record(session, actor, action, subject,
                 **{name: [old[name], new[name]] for name in old})


def delete_activity(ctx: StationContext, actor: Actor, activity_id: int) -> None:
    actor.require(Permission.MANAGE_TEAM)
    with ctx.db.write() as session:
        row = session.get(TeamActivity, activity_id)
        if row is None:
            raise NotFound(NO_ACTIVITY, id=activity_id)
        audit.record(session, actor, "team.activity_delete", f"activity:{activity_id}",
                     kind=row.kind, day=row.day.isoformat(), people=row.people_reached)
        session.delete(row)


def list_activities(ctx: StationContext, start: dt.date | None = None,
                    end: dt.date | None = None) -> list[ActivityRow]:
    """Newest first; dates inclusive."""
    query = (select(TeamActivity, Village.name, PlanTheme.title)
             .outerjoin(Village, Village.id == TeamActivity.village_id)
             .outerjoin(PlanTheme, PlanTheme.id == TeamActivity.theme_id))
    if start is not None:
        query = query.where(TeamActivity.day >= start)
    if end is not None:
        query = query.where(TeamActivity.day <= end)
    with ctx.db.read() as session:
        return [ActivityRow(a.id, a.day, a.village_id, village or "", a.kind, a.people_reached,
                            a.theme_id, theme or "", a.title or "", list(a.participants or []),
                            a.recorded_by)
                for a, village, theme in session.execute(
                    query.order_by(TeamActivity.day.desc(), TeamActivity.id.desc()))]


def _training_fields(session: Session, *, day: dt.date, title: str, place: str,
                     theme_id: int | None) -> dict[str, object]:
    """A training's columns, checked (the same for a new one and a change)."""
    title = clean_display_text(title)[:300]
    if not title:
        raise InvalidInput(TRAINING_TITLE)
    _check_common(session, day, None, theme_id)
    return {"day": day, "title": title, "place": clean_display_text(place)[:200] or None,
            "theme_id": theme_id}


def _attendees(session: Session, training_id: int) -> list[int]:
    return sorted(session.scalars(select(TrainingAttendee.propagandist_id).where(
        TrainingAttendee.training_id == training_id)))


def _set_attendees(session: Session, training_id: int, people: list[int]) -> None:
    session.execute(delete(TrainingAttendee).where(
        TrainingAttendee.training_id == training_id))
    for person in people:
        session.add(TrainingAttendee(training_id=training_id,
                                     propagandist_id=person))


def record_training(ctx: StationContext, actor: Actor, *, day: dt.date, title: str,
                    attendees: list[int], place: str = "", theme_id: int | None = None) -> int:
    actor.require(Permission.MANAGE_TEAM)
    with ctx.db.write() as session:
        fields = _training_fields(session, day=day, title=title, place=place,
                                  theme_id=theme_id)
        people = _known_people(session, attendees)
        row = Training(**fields, recorded_by=actor.username)
        session.add(row)
        session.flush()
        _set_attendees(session, row.id, people)
        audit.record(session, actor, "team.training", f"training:{row.id}",
                     title=fields["title"], day=day.isoformat(), attendees=len(people))
        return row.id


def change_training(ctx: StationContext, actor: Actor, training_id: int, *, day: dt.date,
                    title: str, attendees: list[int], place: str = "",
                    theme_id: int | None = None) -> list[str]:
    """Correct a recorded training (its title, day, place, theme or who attended); the names
    of the fields that changed, audited with the values they had."""
    actor.require(Permission.MANAGE_TEAM)
    with ctx.db.write() as session:
        row = session.get(Training, training_id)
        if row is None:
            raise NotFound(NO_TRAINING, id=training_id)
        fields = _training_fields(session, day=day, title=title, place=place,
                                  theme_id=theme_id)
        people = _known_people(session, attendees)
        old, new = _apply(row, fields)
        attended = _attendees(session, training_id)
        if attended != people:
            _set_attendees(session, training_id, people)
            old["attendees"], new["attendees"] = attended, people
        if old:
            _audit_change(session, actor, "team.training_change", f"training:{training_id}",
                          old, new)
        return list(old)


def delete_training(ctx: StationContext, actor: Actor, training_id: int) -> None:
    """A training recorded by mistake: gone with its list of who attended (the plan and
    the reports no longer count it); audited with what it was."""
    actor.require(Permission.MANAGE_TEAM)
    with ctx.db.write() as session:
        row = session.get(Training, training_id)
        if row is None:
            raise NotFound(NO_TRAINING, id=training_id)
        attended = session.execute(delete(TrainingAttendee).where(
            TrainingAttendee.training_id == training_id)).rowcount
        audit.record(session, actor, "team.training_delete", f"training:{training_id}",
                     title=row.title, day=row.day.isoformat(), attendees=attended)
        session.delete(row)


def list_trainings(ctx: StationContext, start: dt.date | None = None,
                   end: dt.date | None = None) -> list[TrainingRow]:
    query = select(Training, PlanTheme.title).outerjoin(PlanTheme,
                                                        PlanTheme.id == Training.theme_id)
    if start is not None:
        query = query.where(Training.day >= start)
    if end is not None:
        query = query.where(Training.day <= end)
    with ctx.db.read() as session:
        trainings = list(session.execute(query.order_by(Training.day.desc(), Training.id.desc())))
        ids = [t.id for t, _ in trainings]
        people: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
        for training_id, person_id, name in session.execute(
                select(TrainingAttendee.training_id, Propagandist.id, Propagandist.name)
                .join(Propagandist, Propagandist.id == TrainingAttendee.propagandist_id)
                .where(TrainingAttendee.training_id.in_(ids))):
            people[training_id].append((person_id, name))
    return [TrainingRow(t.id, t.day, t.title, t.place or "", t.theme_id, theme or "",
                        people[t.id]) for t, theme in trainings]
