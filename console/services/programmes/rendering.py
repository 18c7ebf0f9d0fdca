"""Render a programme as it will sound: one MP3 at the station's loudness target."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...audio.probe import media_duration
from ...audio.render import (
    LoudnessCache,
    RenderPart,
    RenderResult,
    RenderTarget,
    normalising_gain,
    render_parts,
)
from ...delivery.entry_sound import relay_url
from ...media.cache import touch
from ...settings import TARGET_LUFS, TRUE_PEAK_DBTP
from ..errors import InvalidInput
from ..translatable import QT_TRANSLATE_NOOP
from .common import load
from .sources import resolve, speech_cache, speech_mp3, speech_options
from .timing import played_length

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ...models import Programme
    from ...station import StationContext

log = logging.getLogger(__name__)

MEASURE_SHARE = 0.25  # of the progress bar, when nothing was measured before


@dataclass(frozen=True)
class Mark:
    """Where an entry starts in the rendered file."""

    entry_id: int
    offset_s: float
    length_s: float
    title: str


@dataclass(frozen=True)
class Preview:
    path: Path
    duration_s: float
    marks: list[Mark]
    stream_url: str | None = None  # a relay programme: the stream itself, nothing rendered


def preview_path(ctx: StationContext, programme_id: int) -> Path:
    return ctx.paths.cache / "preview" / f"programme-{programme_id}.mp3"


def render_preview(ctx: StationContext, programme_id: int, *,
                   cancel: threading.Event | None = None,
                   progress: Callable[[float], None] | None = None) -> Preview:
    """The whole programme as it will sound (same loudness and gains), with entry marks.

    A relay programme (one relay alone, as the checks want it) is its stream: listening
    to it is how the editor hears that the address works."""
    relay = relay_preview(ctx, programme_id)
    if relay is not None:
        return relay
    marks: list[Mark] = []
    out = preview_path(ctx, programme_id)
    # Heard on this computer: the check that what plays on loudspeakers stays under the
    # true-peak ceiling is left to the file that airs.
    result = render_programme(ctx, programme_id, out, cancel=cancel, progress=progress,
                              marks=marks, check_peaks=False)
    return Preview(result.out, result.duration_s, marks)


def relay_preview(ctx: StationContext, programme_id: int) -> Preview | None:
    """The preview of a programme that is one relay: its stream, for its length."""
    with ctx.db.read() as session:
        return _relay_preview(session, load(session, programme_id))


def _relay_preview(session: Session, programme: Programme) -> Preview | None:
    if len(programme.entries) != 1:
        return None
    entry = programme.entries[0]
    url = relay_url(session, entry)
    if url is None:
        return None
    length = float(entry.duration_s or 0.0)
    return Preview(Path(), length, [Mark(entry.id, 0.0, length, entry.title or url)],
                   stream_url=url)


def loudness_cache(ctx: StationContext) -> LoudnessCache:
    return LoudnessCache(ctx.paths.cache / "loudness")


def render_programme(ctx: StationContext, programme_id: int, out: Path, *,
                     entries_dir: Path | None = None, cancel: threading.Event | None = None,
                     progress: Callable[[float], None] | None = None,
                     marks: list[Mark] | None = None, check_peaks: bool = True
                     ) -> RenderResult:
    """Render in the caller's thread (a UI worker or the CLI); cancellable, with progress.

    With `marks`, it is filled with where each entry starts in the output.
    `check_peaks`: see console.audio.render.render_parts()."""
    target = RenderTarget(float(ctx.settings.get(TARGET_LUFS)),
                          float(ctx.settings.get(TRUE_PEAK_DBTP)))
    speech = speech_cache(ctx.paths, ctx.settings)
    plan: list[tuple[Path | None, float, float, float, str, float, float]] = []
    entry_ids: list[int] = []
    missing: list[str] = []
    with ctx.db.read() as session:
        programme = load(session, programme_id)
        if _relay_preview(session, programme) is not None:  # a file cannot hold a stream
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Errors", "a relay has no audio file: the loudspeakers play its stream at "
                          "its time (listen to it with \u201cListen to the whole "
                          "programme\u201d)"))
        for entry in sorted(programme.entries, key=lambda e: e.position):
            source = resolve(session, entry, ctx.paths)
            path = source.path
            if source.text is not None and path is None:
                path = speech_mp3(speech, source.text, *speech_options(entry), cancel=cancel)
            if source.missing or (path is None and not source.silence):
                missing.append(f"entry {entry.position + 1}: {source.missing or 'no audio'}")
                continue
            length = played_length(entry)
            if path is not None and (length is None or (entry.options or {}).get("estimated")):
                full = media_duration(path, cancel=cancel, timeout=600) or 0.0
                length = (entry.cue_out_s or full) - entry.cue_in_s
            options = entry.options or {}
            plan.append((path, entry.cue_in_s if path else 0.0, length or 0.0,
                         entry.volume_db, entry.title or "",
                         float(options.get("fade_in_s") or 0.0),
                         float(options.get("fade_out_s") or 0.0)))
            entry_ids.append(entry.id)
    if missing:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the programme cannot be rendered: {missing}"),
            missing="; ".join(missing))
    cache = loudness_cache(ctx)
    files = [p for p, *_rest in plan if p is not None]
    media = ctx.paths.media.resolve()
    touch(ctx.db, (p.name for p in files if p.resolve().is_relative_to(media)))
    unknown = [p for p in files if not cache.get(p)[0]]
    share = MEASURE_SHARE if unknown and progress else 0.0
    if progress:
        progress(0.0)
    measured = cache.measure_all(files, cancel=cancel)
    parts = [RenderPart(path, length, cue_in,
                        normalising_gain(measured.get(path) if path else None, target, volume)
                        if path else 0.0, title, fade_in, fade_out)
             for path, cue_in, length, volume, title, fade_in, fade_out in plan]
    render_progress = (lambda f: progress(share + (1 - share) * f)) if progress else None
    result = render_parts(parts, out, target=target, entries_dir=entries_dir, cancel=cancel,
                          progress=render_progress, timeout=None,
                          memo_dir=ctx.paths.cache / "loudness", check_peaks=check_peaks)
    if marks is not None:
        offset = 0.0
        for entry_id, part in zip(entry_ids, parts, strict=True):
            marks.append(Mark(entry_id, round(offset, 3), part.duration_s, part.title))
            offset += max(0.01, part.duration_s)  # as the renderer counts it
    log.info("programme %s rendered to %s", programme_id, out)
    return result
