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
    finally:
        src.close()
    tmp.replace(target)
    _prune(backups_dir)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    if not backups_dir.exists():
        return []
    return sorted(backups_dir.glob("console-*.sqlite3"), reverse=True)


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace the database by a backup; the replaced file is kept beside it."""
    check = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
    try:
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if ok != "ok":
        raise ValueError(f"the backup {backup.name} is damaged too ({ok})")
    if db_path.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        db_path.replace(db_path.with_name(f"{db_path.stem}-replaced-{stamp}{db_path.suffix}"))
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.unlink()
    shutil.copy2(backup, db_path)
    log.info("restored the database from %s", backup)


def _prune(backups_dir: Path) -> None:
    for old in list_backups(backups_dir)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
