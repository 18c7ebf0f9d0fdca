"""Commands that act on the air now: emergency start and stop, play now, stop, volume.

Each checks the actor's right, writes its delivery jobs and its audit entry in one
transaction, and wakes the sender (console.delivery.lanes) once committed.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..delivery import lanes
from ..delivery.commands import active_emergencies, enabled_targets, queue_commands
from ..media.cache import touch
from ..media.store import MediaStore, put_bytes
from ..models import ItemFile, MediaBlob, SourceItem
from ..models.base import utcnow
from ..models.enums import Lane
from ..station import StationContext
from . import audit
from .errors import InvalidInput, NotFound
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

AUDIO_FIRST = ("audio/", "video/")


@dataclass(frozen=True)
class EmergencyContent:
    media: list[str]
    durations: list[float]
    title: str
    text: str | None = None
    item_id: str | None = None


def item_content(session: Session, item_id: str, store: MediaStore) -> EmergencyContent:
    item = session.get(SourceItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "no item {item}"), item=item_id)
    files = session.scalars(select(ItemFile).where(ItemFile.item_id == item_id)
                            .order_by(ItemFile.id)).all()
    files = sorted(files, key=lambda f: not f.mime.startswith(AUDIO_FIRST))
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


def spoken_content(ctx: StationContext, session: Session, text: str,
                   store: MediaStore) -> EmergencyContent:
    """A typed message, read by speech synthesis into the media cache when a voice exists,
    so that clusters that can only play files (the gateway) carry it too. Without a voice
    the text still goes out: boards show it, reference clusters read it themselves."""
    title = text[:200]
    try:
        from ..audio.speech import SpeechCache

        wav = SpeechCache(ctx.paths.cache / "speech").speak(text)
        data = wav.read_bytes()
    except Exception as exc:  # no engine, or it failed: the text alone still goes out
        log.warning("emergency message not synthesised (%s); sending the text only", exc)
        return EmergencyContent([], [], title, text=text)
    sha = put_bytes(store, data)
    length = max(0.0, (len(data) - 44) / (2 * 22050))  # espeak: 16-bit mono 22.05 kHz
    session.merge(MediaBlob(sha256=sha, size=len(data), state="ready", bytes_done=len(data),
                            mime="audio/wav", verified_at=utcnow(), duration_s=length))
    return EmergencyContent([sha], [length], title, text=text)


def _targets(session: Session, target_ids: list[str] | None) -> list[str]:
    found = enabled_targets(session, target_ids)
    unknown = sorted(set(target_ids or []) - set(found))
    if unknown:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "unknown or disabled target(s): {targets}"),
                       targets=", ".join(unknown))
    if not found:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "there is no enabled cluster or board"))
    return found


def emergency_start(ctx: StationContext, actor: Actor, *, item_id: str | None = None,
                    text: str | None = None, target_ids: list[str] | None = None
                    ) -> tuple[str, list[int]]:
    """Pre-empt every chosen target now; returns the emergency id and its jobs."""
    actor.require(Permission.EMERGENCY)
    if not item_id and not (text and text.strip()):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "choose an item or type the message"))
    store = MediaStore(ctx.paths.media)
    emergency_id = str(uuid.uuid4())
    with lanes.emergency_preparing(), ctx.db.write() as session:
        content = (item_content(session, item_id, store) if item_id else
                   spoken_content(ctx, session, (text or "").strip(), store))
        if item_id and not content.media and content.text:
            # A text item (the province's warnings often are): read it out as well, so that
            # clusters that can only play a file carry it too.
            spoken = spoken_content(ctx, session, content.text, store)
            content = EmergencyContent(spoken.media, spoken.durations, content.title,
                                       text=content.text, item_id=item_id)
        targets = _targets(session, target_ids)
        command = {"id": emergency_id, "emergency_id": emergency_id, "type": "emergency_start",
                   "media": content.media, "durations": content.durations,
                   "title": content.title, "text": content.text, "item_id": content.item_id}
        jobs = queue_commands(session, targets, command, Lane.EMERGENCY)
        audit.record(session, actor, "emergency.start", emergency_id, item_id=item_id,
                     text=content.text, targets=targets)
    log.warning("EMERGENCY %s started on %d targets: %s", emergency_id, len(targets),
                content.title)
    return emergency_id, jobs


def emergency_stop(ctx: StationContext, actor: Actor) -> tuple[list[str], list[int]]:
    """End every active emergency: each target goes back to its normal schedule."""
    actor.require(Permission.EMERGENCY)
    ids: list[int] = []
    with lanes.emergency_preparing(), ctx.db.write() as session:
        active = active_emergencies(session)
        if not active:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "no emergency is on"))
        for eid, targets in active.items():
            command = {"id": str(uuid.uuid5(uuid.UUID(eid), "stop")), "emergency_id": eid,
                       "type": "emergency_stop"}
            ids += queue_commands(session, sorted(set(targets)), command, Lane.EMERGENCY)
        audit.record(session, actor, "emergency.stop", ",".join(active), jobs=len(ids))
    return list(active), ids


def device_command(ctx: StationContext, actor: Actor, kind: str, target_ids: list[str],
                   **fields: Any) -> list[int]:
    """Operator commands (volume, stop, play now) through the routine lane."""
    actor.require(Permission.OPERATE_DEVICES)
    if kind not in ("stop", "set_volume", "play_now"):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "unknown command {kind}"), kind=kind)
    with ctx.db.write() as session:
        targets = _targets(session, target_ids)
        command = {"id": str(uuid.uuid4()), "type": kind, **fields}
        jobs = queue_commands(session, targets, command, Lane.ROUTINE)
        audit.record(session, actor, f"device.{kind}", ",".join(targets), **fields)
    lanes.wake()
    return jobs


def play_item_now(ctx: StationContext, actor: Actor, item_id: str,
                  target_ids: list[str]) -> list[int]:
    """Play a library item now on these devices: its cached file, or its text."""
    with ctx.db.read() as session:
        content = item_content(session, item_id, MediaStore(ctx.paths.media))
    touch(ctx.db, content.media)
    return device_command(ctx, actor, "play_now", target_ids, media=content.media,
                          durations=content.durations, title=content.title,
                          text=content.text, item_id=item_id)


def active_emergency_ids(ctx: StationContext) -> dict[str, list[str]]:
    """Emergency id → its targets, for emergencies not yet stopped."""
    with ctx.db.read() as session:
        return active_emergencies(session)
