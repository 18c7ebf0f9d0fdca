"""`commune-console restore [--backup FILE] [--list]`: put a backup back after damage.

The window must be closed (the data folder's lock is taken for the time of the restore).
The damaged or replaced database is kept beside the new one, never deleted.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from .common import add_json, data_dir, emit, fail


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "restore", parents=[parent], help="restore the station database from a backup",
        description="Replace the station database by the newest whole backup (or --backup "
        "FILE). The current file is kept beside it as console.sqlite3.corrupt-<time> (or "
        ".replaced-<time> when it was whole). Close the window first.")
    cmd.add_argument("--backup", type=Path, metavar="FILE",
                     help="this backup instead of the newest whole one")
    cmd.add_argument("--list", action="store_true", help="only list the backups")
    add_json(cmd)
    cmd.set_defaults(func=cmd_restore)


def _listing(backups_dir: Path) -> list[dict[str, Any]]:
    from ..backup import backup_is_good, list_backups

    return [{"file": str(b), "size": b.stat().st_size,
             "saved_at": dt.datetime.fromtimestamp(b.stat().st_mtime).isoformat(
                 timespec="seconds"),
             "whole": backup_is_good(b)} for b in list_backups(backups_dir)]


def cmd_restore(args: argparse.Namespace) -> int:
    from ..paths import DataPaths

    paths = DataPaths(data_dir(args))
    if args.list:
        rows = _listing(paths.backups)
        emit(args, {"backups": rows}, lambda: "\n".join(
            [f"{r['saved_at']}  {'whole  ' if r['whole'] else 'DAMAGED'}  {r['file']}"
             for r in rows] or ["no backups"]))
        return 0
    from ..app.instance_lock import acquire_instance_lock

    lock = acquire_instance_lock(paths.root)
    if lock is None:
        fail("the console window has this data folder open: close it, then restore", 3)
    try:
        return _restore(args, paths)
    finally:
        lock.unlock()


def _restore(args: argparse.Namespace, paths: Any) -> int:
    from ..backup import latest_good_backup, restore_backup
    from ..db import DatabaseCorrupt, open_database
    from ..db.integrity import check_database
    from ..services import audit
    from ..services.permissions import SYSTEM

    backup = args.backup or latest_good_backup(paths.backups)
    if backup is None:
        fail(f"no whole backup in {paths.backups}")
    if not Path(backup).is_file():
        fail(f"no such backup: {backup}")
    try:
        check_database(paths.database, paths.backups)
        aside = "replaced"
    except DatabaseCorrupt:
        aside = "corrupt"
    try:
        kept = restore_backup(Path(backup), paths.database, aside=aside)
    except (ValueError, OSError) as exc:
        fail(f"cannot restore: {exc}")
    # Opening migrates a backup taken before an upgrade to the current schema.
    db = open_database(paths.database, paths.backups)
    try:
        with db.write() as session:
            audit.record(session, SYSTEM, "database.restore", str(backup),
                         kept=str(kept) if kept else None)
    finally:
        db.dispose()
    data = {"restored_from": str(backup), "kept_aside": str(kept) if kept else None}
    emit(args, data, f"restored the database from {backup}"
         + (f"; the previous file is kept as {kept}" if kept else ""))
    return 0
