"""Building a programme: entries of every kind, order, volume, cue points, targets.

Every change to an approved (or submitted, or scheduled) programme sends it back to draft,
with an audit entry: what was approved is never what airs after an edit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db import Database
from ...media import copies
from ...models import ItemFile, MediaBlob, Programme, ProgrammeEntry, SourceItem
from ...models.base import utcnow
from ...models.enums import EntryKind, MediaState, Priority, ProgrammeStatus
from .. import audit
from ..errors import InvalidInput, NotFound
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP
from .common import begin_edit, load, load_entry
from .targets import TargetChoice, apply_choice

log = logging.getLogger(__name__)

# Words per second of Vietnamese read by a speech engine at its default speed: a first
# estimate of a speech entry's length until it is synthesised.
SPEECH_WORDS_PER_S = 2.5
MEDIA_KINDS = (EntryKind.FILE, EntryKind.RECORDING, EntryKind.JINGLE)


def create_programme(db: Database, actor: Actor, name: str, *,
                     start_at: dt.datetime | None = None, slot_limit_s: float | None = None,
                     priority: str = Priority.NORMAL.value, item_ids: Sequence[str] = (),
                     targets: str = "all") -> int:
    """A new draft; with `item_ids` and `targets`, all in one transaction (all or nothing)."""
    actor.require(Permission.EDIT_PROGRAMMES)
    name = name.strip()
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a programme needs a name"))
    if start_at is not None and start_at.tzinfo is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the start time needs a time zone"))
    Priority(priority)
    with db.write() as session:
        programme = Programme(name=name, start_at=start_at, slot_limit_s=slot_limit_s,
                              priority=priority, created_by=actor.username,
                              status=ProgrammeStatus.DRAFT.value, all_targets=True)
        session.add(programme)
        for item_id in item_ids:
            _insert(programme, _new_entry(session, EntryKind.ITEM, item_id=item_id, text=None,
                                          media_sha256=None, stream_url=None, duration_s=None,
                                          title=None), None)
        apply_choice(session, programme, TargetChoice.parse(targets))
        session.flush()
        audit.record(session, actor, "programme.create", f"programme:{programme.id}",
                     name=name, start_at=start_at.isoformat() if start_at else None,
                     items=list(item_ids), targets=targets)
        return programme.id


def update_programme(db: Database, actor: Actor, programme_id: int, *,
                     name: str | None = None, start_at: dt.datetime | None = None,
                     slot_limit_s: float | None = None, priority: str | None = None) -> None:
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, "details changed")
        if name is not None:
            if not name.strip():
                raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a programme needs a name"))
            programme.name = name.strip()
        if start_at is not None:
            programme.start_at = start_at
        if slot_limit_s is not None:
            programme.slot_limit_s = slot_limit_s or None
        if priority is not None:
            programme.priority = Priority(priority).value


def _estimate_speech(text: str) -> float:
    return round(max(1.0, len(text.split()) / SPEECH_WORDS_PER_S), 1)


def _renumber(programme: Programme) -> None:
    for n, entry in enumerate(sorted(programme.entries, key=lambda e: e.position)):
        entry.position = n


def _insert(programme: Programme, entry: ProgrammeEntry, position: int | None) -> None:
    entries = sorted(programme.entries, key=lambda e: e.position)
    where = len(entries) if position is None else max(0, min(position, len(entries)))
    entries.insert(where, entry)
    programme.entries.append(entry)
    for n, e in enumerate(entries):
        e.position = n


RELAY_SCHEMES = ("http", "https", "rtsp")  # the streams a relay (tiếp sóng) may take


def _new_entry(session: Session, kind: EntryKind, *, item_id: str | None, text: str | None,
               media_sha256: str | None, stream_url: str | None, duration_s: float | None,
               title: str | None) -> ProgrammeEntry:
    entry = ProgrammeEntry(kind=kind.value, position=0, volume_db=0.0, cue_in_s=0.0,
                           options={})
    if kind == EntryKind.ITEM:
        item = session.get(SourceItem, item_id) if item_id else None
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no item {id} in the library"),
                           id=item_id)
        if item.withdrawn:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "item {id} was withdrawn by the "
                                                           "province; it cannot air"), id=item.id)
        entry.item_id = item.id
        entry.title = title or item.title
        entry.duration_s = item.duration_s
    elif kind == EntryKind.SPEECH:
        if not text or not text.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a speech entry needs the text to read"))
        entry.text = text.strip()
        entry.title = title or text.strip().splitlines()[0][:120]
        entry.duration_s = _estimate_speech(text)
        entry.options = {"estimated": True}
    elif kind in MEDIA_KINDS:
        blob = session.get(MediaBlob, media_sha256) if media_sha256 else None
        if blob is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "that file is not in the media cache; import it first"))
        entry.media_sha256 = blob.sha256
        entry.title = title or kind.value
        entry.duration_s = blob.duration_s
    elif kind == EntryKind.STREAM:
        if not stream_url or not stream_url.startswith(
                tuple(f"{scheme}://" for scheme in RELAY_SCHEMES)):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a stream relay needs an http(s) or rtsp URL"))
        if not duration_s or duration_s <= 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a stream relay needs a duration"))
        entry.stream_url = stream_url
        entry.title = title or stream_url
        entry.duration_s = float(duration_s)
    elif kind == EntryKind.SILENCE:
        if not duration_s or duration_s <= 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a silence needs a duration"))
        entry.title = title or "silence"
        entry.duration_s = float(duration_s)
    if duration_s and kind not in (EntryKind.STREAM, EntryKind.SILENCE):
        entry.duration_s = float(duration_s)
    return entry


def add_entry(db: Database, actor: Actor, programme_id: int, kind: EntryKind | str, *,
              item_id: str | None = None, text: str | None = None,
              media_sha256: str | None = None, stream_url: str | None = None,
              duration_s: float | None = None, title: str | None = None,
              volume_db: float = 0.0, position: int | None = None,
              options: dict[str, Any] | None = None) -> int:
    kind = EntryKind(kind)
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, f"{kind.value} added")
        entry = _new_entry(session, kind, item_id=item_id, text=text, media_sha256=media_sha256,
                           stream_url=stream_url, duration_s=duration_s, title=title)
        entry.volume_db = float(volume_db)
        entry.options = {**entry.options, **(options or {})}
        _insert(programme, entry, position)
        session.flush()
        return entry.id


def add_items(db: Database, actor: Actor, programme_id: int, item_ids: Sequence[str],
              position: int | None = None) -> list[int]:
    """Library items added in the given order, at `position` or at the end (all or none)."""
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, "items added")
        entries = []
        for item_id in item_ids:
            entry = _new_entry(session, EntryKind.ITEM, item_id=item_id, text=None,
                               media_sha256=None, stream_url=None, duration_s=None, title=None)
            _insert(programme, entry, None if position is None else position + len(entries))
            entries.append(entry)
        session.flush()
        return [e.id for e in entries]


def import_media(db: Database, media_root: Path, path: Path, mime: str = "audio/mpeg") -> str:
    """Copy a local file (or recording) into the content-addressed cache; returns its sha256."""
    from ...audio.probe import media_duration
    from ...media.store import MediaStore, hash_file

    if not path.is_file():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "no such file: {path}"), path=path)
    sha = hash_file(path).hexdigest()
    store = MediaStore(media_root)
    final = store.path(sha)
    if not final.is_file():
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.with_name(f".{sha}.{os.getpid()}.import")
        shutil.copyfile(path, tmp)
        if hashlib.sha256(tmp.read_bytes()).hexdigest() != sha:  # the file changed meanwhile
            tmp.unlink(missing_ok=True)
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{name} changed while it was being imported"),
                name=path.name)
        os.replace(tmp, final)
    duration = media_duration(final, timeout=600)
    with db.write() as session:
        blob = session.get(MediaBlob, sha)
        if blob is None:
            blob = MediaBlob(sha256=sha, size=final.stat().st_size, mime=mime)
            session.add(blob)
        blob.state = MediaState.READY.value
        blob.bytes_done = blob.size
        blob.verified_at = utcnow()
        blob.duration_s = duration
        copies.made_here(session, sha, blob.size)
    return sha


def move_entry(db: Database, actor: Actor, programme_id: int, entry_id: int,
               position: int) -> None:
    with db.write() as session:
        programme = load(session, programme_id)
        entry = load_entry(session, programme, entry_id)
        begin_edit(session, programme, actor, "entries reordered")
        others = [e for e in sorted(programme.entries, key=lambda e: e.position) if e is not entry]
        others.insert(max(0, min(position, len(others))), entry)
        for n, e in enumerate(others):
            e.position = n


def remove_entry(db: Database, actor: Actor, programme_id: int, entry_id: int) -> None:
    with db.write() as session:
        programme = load(session, programme_id)
        entry = load_entry(session, programme, entry_id)
        begin_edit(session, programme, actor, "entry removed")
        programme.entries.remove(entry)
        _renumber(programme)


def set_volume(db: Database, actor: Actor, programme_id: int, entry_id: int,
               volume_db: float) -> None:
    if not -30.0 <= volume_db <= 12.0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the volume must be between -30 and +12 dB"))
    with db.write() as session:
        programme = load(session, programme_id)
        entry = load_entry(session, programme, entry_id)
        begin_edit(session, programme, actor, "volume changed")
        entry.volume_db = float(volume_db)


def set_cues(db: Database, actor: Actor, programme_id: int, entry_id: int,
             cue_in_s: float, cue_out_s: float | None) -> None:
    """Adjust the trim points by hand (auto-trim is then no longer applied to this entry)."""
    with db.write() as session:
        programme = load(session, programme_id)
        entry = load_entry(session, programme, entry_id)
        length = entry.duration_s
        if cue_in_s < 0 or (cue_out_s is not None and cue_out_s <= cue_in_s):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the end cue must come after the start cue"))
        if length is not None and cue_out_s is not None and cue_out_s > length + 0.05:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the end cue is past the end of the audio ({length} "
                                            "s)"),
                length=f"{length:.1f}")
        begin_edit(session, programme, actor, "cue points changed")
        entry.cue_in_s = float(cue_in_s)
        entry.cue_out_s = None if cue_out_s is None else float(cue_out_s)
        entry.options = {**(entry.options or {}), "cues": "manual"}


def set_fades(db: Database, actor: Actor, programme_id: int, entry_id: int,
              fade_in_s: float, fade_out_s: float) -> None:
    """Fade an entry in and out (seconds; 0 for none)."""
    if not (0 <= fade_in_s <= 30 and 0 <= fade_out_s <= 30):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a fade lasts 0 to 30 seconds"))
    with db.write() as session:
        programme = load(session, programme_id)
        entry = load_entry(session, programme, entry_id)
        begin_edit(session, programme, actor, "fades changed")
        entry.options = {**(entry.options or {}), "fade_in_s": round(float(fade_in_s), 2),
                         "fade_out_s": round(float(fade_out_s), 2)}


def set_entry_sound(db: Database, actor: Actor, programme_id: int, entry_id: int, *,
                    cue_in_s: float, cue_out_s: float | None, volume_db: float,
                    fade_in_s: float, fade_out_s: float) -> None:
    """The entry dialog's changes (cut, gain, fades) as one edit, one undo step."""
    if not -30.0 <= volume_db <= 12.0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the volume must be between -30 and +12 dB"))
    if not (0 <= fade_in_s <= 30 and 0 <= fade_out_s <= 30):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a fade lasts 0 to 30 seconds"))
    if cue_in_s < 0 or (cue_out_s is not None and cue_out_s <= cue_in_s):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the end cue must come after the start cue"))
    with db.write() as session:
        programme = load(session, programme_id)
        entry = load_entry(session, programme, entry_id)
        if entry.duration_s is not None and cue_out_s is not None \
                and cue_out_s > entry.duration_s + 0.05:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the end cue is past the end of the audio ({length} "
                                            "s)"),
                length=f"{entry.duration_s:.1f}")
        begin_edit(session, programme, actor, "entry sound changed")
        cues_moved = (entry.cue_in_s, entry.cue_out_s) != (cue_in_s, cue_out_s)
        entry.cue_in_s, entry.cue_out_s = float(cue_in_s), cue_out_s
        entry.volume_db = float(volume_db)
        options = {**(entry.options or {}), "fade_in_s": round(float(fade_in_s), 2),
                   "fade_out_s": round(float(fade_out_s), 2)}
        if cues_moved:
            options["cues"] = "manual"  # auto-trim no longer applies to this entry
        entry.options = options


def jingle_sha(session: Session, item_id: str) -> str:
    """The sound file of a library item used as a jingle."""
    item = session.get(SourceItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no item {id} in the library"),
                       id=item_id)
    if item.withdrawn:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "item {id} was withdrawn by the province; it cannot air"),
            id=item_id)
    sha = session.scalar(select(ItemFile.sha256).where(
        ItemFile.item_id == item_id, ItemFile.mime.like("audio/%")).order_by(ItemFile.id)
        .limit(1))
    if sha is None or session.get(MediaBlob, sha) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "item {id} has no sound file on this computer yet"),
            id=item_id)
    return sha


def add_jingle_item(db: Database, actor: Actor, programme_id: int, item_id: str, *,
                    intro: bool = False, outro: bool = False, every: int = 0) -> None:
    """A library item as the programme's jingle (intro, outro, one every N items)."""
    with db.read() as session:
        sha = jingle_sha(session, item_id)
    add_jingles(db, actor, programme_id, sha, intro=intro, outro=outro, every=every)


def add_jingles(db: Database, actor: Actor, programme_id: int, media_sha256: str, *,
                intro: bool = True, outro: bool = True, every: int = 0) -> None:
    """Station jingle as intro, outro and between every `every` content entries.

    Earlier jingles of the same file are removed first, so re-running it after a reorder
    puts them back where they belong.
    """
    with db.write() as session:
        programme = load(session, programme_id)
        if session.get(MediaBlob, media_sha256) is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "the jingle is not in the media cache; import it "
                                            "first"))
        begin_edit(session, programme, actor, "jingles placed")
        content = [e for e in sorted(programme.entries, key=lambda e: e.position)
                   if not (e.kind == EntryKind.JINGLE and e.media_sha256 == media_sha256)]
        for e in list(programme.entries):
            if e not in content:
                programme.entries.remove(e)

        def jingle(role: str) -> ProgrammeEntry:
            entry = _new_entry(session, EntryKind.JINGLE, item_id=None, text=None,
                               media_sha256=media_sha256, stream_url=None, duration_s=None,
                               title=None)
            entry.options = {"jingle": role}
            programme.entries.append(entry)
            return entry

        ordered: list[ProgrammeEntry] = [jingle("intro")] if intro else []
        for n, entry in enumerate(content, start=1):
            ordered.append(entry)
            if every > 0 and n % every == 0 and n < len(content):
                ordered.append(jingle("between"))
        if outro:
            ordered.append(jingle("outro"))
        for n, entry in enumerate(ordered):
            entry.position = n


_ENTRY_FIELDS = ("kind", "item_id", "title", "text", "media_sha256", "stream_url", "duration_s",
                 "volume_db", "cue_in_s", "cue_out_s", "options")


def snapshot(db: Database, programme_id: int) -> list[dict[str, Any]]:
    """The running order as plain values, for the editor's undo / redo."""
    with db.read() as session:
        programme = load(session, programme_id)
        return [{f: getattr(e, f) for f in _ENTRY_FIELDS}
                for e in sorted(programme.entries, key=lambda e: e.position)]


def restore(db: Database, actor: Actor, programme_id: int,
            entries: list[dict[str, Any]]) -> None:
    """Put back a running order taken by `snapshot` (an edit like any other)."""
    with db.write() as session:
        programme = load(session, programme_id)
        begin_edit(session, programme, actor, "undo")
        programme.entries.clear()
        session.flush()
        for n, values in enumerate(entries):
            programme.entries.append(ProgrammeEntry(position=n, **{
                f: values.get(f) for f in _ENTRY_FIELDS if f in values}))
