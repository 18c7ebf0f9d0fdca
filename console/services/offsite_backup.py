"""Backups off the disk: a daily copy of the station database in a second place.

The station's own backups (console.backup) sit in the data folder, on the same disk as the
database: a dead disk or a stolen PC takes both. The second place is a folder chosen in
Settings — a USB drive or a network folder — and each backup written there is:

- consistent: SQLite's backup API, safe while the console writes;
- verified: once written, the copy *in the second place* is opened and must pass the same
  integrity and schema check a restore demands (console.db.backup_check). Until then it
  carries a `.part` name; a copy that fails is deleted, so every `console-*.sqlite3` file
  in the folder was whole when written;
- kept by age: the newest backup of each of the last 7 days that have one, and the newest
  of each of the last 4 weeks (days and weeks may overlap); older ones are deleted. Only
  files named as the console names them are ever deleted.

A station whose database is on a PostgreSQL server (several PCs) gets a pg_dump of that
database instead, in pg_dump's custom format (`console-*.pgdump`), made with the pg_dump
found on this PC (console.backup.find_server_tool) and checked the same way before it
loses its `.part` name: pg_restore must read it back whole, with a schema this program
knows. Without pg_dump no backup is made on this PC, and the window, the warning and
`doctor` say so. `commune-console restore --backup FILE` puts such a backup back.

The folder is never created by the daily backup: a missing folder means the drive is
unplugged or the network folder unreachable, and that is what the warning says.
Qt-free; the window and the tray read `read_offsite_status()` in a worker.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from ..backup import BackupToolMissing, dump_server_to, find_server_tool, read_server_dump
from ..db.backup_check import BackupRejected, check_backup
from ..db.bulk_load import restore_deferred_in_file
from ..db.migrate import known_revisions
from ..filemodes import LinkRefused, create_exclusive, refuse_links
from ..settings import BACKUP_OFFSITE_DIR, BACKUP_OFFSITE_ERROR, BACKUP_OFFSITE_LAST_OK
from ..station import DATABASE_SETUP, StationContext
from ..timezone import STATION_TZ
from . import audit
from .errors import InvalidInput, ServiceError
from .permissions import SYSTEM, Actor, Permission
from .translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
DUE_AFTER = dt.timedelta(hours=20)      # "daily", whether the PC restarts daily or not
OVERDUE_AFTER = dt.timedelta(days=7)    # the warning on Today and in the tray
STAMP = "%Y%m%d-%H%M%S"
# The reason: daily, manual, or before-upgrade-<revision> (console.db.migrate's copy in the
# data folder, which the restore wizard lists with the others).
NAME = re.compile(r"^console-(\d{8}-\d{6})-([a-z][a-z0-9-]*)\.(sqlite3|pgdump)$")
UPGRADE = "before-upgrade"  # the reason of a copy made before an upgrade
PART_SUFFIX = ".part"
#: the kinds of backup: a copy of this PC's SQLite file, or a pg_dump of the server
SQLITE, SERVER = "sqlite3", "pgdump"
# Counted when a backup is listed for a restore.
COUNTED = ("source_item", "programme", "app_user")

# One backup at a time per process: the worker's daily one and "Sao lưu ngay" may meet.
_writing = threading.Lock()


class BackupFailed(ServiceError):
    """The backup could not be written or did not pass its check; nothing was kept."""


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    saved_at: dt.datetime   # station time, from the file's name
    reason: str             # daily | manual | before-upgrade-<revision>
    size: int
    kind: str = SQLITE      # sqlite3 (this PC's file) | pgdump (the server's database)


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, read from the file without changing it."""

    path: Path
    saved_at: dt.datetime | None
    size: int
    whole: bool
    problem: str            # why it is not whole ("" when whole)
    schema: str = ""
    items: int = 0
    programmes: int = 0
    users: int = 0

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "name": self.path.name,
                "saved_at": self.saved_at.isoformat(timespec="seconds")
                if self.saved_at else None,
                "size": self.size, "whole": self.whole, "problem": self.problem or None,
                "schema": self.schema or None, "items": self.items,
                "programmes": self.programmes, "users": self.users}


@dataclass(frozen=True)
class OffsiteStatus:
    folder: str              # as set ("" when none is chosen)
    reachable: bool          # the folder exists now
    last_at: dt.datetime | None   # the newest verified backup there (or remembered)
    last_error: str          # why the last attempt failed ("" after a success)
    now: dt.datetime
    kind: str = SQLITE       # what this station's backups are (backup_kind)
    problem: str = ""        # why this PC cannot make them ("" when it can)

    @property
    def configured(self) -> bool:
        return bool(self.folder)

    @property
    def overdue(self) -> bool:
        return self.last_at is None or self.now - self.last_at > OVERDUE_AFTER

    @property
    def warning(self) -> str:
        """"" (all well), "not_configured", "missing", "no_tool" (overdue, and this PC
        cannot make them: another PC of the station may) or "overdue"."""
        if not self.configured:
            return "not_configured"
        if not self.reachable:
            return "missing"
        if self.overdue and self.problem:
            return "no_tool"
        return "overdue" if self.overdue else ""


# -- naming and listing ------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(STATION_TZ)


def _saved_at(path: Path) -> dt.datetime | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), STAMP).replace(tzinfo=STATION_TZ)
    except ValueError:
        return None


def list_backups(folder: Path, kind: str = SQLITE) -> list[BackupEntry]:
    """The console's backups of one kind in `folder`, newest first (other files are not
    looked at)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"console-*.{kind}"):
        saved = _saved_at(path)
        match = NAME.match(path.name)
        if saved is None or match is None or not path.is_file():
            continue
        found.append(BackupEntry(path, saved, match.group(2), path.stat().st_size, kind))
    return sorted(found, key=lambda e: e.saved_at, reverse=True)


def kept_by_retention(entries: list[BackupEntry], *, daily: int = KEEP_DAILY,
                      weekly: int = KEEP_WEEKLY) -> set[Path]:
    """The newest backup of each of the `daily` latest days and of the `weekly` latest ISO
    weeks that have one."""
    keep: set[Path] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for entry in sorted(entries, key=lambda e: e.saved_at, reverse=True):
        day = entry.saved_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(entry.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(entry.path)
    return keep


def prune(folder: Path, kind: str = SQLITE) -> list[Path]:
    """Delete the backups (of one kind) retention does not keep; returns what was deleted.
    A copy kept before an upgrade is never taken by the daily rotation."""
    entries = [e for e in list_backups(folder, kind) if not e.reason.startswith(UPGRADE)]
    keep = kept_by_retention(entries)
    removed = []
    for entry in entries:
        if entry.path not in keep:
            try:
                entry.path.unlink()
                removed.append(entry.path)
            except OSError as exc:
                log.warning("old backup %s not removed: %s", entry.path, exc)
    return removed


# -- writing and checking ------------------------------------------------------------------

def verify_backup(path: Path, *, name: str | None = None) -> str:
    """The schema revision of a whole, known station database; BackupFailed says why not."""
    try:
        return check_backup(path, setup=DATABASE_SETUP, name=name).revision
    except BackupRejected as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "the backup was refused by its check: {reason}"),
            reason=exc) from exc


def _copy_database(db_path: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            restore_deferred_in_file(dst)  # a copy taken during a first sync: whole schema
        finally:
            dst.close()
    finally:
        src.close()
    with target.open("rb+") as fh:  # on the drive, not only in its cache, before checking
        os.fsync(fh.fileno())


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "the backup folder {folder} is not there (is the USB drive "
                                        "plugged in, the network folder reachable?)"),
            folder=str(folder))


def _open_part(folder: Path, final: Path) -> Path:
    """The `.part` file the backup is written into: new, 0600, never through a link."""
    part = final.with_suffix(PART_SUFFIX)
    try:
        refuse_links(final)
        os.close(create_exclusive(part))  # 0600, never through a link planted there
    except FileExistsError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "a backup named {name} is already being written"),
            name=final.name) from exc
    except (LinkRefused, OSError) as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "the backup folder {folder} cannot be written: "
                                        "{reason}"),
            folder=str(folder), reason=exc.strerror or str(exc)) from exc
    return part


def _not_written(folder: Path, exc: BaseException) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP("Errors", "the backup could not be written to {folder}: {reason}"),
        folder=str(folder), reason=getattr(exc, "strerror", None) or str(exc))


def write_backup(db_path: Path, folder: Path, *, reason: str = "daily",
                 now: dt.datetime | None = None) -> BackupEntry:
    """Write, verify and keep one backup of `db_path` in `folder`, then apply retention.

    BackupFailed (with a plain reason) when the folder is missing, the disk is full, or the
    copy does not pass its check; nothing half-written or unchecked is left behind.
    """
    _check_folder(folder)
    if not db_path.is_file():
        raise BackupFailed(QT_TRANSLATE_NOOP("Errors", "there is no station database to back up"))
    moment = (now or _now()).astimezone(STATION_TZ)
    final = folder / f"console-{moment.strftime(STAMP)}-{reason}.{SQLITE}"
    with _writing:
        part = _open_part(folder, final)
        try:
            _copy_database(db_path, part)
            verify_backup(part, name=final.name)   # the copy as it lies on the drive
            os.replace(part, final)
        except BackupFailed:
            part.unlink(missing_ok=True)
            raise
        except (OSError, sqlite3.Error) as exc:
            part.unlink(missing_ok=True)
            part.with_name(part.name + "-journal").unlink(missing_ok=True)
            raise _not_written(folder, exc) from exc
        removed = prune(folder)
    log.info("backup %s written and verified; %d old backup(s) removed", final, len(removed))
    return BackupEntry(final, moment.replace(microsecond=0), reason, final.stat().st_size)


def _no_tool(exc: BackupToolMissing) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP("Errors", "this station's database is on a PostgreSQL server and "
                                    "this PC has no {tool}: install the PostgreSQL client "
                                    "tools (on Windows, the 'Command Line Tools' of the "
                                    "PostgreSQL installer) or add their bin folder to PATH; "
                                    "no backup is made on this PC until then"),
        tool=str(exc).split(" ", 1)[0])


def verify_server_backup(path: Path) -> str:
    """The schema revision of a whole pg_dump of a station database; BackupFailed says
    why not (every row of the tables restore lists is read back)."""
    try:
        facts = read_server_dump(path, COUNTED)
    except BackupToolMissing as exc:
        raise _no_tool(exc) from exc
    except (RuntimeError, OSError) as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "the backup was refused by its check: {reason}"),
            reason=str(exc)) from exc
    if facts.revision is None or facts.revision not in known_revisions():
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Errors", "the backup was refused by its check: {reason}"),
            reason=f"schema {facts.revision or 'none'} is not one this program knows")
    return facts.revision


def write_server_backup(url: str, folder: Path, *, reason: str = "daily",
                        now: dt.datetime | None = None) -> BackupEntry:
    """A pg_dump (custom format) of the station's server database in `folder`, read back
    whole by pg_restore before it is named as done; then retention (of these dumps)."""
    _check_folder(folder)
    try:
        for tool in ("pg_dump", "pg_restore"):
            find_server_tool(tool)
    except BackupToolMissing as exc:
        raise _no_tool(exc) from exc
    moment = (now or _now()).astimezone(STATION_TZ)
    final = folder / f"console-{moment.strftime(STAMP)}-{reason}.{SERVER}"
    with _writing:
        part = _open_part(folder, final)
        try:
            dump_server_to(url, part)
            with part.open("rb+") as fh:  # on the drive before it is checked
                os.fsync(fh.fileno())
            verify_server_backup(part)
            os.replace(part, final)
        except BackupFailed:
            part.unlink(missing_ok=True)
            raise
        except BackupToolMissing as exc:
            part.unlink(missing_ok=True)
            raise _no_tool(exc) from exc
        except (OSError, RuntimeError) as exc:
            part.unlink(missing_ok=True)
            raise _not_written(folder, exc) from exc
        removed = prune(folder, SERVER)
    log.info("backup %s written and verified; %d old backup(s) removed", final, len(removed))
    return BackupEntry(final, moment.replace(microsecond=0), reason, final.stat().st_size,
                       SERVER)


def read_contents(path: Path) -> BackupContents:
    """Date, schema, counts of items, programmes and users; whole only when the full check
    passes. The file is opened read-only and not changed."""
    saved = _saved_at(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return BackupContents(path, saved, 0, False, exc.strerror or str(exc))
    if path.name.endswith(f".{SERVER}"):
        try:
            schema = verify_server_backup(path)
            facts = read_server_dump(path, COUNTED)
        except BackupFailed as exc:
            return BackupContents(path, saved, size, False, str(exc.params.get("reason", exc)))
        except (RuntimeError, OSError) as exc:
            return BackupContents(path, saved, size, False, str(exc))
        return BackupContents(path, saved, size, True, "", schema,
                              *(facts.rows[t] for t in COUNTED))
    try:
        schema = verify_backup(path)
    except BackupFailed as exc:
        return BackupContents(path, saved, size, False, str(exc.params.get("reason", exc)))
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        counts = [int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                  for table in ("source_item", "programme", "app_user")]
    except sqlite3.DatabaseError as exc:
        return BackupContents(path, saved, size, False, str(exc))
    finally:
        conn.close()
    return BackupContents(path, saved, size, True, "", schema, *counts)


# -- the station's second place -------------------------------------------------------------

def offsite_folder(station: StationContext) -> Path | None:
    value = str(station.settings.get(BACKUP_OFFSITE_DIR) or "").strip()
    return Path(value).expanduser() if value else None


@dataclass(frozen=True)
class BackupKind:
    """What this station's backups are, on this PC."""

    kind: str          # SQLITE (this PC's file) or SERVER (a pg_dump of the server)
    tool: str = ""     # the pg_dump used
    problem: str = ""  # why no backup can be made here ("" when one can)


def backup_kind(station: StationContext) -> BackupKind:
    if not station.db.is_postgres:
        return BackupKind(SQLITE)
    try:
        tool = find_server_tool("pg_dump")
        find_server_tool("pg_restore")
    except BackupToolMissing as exc:
        return BackupKind(SERVER, "", str(_no_tool(exc)))
    return BackupKind(SERVER, str(tool))


def _write(station: StationContext, folder: Path, reason: str,
           now: dt.datetime | None) -> BackupEntry:
    if station.db.is_postgres:
        url = station.db.engine.url.render_as_string(hide_password=False)
        return write_server_backup(url, folder, reason=reason, now=now)
    return write_backup(station.paths.database, folder, reason=reason, now=now)


def set_offsite_folder(station: StationContext, actor: Actor, folder: str) -> None:
    """Choose (or, with "", forget) the second place; it must exist and not be the data
    folder's own disk folder."""
    actor.require(Permission.EDIT_SETTINGS)
    folder = folder.strip()
    if folder:
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the folder {folder} does not exist"),
                folder=folder)
        if station.paths.inside(path):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "the backup folder must be outside the data folder "
                                            "(another drive or a network folder)"))
        folder = str(path.resolve())
    station.settings.set(BACKUP_OFFSITE_DIR, folder)
    with station.db.write() as session:
        audit.record(session, actor, "backup.offsite_folder", folder or None)


def _remember(station: StationContext, *, ok: dt.datetime | None, error: str) -> None:
    values = {BACKUP_OFFSITE_ERROR: error}
    if ok is not None:
        values[BACKUP_OFFSITE_LAST_OK] = ok.isoformat(timespec="seconds")
    try:
        station.settings.set_many(values)
    except Exception as exc:  # the backup itself is on the drive; say so in the log
        log.warning("the backup's outcome could not be saved: %s", exc)


def backup_now(station: StationContext, actor: Actor, to: Path | None = None, *,
               reason: str = "manual", now: dt.datetime | None = None) -> BackupEntry:
    """A backup to `to` (default: the second place), audited under `actor`. It holds every
    user's password hash, so only those who may change the settings (admins) write one."""
    actor.require(Permission.EDIT_SETTINGS)
    folder = to or offsite_folder(station)
    if folder is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "no backup folder is chosen: choose one in Settings (Sao "
                                        "lưu) or give --to DIR"))
    try:
        entry = _write(station, folder, reason, now)
    except BackupFailed as exc:
        if to is None:
            _remember(station, ok=None, error=str(exc))
        log.warning("backup to %s failed: %s", folder, exc)
        raise
    if to is None or offsite_folder(station) == folder:
        _remember(station, ok=entry.saved_at, error="")
    with station.db.write() as session:
        audit.record(session, actor, "backup.write", entry.path.name, folder=str(folder),
                     reason=reason, size=entry.size)
    return entry


def run_due_backup(station: StationContext, now: dt.datetime | None = None
                   ) -> BackupEntry | None:
    """The daily backup, when one is due (the console's background worker calls this)."""
    folder = offsite_folder(station)
    if folder is None:
        return None
    now = now or _now()
    status = read_offsite_status(station, now)
    if status.last_at is not None and now - status.last_at < DUE_AFTER:
        return None
    if not status.reachable:
        message = f"the backup folder {folder} is not there"
        if str(station.settings.get(BACKUP_OFFSITE_ERROR)) != message:
            _remember(station, ok=None, error=message)
        return None
    try:
        return backup_now(station, SYSTEM, reason="daily", now=now)
    except ServiceError:
        return None  # remembered; the warning on Today and in the tray tells the person


def read_offsite_status(station: StationContext,
                        now: dt.datetime | None = None) -> OffsiteStatus:
    now = now or _now()
    folder = offsite_folder(station)
    remembered = str(station.settings.get(BACKUP_OFFSITE_LAST_OK) or "")
    last: dt.datetime | None = None
    if remembered:
        try:
            last = dt.datetime.fromisoformat(remembered)
        except ValueError:
            last = None
    reachable = folder is not None and folder.is_dir()
    kind = backup_kind(station)
    if reachable:
        assert folder is not None
        newest = list_backups(folder, kind.kind)[:1]
        if newest:
            last = max(newest[0].saved_at, last) if last else newest[0].saved_at
    return OffsiteStatus(str(folder) if folder else "", reachable, last,
                         str(station.settings.get(BACKUP_OFFSITE_ERROR) or ""), now,
                         kind.kind, kind.problem)
