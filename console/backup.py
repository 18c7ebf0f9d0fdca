"""Backups of the station database: before every upgrade, daily, and one-click restore."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_BACKUPS = 14


def backup_database(db_path: Path, backups_dir: Path, *, reason: str = "daily") -> Path:
    """A consistent copy through SQLite's backup API (safe while the console writes)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"console-{stamp}-{reason}.sqlite3"
    tmp = target.with_suffix(".part")
    src = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not keep half a copy
        raise
    finally:
        src.close()
    _prune(backups_dir)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob("console-*.sqlite3"), reverse=True)


def backup_is_good(backup: Path) -> bool:
    """True when the backup file is a whole SQLite database (quick_check ok)."""
    try:
        check = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            return check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            check.close()
    except sqlite3.DatabaseError:
        return False


def latest_good_backup(backups_dir: Path) -> Path | None:
    for backup in list_backups(backups_dir):
        if backup_is_good(backup):
            return backup
    return None


def restore_backup(backup: Path, db_path: Path, *, aside: str = "replaced") -> Path | None:
    """Replace the database by a backup. The replaced file (and its -wal/-shm) is kept beside
    it as `<name>.<aside>-<stamp>`, never deleted; returns that path (None when there was none).
    """
    if not backup_is_good(backup):
        raise ValueError(f"the backup {backup.name} is damaged too")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept: Path | None = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.{aside}-{stamp}")
        db_path.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            # Beside the kept file under the matching name, so SQLite reads them together.
            side.replace(kept.with_name(kept.name + suffix) if kept else
                         side.with_name(f"{side.name}.{aside}-{stamp}"))
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(db_path)
    log.warning("restored the database from %s; the previous file is kept as %s", backup, kept)
    return kept


def daily_backup(db_path: Path, backups_dir: Path, *, every_s: float = 20 * 3600) -> Path | None:
    """A backup when the newest one is older than `every_s` (a station restarts daily or not)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    newest = list_backups(backups_dir)[:1]
    if newest and dt.datetime.now().timestamp() - newest[0].stat().st_mtime < every_s:
        return None
    try:
        return backup_database(db_path, backups_dir, reason="daily")
    except (OSError, sqlite3.Error) as exc:  # a full disk must not stop the console
        log.warning("daily backup failed: %s", exc)
        return None


def _prune(backups_dir: Path) -> None:
    for old in list_backups(backups_dir)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
