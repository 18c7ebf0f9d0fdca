"""`commune-console backup now [--to DIR] --as ADMIN` and `backup list [--from DIR] --json`.

`now` writes a verified backup to the station's second place (chosen in Settings) or to
DIR, keeping 7 daily and 4 weekly ones there. `list` shows the backups of the second place
(or of DIR) and of the data folder, each with its date, whether it is whole, and what it
holds; put one back with `commune-console restore --backup FILE --as ADMIN`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import (
    PasswordSource,
    acting_user,
    add_actor,
    add_json,
    data_dir,
    emit,
    fail,
    open_context,
    require_as,
)


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[parent],
                            help="backups of the station database off this disk")
    backup_sub = backup.add_subparsers(dest="backup_command", required=True)
    now = backup_sub.add_parser(
        "now", parents=[parent], help="write and verify a backup now",
        description="Write a backup of the station database to the second place chosen in "
        "Settings (or to DIR), open it there and check it (integrity and schema); a copy "
        "that fails is deleted. Old backups there are removed, keeping the newest of each "
        "of the last 7 days and 4 weeks. The backup holds the users' password hashes: an "
        "admin writes it.")
    now.add_argument("--to", type=Path, metavar="DIR",
                     help="this folder instead of the station's second place (created if "
                     "missing)")
    add_actor(now)
    add_json(now)
    now.set_defaults(func=cmd_now)
    listing = backup_sub.add_parser(
        "list", parents=[parent], help="the backups in the second place and the data folder",
        description="List the backups of the station's second place (or of DIR) and of the "
        "data folder, newest first, with their date, whether they are whole (integrity and "
        "schema check) and their counts of items, programmes and users.")
    listing.add_argument("--from", dest="source", type=Path, metavar="DIR",
                         help="list this folder (a USB drive after the data folder was lost)")
    add_json(listing)
    listing.set_defaults(func=cmd_list)


def cmd_now(args: argparse.Namespace) -> int:
    from ..services.errors import ServiceError
    from ..services.offsite_backup import backup_now
    from ..services.permissions import Permission

    require_as(args)
    target: Path | None = args.to
    if target is not None:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"cannot create {target}: {exc.strerror or exc}")
    ctx = open_context(args)
    try:
        actor = acting_user(ctx, args, PasswordSource(args.password_stdin),
                            Permission.EDIT_SETTINGS)
        try:
            entry = backup_now(ctx, actor, target)
        except ServiceError as exc:
            fail(str(exc))
    finally:
        ctx.close()
    data = {"file": str(entry.path), "saved_at": entry.saved_at.isoformat(timespec="seconds"),
            "size": entry.size, "verified": True}
    emit(args, data, f"backup written and verified: {entry.path} ({entry.size} bytes)")
    return 0


def _rows(folder: Path, place: str) -> list[dict[str, Any]]:
    from ..services.offsite_backup import read_contents

    rows = []
    for path in sorted(folder.glob("console-*.sqlite3"), reverse=True):
        row = read_contents(path).to_json()
        row["place"] = place
        rows.append(row)
    return rows


def cmd_list(args: argparse.Namespace) -> int:
    from ..paths import DataPaths
    from ..services.offsite_backup import offsite_folder

    paths = DataPaths(data_dir(args))
    folder: Path | None = args.source
    if folder is None:
        if not paths.database.is_file():
            fail(f"no station in {paths.root}: give the backup folder with --from DIR")
        ctx = open_context(args)
        try:
            folder = offsite_folder(ctx)
        finally:
            ctx.close()
    elif not folder.is_dir():
        fail(f"no such folder: {folder}")
    rows = _rows(folder, "offsite") if folder is not None and folder.is_dir() else []
    rows += _rows(paths.backups, "local") if paths.backups.is_dir() else []
    data = {"folder": str(folder) if folder else None,
            "folder_present": bool(folder and folder.is_dir()), "backups": rows}

    def text() -> str:
        lines = []
        if folder is None:
            lines.append("no second place is chosen (Settings, Sao lưu)")
        elif not folder.is_dir():
            lines.append(f"the backup folder {folder} is not there")
        for r in rows:
            state = "whole  " if r["whole"] else "DAMAGED"
            lines.append(f"{r['saved_at'] or '?':19}  {r['place']:7}  {state}  "
                         f"{r['items']} items, {r['programmes']} programmes, {r['users']} "
                         f"users  {r['file']}")
        return "\n".join(lines or ["no backups"])

    emit(args, data, text)
    return 0
