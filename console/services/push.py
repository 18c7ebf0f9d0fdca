"""Pushing an approved programme: one delivery job per target, audited, in the caller's
transaction (approval pushes in the same one).

Each target gets the programme's sound at the station's loudness in its own format: the
encodes are made first, outside the transaction (`prepare_programme`, console.services.
air_audio), and the jobs written in it name them.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

from sqlalchemy.orm import Session

from ..delivery.jobs import (
    PUSHABLE,
    NoStartTime,
    boards_among,
    build_payload,
    drop_pictures,
    dropped_targets,
    is_relay,
    queue_programme_jobs,
    queue_schedule_refresh,
    relay_targets,
    resolve_targets,
)
from ..models import Programme
from ..models.enums import Lane
from ..station import StationContext
from . import air_audio, audit
from .errors import InvalidInput, NotFound
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP


def create_delivery_jobs(session: Session, programme_id: int, actor: Actor) -> list[int]:
    """Queue the programme's newest version for every target that does not have it yet.

    A re-push of the same version creates nothing. The caller commits, then wakes the
    sender (console.delivery.lanes.wake()).
    """
    actor.require(Permission.PUSH)
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "no programme {id}"), id=programme_id)
    if programme.status not in PUSHABLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "an unapproved programme cannot be pushed (programme "
                                        "{id} is {status})"),
            id=programme_id, status=programme.status)
    targets = resolve_targets(session, programme)
    if not targets:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the programme has no enabled cluster or board to go to"))
    try:
        payload = build_payload(session, programme)
    except NoStartTime as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "programme {id} has no start time"),
                           id=programme_id) from exc
    if is_relay(payload):  # only the loudspeakers that can relay at a set time get it
        targets = relay_targets(session, targets)[0]
        if not targets:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Errors", "none of the programme's loudspeakers can relay a stream at a set "
                          "time (clusters behind a vendor gateway and this computer's "
                          "speakers can)"))
    elif not any(e["media"] or e["text"] for e in payload["entries"]):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the programme has nothing to play (no file in any entry)"))
    per_target = payloads_by_format(session, payload, targets)
    created = queue_programme_jobs(session, programme, targets, payload, per_target)
    dropped = dropped_targets(session, programme, targets)
    if dropped:  # its places changed: the devices left out drop it
        queue_schedule_refresh(session, dropped, programme.id, reason="dropped",
                               version=programme.version)
    lane = Lane.EMERGENCY if programme.priority == "emergency" else Lane.ROUTINE
    audit.record(session, actor, "programme.push", str(programme_id),
                 version=programme.version, targets=len(targets), new_jobs=len(created),
                 lane=lane.value)
    return [job.id for job in created]


def payloads_by_format(session: Session, payload: dict[str, Any], targets: list[str]
                       ) -> dict[str, dict[str, Any]]:
    """Each target's payload: its entries' files swapped for the encodes of its format,
    with their measured loudness (for the as-run); pictures only for the boards."""
    encodes = air_audio.Encodes(session, air_audio.session_target(session))
    formats = air_audio.target_formats(session, targets)
    boards = boards_among(session, targets)
    shapes: dict[tuple[str | None, bool], dict[str, Any]] = {}
    out = {}
    for target_id in targets:
        key = (formats.get(target_id), target_id in boards)
        if key not in shapes:
            fmt, shows_pictures = key
            shaped = copy.deepcopy(payload)
            if not shows_pictures:
                shaped["entries"] = [drop_pictures(e) for e in shaped["entries"]]
            for entry in shaped["entries"]:
                files, lufs, peaks = encodes.media_for(list(entry["media"]), fmt)
                entry.update(media=files, loudness=lufs, true_peaks=peaks, format=fmt)
            shapes[key] = shaped
        out[target_id] = shapes[key]
    return out


def programme_sound(session: Session, programme_id: int) -> tuple[list[str], list[str]]:
    """(the programme's files, its targets), as a push would send them."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no programme {id}"), id=programme_id)
    try:
        payload = build_payload(session, programme)
    except NoStartTime:
        return [], []
    shas = [sha for entry in payload["entries"][:1] for sha in entry["media"]]
    return shas, resolve_targets(session, programme)


def prepare_programme(ctx: StationContext, programme_id: int, *,
                      cancel: threading.Event | None = None,
                      progress: air_audio.PrepareProgress | None = None) -> int:
    """Make the normalised encodes a push of this programme needs (before its transaction).

    Returns how many files were encoded now (0: all were cached). Raises InvalidInput when
    a file cannot be decoded or is not in the cache yet.
    """
    # Imported here: the programmes package approves through this module.
    from .programmes.spoken_items import speak_text_items

    speak_text_items(ctx, programme_id, cancel=cancel, progress=progress)  # speech first
    with ctx.db.read() as session:
        shas, targets = programme_sound(session, programme_id)
        wanted = air_audio.wanted_for(session, shas, targets)
    return air_audio.prepare(ctx, wanted, cancel=cancel, progress=progress)


def push_programme(ctx: StationContext, actor: Actor, programme_id: int) -> list[int]:
    """Prepare the sound, then queue the jobs (the command line's and the window's push)."""
    actor.require(Permission.PUSH)
    with ctx.db.read() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "there is no programme {id}"),
                id=programme_id)
        if programme.status not in PUSHABLE:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "an unapproved programme cannot be pushed (programme "
                                            "{id} is {status})"),
                id=programme_id, status=programme.status)
    prepare_programme(ctx, programme_id)
    with ctx.db.write() as session:
        jobs = create_delivery_jobs(session, programme_id, actor)
    return jobs
