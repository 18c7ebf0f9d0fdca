"""Content made in the commune: files dropped into the library become local items.

Each file is checked (a supported type, readable, really a sound, picture or video),
copied into the media cache under its sha256 (hashed while copying, verified after,
renamed into place), and stored as a commune-made item that the leader must approve
before air (local, origin commune, not reviewed). Files that fail a check are refused
with a reason; the others are imported. Every import and edit is in the audit log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..audio import probe_duration, run_ffmpeg
from ..audio.errors import AudioToolError
from ..db import Database
from ..media import copies
from ..media.store import CHUNK, MediaStore, hash_file
from ..models import Category, ItemFile, ItemRevision, MediaBlob, SourceItem, Station
from ..models.base import utcnow
from ..models.enums import ItemKind, MediaState, Origin, Priority
from ..station import StationContext
from ..sync.validate import LANGUAGE
from ..text import clean_display_text, clean_multiline_text
from .audit import record
from .errors import InvalidInput, NotFound, ServiceError
from .permissions import Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# What may be imported, by extension: (item kind, MIME type).
SUPPORTED: dict[str, tuple[str, str]] = {
    ".mp3": (ItemKind.AUDIO, "audio/mpeg"),
    ".wav": (ItemKind.AUDIO, "audio/wav"),
    ".m4a": (ItemKind.AUDIO, "audio/mp4"),
    ".ogg": (ItemKind.AUDIO, "audio/ogg"),
    ".jpg": (ItemKind.IMAGE, "image/jpeg"),
    ".jpeg": (ItemKind.IMAGE, "image/jpeg"),
    ".png": (ItemKind.IMAGE, "image/png"),
    ".mp4": (ItemKind.VIDEO, "video/mp4"),
}
MAX_BYTES = 4 * 1024**3
FREE_SPACE_MARGIN = 200 * 1024 * 1024
_CHECK_TIMEOUT_S = 120
_MAGIC = {"image/png": (b"\x89PNG\r\n\x1a\n",), "image/jpeg": (b"\xff\xd8\xff",)}


class RefusalReason(StrEnum):
    NOT_A_FILE = "not_a_file"
    UNSUPPORTED = "unsupported"        # detail: the extension
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"          # detail: the system's reason
    NOT_MEDIA = "not_media"            # detail: the kind it should have been
    DUPLICATE = "duplicate"            # detail: the title of the item that has it
    NO_SPACE = "no_space"
    CHANGED = "changed"                # the file changed while it was copied


@dataclass(frozen=True)
class Refusal:
    path: Path
    reason: RefusalReason
    detail: str = ""

    def __str__(self) -> str:
        text = {
            RefusalReason.NOT_A_FILE: "not a file",
            RefusalReason.UNSUPPORTED: "this type of file is not supported "
                                       "(mp3, wav, m4a, ogg, jpg, png, mp4)",
            RefusalReason.EMPTY: "the file is empty",
            RefusalReason.TOO_LARGE: "the file is too large",
            RefusalReason.UNREADABLE: "the file cannot be read",
            RefusalReason.NOT_MEDIA: f"the file is not a readable {self.detail}",
            RefusalReason.DUPLICATE: "this file is already in the library",
            RefusalReason.NO_SPACE: "not enough disk space",
            RefusalReason.CHANGED: "the file changed while it was being copied",
        }[self.reason]
        return f"{self.path.name}: {text}" + (
            f" ({self.detail})" if self.detail and self.reason != RefusalReason.NOT_MEDIA
            else "")


class Refused(Exception):
    def __init__(self, reason: RefusalReason, detail: str = "") -> None:
        super().__init__(reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Imported:
    item_id: str
    title: str
    kind: str
    source: Path
    sha256: str
    size: int
    duration_s: float | None


@dataclass
class ImportReport:
    imported: list[Imported] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


# --- finding and checking files --------------------------------------------------------


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import: files as given, folders walked (sorted, subfolders too)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted((p for p in path.rglob("*") if p.is_file()),
                                key=lambda p: str(p).casefold()))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _ffmpeg_reads(path: Path, stream: str, extra: list[str]) -> bool:
    try:
        result = run_ffmpeg(["-v", "error", "-i", path, "-map", stream, *extra,
                             "-f", "null", "-"], timeout=_CHECK_TIMEOUT_S, check=False)
    except AudioToolError as exc:
        log.warning("could not check %s with ffmpeg: %s", path.name, exc)
        return False
    return result.returncode == 0


def check_file(path: Path) -> tuple[str, str, float | None]:
    """(kind, mime, duration) of an importable file; raises Refused with the reason."""
    if not path.is_file():
        raise Refused(RefusalReason.NOT_A_FILE)
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        raise Refused(RefusalReason.UNSUPPORTED, ext or "")
    kind, mime = SUPPORTED[ext]
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise Refused(RefusalReason.UNREADABLE, exc.strerror or str(exc)) from exc
    if size == 0:
        raise Refused(RefusalReason.EMPTY)
    if size > MAX_BYTES:
        raise Refused(RefusalReason.TOO_LARGE, f"{size // 2**20} MB")
    duration: float | None = None
    if kind == ItemKind.IMAGE:
        if not head.startswith(_MAGIC[mime]) or not _ffmpeg_reads(
                path, "0:v:0", ["-frames:v", "1"]):
            raise Refused(RefusalReason.NOT_MEDIA, "picture")
    elif kind == ItemKind.AUDIO:
        if not _ffmpeg_reads(path, "0:a:0", ["-t", "2"]):
            raise Refused(RefusalReason.NOT_MEDIA, "sound")
        duration = probe_duration(path) or _decoded_length(path)
        if duration is None:
            raise Refused(RefusalReason.NOT_MEDIA, "sound")
    else:
        duration = probe_duration(path)
        if not _ffmpeg_reads(path, "0:v:0", ["-t", "1"]):
            raise Refused(RefusalReason.NOT_MEDIA, "video")
    return kind, mime, duration


def _decoded_length(path: Path) -> float | None:
    from ..audio import decode_duration

    try:
        return decode_duration(path, timeout=_CHECK_TIMEOUT_S * 5)
    except AudioToolError:
        return None


# --- copying into the media cache ------------------------------------------------------


def copy_into_cache(path: Path, store: MediaStore) -> tuple[str, int]:
    """Copy `path` into the cache: hashed while copying, verified, renamed into place."""
    size = path.stat().st_size
    store.root.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(store.root).free < size + FREE_SPACE_MARGIN:
        raise Refused(RefusalReason.NO_SPACE)
    store.partial.mkdir(parents=True, exist_ok=True)
    part = store.partial / f"import-{uuid.uuid4().hex}.part"
    hasher = hashlib.sha256()
    copied = 0
    try:
        with path.open("rb") as src, part.open("wb") as dst:
            while chunk := src.read(CHUNK):
                hasher.update(chunk)
                dst.write(chunk)
                copied += len(chunk)
            dst.flush()
            os.fsync(dst.fileno())  # verified bytes must be on disk before the rename
        sha = hasher.hexdigest()
        # Verify what is on disk, not what we meant to write; and the source must not
        # have changed meanwhile.
        if hash_file(part).hexdigest() != sha or path.stat().st_size != copied:
            raise Refused(RefusalReason.CHANGED)
        final = store.path(sha)
        if not (final.is_file() and hash_file(final).hexdigest() == sha):
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, final)
        return sha, copied
    except OSError as exc:
        raise Refused(RefusalReason.UNREADABLE, exc.strerror or str(exc)) from exc
    finally:
        part.unlink(missing_ok=True)


# --- import -----------------------------------------------------------------------------


def _title_from(path: Path) -> str:
    stem = path.stem.replace("_", " ").strip()
    return clean_display_text(stem)[:500] or path.name[:500]


def _channels(kind: str) -> list[str]:
    return ["radio"] if kind == ItemKind.AUDIO else ["board"]


def import_files(ctx: StationContext, actor: Actor, paths: Iterable[Path], *,
                 cancel: threading.Event | None = None,
                 progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import files and folders as commune-made items; refused files say why."""
    actor.require(Permission.IMPORT_CONTENT)
    store = MediaStore(ctx.paths.media)
    files = collect_files(paths)
    report = ImportReport()
    with ctx.db.read() as session:
        station = session.scalar(select(Station.name).order_by(Station.id).limit(1))
    for done, path in enumerate(files):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress(done, len(files))
        try:
            kind, mime, duration = check_file(path)
            sha, size = copy_into_cache(path, store)
            report.imported.append(
                _store_item(ctx.db, actor, path, kind, mime, duration, sha, size, station))
        except Refused as exc:
            report.refused.append(Refusal(path, exc.reason, exc.detail))
            log.info("import refused: %s", report.refused[-1])
    if progress is not None:
        progress(len(files), len(files))
    return report


def import_file(ctx: StationContext, actor: Actor, path: Path, *,
                title: str | None = None) -> Imported:
    """One file as a commune-made item, as the window's import does (the command line's
    `items import`); raises Refused with the reason. It needs a leader's approval before
    air like any commune-made content."""
    actor.require(Permission.IMPORT_CONTENT)
    kind, mime, duration = check_file(path)
    sha, size = copy_into_cache(path, MediaStore(ctx.paths.media))
    with ctx.db.read() as session:
        station = session.scalar(select(Station.name).order_by(Station.id).limit(1))
    clean = clean_display_text(title or "")[:500] if title else None
    return _store_item(ctx.db, actor, path, kind, mime, duration, sha, size, station,
                       title=clean or None)


def store_station_file(ctx: StationContext, actor: Actor, path: Path, *, title: str,
                       tags: Sequence[str] = ()) -> Imported:
    """A file the station itself ships (its jingle) as a commune-made library item; the
    console does this by itself, so no import right is asked for."""
    kind, mime, duration = check_file(path)
    sha, size = copy_into_cache(path, MediaStore(ctx.paths.media))
    imported = _store_item(ctx.db, actor, path, kind, mime, duration, sha, size, None,
                           title=title)
    if tags:
        with ctx.db.write() as session:
            item = session.get(SourceItem, imported.item_id)
            if item is not None:
                item.tags = list(tags)
    return imported


def _store_item(db: Database, actor: Actor, path: Path, kind: str, mime: str,
                duration: float | None, sha: str, size: int, issuer: str | None, *,
                title: str | None = None) -> Imported:
    now = utcnow()
    title = title or _title_from(path)
    item_id = f"local-{uuid.uuid4()}"
    with db.write() as session:
        same = session.execute(
            select(SourceItem.title).join(ItemFile, ItemFile.item_id == SourceItem.id)
            .where(ItemFile.sha256 == sha, SourceItem.local.is_(True)).limit(1)).scalar()
        if same is not None:
            raise Refused(RefusalReason.DUPLICATE, same)
        blob = session.get(MediaBlob, sha)
        if blob is None:
            blob = MediaBlob(sha256=sha, size=size, created_at=now)
            session.add(blob)
        blob.size, blob.mime, blob.state = size, mime, MediaState.READY.value
        blob.bytes_done, blob.verified_at, blob.last_used_at = size, now, now
        blob.last_error = None
        if duration is not None:
            blob.duration_s = duration
        copies.made_here(session, sha, size)
        session.add(SourceItem(
            id=item_id, revision=1, kind=kind, title=title, tags=[], language="vi",
            priority=Priority.NORMAL.value, origin=Origin.COMMUNE.value, issuer=issuer,
            published_at=now, reviewed=False, channels=_channels(kind), duration_s=duration,
            received_at=now, local=True, seen=True, requested_airings=[]))
        session.flush()
        session.add(ItemFile(item_id=item_id, role="main", name=path.name[:500], mime=mime,
                             size=size, sha256=sha, url=f"local:{sha}"))
        session.add(ItemRevision(item_id=item_id, revision=1, received_at=now, title=title,
                                 payload={"imported_from": path.name}))
        record(session, actor, "library.import", item_id, file=path.name, sha256=sha,
               size=size, kind=kind)
    return Imported(item_id, title, kind, path, sha, size, duration)


# --- editing the metadata of a local item ----------------------------------------------


@dataclass(frozen=True)
class LocalItemChanges:
    title: str
    summary: str | None = None
    body: str | None = None
    category_code: str | None = None
    language: str = "vi"
    priority: str = Priority.NORMAL.value
    tags: tuple[str, ...] = ()
    issuer: str | None = None
    valid_from: dt.datetime | None = None
    valid_until: dt.datetime | None = None


def local_item(db: Database, item_id: str) -> LocalItemChanges:
    """The editable metadata of a commune-made item, as it is now."""
    with db.read() as session:
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no item {item}"), item=item_id)
        return LocalItemChanges(
            title=item.title, summary=item.summary, body=item.body,
            category_code=item.category_code, language=item.language, priority=item.priority,
            tags=tuple(item.tags or ()), issuer=item.issuer, valid_from=item.valid_from,
            valid_until=item.valid_until)


def update_local_item(db: Database, actor: Actor, item_id: str,
                      changes: LocalItemChanges) -> None:
    """Change what the commune wrote about its own item; the leader approves it again."""
    actor.require(Permission.IMPORT_CONTENT)
    title = clean_display_text(changes.title)[:500]
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "an item needs a title"))
    if changes.priority not in {p.value for p in Priority}:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "unknown priority {priority}"),
                           priority=changes.priority)
    if not LANGUAGE.match(changes.language or ""):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "not a language code: {code}"),
                           code=changes.language)
    for moment in (changes.valid_from, changes.valid_until):
        if moment is not None and moment.tzinfo is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "validity times need a time zone"))
    if (changes.valid_from and changes.valid_until
            and changes.valid_until <= changes.valid_from):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the item must become valid before it expires"))
    values: dict[str, Any] = {
        "title": title,
        "summary": clean_multiline_text(changes.summary) or None if changes.summary else None,
        "body": clean_multiline_text(changes.body) or None if changes.body else None,
        "category_code": changes.category_code or None,
        "language": changes.language,
        "priority": changes.priority,
        "tags": [t for t in (clean_display_text(t)[:100] for t in changes.tags) if t][:50],
        "issuer": clean_display_text(changes.issuer)[:300] or None if changes.issuer else None,
        "valid_from": changes.valid_from,
        "valid_until": changes.valid_until,
    }
    with db.write() as session:
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no item {item}"), item=item_id)
        if not item.local:
            raise ServiceError(
                QT_TRANSLATE_NOOP("Errors", "only items made in the commune can be edited here"))
        if values["category_code"] is not None and session.get(
                Category, values["category_code"]) is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "unknown category {code}"),
                               code=values["category_code"])
        changed = {k: v for k, v in values.items() if getattr(item, k) != v}
        if not changed:
            return
        for key, value in changed.items():
            setattr(item, key, value)
        item.revision += 1
        item.reviewed = False
        item.updated_at = utcnow()
        session.add(ItemRevision(item_id=item_id, revision=item.revision,
                                 received_at=item.updated_at, title=title,
                                 payload={"edited_by": actor.username}))
        record(session, actor, "library.edit", item_id, fields=sorted(changed),
               revision=item.revision)
