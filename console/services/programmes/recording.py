"""A microphone take becomes a commune-made library item (no Qt here).

The record dialog collects raw PCM; this module writes it as a WAV (16-bit, for playback and
the encoder), encodes the MP3 that is kept, and imports it through the local-content service,
so a recording is checked, cached by sha256, audited and approved like any other local file.

A take kept for an emergency (`purpose="emergency"`, from the Emergency page) needs the
EMERGENCY permission instead of IMPORT_CONTENT, so an operator can record a warning and
broadcast it at once: the item is marked as an emergency recording made by that user
(priority emergency, a tag, the revision's payload) and the audit log names it.
"""

from __future__ import annotations

import array
import logging
import re
import sys
import uuid
import wave
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...audio.ffmpeg import run_ffmpeg
from ...media.store import MediaStore
from ...models import ItemRevision, SourceItem, Station
from ...models.enums import Priority
from ...station import StationContext
from .. import audit
from ..errors import InvalidInput
from ..local_content import Refusal, Refused, _store_item, check_file, copy_into_cache, import_files
from ..permissions import Actor, Permission
from ..translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SAMPLE_FORMATS = {"int16": "h", "int32": "i", "float": "f"}
PURPOSES = ("library", "emergency")
EMERGENCY_TAG = "ghi âm khẩn cấp"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class PcmFormat:
    """What the microphone delivers: interleaved samples, native byte order."""

    sample_rate: int
    channels: int
    sample_format: str = "int16"  # one of SAMPLE_FORMATS

    @property
    def bytes_per_frame(self) -> int:
        return self.channels * array.array(SAMPLE_FORMATS[self.sample_format]).itemsize

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.bytes_per_frame


def _samples(data: bytes, fmt: PcmFormat) -> array.array:
    code = SAMPLE_FORMATS[fmt.sample_format]
    width = array.array(code).itemsize
    samples = array.array(code)
    samples.frombytes(data[:len(data) - len(data) % width])
    return samples


def peak_level(data: bytes, fmt: PcmFormat) -> float:
    """Highest absolute sample in `data`, 0.0 (silence) to 1.0 (full scale)."""
    samples = _samples(data, fmt)
    if not samples:
        return 0.0
    peak = max(max(samples), -min(samples))
    full = {"int16": 32768.0, "int32": 2147483648.0, "float": 1.0}[fmt.sample_format]
    return min(1.0, float(peak) / full)


def to_int16(data: bytes, fmt: PcmFormat) -> bytes:
    """PCM as little-endian 16-bit, what a WAV file holds."""
    samples = _samples(data, fmt)
    if fmt.sample_format == "int32":
        samples = array.array("h", (s >> 16 for s in samples))
    elif fmt.sample_format == "float":
        samples = array.array("h", (int(max(-1.0, min(1.0, s)) * 32767) for s in samples))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


def recordings_dir(ctx: StationContext) -> Path:
    path = ctx.paths.cache / "recordings"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_take(ctx: StationContext, pcm: bytes, fmt: PcmFormat) -> Path:
    """The take as a WAV in the recordings folder (to listen to before keeping it)."""
    if len(pcm) < fmt.bytes_per_frame:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "nothing was recorded"))
    path = recordings_dir(ctx) / f"take-{uuid.uuid4().hex}.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(fmt.channels)
        out.setsampwidth(2)
        out.setframerate(fmt.sample_rate)
        out.writeframes(to_int16(pcm, fmt))
    return path


def keep_take(ctx: StationContext, actor: Actor, take: Path, title: str, *,
              purpose: str = "library") -> str:
    """Encode the take as MP3 named by its title and import it; returns the new item id.

    `purpose="library"` (the programme editor) needs IMPORT_CONTENT; `purpose="emergency"`
    (the Emergency page) needs EMERGENCY and marks the item as an emergency recording.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    actor.require(Permission.EMERGENCY if purpose == "emergency" else Permission.IMPORT_CONTENT)
    name = _UNSAFE.sub(" ", title).strip().strip(".")[:120]
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a recording needs a title"))
    folder = recordings_dir(ctx) / uuid.uuid4().hex
    folder.mkdir()
    mp3 = folder / f"{name}.mp3"
    try:
        run_ffmpeg(["-i", take, "-ac", "1", "-c:a", "libmp3lame", "-b:a", "96k", "-y", mp3],
                   timeout=600)
        if purpose == "emergency":
            item_id = _keep_for_emergency(ctx, actor, mp3)
        else:
            report = import_files(ctx, actor, [mp3])
            if not report.imported:
                reason = (str(report.refused[0]) if report.refused
                          else "the file was not imported")
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "the recording was not kept: {reason}"),
                    reason=reason)
            item_id = report.imported[0].item_id
    finally:
        mp3.unlink(missing_ok=True)
        folder.rmdir()
    take.unlink(missing_ok=True)
    log.info("recording kept as %s (%s)", item_id, purpose)
    return item_id


def _keep_for_emergency(ctx: StationContext, actor: Actor, mp3: Path) -> str:
    """The same checks and cache as an import, then marked as this user's emergency take.

    Not through import_files: that one asks for IMPORT_CONTENT, which an operator lacks.
    """
    with ctx.db.read() as session:
        station = session.scalar(select(Station.name).order_by(Station.id).limit(1))
    try:
        kind, mime, duration = check_file(mp3)
        sha, size = copy_into_cache(mp3, MediaStore(ctx.paths.media))
        imported = _store_item(ctx.db, actor, mp3, kind, mime, duration, sha, size, station)
    except Refused as exc:
        reason = Refusal(mp3, exc.reason, exc.detail)
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the recording was not kept: {reason}"),
                           reason=reason) from exc
    with ctx.db.write() as session:
        item = session.get(SourceItem, imported.item_id)
        assert item is not None  # just stored
        item.priority = Priority.EMERGENCY.value
        item.tags = [EMERGENCY_TAG]
        revision = session.scalar(select(ItemRevision).where(
            ItemRevision.item_id == item.id, ItemRevision.revision == item.revision))
        if revision is not None:
            revision.payload = {**(revision.payload or {}), "recorded_for": "emergency",
                                "recorded_by": actor.username}
        audit.record(session, actor, "emergency.recording", item.id, title=item.title,
                     duration_s=duration, sha256=sha, recorded_by=actor.username)
    return imported.item_id


def discard_take(take: Path) -> None:
    take.unlink(missing_ok=True)
