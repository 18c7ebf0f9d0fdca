"""Where each entry's audio comes from: the media cache, or speech synthesis."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...audio.ffmpeg import run_ffmpeg
from ...audio.speech import SpeechCache
from ...delivery.entry_sound import (
    item_media,
    item_picture,
    item_speech_text,
    relay_url,
    speech_options,
)
from ...media import copies
from ...media.store import MediaStore
from ...models import ProgrammeEntry, SourceItem
from ...models.enums import EntryKind, ItemKind
from ...paths import DataPaths
from ...settings import Settings
from ...station import StationContext
from ..errors import InvalidInput
from ..translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class EntrySource:
    """The audio of one entry: a file, silence, or why there is none."""

    path: Path | None = None
    silence: bool = False
    text: str | None = None      # to be read by speech synthesis
    missing: str | None = None   # plain reason when the audio is not available
    missing_code: str = ""       # the same as a code, for the console's own words
    missing_detail: str = ""
    picture: str | None = None   # a picture for the boards (silent on the loudspeakers)


def speech_cache(paths: DataPaths, settings: Settings | None = None) -> SpeechCache:
    """The speech cache with the station's pronunciation list (console.services.speech)."""
    from ..speech import speech_cache as station_cache

    return station_cache(paths, settings)


def ready_path(session: Session, store: MediaStore, sha: str) -> Path | None:
    ready = session.scalar(select(copies.ready_here(session, sha)))
    path = store.path(sha)
    return path if ready and path.is_file() else None


def resolve(session: Session, entry: ProgrammeEntry, paths: DataPaths) -> EntrySource:
    store = MediaStore(paths.media)
    kind = EntryKind(entry.kind)
    if kind == EntryKind.SILENCE:
        return EntrySource(silence=True)
    if relay_url(session, entry) is not None:
        # A relay (tiếp sóng): the devices play the stream at its time; a rendered file or
        # a preview holds its place with silence.
        return EntrySource(silence=True)
    if entry.media_sha256:
        path = ready_path(session, store, entry.media_sha256)
        return EntrySource(path=path) if path else EntrySource(
            missing="its file is not in the media cache yet", missing_code="not_in_cache")
    if kind == EntryKind.SPEECH:
        return EntrySource(text=entry.text or "")
    if kind == EntryKind.ITEM and entry.item_id:
        item = session.get(SourceItem, entry.item_id)
        if item is None:
            return EntrySource(missing="the item is no longer in the library",
                               missing_code="gone")
        sha = item_media(session, item.id)
        if sha is None:
            if item.kind == ItemKind.TEXT and item_speech_text(item):
                return EntrySource(text=item_speech_text(item))
            picture = item_picture(session, item.id)
            if picture is not None:  # shown on the boards, nothing to hear
                return EntrySource(silence=True, picture=picture)
            return EntrySource(missing=f"the item has no sound ({item.kind})",
                               missing_code="no_sound", missing_detail=str(item.kind))
        path = ready_path(session, store, sha)
        return EntrySource(path=path) if path else EntrySource(
            missing="its audio has not been downloaded yet (sync when the link is up)",
            missing_code="not_downloaded")
    return EntrySource(missing="the entry has no audio", missing_code="no_audio")


def speech_mp3(cache: SpeechCache, text: str, voice: str, speed: int,
               engine: str | None = None, cancel: threading.Event | None = None) -> Path:
    """Synthesised speech encoded as MP3 next to its WAV, for devices and the cache."""
    wav = cache.speak(text, voice, speed, cancel=cancel, engine=engine)
    mp3 = wav.with_suffix(".mp3")
    if not mp3.is_file():
        tmp = wav.with_suffix(".part.mp3")
        run_ffmpeg(["-i", wav, "-ac", "1", "-c:a", "libmp3lame", "-b:a", "64k", "-y", tmp],
                   timeout=300, cancel=cancel)
        tmp.replace(mp3)
    return mp3


@dataclass(frozen=True)
class EntryAudio:
    """An entry's sound for the cue editor: the file, its length and its waveform."""

    path: Path
    length_s: float
    peaks: list[float]


def entry_audio(ctx: StationContext, programme_id: int, entry_id: int, *,
                cancel: threading.Event | None = None) -> EntryAudio:
    """The whole file of an entry (before cue points), with its waveform; read in a worker."""
    from ...audio.probe import media_duration
    from ..library_media import decode_waveform, waveform_of
    from .common import load, load_entry

    with ctx.db.read() as session:
        entry = load_entry(session, load(session, programme_id), entry_id)
        source = resolve(session, entry, ctx.paths)
        options = speech_options(entry)
        declared = entry.duration_s
        sha = entry.media_sha256
        if sha is None and entry.item_id:
            sha = item_media(session, entry.item_id)
    path = source.path
    if path is None and source.text is not None:
        path = speech_mp3(speech_cache(ctx.paths, ctx.settings), source.text, *options,
                          cancel=cancel)
    if path is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "this entry has no sound to trim ({reason})"),
            reason=source.missing or "silence")
    if sha is not None and MediaStore(ctx.paths.media).path(sha) == path:
        wave = waveform_of(ctx, sha, cancel=cancel)
    else:
        wave = decode_waveform(path, cancel=cancel)
    # The decoded length, not the declared one (a source may say 31.8 s of a 36.1 s file).
    length = wave.length_s or media_duration(path, cancel=cancel, timeout=600) or 0.0
    if declared is not None and length > declared + 0.05:
        _longer_than_declared(ctx, programme_id, entry_id, length)
    return EntryAudio(path, length, wave.peaks)


def _longer_than_declared(ctx: StationContext, programme_id: int, entry_id: int,
                          length: float) -> None:
    """Keep the decoded length when the entry's declared one is shorter, so that a cue
    placed in the audio past the declared end is accepted. Derived data, not an edit."""
    from .common import load, load_entry

    with ctx.db.write() as session:
        entry = load_entry(session, load(session, programme_id), entry_id)
        if entry.duration_s is not None and length > entry.duration_s + 0.05:
            entry.duration_s = round(length, 3)
            entry.options = {k: v for k, v in (entry.options or {}).items()
                             if k != "estimated"}
