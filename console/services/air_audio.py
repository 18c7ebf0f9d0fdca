"""The sound that reaches a loudspeaker: every audio file at the station's loudness, encoded
in the format each target takes.

Before a push, a play-now or an emergency, `prepare` makes what is missing: one ffmpeg run
per source file writes every format asked for (console.audio.normalise), each encode goes
into the media cache under its own sha256 and is remembered per (content, format, target
loudness, ceiling) in `loudness_encode`, so the next push of the same content encodes
nothing. Inside the push's transaction `Encodes.media_for` then swaps each source file for
the encode of the target's format (database look-ups only).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audio.errors import AudioToolError, Cancelled
from ..audio.formats import FORMATS
from ..audio.normalise import normalise
from ..audio.probe import probe_duration
from ..audio.render import LoudnessCache, RenderTarget
from ..delivery.adapters import sound_format
from ..media import copies
from ..media.store import CHUNK, MediaStore
from ..models import DeliveryTarget, ItemFile, LoudnessEncode, MediaBlob, SettingRow
from ..models.base import utcnow
from ..models.enums import MediaState
from ..settings import TARGET_LUFS, TRUE_PEAK_DBTP
from ..station import StationContext
from .errors import InvalidInput
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# A board keeps a video as it is (its picture matters); only its sound files are re-encoded.
PICTURE_FORMATS = frozenset({"m4a"})
# One ffmpeg run normalises a file on about one core: a prepare encodes this many files side
# by side (approving a programme of fifteen sounds took twice as long one at a time).
ENCODE_WORKERS = max(1, min(4, os.cpu_count() or 1))
# What a prepare has done so far, for a window to show: (step, done, total), step SPEECH
# (text items read out, services.programmes.spoken_items) or LOUDNESS (the encodes here).
PrepareProgress = Callable[[str, int, int], None]
SPEECH = "speech"
LOUDNESS = "loudness"
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def air_target(ctx: StationContext) -> RenderTarget:
    return RenderTarget(float(ctx.settings.get(TARGET_LUFS)),
                        float(ctx.settings.get(TRUE_PEAK_DBTP)))


def session_target(session: Session) -> RenderTarget:
    """The same target read inside a transaction (settings are rows of their own)."""
    def value(option: object, default: float) -> float:
        row = session.get(SettingRow, option.key)  # type: ignore[attr-defined]
        try:
            return float(row.value) if row is not None else default
        except (TypeError, ValueError):
            return default

    return RenderTarget(value(TARGET_LUFS, float(TARGET_LUFS.default)),
                        value(TRUE_PEAK_DBTP, float(TRUE_PEAK_DBTP.default)))


def target_formats(session: Session, target_ids: Iterable[str]) -> dict[str, str | None]:
    """Target id → the sound format it takes (None: it plays no sound)."""
    ids = list(target_ids)
    rows = session.execute(select(DeliveryTarget.id, DeliveryTarget.protocol, DeliveryTarget.kind)
                           .where(DeliveryTarget.id.in_(ids))).all()
    return {tid: sound_format(protocol, kind) for tid, protocol, kind in rows}


def _mime(session: Session, sha: str) -> str:
    mime = session.scalar(select(MediaBlob.mime).where(MediaBlob.sha256 == sha))
    if not mime:
        mime = session.scalar(select(ItemFile.mime).where(ItemFile.sha256 == sha).limit(1))
    return str(mime or "")


def is_sound(mime: str, fmt: str) -> bool:
    """Whether a file of this type is re-encoded for a target of this format."""
    if mime.startswith("audio/"):
        return True
    return mime.startswith("video/") and fmt not in PICTURE_FORMATS


@dataclass(frozen=True)
class Encoded:
    sha256: str
    integrated_lufs: float | None
    true_peak_dbtp: float | None


class Encodes:
    """What `prepare` made, looked up inside a transaction."""

    def __init__(self, session: Session, target: RenderTarget) -> None:
        self.session = session
        self.target = target
        self._cache: dict[tuple[str, str], Encoded | None] = {}
        self._mimes: dict[str, str] = {}

    def encode(self, sha: str, fmt: str) -> Encoded | None:
        key = (sha, fmt)
        if key not in self._cache:
            # Only an encode still in the cache counts (eviction may have taken it).
            row = self.session.execute(select(
                LoudnessEncode.sha256, LoudnessEncode.integrated_lufs,
                LoudnessEncode.true_peak_dbtp)
                .where(
                copies.ready_here(self.session, LoudnessEncode.sha256),
                LoudnessEncode.source_sha256 == sha, LoudnessEncode.format == fmt,
                LoudnessEncode.target_lufs == self.target.lufs,
                LoudnessEncode.true_peak_limit == self.target.true_peak_dbtp)).first()
            self._cache[key] = Encoded(*row) if row is not None else None
        return self._cache[key]

    def media_for(self, shas: list[str], fmt: str | None
                  ) -> tuple[list[str], list[float | None], list[float | None]]:
        """(files, loudness, true peaks) for a target of format `fmt`: each sound file
        swapped for its encode; pictures, videos for boards and targets without sound keep
        the file as it is (loudness None)."""
        files: list[str] = []
        lufs: list[float | None] = []
        peaks: list[float | None] = []
        for sha in shas:
            found = self.encode(sha, fmt) if fmt else None
            files.append(found.sha256 if found else sha)
            lufs.append(found.integrated_lufs if found else None)
            peaks.append(found.true_peak_dbtp if found else None)
        return files, lufs, peaks

    def missing(self, shas: Iterable[str], fmt: str | None) -> list[str]:
        """Sound files with no encode for this format yet."""
        if not fmt:
            return []
        out = []
        for sha in dict.fromkeys(shas):
            if sha not in self._mimes:
                self._mimes[sha] = _mime(self.session, sha)
            if is_sound(self._mimes[sha], fmt) and self.encode(sha, fmt) is None:
                out.append(sha)
        return out


def _lock(key: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


def _put_file(store: MediaStore, path: Path) -> tuple[str, int]:
    """Move a finished file into the store under its own hash."""
    hasher = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            hasher.update(chunk)
            size += len(chunk)
    sha = hasher.hexdigest()
    final = store.path(sha)
    if final.is_file():
        path.unlink(missing_ok=True)
    else:
        # Moved aside into the private .partial folder first, as every other writer does:
        # beside the final name, a kill between the two steps left a stray
        # media/ab/<sha>.part among the verified files.
        final.parent.mkdir(parents=True, exist_ok=True)
        store.partial.mkdir(parents=True, exist_ok=True)
        part = store.partial / f"air-{uuid.uuid4().hex}.part"
        shutil.move(str(path), part)
        os.replace(part, final)  # visible only once complete
    return sha, size


def prepare(ctx: StationContext, wanted: dict[str, set[str]], *,
            cancel: threading.Event | None = None,
            progress: PrepareProgress | None = None) -> int:
    """Make the encodes still missing: source sha → the formats it is needed in.

    Returns how many source files were encoded (0 when everything was cached). A file that
    cannot be decoded, or is not in the media cache, raises InvalidInput naming it.
    `progress` hears (LOUDNESS, files done, files to do), on the caller's thread.
    """
    target = air_target(ctx)
    store = MediaStore(ctx.paths.media)
    todo: dict[str, list[str]] = {}
    with ctx.db.read() as session:
        encodes = Encodes(session, target)
        for sha, formats in wanted.items():
            need = [f for f in sorted(formats) if f in FORMATS and encodes.missing([sha], f)]
            if need:
                todo[sha] = need
    if not todo:
        return 0
    stop = _Stop(cancel)
    total, finished = len(todo), 0

    def encode_one(sha: str, formats: list[str]) -> bool:
        with _lock(sha):  # two pushes of the same file: the second finds the first's encodes
            with ctx.db.read() as session:
                encodes = Encodes(session, target)
                formats = [f for f in formats if encodes.encode(sha, f) is None]
            if not formats:
                return False
            _encode(ctx, store, sha, formats, target, stop)
            return True

    if progress is not None:
        progress(LOUDNESS, 0, total)
    made, failure = 0, None  # finished: files done, found made already or encoded now
    with ThreadPoolExecutor(min(total, ENCODE_WORKERS), thread_name_prefix="air-encode") as pool:
        running = [pool.submit(encode_one, sha, formats) for sha, formats in todo.items()]
        for done in as_completed(running):
            try:
                made += done.result()
            except BaseException as exc:  # the first one is raised below
                if failure is None:
                    failure = exc
                    stop.set()  # the files still queued or running are not worth the wait
            else:
                finished += 1
                if progress is not None:
                    progress(LOUDNESS, finished, total)
    if failure is not None:
        raise failure
    return made


class _Stop(threading.Event):
    """Set when the caller cancels, or when one file of a prepare failed (the others stop)."""

    def __init__(self, outer: threading.Event | None) -> None:
        super().__init__()
        self._outer = outer

    def is_set(self) -> bool:
        return super().is_set() or (self._outer is not None and self._outer.is_set())


def _encode(ctx: StationContext, store: MediaStore, sha: str, formats: list[str],
            target: RenderTarget, cancel: threading.Event | None) -> None:
    source = store.path(sha)
    if not source.is_file():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the file {sha} is not in the media cache yet (sync when "
                                        "the link is up)"),
            sha=sha[:12])
    scratch = Path(tempfile.mkdtemp(prefix="encode-", dir=ctx.paths.cache))
    try:
        outputs = {f: scratch / f"{f}.{FORMATS[f].ext}" for f in formats}
        try:
            result = normalise(source, outputs, target=target,
                               loudness=LoudnessCache(ctx.paths.cache / "loudness"),
                               cancel=cancel)
        except Cancelled:
            raise
        except AudioToolError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the sound of file {sha} could not be brought to the "
                                            "station's loudness: {reason}"),
                sha=sha[:12], reason=exc) from None
        stored = []
        for fmt, path in outputs.items():
            length = probe_duration(path)
            out_sha, size = _put_file(store, path)
            stored.append((fmt, out_sha, size, length))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    with ctx.db.write() as session:
        for fmt, out_sha, size, length in stored:
            lufs, peak = result.loudness_of(fmt)  # as the file plays
            session.merge(MediaBlob(
                sha256=out_sha, size=size, state=MediaState.READY.value, bytes_done=size,
                mime=FORMATS[fmt].mime, verified_at=utcnow(), duration_s=length,
                loudness_lufs=lufs, true_peak_dbtp=peak))
            copies.made_here(session, out_sha, size)
            row = session.scalar(select(LoudnessEncode).where(
                LoudnessEncode.source_sha256 == sha, LoudnessEncode.format == fmt,
                LoudnessEncode.target_lufs == target.lufs,
                LoudnessEncode.true_peak_limit == target.true_peak_dbtp))
            if row is None:  # (an evicted encode made again keeps its row)
                row = LoudnessEncode(source_sha256=sha, format=fmt, target_lufs=target.lufs,
                                     true_peak_limit=target.true_peak_dbtp, sha256=out_sha)
                session.add(row)
            row.sha256, row.duration_s = out_sha, length
            row.integrated_lufs, row.true_peak_dbtp = lufs, peak


def wanted_for(session: Session, shas: Iterable[str], target_ids: Iterable[str]
               ) -> dict[str, set[str]]:
    """Source sha → the formats the given targets need it in (sound files only)."""
    formats = {f for f in target_formats(session, target_ids).values() if f}
    wanted: dict[str, set[str]] = {}
    for sha in dict.fromkeys(shas):
        mime = _mime(session, sha)
        need = {f for f in formats if is_sound(mime, f)}
        if need:
            wanted[sha] = need
    return wanted
