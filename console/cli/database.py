"""`commune-console database connect|local|show`: which database this PC uses.

`connect URL` checks the server (and creates or upgrades the station's tables), then saves
the URL in the data folder's workstation.json and the password in the keyring (asked, or
one line of standard input with --password-stdin; never written to a file). `local` goes
back to this PC's own SQLite file. `show` says which database is used and, on a server,
which workstation runs the once-per-station work.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from .common import add_json, data_dir, emit, fail


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    cmd = sub.add_parser("database", parents=[parent],
                         help="use this PC's own database or the station's server")
    d_sub = cmd.add_subparsers(dest="database_command", metavar="SUBCOMMAND", required=True)
    connect = d_sub.add_parser("connect", parents=[parent],
                               help="use the station's PostgreSQL server from now on")
    connect.add_argument("url", metavar="URL",
                         help="postgresql+psycopg://USER@SERVER:5432/DATABASE")
    connect.add_argument("--password-stdin", action="store_true",
                         help="read the server password from standard input")
    connect.add_argument("--media-folder", metavar="FOLDER",
                         help="a media folder shared by the PCs instead of this PC's cache")
    add_json(connect)
    connect.set_defaults(func=cmd_connect)
    local = d_sub.add_parser("local", parents=[parent],
                             help="use this PC's own database file again")
    add_json(local)
    local.set_defaults(func=cmd_local)
    show = d_sub.add_parser("show", parents=[parent], help="which database this PC uses")
    add_json(show)
    show.set_defaults(func=cmd_show)


def cmd_connect(args: argparse.Namespace) -> int:
    from ..services.workstation import connect_server_database
    from ..workstation import WorkstationError

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass("Password of the database server (empty: none): ")
    else:
        password = ""
    try:
        result = connect_server_database(data_dir(args), args.url, password or None,
                                         media_folder=args.media_folder)
    except (WorkstationError, RuntimeError) as exc:
        fail(str(exc))
    emit(args, result.as_dict(), f"this PC now uses {result.database} (schema "
         f"{result.schema}); the password is in the {result.password_store}")
    return 0


def cmd_local(args: argparse.Namespace) -> int:
    from ..services.workstation import use_local_database

    path = use_local_database(data_dir(args))
    emit(args, {"database": str(path)}, f"this PC now uses its own database {path}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from ..services.workstation import describe_database

    info = describe_database(data_dir(args), getattr(args, "database", None))
    lines = [f"database: {info['database']}"]
    for worker, holder in (info.get("workers") or {}).items():
        lines.append(f"{worker}: {holder or 'not running on any workstation'}")
    emit(args, info, "\n".join(lines))
    return 0
