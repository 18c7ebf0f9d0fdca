"""`restore` for a station on a PostgreSQL server: the newest whole pg_dump backup (or
--backup FILE) put back with pg_restore, in one transaction. Close the console on every
PC of the station first; the data folder's lock keeps this PC's window out meanwhile."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from ..timezone import STATION_TZ
from .common import emit, fail


def listing(backups_dir: Path) -> list[dict[str, Any]]:
    from ..backup import list_server_backups, server_backup_is_good

    return [{"file": str(b), "size": b.stat().st_size,
             "saved_at": dt.datetime.fromtimestamp(b.stat().st_mtime, STATION_TZ).isoformat(
                 timespec="seconds"),
             "whole": server_backup_is_good(b)} for b in list_server_backups(backups_dir)]


def restore_server(args: argparse.Namespace, paths: Any, url: str) -> int:
    from ..backup import (
        BackupToolMissing,
        list_server_backups,
        restore_server_backup,
        server_backup_is_good,
    )
    from ..db.migrate import open_server_database
    from ..secrets import SecretStore
    from ..services import audit
    from ..services.permissions import SYSTEM
    from ..station import server_url

    backup = args.backup or next((b for b in list_server_backups(paths.backups)
                                  if server_backup_is_good(b)), None)
    if backup is None:
        fail(f"no whole backup of the server database in {paths.backups}")
    if not Path(backup).is_file():
        fail(f"no such backup: {backup}")
    full = server_url(url, SecretStore(str(paths.root.resolve())))
    try:
        restore_server_backup(Path(backup), full)
    except (BackupToolMissing, ValueError, RuntimeError, OSError) as exc:
        fail(f"cannot restore: {exc}")
    db = open_server_database(full)  # a dump taken before an upgrade is upgraded now
    try:
        with db.write() as session:
            audit.record(session, SYSTEM, "database.restore", str(backup))
    finally:
        db.dispose()
    emit(args, {"restored_from": str(backup), "database": db.url},
         f"restored the server database {db.url} from {backup}")
    return 0
