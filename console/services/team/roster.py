"""The roster: propagandists by village, with the trainings each attended."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from ...models import Propagandist, TrainingAttendee, Village
from ...station import StationContext
from ...text.clean import clean_display_text, fold
from ...text.collation import vi_key
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP

NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A propagandist needs a name.")
BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "The phone number {phone} is not a Vietnamese phone "
                                        "number (9 to 11 digits).")
NO_VILLAGE = QT_TRANSLATE_NOOP("Errors", "There is no village {village} in the station's list.")
NO_PERSON = QT_TRANSLATE_NOOP("Errors", "There is no propagandist {id}.")


@dataclass(frozen=True)
class PropagandistRow:
    id: int
    name: str
    village_id: int | None
    village: str
    phone: str
    zalo: str
    role: str
    active: bool
    trainings: int
    note: str

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def villages(ctx: StationContext) -> list[tuple[int, str]]:
    """(id, name) of the station's villages in Vietnamese order."""
    with ctx.db.read() as session:
        rows = [tuple(r) for r in session.execute(select(Village.id, Village.name))]
    return sorted(rows, key=lambda r: vi_key(r[1]) or "")  # type: ignore[return-value]


def village_by_name(ctx: StationContext) -> dict[str, int]:
    """Folded village name → id ("thon dong" finds Thôn Đông)."""
    return {" ".join(fold(name).split()): vid for vid, name in villages(ctx)}


def clean_phone(value: object) -> str:
    """Digits of a phone number; a number Excel stored without its leading 0 gets it back."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return ""
    digits = re.sub(r"[\s.\-()]", "", text)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if digits.isdigit() and len(digits) == 9 and not digits.startswith("0"):
        digits = "0" + digits
    if not digits.isdigit() or not 9 <= len(digits) <= 11:
        raise InvalidInput(BAD_PHONE, phone=text)
    return digits


def list_team(ctx: StationContext, *, include_inactive: bool = False) -> list[PropagandistRow]:
    trained = (select(TrainingAttendee.propagandist_id,
                      func.count(TrainingAttendee.training_id).label("n"))
               .group_by(TrainingAttendee.propagandist_id).subquery())
    query = (select(Propagandist, Village.name, trained.c.n)
             .outerjoin(Village, Village.id == Propagandist.village_id)
             .outerjoin(trained, trained.c.propagandist_id == Propagandist.id))
    if not include_inactive:
        query = query.where(Propagandist.active.is_(True))
    with ctx.db.read() as session:
        rows = [PropagandistRow(p.id, p.name, p.village_id, village or "", p.phone or "",
                                p.zalo or "", p.role or "", p.active, int(n or 0), p.note or "")
                for p, village, n in session.execute(query)]
    return sorted(rows, key=lambda r: (r.village == "", vi_key(r.village) or "",
                                       vi_key(r.name) or "", r.id))


@dataclass(frozen=True)
class PersonChanges:
    name: str
    village_id: int | None = None
    phone: str = ""
    zalo: str = ""
    role: str = ""
    note: str = ""
    active: bool = True


def _checked(changes: PersonChanges) -> PersonChanges:
    name = clean_display_text(changes.name)[:200]
    if not name:
        raise InvalidInput(NEEDS_NAME)
    return PersonChanges(name=name, village_id=changes.village_id,
                         phone=clean_phone(changes.phone),
                         zalo=clean_display_text(changes.zalo)[:100],
                         role=clean_display_text(changes.role)[:100],
                         note=clean_display_text(changes.note)[:1000], active=changes.active)


def save_person(ctx: StationContext, actor: Actor, changes: PersonChanges,
                person_id: int | None = None) -> int:
    """Add a propagandist, or change one; returns the id."""
    actor.require(Permission.MANAGE_TEAM)
    changes = _checked(changes)
    with ctx.db.write() as session:
        if changes.village_id is not None and session.get(Village, changes.village_id) is None:
            raise InvalidInput(NO_VILLAGE, village=changes.village_id)
        if person_id is None:
            person = Propagandist()
            session.add(person)
        else:
            person = session.get(Propagandist, person_id)
            if person is None:
                raise NotFound(NO_PERSON, id=person_id)
        person.name, person.village_id = changes.name, changes.village_id
        person.phone, person.zalo = changes.phone or None, changes.zalo or None
        person.role, person.note = changes.role or None, changes.note or None
        person.active = changes.active
        session.flush()
        audit.record(session, actor, "team.save", f"propagandist:{person.id}",
                     name=person.name, new=person_id is None)
        return person.id
