"""Which files *this PC's* media cache holds, and marking them.

One PC alone (SQLite), or several PCs that share one media folder, have one cache: its
files' states are media_blob's own columns. When several PCs share a PostgreSQL database
and each keeps its own verified cache, a file ready on one PC may be missing or evicted on
the other: each PC's states are then its own rows of media_copy, keyed by the workstation
id (console.workstation), and a PC never trusts another PC's rows. Which of the two the
process uses is `Database.cache_owner` (set when the station is opened).

Every question "is this file ready here?" and every mark (ready, partial, failed,
evicted, used) goes through this module, so the rest of the program does not care which.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..db import Database
from ..models import MediaBlob, MediaCopy
from ..models.base import utcnow
from ..models.enums import MediaState
from .store import SHA256, MediaStore

log = logging.getLogger(__name__)

READY = MediaState.READY.value
MISSING = MediaState.MISSING.value


@dataclass(frozen=True)
class LocalCache:
    """The columns that describe this PC's copy of a file (media_blob or media_copy)."""

    owner: str | None   # None: media_blob's own columns

    @property
    def per_pc(self) -> bool:
        return self.owner is not None

    @property
    def entity(self) -> Any:
        return MediaCopy if self.owner is not None else MediaBlob

    @property
    def state(self) -> ColumnElement[str]:
        """This PC's state of the file; "missing" where this PC has no row."""
        if self.owner is None:
            return MediaBlob.state  # type: ignore[return-value]
        return func.coalesce(MediaCopy.state, MISSING)

    @property
    def last_used_at(self) -> Any:
        return self.entity.last_used_at

    @property
    def verified_at(self) -> Any:
        return self.entity.verified_at

    @property
    def bytes_done(self) -> Any:
        return func.coalesce(self.entity.bytes_done, 0)

    def on(self, sha: Any) -> ColumnElement[bool]:
        """The join of this PC's rows to a column of hashes."""
        if self.owner is None:
            return MediaBlob.sha256 == sha
        return and_(MediaCopy.sha256 == sha, MediaCopy.workstation == self.owner)

    def mine(self) -> ColumnElement[bool]:
        """This PC's rows of the table (all of media_blob's)."""
        return true() if self.owner is None else MediaCopy.workstation == self.owner

    def with_blobs(self, *columns: Any) -> Select[Any]:
        """SELECT columns FROM media_blob joined to this PC's rows (every blob, once)."""
        query = select(*columns).select_from(MediaBlob)
        if self.owner is None:
            return query
        return query.outerjoin(MediaCopy, self.on(MediaBlob.sha256))

    def outerjoin(self, query: Select[Any], sha: Any) -> Select[Any]:
        """`query` with this PC's rows joined to the hashes in `sha` (outer: none = missing)."""
        return query.outerjoin(self.entity, self.on(sha))


def here(db: Database | Session) -> LocalCache:
    """This PC's cache, from the station's database or one of its sessions."""
    if isinstance(db, Session):
        return LocalCache(db.info.get("cache_owner"))
    return LocalCache(db.cache_owner)


def ready_here(db: Database | Session, sha: Any) -> ColumnElement[bool]:
    """SQL: the file named by `sha` is verified and in place in this PC's cache."""
    local = here(db)
    return exists().where(and_(local.on(sha), local.entity.state == READY))


def ready_among(db: Database, hashes: Iterable[str]) -> set[str]:
    """Those of `hashes` that this PC's cache holds ready."""
    wanted = sorted({h for h in hashes if h})
    local, found = here(db), set()
    with db.read() as session:
        for chunk in _chunks(wanted, 500):
            found.update(session.scalars(
                select(local.entity.sha256).where(local.mine(),
                                                  local.entity.sha256.in_(chunk),
                                                  local.entity.state == READY)))
    return found


# -- marks -------------------------------------------------------------------------------

def _upsert(session: Session, owner: str, sha: str, values: dict[str, Any],
            on_conflict: dict[str, Any] | None = None) -> None:
    maker = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    row = {"workstation": owner, "sha256": sha, "state": MISSING, "bytes_done": 0,
           "attempts": 0, **values}
    stmt = maker(MediaCopy).values(**row)
    changes = {k: getattr(stmt.excluded, k) for k in values}
    changes.update(on_conflict or {})
    session.execute(stmt.on_conflict_do_update(index_elements=["workstation", "sha256"],
                                               set_=changes))


def mark_ready(session: Session, sha: str, size: int, now: dt.datetime | None = None) -> None:
    """The file is verified and in place in this PC's cache."""
    now = now or utcnow()
    values = {"state": READY, "bytes_done": size, "verified_at": now, "last_used_at": now,
              "last_error": None}
    owner = here(session).owner
    if owner is None:
        session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha).values(**values))
        return
    _upsert(session, owner, sha, values)
    # That the hash was verified somewhere is a fact about the file (its size is then
    # known), not about any PC's cache: media_blob keeps only that.
    session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha,
                                            MediaBlob.verified_at.is_(None))
                    .values(verified_at=now))


def made_here(session: Session, sha: str, size: int) -> None:
    """A file this PC just put into its own cache (an import, a recording, an encode, a
    synthesised message), whose media_blob row the caller wrote: on a PC with its own
    cache, it is ready *here* (the other PCs fetch it when they need it)."""
    owner = here(session).owner
    if owner is not None:
        session.flush()  # the caller's media_blob row first
        now = utcnow()
        _upsert(session, owner, sha, {"state": READY, "bytes_done": size, "verified_at": now,
                                      "last_used_at": now, "last_error": None})


def mark_failed(session: Session, sha: str, done: int, reason: str) -> None:
    """A fetch that stopped: partial when some bytes are on disk, else failed."""
    state = MediaState.PARTIAL.value if done else MediaState.FAILED.value
    owner = here(session).owner
    if owner is None:
        session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha).values(
            state=state, bytes_done=done, attempts=MediaBlob.attempts + 1,
            last_error=reason[:500]))
        return
    _upsert(session, owner, sha, {"state": state, "bytes_done": done, "attempts": 1,
                                  "last_error": reason[:500]},
            {"attempts": MediaCopy.attempts + 1})


def mark_evicted(session: Session, sha: str) -> bool:
    """Before the file is deleted (a missing file must never look ready); False when
    this PC did not hold it ready."""
    local = here(session)
    values = {"state": MediaState.EVICTED.value, "bytes_done": 0, "verified_at": None}
    if local.owner is None:
        result = session.execute(update(MediaBlob).where(
            MediaBlob.sha256 == sha, MediaBlob.state == READY).values(**values))
    else:
        result = session.execute(update(MediaCopy).where(
            MediaCopy.workstation == local.owner, MediaCopy.sha256 == sha,
            MediaCopy.state == READY).values(**values))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def touch(db: Database, hashes: Iterable[str]) -> None:
    """Mark media as used now on this PC (rendered, played, pushed): evicted last."""
    wanted = sorted({h for h in hashes if h})
    if not wanted:
        return
    now, local = utcnow(), here(db)
    with db.write() as session:
        for chunk in _chunks(wanted, 500):
            if local.owner is None:
                session.execute(update(MediaBlob).where(MediaBlob.sha256.in_(chunk))
                                .values(last_used_at=now))
            else:
                session.execute(update(MediaCopy).where(
                    MediaCopy.workstation == local.owner, MediaCopy.sha256.in_(chunk))
                    .values(last_used_at=now))


# -- a PC's first start on a shared database -----------------------------------------------

def stored_hashes(store: MediaStore) -> set[str]:
    """The verified files in a store's folder (media/ab/abcdef…), by name."""
    found: set[str] = set()
    try:
        tops = list(os.scandir(store.root))
    except OSError:
        return found
    for top in tops:
        if len(top.name) != 2 or not top.is_dir(follow_symlinks=False):
            continue
        with os.scandir(top.path) as files:
            found.update(f.name for f in files
                         if SHA256.match(f.name) and f.name.startswith(top.name)
                         and f.is_file(follow_symlinks=False))
    return found


def adopt_store(db: Database, store: MediaStore) -> int:
    """On a PC with its own cache and no rows yet (its first start on a shared database,
    or the upgrade that brought per-PC copies), the files already verified in its own
    folder are ready *here*: they were renamed into place only after their hash was
    checked. Returns how many were adopted."""
    owner = here(db).owner
    if owner is None:
        return 0
    with db.read() as session:
        if session.scalar(select(literal(1)).where(MediaCopy.workstation == owner).limit(1)):
            return 0
    on_disk = sorted(stored_hashes(store))
    if not on_disk:
        return 0
    now, adopted = utcnow(), 0
    with db.write() as session:
        for chunk in _chunks(on_disk, 500):
            known = session.execute(select(MediaBlob.sha256, MediaBlob.size)
                                    .where(MediaBlob.sha256.in_(chunk))).all()
            for sha, size in known:
                _upsert(session, owner, sha, {"state": READY, "bytes_done": size or 0,
                                              "verified_at": now})
            adopted += len(known)
    if adopted:
        log.info("media cache: %d file(s) already on this PC adopted as its own", adopted)
    return adopted


def _chunks(values: list, size: int) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(values), size):
        yield values[start:start + size]


__all__ = ["LocalCache", "adopt_store", "here", "made_here", "mark_evicted", "mark_failed",
           "mark_ready", "ready_among", "ready_here", "stored_hashes", "touch"]
