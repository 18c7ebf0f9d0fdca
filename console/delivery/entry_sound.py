"""What a programme entry sounds like when a push sends it: a library item's playable file
(its main audio or video, never a thumbnail or an attached picture), or, for a text item,
the speech made from its words before the push (services.programmes.spoken_items), which
the entry remembers together with the words, voice and speed it was made from. A picture
item is shown on the boards and is silent on the loudspeakers (item_picture)."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audio.speech import DEFAULT_SPEED, DEFAULT_VOICE
from ..models import ItemFile, ProgrammeEntry, SourceItem
from ..models.enums import EntryKind, ItemKind

PLAYABLE_MIME = ("audio/", "video/")
SPEECH_FILE = "speech_sha256"  # entry option: the spoken item's file in the media cache
SPEECH_OF = "speech_of"        # entry option: speech_key() of what it was made from


def _main_file(session: Session, item_id: str, mime: str | tuple[str, ...]) -> str | None:
    """sha256 of the item's first main file of this type (a MIME prefix or several)."""
    for f in session.scalars(select(ItemFile).where(ItemFile.item_id == item_id)
                             .order_by(ItemFile.id)):
        if f.role == "main" and f.mime.startswith(mime):
            return f.sha256
    return None


def item_media(session: Session, item_id: str) -> str | None:
    """sha256 of the item's playable file (audio, or the sound of a video)."""
    return _main_file(session, item_id, PLAYABLE_MIME)


def item_picture(session: Session, item_id: str) -> str | None:
    """sha256 of a picture item's main picture (what boards show), or None."""
    item = session.get(SourceItem, item_id)
    if item is None or item.kind != ItemKind.IMAGE:
        return None
    return _main_file(session, item_id, "image/")


def relay_url(session: Session, entry: ProgrammeEntry) -> str | None:
    """The stream a relay entry (tiếp sóng) plays: its own URL, or its library item's; None
    for any other entry."""
    if entry.kind == EntryKind.STREAM:
        return entry.stream_url or None
    if entry.kind == EntryKind.ITEM and entry.item_id:
        item = session.get(SourceItem, entry.item_id)
        if item is not None and item.kind == ItemKind.STREAM:
            return item.stream_url or None
    return None


def item_speech_text(item: SourceItem) -> str:
    return (item.body or item.summary or item.title or "").strip()


def spoken_text(session: Session, item: SourceItem) -> str:
    """The words a loudspeaker reads for this item: a text item without a sound file of its
    own; "" for any other."""
    if item.kind != ItemKind.TEXT or item_media(session, item.id) is not None:
        return ""
    return item_speech_text(item)


def speech_options(entry: ProgrammeEntry) -> tuple[str, int, str | None]:
    """(voice, speed, engine) chosen for a text entry; the defaults when none were chosen."""
    options = entry.options or {}
    return (str(options.get("voice") or DEFAULT_VOICE),
            int(options.get("speed") or DEFAULT_SPEED),
            str(options["engine"]) if options.get("engine") else None)


def speech_key(entry: ProgrammeEntry, text: str) -> str:
    """What a spoken item's file was made from: its words, voice, speed and engine."""
    made_of = json.dumps([text, *speech_options(entry)], ensure_ascii=False)
    return hashlib.sha256(made_of.encode("utf-8")).hexdigest()


def prepared_speech(entry: ProgrammeEntry, text: str) -> str | None:
    """The file made for these words and this voice, if it was (None: the words changed
    since, or it was never made)."""
    options = entry.options or {}
    sha = options.get(SPEECH_FILE)
    if isinstance(sha, str) and options.get(SPEECH_OF) == speech_key(entry, text):
        return sha
    return None
