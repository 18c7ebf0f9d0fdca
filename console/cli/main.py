"""Entry point of `commune-console` and `python -m console`."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..logsetup import setup_logging
from ..paths import DataPaths, demo_data_dir
from ..runtime import tune_interpreter
from ..services.errors import ServiceError
from ..workstation import DATABASE_ENV, WorkstationError, parse_database_url
from . import (
    audit,
    backup,
    cache,
    database,
    devices,
    doctor,
    emergency,
    items,
    plan,
    programme,
    push,
    report,
    restore,
    settings,
    simulate,
    speak,
    sync,
    team,
    users,
    voice,
    zalo,
)
from .common import CommandError, common_parser, data_dir, require_as
from .language import error_message, use_language

log = logging.getLogger(__name__)

COMMAND_MODULES = [doctor, database, users, simulate, sync, items, cache, devices, push,
                   emergency, programme, backup, restore, report, zalo, team, plan, speak,
                   voice, audit, settings]


def build_parser() -> argparse.ArgumentParser:
    parent = common_parser()
    parser = argparse.ArgumentParser(
        prog="commune-console", parents=[parent],
        description="Commune Broadcast Console. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"commune-console {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a demo commune with built-in simulators")
    parser.add_argument("--minimized", action="store_true",
                        help="start in the background (at sign-in to Windows): local playout "
                        "and emergencies run; the window opens from the tray or a new launch")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (migrations, ffmpeg, Qt, translations, "
                        "main window) in a temporary folder; non-zero exit on failure")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, parent)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    tune_interpreter()
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["--draw-board-slides"]:  # the installed app drawing a board notice
        from ..delivery.adapters.anthias import _child_main

        _child_main()
        return 0
    if given[:1] == ["--keep-icecast-source"]:  # the installed app keeping a stream on air
        from ..delivery.icecast_keeper import keeper_main

        return keeper_main()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and getattr(args, "data_dir", None) is None:
        args.data_dir = demo_data_dir()
    use_language(getattr(args, "lang", None))  # English unless asked (or the station says)
    root = data_dir(args)
    if getattr(args, "database", None):
        try:
            parse_database_url(args.database)
        except WorkstationError as exc:
            print(f"commune-console: {exc}", file=sys.stderr)
            return 2
    verbose = getattr(args, "verbose", False)
    try:
        setup_logging(DataPaths(root).logs, verbose=verbose)
    except OSError as exc:
        print(f"commune-console: cannot write logs in {root}: {exc}", file=sys.stderr)
        return 1
    try:
        if args.self_test:
            from .selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from ..ui.launch import run_gui

            if getattr(args, "database", None):  # the window opens the station through it
                os.environ[DATABASE_ENV] = args.database
            return run_gui(root, demo=args.demo, minimized=args.minimized)
        if getattr(args, "actor_required", False):
            require_as(args)
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"commune-console: {exc}", file=sys.stderr)
        return exc.code
    except ServiceError as exc:  # a command that did not say it itself
        print(f"commune-console: {error_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
