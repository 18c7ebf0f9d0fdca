"""Exact timing: durations from the files, cue points from silence, start of every entry."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ...audio.errors import AudioToolError
from ...audio.loudness import detect_silence
from ...audio.probe import media_duration
from ...db import Database
from ...models import Programme, ProgrammeEntry
from ...models.enums import EntryKind
from ...paths import DataPaths
from ...settings import Settings
from .common import load
from .sources import resolve, speech_cache, speech_mp3, speech_options

log = logging.getLogger(__name__)

# Keep a breath of the silence that auto-trim removes, so words are not clipped.
LEAD_KEEP_S = 0.05
TAIL_KEEP_S = 0.25


def played_length(entry: ProgrammeEntry) -> float | None:
    """How long the entry plays, after its cue points."""
    if entry.cue_out_s is not None:
        return max(0.0, entry.cue_out_s - entry.cue_in_s)
    if entry.duration_s is None:
        return None
    return max(0.0, entry.duration_s - entry.cue_in_s)


@dataclass(frozen=True)
class Slot:
    entry_id: int
    offset_s: float
    length_s: float | None


def timeline(programme: Programme) -> tuple[list[Slot], float]:
    """Offset of each entry from the programme start, and the total (unknown lengths count 0)."""
    slots: list[Slot] = []
    offset = 0.0
    for entry in sorted(programme.entries, key=lambda e: e.position):
        length = played_length(entry)
        slots.append(Slot(entry.id, offset, length))
        offset += length or 0.0
    return slots, offset


def total_seconds(programme: Programme) -> float:
    return timeline(programme)[1]


def end_of(programme: Programme, start: dt.datetime) -> dt.datetime:
    return start + dt.timedelta(seconds=total_seconds(programme))


@dataclass(frozen=True)
class _Measured:
    entry_id: int
    duration_s: float | None = None
    cues: tuple[float, float] | None = None
    speech_sha: str | None = None


def _measure(session: Session, entry: ProgrammeEntry, paths: DataPaths, *, auto_cue: bool,
             synthesize: bool, cancel: threading.Event | None, db_media: Database) -> _Measured:
    source = resolve(session, entry, paths)
    path = source.path
    speech_sha = None
    if path is None and source.text and synthesize:
        voice, speed, engine = speech_options(entry)
        try:
            path = speech_mp3(speech_cache(paths, Settings(db_media)), source.text, voice,
                              speed, engine, cancel=cancel)
        except AudioToolError as exc:  # no engine: keep the estimate; checks will say why
            log.warning("entry %s not synthesised: %s", entry.id, exc)
            return _Measured(entry.id)
        if entry.kind == EntryKind.SPEECH:
            from .editing import import_media

            speech_sha = import_media(db_media, paths.media, path)
    if path is None:
        return _Measured(entry.id)
    duration = media_duration(path, cancel=cancel, timeout=600)
    cues = None
    manual = (entry.options or {}).get("cues") == "manual"
    if auto_cue and not manual and duration and entry.kind != EntryKind.JINGLE:
        try:
            lead, trail = detect_silence(path, cancel=cancel, timeout=600)
        except AudioToolError as exc:
            log.warning("no cue points for entry %s: %s", entry.id, exc)
        else:
            if trail > lead:
                cues = (max(0.0, lead - LEAD_KEEP_S), min(duration, trail + TAIL_KEEP_S))
    return _Measured(entry.id, duration, cues, speech_sha)


def refresh_timing(db: Database, paths: DataPaths, programme_id: int, *,
                   auto_cue: bool = True, synthesize: bool = False,
                   cancel: threading.Event | None = None) -> float:
    """Read exact durations (and cue points) of every entry whose audio is at hand.

    Derived data only: it does not count as an edit. Returns the new total in seconds.
    Decodes only where the headers say nothing and for silence detection; run it off the UI
    thread.
    """
    with db.read() as session:
        programme = load(session, programme_id)
        measured = [_measure(session, e, paths, auto_cue=auto_cue, synthesize=synthesize,
                             cancel=cancel, db_media=db)
                    for e in sorted(programme.entries, key=lambda e: e.position)]
    with db.write() as session:
        programme = load(session, programme_id)
        by_id = {e.id: e for e in programme.entries}
        for m in measured:
            entry = by_id.get(m.entry_id)
            if entry is None or m.duration_s is None:
                continue
            entry.duration_s = round(m.duration_s, 3)
            options = dict(entry.options or {})
            options.pop("estimated", None)
            if m.speech_sha:
                entry.media_sha256 = m.speech_sha
            if m.cues is not None:
                entry.cue_in_s, entry.cue_out_s = (round(c, 3) for c in m.cues)
                options["cues"] = "auto"
            entry.options = options
        session.flush()
        return total_seconds(programme)
