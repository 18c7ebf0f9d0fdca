"""`commune-console doctor`: is this machine ready to run the console?"""

from __future__ import annotations

import argparse

from ..paths import DataPaths
from ..services.doctor import Check, run_checks, stream_checks
from .common import add_json, data_dir, emit


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    doctor = sub.add_parser("doctor", parents=[parent], help="check the installation")
    add_json(doctor)
    doctor.set_defaults(func=cmd_doctor)


def cmd_doctor(args: argparse.Namespace) -> int:
    paths = DataPaths(data_dir(args))
    checks = run_checks(paths.root, paths.database)
    checks += _station_checks(paths, checks)
    marks = {"ok": "OK  ", "warn": "WARN", "fail": "FAIL"}
    emit(args, {"checks": [c.as_dict() for c in checks]},
         lambda: "\n".join(f"[{marks[c.status]}] {c.name}: {c.detail}" for c in checks))
    return 1 if any(c.status == "fail" for c in checks) else 0


def _station_checks(paths: DataPaths, checks: list[Check]) -> list[Check]:
    """Checks of the station's own servers, once its database is there and current."""
    database = next((c for c in checks if c.name == "database"), None)
    if database is None or database.status != "ok":
        return []
    from ..app import open_station

    station = open_station(paths.root)
    try:
        return stream_checks(station)
    finally:
        station.close()
