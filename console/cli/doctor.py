"""`commune-console doctor`: is this machine ready to run the console?"""

from __future__ import annotations

import argparse

from ..paths import DataPaths
from ..services.doctor import Check, run_checks, stream_checks
from ..workstation import WorkstationError, chosen_database, is_server
from .common import add_json, data_dir, emit, fail


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser("doctor", parents=[parent], help="check the installation")
    add_json(doctor)
    doctor.set_defaults(func=cmd_doctor)


def cmd_doctor(args: argparse.Namespace) -> int:
    paths = DataPaths(data_dir(args))
    try:
        chosen = chosen_database(paths.root, getattr(args, "database", None))
    except WorkstationError as exc:
        fail(str(exc))
    server = chosen if chosen is not None and is_server(chosen) else None
    checks = run_checks(paths.root, paths.database, server)
    checks += _station_checks(paths, checks, getattr(args, "database", None))
    marks = {"ok": "OK  ", "warn": "WARN", "fail": "FAIL"}
    emit(args, {"checks": [c.as_dict() for c in checks]},
         lambda: "\n".join(f"[{marks[c.status]}] {c.name}: {c.detail}" for c in checks))
    return 1 if any(c.status == "fail" for c in checks) else 0


def _station_checks(paths: DataPaths, checks: list[Check],
                    database_url: str | None) -> list[Check]:
    """Checks of the station's own servers, once its database is there and current."""
    database = next((c for c in checks if c.name == "database"), None)
    if database is None or database.status != "ok":
        return []
    from ..app import open_station

    station = open_station(paths.root, database=database_url)
    try:
        return stream_checks(station)
    finally:
        station.close()
