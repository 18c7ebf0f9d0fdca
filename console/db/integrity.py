"""Is the station database whole? Checked at every start, before anything writes to it.

Power cuts, full disks and old hard drives leave files that are truncated, zeroed or
overwritten. SQLite notices some of it only when it reads the damaged page, possibly in the
middle of an approval; so the start checks the header, the size against the page count the
header promises, and runs `PRAGMA quick_check`, all read-only.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from ..backup import list_backups
from .database import DatabaseError

log = logging.getLogger(__name__)

HEADER = b"SQLite format 3\x00"
RESTORE_COMMAND = "commune-console restore"


class DatabaseCorrupt(DatabaseError):
    """The database file is damaged; `last_backup` is the newest backup there is (or None)."""

    def __init__(self, path: Path, reason: str, last_backup: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.last_backup = last_backup
        if last_backup is not None:
            advice = (f"restore the last backup ({last_backup.name}) with "
                      f"`{RESTORE_COMMAND}`; the damaged file is kept aside")
        else:
            advice = "there is no backup to restore; ask the IT staff to look at the file"
        super().__init__(f"The station database {path} is damaged ({reason}); nothing was "
                         f"changed; {advice}.")


def _problem(path: Path) -> str | None:
    """What is wrong with the file, or None when it looks whole."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(HEADER):
        return "the file is not a database (its header is missing or overwritten)"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is valid only when written by the same change as the
    # version number (bytes 92 and 24); then a shorter file is a truncated one.
    if head[92:96] == head[24:28] and pages and size < pages * page_size:
        return (f"the file is truncated: {size} bytes where the database needs "
                f"{pages * page_size}")
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    uri = f"file:{path.as_posix()}?mode=ro" + ("" if has_wal else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check(5)").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    found = [str(r[0]) for r in rows if r and r[0] != "ok"]
    return "; ".join(found)[:300] if found else None


def check_database(path: Path, backups_dir: Path | None) -> None:
    """Raise DatabaseCorrupt when the file at `path` is damaged; a missing file is a new one.

    An empty file counts as damaged when backups exist (a station that had data and lost
    it); with no backup it is a first start.
    """
    if not path.exists():
        return
    backups = list_backups(backups_dir) if backups_dir is not None else []
    if path.stat().st_size == 0:
        if backups:
            raise DatabaseCorrupt(path, "the file is empty", backups[0])
        return
    try:
        problem = _problem(path)
    except OSError as exc:
        problem = f"the file cannot be read: {exc.strerror or exc}"
    if problem is not None:
        log.info("database %s is damaged: %s", path, problem)  # the caller tells the user
        raise DatabaseCorrupt(path, problem, backups[0] if backups else None)
