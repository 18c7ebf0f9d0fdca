"""Commands that act on the air now: emergency start and stop, play now, stop, volume.

One service with the rules of programmes (console.services.programmes.checks): the actor's
role; an item that is not withdrawn, is valid now and, when made in the commune, was
approved; quiet hours refuse a play-now unless a leader allows it with a written reason
(emergencies are never held back). `plan_*` says what a command would do (targets, item,
length, hour, whether quiet hours apply) for the confirmation dialog. The sound goes out at
the station's loudness, in the format each target takes (console.services.air_audio). Each
command writes its delivery jobs and its audit entry in one transaction and wakes the
sender (console.delivery.lanes) once committed.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..delivery import lanes
from ..delivery.adapters import relays_now, sets_volume
from ..delivery.commands import active_emergencies, enabled_targets, queue_commands
from ..delivery.entry_sound import PLAYABLE_MIME
from ..media import copies
from ..media.cache import touch
from ..media.store import MediaStore, put_bytes
from ..models import DeliveryTarget, ItemFile, MediaBlob, SourceItem
from ..models.base import utcnow
from ..models.enums import ItemKind, Lane
from ..station import StationContext
from ..timezone import STATION_TZ, station_now
from . import air_audio, audit
from .errors import InvalidInput, NotFound
from .permissions import Actor, Permission
from .programmes.air_window import item_air_problem
from .programmes.checks import in_quiet_hours, quiet_window
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIN_REASON_CHARS = 10  # as for a programme's quiet-hours override
DEFAULT_TEXT_S = 30.0  # a text read by the device itself: a reasonable guess of its length
RELAY_NOW_MAX_S = 4 * 3600.0  # a relay played now without a length stops by itself then


class QuietHours(InvalidInput):
    """A play-now falls in quiet hours and no leader allowed it."""


@dataclass(frozen=True)
class QuietOverride:
    """A leader allows one live command during quiet hours, with a written reason."""

    by: Actor
    reason: str


@dataclass(frozen=True)
class EmergencyContent:
    media: list[str]
    durations: list[float]
    title: str
    text: str | None = None
    item_id: str | None = None
    stream_url: str | None = None  # a relay (tiếp sóng): the devices play this stream


@dataclass(frozen=True)
class LivePlan:
    """What a command would do, for the confirmation dialog (all in station time)."""

    kind: str                          # play_now | stop | set_volume | emergency_start | fm_relay
    targets: list[tuple[str, str]]     # (id, name)
    title: str | None
    length_s: float | None
    at: dt.datetime
    quiet: bool                        # outside the allowed window (a leader must allow it)
    window: tuple[dt.time, dt.time]
    refusal: str | None = None         # why it cannot go (the service's English sentence)
    refusal_params: dict[str, Any] = field(default_factory=dict)
    relay: bool = False                # a stream (tiếp sóng); no length: until stopped
    frequency_mhz: float | None = None  # an FM relay's station
    left_out: list[tuple[str, str]] = field(default_factory=list)  # (id, name) it cannot reach


def item_content(session: Session, item_id: str, store: MediaStore) -> EmergencyContent:
    item = session.get(SourceItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "no item {item}"), item=item_id)
    if item.kind == ItemKind.STREAM and item.stream_url:  # relayed, not read out
        return EmergencyContent([], [float(item.duration_s or 0.0)], item.title,
                                item_id=item_id, stream_url=item.stream_url)
    # Only a file that sounds: a thumbnail or a picture attached to a text warning is not
    # its sound (the words are read out instead); the main file first, audio before video.
    files = [f for f in session.scalars(select(ItemFile).where(ItemFile.item_id == item_id)
                                        .order_by(ItemFile.id))
             if f.mime.startswith(PLAYABLE_MIME)]
    files.sort(key=lambda f: (f.role != "main", not f.mime.startswith("audio/")))
    for f in files:
        if store.has(f.sha256):
            length = session.scalar(select(MediaBlob.duration_s)
                                    .where(MediaBlob.sha256 == f.sha256))
            return EmergencyContent([f.sha256], [float(length or 0.0)], item.title,
                                    item_id=item_id)
    text = getattr(item, "body", None) or getattr(item, "summary", None)
    if text:
        return EmergencyContent([], [], item.title, text=str(text), item_id=item_id)
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "item {item} has no file in the media cache yet"),
        item=item_id)


def spoken_content(ctx: StationContext, text: str, store: MediaStore,
                   title: str | None = None) -> EmergencyContent:
    """A typed message read by the station's voice into the media cache, so that clusters
    that can only play files (the gateway) carry it too. Without any voice the text still
    goes out: boards show it, reference clusters read it themselves."""
    from .speech import speak_to_cache

    title = title or text[:200]
    try:
        wav = speak_to_cache(ctx, text)
        data = wav.read_bytes()
    except Exception as exc:  # no engine, or it failed: the text alone still goes out
        log.warning("message not synthesised (%s); sending the text only", exc)
        return EmergencyContent([], [], title, text=text)
    sha = put_bytes(store, data)
    from ..audio.probe import probe_duration

    length = probe_duration(store.path(sha)) or 0.0
    with ctx.db.write() as session:
        session.merge(MediaBlob(sha256=sha, size=len(data), state="ready",
                                bytes_done=len(data), mime="audio/wav", verified_at=utcnow(),
                                duration_s=length))
        copies.made_here(session, sha, len(data))
    return EmergencyContent([sha], [length], title, text=text)


def chosen_targets(session: Session, target_ids: list[str] | None) -> list[str]:
    """The enabled clusters and boards among `target_ids` (all when None); refused when one
    is unknown or none is left."""
    found = enabled_targets(session, target_ids)
    unknown = sorted(set(target_ids or []) - set(found))
    if unknown:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "unknown or disabled target(s): {targets}"),
                       targets=", ".join(unknown))
    if not found:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "there is no enabled cluster or board"))
    return found


def target_names(session: Session, ids: list[str]) -> list[tuple[str, str]]:
    names = dict(session.execute(select(DeliveryTarget.id, DeliveryTarget.name)
                                 .where(DeliveryTarget.id.in_(ids))).all())
    return [(i, names.get(i) or i) for i in ids]


def without_volume(ctx: StationContext, target_ids: list[str] | None
                   ) -> list[tuple[str, str]]:
    """(id, name) of the enabled targets among `target_ids` (all when None or empty) that
    take no volume command: a vendor gateway's clusters (its protocol has none), boards, an
    Icecast stream. A volume command leaves them out."""
    with ctx.db.read() as session:
        rows = session.execute(select(DeliveryTarget.id, DeliveryTarget.name,
                                      DeliveryTarget.protocol)
                               .where(DeliveryTarget.id.in_(
                                   enabled_targets(session, target_ids or None)))
                               .order_by(DeliveryTarget.id)).all()
    return [(ident, name or ident) for ident, name, protocol in rows
            if not sets_volume(protocol)]


def _volume_targets(session: Session, targets: list[str]) -> list[str]:
    """The targets a volume command can go to; refused when there is none."""
    protocols = dict(session.execute(select(DeliveryTarget.id, DeliveryTarget.protocol)
                                     .where(DeliveryTarget.id.in_(targets))).all())
    able = [t for t in targets if sets_volume(protocols.get(t, ""))]
    if not able:
        names = ", ".join(name for _i, name in target_names(session, targets))
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "the volume of {targets} cannot be set from the console: their "
                      "controller takes no volume command; set it at the controller"),
            targets=names)
    return able


def _length(content: EmergencyContent) -> float:
    total = sum(float(d or 0.0) for d in content.durations)
    return total if total > 0 else DEFAULT_TEXT_S


def _relay_refusal(session: Session, content: EmergencyContent, targets: list[str]
                   ) -> tuple[str, dict[str, Any]] | None:
    """A relay goes only to devices that can play a stream now."""
    if not content.stream_url:
        return None
    rows = session.execute(select(DeliveryTarget.name, DeliveryTarget.protocol)
                           .where(DeliveryTarget.id.in_(targets))).all()
    unable = sorted(name for name, protocol in rows if not relays_now(protocol))
    if not unable:
        return None
    return (QT_TRANSLATE_NOOP("Errors", "{targets} cannot relay a stream: choose clusters "
                                        "behind a vendor gateway, this computer's speakers "
                                        "or an Icecast stream"), {"targets": ", ".join(unable)})


def _item_refusal(item: SourceItem, now: dt.datetime, length_s: float, *,
                  emergency: bool) -> tuple[str, dict[str, Any]] | None:
    """The programmes' rule for an item (console.services.programmes.checks), now."""
    code = item_air_problem(item, now, now + dt.timedelta(seconds=length_s))
    which = {"title": item.title}
    if code == "withdrawn":
        return QT_TRANSLATE_NOOP("Errors", "\u201c{title}\u201d was withdrawn by the province; "
                                           "it cannot go on air"), which
    if code == "expired":
        return (QT_TRANSLATE_NOOP("Errors", "\u201c{title}\u201d may be broadcast only until "
                                            "{until}"), {
            **which, "until": f"{item.valid_until.astimezone(STATION_TZ):%Y-%m-%d %H:%M}"})
    if code == "not_yet_valid":
        return (QT_TRANSLATE_NOOP("Errors", "\u201c{title}\u201d may be broadcast only from "
                                            "{since}"), {
            **which, "since": f"{item.valid_from.astimezone(STATION_TZ):%Y-%m-%d %H:%M}"})
    if item.local and not item.reviewed and not emergency:
        return (QT_TRANSLATE_NOOP("Errors", "\u201c{title}\u201d was made in the commune and a "
                                            "leader has not approved it yet"), which)
    return None


def station_moment(now: dt.datetime | None) -> dt.datetime:
    """`now` (or the present) in station time, to the second: a command's hour."""
    return (now or station_now()).astimezone(STATION_TZ).replace(microsecond=0)


# -- plans for the confirmation dialog -----------------------------------------------------


def plan_play_now(ctx: StationContext, actor: Actor, item_id: str, target_ids: list[str],
                  *, now: dt.datetime | None = None) -> LivePlan:
    """Targets, item, length and hour of a play-now, and whether it may go as it is."""
    actor.require(Permission.OPERATE_DEVICES)
    moment = station_moment(now)
    window = quiet_window(ctx)
    with ctx.db.read() as session:
        targets = target_names(session, chosen_targets(session, target_ids))
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "no item {id}"), id=item_id)
        content = item_content(session, item_id, MediaStore(ctx.paths.media))
        length = _length(content)
        refusal = (_item_refusal(item, moment, length, emergency=False)
                   or _relay_refusal(session, content, [t for t, _name in targets]))
    relay = content.stream_url is not None
    untimed = relay and not any(content.durations)  # its start must be in the window
    return LivePlan("play_now", targets, content.title, None if untimed else length, moment,
                    in_quiet_hours(moment, 0.0 if untimed else length, window), window,
                    refusal[0] if refusal else None, refusal[1] if refusal else {},
                    relay=relay)


def plan_command(ctx: StationContext, actor: Actor, kind: str, target_ids: list[str] | None,
                 *, item_id: str | None = None, text: str | None = None,
                 now: dt.datetime | None = None) -> LivePlan:
    """The plan of a stop, a volume change or an emergency (emergencies ignore quiet hours)."""
    if kind == "play_now" and item_id:
        return plan_play_now(ctx, actor, item_id, list(target_ids or []), now=now)
    actor.require(Permission.EMERGENCY if kind == "emergency_start"
                  else Permission.OPERATE_DEVICES)
    moment = station_moment(now)
    title: str | None = None
    length: float | None = None
    refusal = None
    with ctx.db.read() as session:
        targets = target_names(session, chosen_targets(session, target_ids))
        if kind == "emergency_start" and item_id:
            item = session.get(SourceItem, item_id)
            if item is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "no item {id}"), id=item_id)
            content = item_content(session, item_id, MediaStore(ctx.paths.media))
            title, length = content.title, _length(content)
            refusal = _item_refusal(item, moment, length, emergency=True)
        elif kind == "emergency_start":
            title = (text or "").strip()[:200]
    return LivePlan(kind, targets, title, length, moment, False, quiet_window(ctx),
                    refusal[0] if refusal else None, refusal[1] if refusal else {})


# -- the sound, in each target's format ----------------------------------------------------


def _sound_by_format(ctx: StationContext, content: EmergencyContent, targets: list[str], *,
                     strict: bool) -> dict[str | None, tuple[list[str], dict[str, Any]]]:
    """Format → (its targets, the command fields for them: media at the station's loudness).

    `strict`: a file that cannot be normalised refuses the command (play-now); an emergency
    goes out with the file as it is rather than not at all.
    """
    with ctx.db.read() as session:
        wanted = air_audio.wanted_for(session, content.media, targets)
    try:
        air_audio.prepare(ctx, wanted)
    except InvalidInput:
        if strict:
            raise
        log.exception("emergency sound not normalised; it goes out as it is")
    groups: dict[str | None, tuple[list[str], dict[str, Any]]] = {}
    with ctx.db.read() as session:
        encodes = air_audio.Encodes(session, air_audio.session_target(session))
        for target_id, fmt in air_audio.target_formats(session, targets).items():
            if fmt not in groups:
                files, lufs, peaks = encodes.media_for(list(content.media), fmt)
                groups[fmt] = ([], {"media": files, "loudness": lufs, "true_peaks": peaks})
            groups[fmt][0].append(target_id)
    return groups


def _queue(session: Session, groups: dict[str | None, tuple[list[str], dict[str, Any]]],
           command: dict[str, Any], lane: Lane) -> list[int]:
    jobs: list[int] = []
    for group_targets, fields in groups.values():
        jobs += queue_commands(session, sorted(group_targets), {**command, **fields}, lane)
    return jobs


# -- emergencies ---------------------------------------------------------------------------


def emergency_start(ctx: StationContext, actor: Actor, *, item_id: str | None = None,
                    text: str | None = None, target_ids: list[str] | None = None,
                    now: dt.datetime | None = None) -> tuple[str, list[int]]:
    """Pre-empt every chosen target now; returns the emergency id and its jobs."""
    actor.require(Permission.EMERGENCY)
    if not item_id and not (text and text.strip()):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "choose an item or type the message"))
    store = MediaStore(ctx.paths.media)
    emergency_id = str(uuid.uuid4())
    moment = station_moment(now)
    with lanes.emergency_preparing():
        with ctx.db.read() as session:
            targets = chosen_targets(session, target_ids)
            content = item_content(session, item_id, store) if item_id else None
            if item_id:
                item = session.get(SourceItem, item_id)
                assert item is not None and content is not None
                refusal = _item_refusal(item, moment, _length(content), emergency=True)
                if refusal:
                    raise InvalidInput(refusal[0], **refusal[1])
                if content.stream_url:  # every device must sound it, each on its own
                    raise InvalidInput(QT_TRANSLATE_NOOP(
                        "Errors", "a relay cannot be the emergency message: choose an item "
                                  "with a sound file, or type the message"))
        if content is None:
            content = spoken_content(ctx, (text or "").strip(), store)
        elif not content.media and content.text:
            # A text item (the province's warnings often are): read it out as well, so that
            # clusters that can only play a file carry it too.
            spoken = spoken_content(ctx, content.text, store, title=content.title)
            content = EmergencyContent(spoken.media, spoken.durations, content.title,
                                       text=content.text, item_id=item_id)
        groups = _sound_by_format(ctx, content, targets, strict=False)
        with ctx.db.write() as session:
            command = {"id": emergency_id, "emergency_id": emergency_id,
                       "type": "emergency_start", "durations": content.durations,
                       "title": content.title, "text": content.text,
                       "item_id": content.item_id}
            jobs = _queue(session, groups, command, Lane.EMERGENCY)
            audit.record(session, actor, "emergency.start", emergency_id, item_id=item_id,
                         text=content.text, targets=targets, title=content.title,
                         length_s=sum(content.durations), at=moment.isoformat())
    log.warning("EMERGENCY %s started on %d targets: %s", emergency_id, len(targets),
                content.title)
    return emergency_id, jobs


def _stop_emergency_on(session: Session, active: dict[str, list[str]],
                       targets: list[str] | None) -> tuple[list[str], list[int]]:
    """emergency_stop commands for `targets` (all when None) of the active emergencies."""
    ids: list[int] = []
    ended = []
    for eid, started in active.items():
        chosen = sorted(set(started) if targets is None else set(started) & set(targets))
        if not chosen:
            continue
        command = {"id": str(uuid.uuid5(uuid.UUID(eid), "stop")), "emergency_id": eid,
                   "type": "emergency_stop"}
        ids += queue_commands(session, chosen, command, Lane.EMERGENCY)
        ended.append(eid)
    return ended, ids


def emergency_stop(ctx: StationContext, actor: Actor) -> tuple[list[str], list[int]]:
    """End every active emergency: each target goes back to its normal schedule."""
    actor.require(Permission.EMERGENCY)
    with lanes.emergency_preparing(), ctx.db.write() as session:
        active = active_emergencies(session)
        if not active:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "no emergency is on"))
        ended, ids = _stop_emergency_on(session, active, None)
        audit.record(session, actor, "emergency.stop", ",".join(ended), jobs=len(ids))
    return ended, ids


# -- operator commands ---------------------------------------------------------------------


def device_command(ctx: StationContext, actor: Actor, kind: str, target_ids: list[str],
                   **fields: Any) -> list[int]:
    """Stop and volume through the routine lane (they make no sound: quiet hours do not
    hold them); a play-now goes through play_item_now with its checks.

    Stopping a target that carries an emergency ends the emergency there (its operator
    needs the right to end emergencies).
    """
    if kind == "play_now":
        if not fields.get("item_id"):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "play now needs a library item"))
        return play_item_now(ctx, actor, str(fields["item_id"]), target_ids,
                             override=fields.get("override"), now=fields.get("now"))
    actor.require(Permission.OPERATE_DEVICES)
    if kind not in ("stop", "set_volume"):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "unknown command {kind}"), kind=kind)
    emergency_jobs: list[int] = []
    with ctx.db.write() as session:
        targets = chosen_targets(session, target_ids)
        if kind == "set_volume":
            targets = _volume_targets(session, targets)
        command = {"id": str(uuid.uuid4()), "type": kind, **fields}
        jobs = queue_commands(session, targets, command, Lane.ROUTINE)
        if kind == "stop":
            active = active_emergencies(session)
            if any(set(on) & set(targets) for on in active.values()):
                actor.require(Permission.EMERGENCY)
                ended, emergency_jobs = _stop_emergency_on(session, active, targets)
                audit.record(session, actor, "emergency.stop", ",".join(ended),
                             targets=targets, jobs=len(emergency_jobs))
        audit.record(session, actor, f"device.{kind}", ",".join(targets), **fields)
    lanes.wake()
    return jobs + emergency_jobs


def play_item_now(ctx: StationContext, actor: Actor, item_id: str, target_ids: list[str], *,
                  override: QuietOverride | None = None,
                  now: dt.datetime | None = None) -> list[int]:
    """Play a library item now on these devices, under the rules of programmes.

    Refused when the item is withdrawn, not valid now or (made in the commune) not
    approved, and during quiet hours unless `override` names a leader and a reason.
    """
    plan = plan_play_now(ctx, actor, item_id, target_ids, now=now)
    if plan.refusal:
        raise InvalidInput(plan.refusal, **plan.refusal_params)
    if plan.quiet:
        check_override(plan.at, plan.window, override)
    store = MediaStore(ctx.paths.media)
    with ctx.db.read() as session:
        content = item_content(session, item_id, store)
    touch(ctx.db, content.media)  # used now: the cache keeps it
    if not content.media and content.text and not content.stream_url:
        spoken = spoken_content(ctx, content.text, store, title=content.title)
        content = EmergencyContent(spoken.media, spoken.durations, content.title,
                                   text=content.text, item_id=item_id)
    targets = [t for t, _name in plan.targets]
    groups = _sound_by_format(ctx, content, targets, strict=True)
    with ctx.db.write() as session:
        command = {"id": str(uuid.uuid4()), "type": "play_now",
                   "durations": content.durations, "title": content.title,
                   "text": content.text, "item_id": item_id}
        if content.stream_url:  # a relay: for the item's length, or until stopped (at most
            # RELAY_NOW_MAX_S: a forgotten relay must not play into the night)
            command["stream_url"] = content.stream_url
            command["durations"] = [float(content.durations[0] or 0.0) or RELAY_NOW_MAX_S]
        jobs = _queue(session, groups, command, Lane.ROUTINE)
        if plan.quiet and override is not None:
            audit.record(session, override.by, "device.quiet_override", ",".join(targets),
                         item_id=item_id, reason=" ".join(override.reason.split()),
                         at=plan.at.isoformat(), requested_by=actor.username)
        audit.record(session, actor, "device.play_now", ",".join(targets), item_id=item_id,
                     title=content.title, length_s=plan.length_s, at=plan.at.isoformat(),
                     quiet_override=override.by.username if plan.quiet and override else None)
    lanes.wake()
    return jobs


def check_override(at: dt.datetime, window: tuple[dt.time, dt.time],
                   override: QuietOverride | None) -> None:
    """Sound now, at `at` in quiet hours: allowed only by a leader, with a written reason."""
    first, last = window
    if override is None:
        raise QuietHours(
            QT_TRANSLATE_NOOP("Errors", "it is {now}, in quiet hours (sound is allowed from "
                                        "{first} to {last}): a leader must allow this play "
                                        "with a written reason"),
            now=f"{at:%H:%M}", first=f"{first:%H:%M}", last=f"{last:%H:%M}")
    override.by.require(Permission.OVERRIDE_QUIET_HOURS)
    if len(" ".join(override.reason.split())) < MIN_REASON_CHARS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "write the reason for playing during quiet hours (at "
                                        "least {count} characters)"),
            count=MIN_REASON_CHARS)


def leader_override(ctx: StationContext, actor: Actor, reason: str, username: str = "",
                    password: str = "") -> QuietOverride:
    """The quiet-hours override of the person at the PC, or of a leader who signs in here for
    this one command (the audit names both)."""
    if not username:
        return QuietOverride(actor, reason)
    from .users import UserService

    leader = UserService(ctx.db).authenticate(username, password)
    leader.require(Permission.OVERRIDE_QUIET_HOURS)
    return QuietOverride(leader, reason)


def approve_item(ctx: StationContext, actor: Actor, item_id: str) -> None:
    """A leader approves an item made in the commune for the air (as a programme's approval
    does for its items)."""
    actor.require(Permission.APPROVE_PROGRAMMES)
    with ctx.db.write() as session:
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "no item {id}"), id=item_id)
        if not item.local:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "only items made in the commune are approved here; the "
                                            "province reviews its own"))
        item.reviewed = True
        audit.record(session, actor, "item.approve", f"item:{item_id}", title=item.title)


def active_emergency_ids(ctx: StationContext) -> dict[str, list[str]]:
    """Emergency id → its targets still on it, for emergencies not yet stopped."""
    with ctx.db.read() as session:
        return active_emergencies(session)

