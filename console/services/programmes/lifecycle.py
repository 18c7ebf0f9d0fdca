"""A programme's life outside its running order: duplicate, delete a draft, withdraw from the
air, save as a template, make a new one from a template; the station's jingle and the two
starter templates (Bản tin sáng 05:30, Bản tin chiều 17:00: intro jingle, news, outro)."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...delivery import lanes
from ...delivery.entry_sound import item_media
from ...delivery.job_reason import PROGRAMME_WITHDRAWN, set_reason
from ...delivery.jobs import queue_schedule_refresh
from ...models import (
    DeliveryJob,
    Programme,
    ProgrammeEntry,
    ProgrammeTarget,
    Schedule,
    SourceItem,
)
from ...models.enums import EntryKind, JobState, ProgrammeStatus
from ...settings import STATION_JINGLE
from ...station import StationContext
from .. import audit
from ..errors import InvalidInput
from ..permissions import SYSTEM, Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP
from .common import load
from .targets import apply_choice, default_targets

log = logging.getLogger(__name__)

S = ProgrammeStatus
ENTRY_FIELDS = ("kind", "item_id", "title", "text", "media_sha256", "stream_url", "duration_s",
                "volume_db", "cue_in_s", "cue_out_s", "options")
SCHEDULE_FIELDS = ("repeat", "weekdays", "start_date", "end_date", "time_of_day", "times",
                   "skip", "extra", "replay_count", "replay_interval_min")
JINGLE_TAG = "nhạc hiệu"
STARTERS = ("Bản tin sáng 05:30", "Bản tin chiều 17:00")


def _copy(session: Session, source: Programme, *, name: str, created_by: str,
          template: bool, schedule: bool = True) -> Programme:
    copy = Programme(name=name, status=S.DRAFT.value, priority=source.priority,
                     start_at=source.start_at if schedule else None,
                     slot_limit_s=source.slot_limit_s, all_targets=source.all_targets,
                     created_by=created_by, is_template=template)
    session.add(copy)
    for entry in sorted(source.entries, key=lambda e: e.position):
        copy.entries.append(ProgrammeEntry(position=entry.position, **{
            f: getattr(entry, f) for f in ENTRY_FIELDS}))
    for target in source.targets:
        copy.targets.append(ProgrammeTarget(target_id=target.target_id,
                                            group_id=target.group_id,
                                            village_id=target.village_id))
    if schedule and source.schedule is not None:
        copy.schedule = Schedule(**{f: getattr(source.schedule, f) for f in SCHEDULE_FIELDS})
    session.flush()
    return copy


def duplicate(db: Database, actor: Actor, programme_id: int, *, name: str | None = None
              ) -> int:
    """A new draft with the same running order, schedule and targets ("Nhân bản")."""
    actor.require(Permission.EDIT_PROGRAMMES)
    with db.write() as session:
        source = load(session, programme_id)
        new_name = (name or "").strip() or f"{source.name} (bản sao)"
        copy = _copy(session, source, name=new_name, created_by=actor.username,
                     template=source.is_template)
        audit.record(session, actor, "programme.duplicate", f"programme:{copy.id}",
                     source=source.id, name=new_name)
        return copy.id


def delete_draft(db: Database, actor: Actor, programme_id: int) -> None:
    """Delete a draft (or a rejected programme, or a template) that never went to a device."""
    actor.require(Permission.EDIT_PROGRAMMES)
    with db.write() as session:
        programme = load(session, programme_id)
        if programme.status not in (S.DRAFT, S.REJECTED, S.WITHDRAWN):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "only a draft can be deleted; withdraw a scheduled "
                                            "programme first (it is {status})"),
                status=programme.status)
        sent = session.scalar(select(DeliveryJob.id).where(
            DeliveryJob.programme_id == programme.id,
            DeliveryJob.state == JobState.DELIVERED.value).limit(1))
        if sent is not None and programme.status != S.WITHDRAWN:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "this programme has reached devices; withdraw it "
                                            "instead"))
        for job in session.scalars(select(DeliveryJob).where(
                DeliveryJob.programme_id == programme.id)):
            job.programme_id = None  # the delivery history stays, without the programme
        audit.record(session, actor, "programme.delete", f"programme:{programme.id}",
                     name=programme.name, template=programme.is_template)
        session.delete(programme)


def withdraw(db: Database, actor: Actor, programme_id: int, *, reason: str = "") -> list[int]:
    """Take a scheduled (or approved) programme off the air: the devices that hold it are
    sent their schedule without it. Returns the refresh jobs queued."""
    actor.require(Permission.PUSH)
    with db.write() as session:
        programme = load(session, programme_id)
        if programme.status not in (S.APPROVED, S.SCHEDULED, S.SUBMITTED):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "only an approved or scheduled programme can be "
                                            "withdrawn (it is {status})"),
                status=programme.status)
        programme.status = S.WITHDRAWN.value
        programme.version += 1
        holders = sorted(set(session.scalars(select(DeliveryJob.target_id).where(
            DeliveryJob.programme_id == programme.id, DeliveryJob.kind == "programme"))))
        for job in session.scalars(select(DeliveryJob).where(
                DeliveryJob.programme_id == programme.id,
                DeliveryJob.state == JobState.QUEUED.value)):
            job.state = JobState.FAILED.value
            set_reason(job, PROGRAMME_WITHDRAWN)
        jobs = queue_schedule_refresh(session, holders, programme.id,
                                      version=programme.version)
        audit.record(session, actor, "programme.withdraw", f"programme:{programme.id}",
                     reason=reason or None, targets=holders)
    if jobs:
        lanes.wake()
    return jobs


def save_as_template(db: Database, actor: Actor, programme_id: int, name: str) -> int:
    """The programme's running order, schedule and targets as a template."""
    actor.require(Permission.EDIT_PROGRAMMES)
    if not name.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a template needs a name"))
    with db.write() as session:
        source = load(session, programme_id)
        copy = _copy(session, source, name=name.strip(), created_by=actor.username,
                     template=True)
        audit.record(session, actor, "programme.save_template", f"programme:{copy.id}",
                     source=source.id, name=copy.name)
        return copy.id


def from_template(ctx: StationContext, actor: Actor, template_id: int, *,
                  name: str | None = None) -> int:
    """A new draft from a template; with no targets of its own it takes the station's
    default targets."""
    actor.require(Permission.EDIT_PROGRAMMES)
    with ctx.db.write() as session:
        template = load(session, template_id)
        if not template.is_template:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "programme {id} is not a template"),
                               id=template_id)
        copy = _copy(session, template, name=(name or "").strip() or template.name,
                     created_by=actor.username, template=False)
        if copy.all_targets and not copy.targets:
            apply_choice(session, copy, default_targets(ctx.settings))
        if copy.schedule is not None:
            from .schedule import _set_first_start

            _set_first_start(copy)
        audit.record(session, actor, "programme.from_template", f"programme:{copy.id}",
                     template=template.id, name=copy.name)
        return copy.id


# --- the station's jingle and the starter templates -------------------------------------


def bundled_jingle() -> Path:
    return Path(str(resources.files("console").joinpath("assets/sounds/jingle.mp3")))


def station_jingle(ctx: StationContext) -> tuple[str, str] | None:
    """(item id, sha256) of the station's jingle, once it is in the library."""
    item_id = str(ctx.settings.get(STATION_JINGLE) or "")
    if not item_id:
        return None
    with ctx.db.read() as session:
        sha = item_media(session, item_id)
    return (item_id, sha) if sha else None


def jingle_items(db: Database) -> list[tuple[str, str]]:
    """Audio items that can serve as jingles: tagged "nhạc hiệu" (id, title)."""
    with db.read() as session:
        rows = session.execute(select(SourceItem.id, SourceItem.title, SourceItem.tags)
                               .where(SourceItem.kind == "audio", SourceItem.withdrawn.is_(False))
                               .order_by(SourceItem.title)).all()
    return [(i, t) for i, t, tags in rows if JINGLE_TAG in (tags or [])]


def ensure_station_jingle(ctx: StationContext) -> None:
    """On a station's first start: the bundled jingle in the library, and the intro and
    outro jingles of the starter templates. Idempotent; a failure only logs (the console
    works without a jingle)."""
    if station_jingle(ctx) is not None:
        return
    from ..local_content import Refused, store_station_file

    try:
        imported = store_station_file(ctx, SYSTEM, bundled_jingle(),
                                      title="Nhạc hiệu của đài", tags=[JINGLE_TAG])
    except (Refused, OSError) as exc:
        log.warning("the station jingle could not be added to the library: %s", exc)
        return
    ctx.settings.set(STATION_JINGLE, imported.item_id)
    with ctx.db.write() as session:
        for template in session.scalars(select(Programme).where(
                Programme.is_template.is_(True), Programme.name.in_(STARTERS))):
            if template.entries:
                continue
            for position, role in ((0, "intro"), (1, "outro")):
                template.entries.append(ProgrammeEntry(
                    position=position, kind=EntryKind.JINGLE.value, title="Nhạc hiệu",
                    media_sha256=imported.sha256, duration_s=imported.duration_s,
                    volume_db=0.0, cue_in_s=0.0, options={"jingle": role}))
        audit.record(session, SYSTEM, "programme.templates_ready", "templates",
                     jingle=imported.item_id)
