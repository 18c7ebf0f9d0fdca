"""Everything about one item, as plain values: metadata, files, where it is used, revisions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..db import Database
from ..media import copies
from ..media.store import MediaStore
from ..models import (
    Category,
    ItemFile,
    ItemPin,
    ItemRevision,
    MediaBlob,
    Programme,
    ProgrammeEntry,
    SourceItem,
)
from ..models.enums import MediaState
from ..timezone import station_now
from .errors import NotFound
from .library_query import Validity
from .translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FileInfo:
    id: int
    role: str             # main, thumbnail, subtitle, attachment
    name: str             # display name only, never a path
    mime: str
    size: int
    sha256: str
    state: str            # MediaState of its copy in the cache
    path: Path | None     # the verified copy, when it is in the cache
    duration_s: float | None
    loudness_lufs: float | None
    true_peak_dbtp: float | None

    @property
    def ready(self) -> bool:
        return self.state == MediaState.READY and self.path is not None

    @property
    def kind(self) -> str:
        return self.mime.split("/", 1)[0]


@dataclass(frozen=True)
class Usage:
    programme_id: int
    programme_name: str
    status: str
    start_at: dt.datetime | None
    position: int


@dataclass(frozen=True)
class RevisionSeen:
    revision: int
    received_at: dt.datetime
    title: str


@dataclass(frozen=True)
class ItemDetails:
    id: str
    revision: int
    kind: str
    title: str
    summary: str | None
    body: str | None
    category_code: str | None
    category_path: list[str]          # names from the top category down
    tags: list[str]
    language: str
    priority: str
    origin: str
    issuer: str | None
    published_at: dt.datetime
    valid_from: dt.datetime | None
    valid_until: dt.datetime | None
    reviewed: bool
    channels: list[str]
    duration_s: float | None
    stream_url: str | None
    requested_airings: list[Any]
    updated_at: dt.datetime | None
    received_at: dt.datetime
    local: bool
    withdrawn: bool
    withdrawn_at: dt.datetime | None
    seen: bool
    validity: Validity
    files: list[FileInfo] = field(default_factory=list)
    usages: list[Usage] = field(default_factory=list)
    revisions: list[RevisionSeen] = field(default_factory=list)
    pinned: bool = False              # kept on this PC: the cache never removes its files

    @property
    def main_file(self) -> FileInfo | None:
        """The file a preview plays or shows: the main one, else the first."""
        for f in self.files:
            if f.role == "main":
                return f
        return self.files[0] if self.files else None

    @property
    def missing_files(self) -> list[FileInfo]:
        return [f for f in self.files if not f.ready]


def _validity(item: SourceItem, now: dt.datetime) -> Validity:
    if item.withdrawn:
        return Validity.WITHDRAWN
    if item.valid_until is not None and item.valid_until <= now:
        return Validity.EXPIRED
    if item.valid_from is not None and item.valid_from > now:
        return Validity.NOT_YET
    return Validity.CURRENT


def item_details(db: Database, media_root: Path, item_id: str, *,
                 now: dt.datetime | None = None) -> ItemDetails:
    now = now or station_now()
    store = MediaStore(media_root)
    with db.read() as session:
        item = session.get(SourceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "there is no item {item}"), item=item_id)
        path: list[str] = []
        code = item.category_code
        names = {c.code: (c.name, c.parent_code) for c in session.scalars(select(Category))}
        while code is not None and code in names and len(path) < 10:
            name, code = names[code]
            path.insert(0, name)
        blobs = {b.sha256: b for b in session.scalars(
            select(MediaBlob).join(ItemFile, ItemFile.sha256 == MediaBlob.sha256)
            .where(ItemFile.item_id == item_id))}
        local = copies.here(session)  # this PC's own cache when each PC keeps one
        here = dict(session.execute(local.outerjoin(
            select(ItemFile.sha256, local.state), ItemFile.sha256)
            .where(ItemFile.item_id == item_id)).all())
        files = []
        for f in session.scalars(select(ItemFile).where(ItemFile.item_id == item_id)
                                 .order_by(ItemFile.id)):
            blob = blobs.get(f.sha256)
            state = here.get(f.sha256) or MediaState.MISSING.value
            if blob is None:
                state = MediaState.MISSING.value
            path_ = store.path(f.sha256) if state == MediaState.READY else None
            if path_ is not None and not path_.is_file():  # removed behind our back
                state, path_ = MediaState.MISSING.value, None
            files.append(FileInfo(
                id=f.id, role=f.role, name=f.name, mime=f.mime, size=f.size, sha256=f.sha256,
                state=state, path=path_,
                duration_s=blob.duration_s if blob is not None else None,
                loudness_lufs=blob.loudness_lufs if blob is not None else None,
                true_peak_dbtp=blob.true_peak_dbtp if blob is not None else None))
        usages = [Usage(p.id, p.name, p.status, p.start_at, e.position)
                  for e, p in session.execute(
                      select(ProgrammeEntry, Programme)
                      .join(Programme, Programme.id == ProgrammeEntry.programme_id)
                      .where(ProgrammeEntry.item_id == item_id,
                             Programme.is_template.is_(False))
                      .order_by(Programme.start_at.desc(), Programme.id, ProgrammeEntry.position))]
        revisions = [RevisionSeen(r.revision, r.received_at, r.title)
                     for r in session.scalars(select(ItemRevision)
                                              .where(ItemRevision.item_id == item_id)
                                              .order_by(ItemRevision.revision.desc()))]
        return ItemDetails(
            id=item.id, revision=item.revision, kind=item.kind, title=item.title,
            summary=item.summary, body=item.body, category_code=item.category_code,
            category_path=path, tags=list(item.tags or []), language=item.language,
            priority=item.priority, origin=item.origin, issuer=item.issuer,
            published_at=item.published_at, valid_from=item.valid_from,
            valid_until=item.valid_until, reviewed=item.reviewed,
            channels=list(item.channels or []), duration_s=item.duration_s,
            stream_url=item.stream_url, requested_airings=list(item.requested_airings or []),
            updated_at=item.updated_at, received_at=item.received_at, local=item.local,
            withdrawn=item.withdrawn, withdrawn_at=item.withdrawn_at, seen=item.seen,
            validity=_validity(item, now), files=files, usages=usages, revisions=revisions,
            pinned=session.get(ItemPin, item_id) is not None)
