"""`commune-console restore [--backup FILE] [--list] --as ADMIN`: put a backup back.

The window must be closed (the data folder's lock is taken for the time of the restore).
Only a whole station database of a known schema is taken back (console.services.restore),
and only by an admin: of the station, or — when the station's own database cannot be
opened — of the backup itself. The damaged or replaced database is kept beside the new
one, never deleted; the restore is audited under the admin's name.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..timezone import STATION_TZ
from .common import PasswordSource, add_actor, add_json, data_dir, emit, fail


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser(
        "restore", parents=[parent], help="restore the station database from a backup",
        description="Replace the station database by the newest whole backup (or --backup "
        "FILE). The current file is kept beside it as console.sqlite3.corrupt-<time> (or "
        ".replaced-<time> when it was whole). Close the window first. --as names an admin "
        "of the station; when the station's database cannot be opened, an admin of the "
        "backup being restored.")
    cmd.add_argument("--backup", type=Path, metavar="FILE",
                     help="this backup instead of the newest whole one")
    cmd.add_argument("--from", dest="source", type=Path, metavar="DIR",
                     help="the newest whole backup in DIR (the USB drive or network folder "
                     "of `backup now`) instead of the data folder's backups")
    cmd.add_argument("--list", action="store_true", help="only list the backups")
    add_actor(cmd, optional=True)  # --list reads; a restore itself asks for an admin
    add_json(cmd)
    cmd.set_defaults(func=cmd_restore)


def _listing(backups_dir: Path) -> list[dict[str, Any]]:
    from ..backup import backup_is_good, list_backups

    return [{"file": str(b), "size": b.stat().st_size,
             "saved_at": dt.datetime.fromtimestamp(b.stat().st_mtime, STATION_TZ).isoformat(
                 timespec="seconds"),
             "whole": backup_is_good(b)} for b in list_backups(backups_dir)]


def cmd_restore(args: argparse.Namespace) -> int:
    from ..paths import DataPaths

    paths = DataPaths(data_dir(args))
    server = _server(args, paths)
    if server is not None and args.list:  # a station on PostgreSQL: restore_server.py
        from .restore_server import listing

        rows = listing(paths.backups)
        emit(args, {"backups": rows}, lambda: "\n".join(
            [f"{r['saved_at']}  {'whole  ' if r['whole'] else 'DAMAGED'}  {r['file']}"
             for r in rows] or ["no backups"]))
        return 0
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
        if server is not None:
            from .restore_server import restore_server

            return restore_server(args, paths, server)
        return _restore(args, paths)
    finally:
        lock.unlock()


def _server(args: argparse.Namespace, paths: Any) -> str | None:
    from ..workstation import chosen_database, is_server

    chosen = chosen_database(paths.root, getattr(args, "database", None))
    return chosen if chosen is not None and is_server(chosen) else None


def _restore(args: argparse.Namespace, paths: Any) -> int:
    from ..backup import latest_good_backup
    from ..services.errors import ServiceError
    from ..services.restore import RestoreSession

    if not args.as_user:
        fail("restoring replaces the station's data and users: say who you are with "
             "--as USER (an admin)")
    folder = getattr(args, "source", None) or paths.backups
    backup = args.backup or latest_good_backup(folder)
    if backup is None:
        fail(f"no whole backup in {folder}")
    if not Path(backup).is_file():
        fail(f"no such backup: {backup}")
    session = RestoreSession(paths, Path(backup))
    try:
        session.stage()
        where = "the station" if session.station_opens else f"the backup {Path(backup).name}"
        password = PasswordSource(args.password_stdin).next(
            f"Password for {args.as_user} (an admin of {where}): ")
        actor = session.authenticate(args.as_user, password)
        result = session.install(actor)
    except ServiceError as exc:
        fail(str(exc))
    finally:
        session.discard()
    kept = result.kept
    data = {"restored_from": str(backup), "sha256": result.sha256, "schema": result.revision,
            "kept_aside": str(kept) if kept else None, "by": actor.username,
            "verified_against": result.verified_against}
    emit(args, data, f"restored the database from {backup}"
         + (f"; the previous file is kept as {kept}" if kept else ""))
    return 0
