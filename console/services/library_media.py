"""Media of library items for previews: waveforms, loudness, and "download now".

Qt-free and blocking: the window calls these from its background workers.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sys
import tempfile
import threading
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from ..audio import measure_loudness, probe_duration, run_ffmpeg
from ..db import Database
from ..media import copies
from ..media.store import SHA256, MediaStore
from ..models import ItemFile, LoudnessEncode, MediaBlob
from ..models.enums import MediaState
from ..station import StationContext
from ..sync.downloads import DownloadStats, MediaDownloader
from .errors import ServiceError
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

WAVEFORM_VERSION = 1
WAVEFORM_BUCKETS = 1000
# Decode at a low rate: a waveform needs the envelope, not the sound. Long files get a
# lower rate so that decoding never holds more than about 8 MB of samples.
_MAX_SAMPLES = 4_000_000
_RATES = (8000, 4000, 2000, 1000, 500)


def waveform_dir(ctx: StationContext) -> Path:
    return ctx.paths.cache / "waveforms"


def _rate_for(duration_s: float | None) -> int:
    if not duration_s:
        return 2000
    for rate in _RATES:
        if rate * duration_s <= _MAX_SAMPLES:
            return rate
    return _RATES[-1]


@dataclass(frozen=True)
class Waveform:
    """The peaks of a file and its length as decoded (headers may say otherwise)."""

    peaks: list[float]
    length_s: float  # 0.0 when no sound was decoded


def decode_waveform(path: Path, buckets: int = WAVEFORM_BUCKETS, *,
                    cancel: threading.Event | None = None) -> Waveform:
    """Peak level (0…1) of each of `buckets` equal slices of the first audio stream, and
    the stream's length counted in decoded samples."""
    rate = _rate_for(probe_duration(path))
    result = run_ffmpeg(["-i", path, "-map", "0:a:0", "-ac", "1", "-ar", str(rate),
                         "-f", "s16le", "-acodec", "pcm_s16le", "-"],
                        timeout=300, cancel=cancel)
    samples = array("h")
    data = result.stdout
    samples.frombytes(data[: len(data) - len(data) % 2])
    if not samples:
        return Waveform([], 0.0)
    if sys.byteorder == "big":  # the samples are little-endian
        samples.byteswap()
    n = len(samples)
    count = min(buckets, n)
    peaks = []
    for i in range(count):
        chunk = samples[i * n // count:(i + 1) * n // count]
        peak = max(max(chunk), -min(chunk)) if chunk else 0
        peaks.append(min(1.0, peak / 32768))
    return Waveform(peaks, n / rate)


def compute_peaks(path: Path, buckets: int = WAVEFORM_BUCKETS, *,
                  cancel: threading.Event | None = None) -> list[float]:
    """Peak level (0…1) of each of `buckets` equal slices of the first audio stream."""
    return decode_waveform(path, buckets, cancel=cancel).peaks


def _cached_waveform(path: Path, need_length: bool) -> Waveform | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("version") != WAVEFORM_VERSION or not isinstance(data.get("peaks"), list):
        return None
    length = data.get("length_s")
    if not isinstance(length, int | float):
        if need_length:  # written before the length was kept: decode again
            return None
        length = 0.0
    return Waveform([float(p) for p in data["peaks"]], float(length))


def waveform_of(ctx: StationContext, sha256: str, *, cancel: threading.Event | None = None,
                need_length: bool = True) -> Waveform:
    """The waveform of a cached file with its decoded length, computed once and then read
    from the data folder."""
    if not SHA256.match(sha256):
        raise ValueError("not a sha256")
    folder = waveform_dir(ctx)
    cached = folder / f"{sha256}.json"
    found = _cached_waveform(cached, need_length)
    if found is not None:
        return found
    path = MediaStore(ctx.paths.media).path(sha256)
    if not path.is_file():
        raise FileNotFoundError(f"{sha256[:12]} is not in the media cache")
    wave = decode_waveform(path, cancel=cancel)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"version": WAVEFORM_VERSION, "peaks": [round(p, 4) for p in wave.peaks],
                   "length_s": round(wave.length_s, 3)}, fh)
    os.replace(tmp, cached)
    return wave


def waveform(ctx: StationContext, sha256: str, *, cancel: threading.Event | None = None
             ) -> list[float]:
    """The waveform of a cached file, computed once and then read from the data folder."""
    return waveform_of(ctx, sha256, cancel=cancel, need_length=False).peaks


@dataclass(frozen=True)
class LoudnessInfo:
    lufs: float | None          # None: silent
    true_peak_dbtp: float | None


def loudness(ctx: StationContext, sha256: str, *, cancel: threading.Event | None = None
             ) -> LoudnessInfo:
    """Integrated loudness and true peak, measured once and kept on the MediaBlob."""
    with ctx.db.read() as session:
        blob = session.get(MediaBlob, sha256)
        if blob is None:
            raise FileNotFoundError(f"{sha256[:12]} is not a known file")
        if blob.true_peak_dbtp is not None:
            return LoudnessInfo(blob.loudness_lufs, blob.true_peak_dbtp)
    path = MediaStore(ctx.paths.media).path(sha256)
    if not path.is_file():
        raise FileNotFoundError(f"{sha256[:12]} is not in the media cache")
    measured = measure_loudness(path, cancel=cancel, timeout=600)
    peak = measured.true_peak_dbtp if math.isfinite(measured.true_peak_dbtp) else -120.0
    with ctx.db.write() as session:
        session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha256).values(
            loudness_lufs=measured.integrated_lufs, true_peak_dbtp=peak))
    return LoudnessInfo(measured.integrated_lufs, peak)


# --- download now ----------------------------------------------------------------------


def missing_hashes(db: Database, item_ids: list[str],
                   store: MediaStore | None = None) -> set[str]:
    """Files of these items not ready in this PC's cache (its own rows when each PC of a
    shared database keeps a cache); with `store`, also those marked ready but gone from
    the folder."""
    local = copies.here(db)
    with db.read() as session:
        rows = session.execute(
            local.outerjoin(select(ItemFile.sha256, local.state), ItemFile.sha256)
            .where(ItemFile.item_id.in_(item_ids))).all()
    return {sha for sha, state in rows
            if state != MediaState.READY or (store is not None and not store.has(sha))}


class DownloadProgress:
    """Bytes of a "download now" as they arrive, read by the window while it runs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.total = 0        # bytes to fetch (what is already on disk aside)
        self.done = 0
        self._started: float | None = None

    def start(self, total: int) -> None:
        with self._lock:
            self.total, self.done, self._started = total, 0, time.monotonic()

    def add(self, n: int) -> None:
        with self._lock:
            self.done += n

    def snapshot(self) -> tuple[int, int, float | None]:
        """(done, total, seconds left or None while the rate is not known yet)."""
        with self._lock:
            done, total, started = self.done, self.total, self._started
        if started is None or done <= 0:
            return done, total, None
        elapsed = time.monotonic() - started
        if elapsed < 0.5:
            return done, total, None
        return done, total, max(0.0, (total - done) / (done / elapsed))


def download_item_media(ctx: StationContext, actor: Actor, item_ids: list[str], *,
                        cancel: threading.Event | None = None,
                        progress: DownloadProgress | None = None) -> DownloadStats:
    """Fetch the not-yet-cached files of these items now, through the source system.

    Asked for by a person: outside the data budget's limits and the metered link's hold on
    large files, but its bytes count in today's use."""
    from ..sync.service import SyncService  # the source adapter; needs the account

    actor.require(Permission.SYNC)
    hashes = missing_hashes(ctx.db, item_ids, MediaStore(ctx.paths.media))
    if not hashes:
        return DownloadStats()
    service = SyncService(ctx, cancel=cancel)
    client = service.make_client()
    try:
        downloader = MediaDownloader(ctx.db, client, MediaStore(ctx.paths.media),
                                     cancel=cancel, concurrency=2, only=hashes,
                                     meter=service.meter,
                                     on_bytes=progress.add if progress else None)
        if progress is not None:
            progress.start(sum(max(0, j.size - downloader.have(j.sha256))
                               for j in downloader.pending()))
        stats = downloader.run()
    finally:
        client.close()
        service.meter.flush()
    if stats.files_failed:
        reason = stats.errors[0] if stats.errors else "unknown reason"
        raise ServiceError(
            QT_TRANSLATE_NOOP("Errors", "{count} file(s) could not be downloaded: {reason}"),
            count=stats.files_failed, reason=reason)
    return stats


def fetch_media(ctx: StationContext, hashes: list[str], *,
                cancel: threading.Event | None = None) -> DownloadStats:
    """Fetch these files into this PC's own cache (a push or a play on a PC of a shared
    database that lacks them: what another PC holds is no use here). Files from the source
    system are downloaded; a loudness-normalised encode made on another PC is made again
    here from its source file (the same program makes the same file). Commune-made files
    that only another PC holds stay missing; the caller says so."""
    from ..sync.service import SyncService  # the source adapter; needs the account
    from . import air_audio

    store = MediaStore(ctx.paths.media)
    wanted = {h for h in hashes if not store.has(h)}
    with ctx.db.read() as session:
        encodes = {sha: (source, fmt) for sha, source, fmt in session.execute(
            select(LoudnessEncode.sha256, LoudnessEncode.source_sha256, LoudnessEncode.format)
            .where(LoudnessEncode.sha256.in_(sorted(wanted))))}
    download = (wanted - set(encodes)) | {src for src, _ in encodes.values()
                                          if not store.has(src)}
    stats = DownloadStats()
    if download:
        service = SyncService(ctx, cancel=cancel)
        client = service.make_client()
        try:
            stats = MediaDownloader(ctx.db, client, store, cancel=cancel, concurrency=2,
                                    only=download, meter=service.meter).run()
        finally:
            client.close()
            service.meter.flush()
        if stats.files_failed:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "{count} file(s) could not be downloaded: "
                                            "{reason}"),
                count=stats.files_failed, reason=stats.errors[0] if stats.errors else "?")
    remake: dict[str, set[str]] = {}
    for source, fmt in encodes.values():
        remake.setdefault(source, set()).add(fmt)
    if remake:
        air_audio.prepare(ctx, remake, cancel=cancel)
    return stats


def media_fetcher(ctx: StationContext) -> Callable[[list[str]], DownloadStats] | None:
    """What the delivery sender calls for files a job needs that this PC lacks: on a PC
    with its own cache on a shared database, fetch them now; else None (one PC, or a
    shared media folder: the sync fetches what programmes need)."""
    if ctx.db.cache_owner is None:
        return None
    return lambda hashes: fetch_media(ctx, hashes)
