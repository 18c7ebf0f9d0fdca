"""Text items read out before a push: a province's text bulletin in a programme reaches the
clusters as speech (console.delivery.entry_sound), made here once for its words, voice and
speed, and kept in the media cache like any other file. Its words also go to the boards."""

from __future__ import annotations

import threading

from ...audio.errors import AudioToolError
from ...delivery.entry_sound import (
    SPEECH_FILE,
    SPEECH_OF,
    prepared_speech,
    speech_key,
    speech_options,
    spoken_text,
)
from ...media.store import MediaStore
from ...models import SourceItem
from ...models.enums import EntryKind
from ...station import StationContext
from ..air_audio import SPEECH, PrepareProgress
from ..errors import InvalidInput
from ..translatable import QT_TRANSLATE_NOOP
from .common import load
from .editing import import_media
from .sources import ready_path, speech_cache, speech_mp3


def speak_text_items(ctx: StationContext, programme_id: int, *,
                     cancel: threading.Event | None = None,
                     progress: PrepareProgress | None = None) -> int:
    """Make the speech of the programme's text items whose words (or voice) have no file
    yet; returns how many were made. Raises InvalidInput when one cannot be read out.
    `progress` hears (SPEECH, items read out, items to read out)."""
    store = MediaStore(ctx.paths.media)
    wanted: list[tuple[int, str, str, tuple[str, int, str | None], str]] = []
    with ctx.db.read() as session:
        for entry in load(session, programme_id).entries:
            if entry.kind != EntryKind.ITEM or entry.media_sha256 or not entry.item_id:
                continue
            item = session.get(SourceItem, entry.item_id)
            words = spoken_text(session, item) if item is not None else ""
            if not words:
                continue
            made = prepared_speech(entry, words)
            if made is not None and ready_path(session, store, made) is not None:
                continue
            wanted.append((entry.id, entry.title or "", words, speech_options(entry),
                           speech_key(entry, words)))
    if not wanted:
        return 0
    cache = speech_cache(ctx.paths, ctx.settings)
    files: dict[int, tuple[str, str]] = {}
    if progress is not None:
        progress(SPEECH, 0, len(wanted))
    for entry_id, title, words, (voice, speed, engine), key in wanted:
        try:
            path = speech_mp3(cache, words, voice, speed, engine, cancel=cancel)
        except AudioToolError as exc:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Errors", "\u201c{title}\u201d could not be read out: {reason}"),
                title=title, reason=exc) from exc
        files[entry_id] = (import_media(ctx.db, ctx.paths.media, path), key)
        if progress is not None:
            progress(SPEECH, len(files), len(wanted))
    # Derived data, as timing's measurements are: not an edit of the programme.
    with ctx.db.write() as session:
        for entry in load(session, programme_id).entries:
            if entry.id in files:
                sha, key = files[entry.id]
                entry.options = {**(entry.options or {}), SPEECH_FILE: sha, SPEECH_OF: key}
    return len(files)
