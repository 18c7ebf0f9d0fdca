"""Security review, finding 6: every command that changes the station names a local user.

`report build` ran as the console's own account and `sync` / `login` needed no local user.
Now each changing command needs `--as USER` (checked before anything else is asked or
changed) and is audited under that name; only the console's own background work acts as
the console ("system"), and is audited as such.
"""

from __future__ import annotations

import argparse
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.app import open_station
from console.cli.common import role_arg
from console.cli.main import build_parser
from console.cli.main import main as cli_main
from console.models import AuditEntry, SettingRow
from console.models.enums import Role
from console.services import audit
from console.services.users import UserService
from console.settings import STATION_CODE
from console.sim.source import SimulatorConfig, SourceSimulator

ADMIN, ADMIN_PW = "admin", "quan-tri-vien-1"
VIEWER, VIEWER_PW = "xem", "nguoi-xem-tin-1"
NOWHERE = "http://127.0.0.1:9/api/v1"  # never reached: the user is checked first


@pytest.fixture
def station(data_dir: Path) -> list[str]:
    ctx = open_station(data_dir)
    admin = UserService(ctx.db).create_first_admin(ADMIN, ADMIN_PW, "Quản trị viên")
    UserService(ctx.db).add_user(admin, VIEWER, Role.VIEWER, VIEWER_PW)
    ctx.settings.set(STATION_CODE, "XA-PHULOC")
    ctx.close()
    return ["--data-dir", str(data_dir)]


@pytest.fixture
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SourceSimulator]:
    media = tmp_path_factory.getbasetemp() / "actors-sim-media"
    with SourceSimulator(SimulatorConfig(items=8, seed=5, media_dir=media)) as simulator:
        yield simulator


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli_main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _footprint(data_dir: Path) -> tuple[int, list[tuple[str, object]]]:
    ctx = open_station(data_dir)
    try:
        with ctx.db.read() as session:
            audits = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
            settings = sorted(session.execute(select(SettingRow.key, SettingRow.value)).all())
        return audits, [tuple(r) for r in settings]
    finally:
        ctx.close()


CHANGING = {
    "login": ["login", "--server", NOWHERE, "--user", "demo", "--password-stdin"],
    "sync-stored": ["sync", "--once"],
    "sync-one-shot": ["sync", "--once", "--server", NOWHERE, "--user", "demo",
                      "--password-stdin"],
    "report-build": ["report", "build", "--period", "2026-11"],
    "report-stats-collecting": ["report", "stats", "--period", "2026-11"],
    "devices-collect": ["devices", "collect"],
    "cache-prune": ["cache", "prune"],
    "restore": ["restore"],
}

# Commands that only read the station (or run a simulator, or check the installation).
READ_ONLY = {
    "doctor", "users list", "simulate source", "simulate devices", "simulate zalo",
    "items list", "items search", "cache status", "devices list", "devices export",
    "programme check", "programme render", "programme list", "programme show",
    "programme occurrences", "report list", "report show", "report export", "report log",
    "report due", "report contributions", "zalo status", "zalo articles", "team list",
    "team export", "plan export", "plan status", "backup list",
    "speak",  # writes a WAV file where it is told, nothing of the station
    "settings get",
    # Which database this PC uses (workstation.json and the keyring), not the station's data;
    # the station's server may not be reachable yet, so there is nobody to sign in as.
    "database show", "database connect", "database local",
}
# `--as` is optional only where the command without it changes nothing: the very first
# admin of an empty station, live status not recorded, figures without collecting, the
# list of backups (restoring itself is refused without an admin: CHANGING above).
AS_OPTIONAL = {"users add", "devices status", "report stats", "restore",
               "users passwd",  # one's own password: the old one proves who it is
               "audit list"}    # reads as the machine's administrator without --as


def _commands() -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and path:
            found[" ".join(path)] = parser
        for action in subs:
            for name, child in action.choices.items():
                walk(child, (*path, name))

    walk(build_parser(), ())
    return found


COMMANDS = _commands()


def _placeholders(parser: argparse.ArgumentParser) -> list[str]:
    """Arguments that pass argparse, so the command itself decides."""
    args: list[str] = []
    for action in parser._actions:
        if action.dest in ("help", "as_user") or not (action.required or
                                                      not action.option_strings):
            continue
        value = str(next(iter(action.choices))) if action.choices else "1"
        if action.type is role_arg:
            value = "viewer"
        if action.dest in ("start", "at"):
            value = "2030-01-01T06:00" if action.dest == "start" else "06:00"
        values = [value] * (action.nargs if isinstance(action.nargs, int) else 1)
        args += [action.option_strings[0], *values] if action.option_strings else values
    for group in parser._mutually_exclusive_groups:  # one of --item / --text and the like
        if group.required:
            first = group._group_actions[0]
            args += [first.option_strings[0], *(["1"] if first.nargs != 0 else [])]
    return args


def test_every_command_either_only_reads_or_takes_a_user() -> None:
    takes_user = {name for name, parser in COMMANDS.items()
                  if any("--as" in a.option_strings for a in parser._actions)}
    assert set(COMMANDS) - takes_user == READ_ONLY   # a new command must choose a side
    assert takes_user & READ_ONLY == set()


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - READ_ONLY - AS_OPTIONAL))
def test_every_changing_command_refuses_to_run_without_a_user(
        station: list[str], data_dir: Path, command: str,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    before = _footprint(data_dir)
    argv = [*command.split(), *_placeholders(COMMANDS[command])]
    try:
        code, _, err = run(capsys, monkeypatch, *station, *argv, stdin="x\n" * 3)
        assert code == 1 and err.count("\n") == 1, (argv, err)
        assert "say who you are with --as USER" in err, (argv, err)
    except SystemExit as exit_:  # `--as` required by argparse itself
        err = capsys.readouterr().err
        assert exit_.code == 2 and "required: --as" in err, (argv, err)
    assert _footprint(data_dir) == before


@pytest.mark.parametrize("command", CHANGING, ids=list(CHANGING))
def test_a_changing_command_without_a_user_is_refused(
        station: list[str], data_dir: Path, command: str,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    before = _footprint(data_dir)
    code, _, err = run(capsys, monkeypatch, *station, *CHANGING[command],
                       stdin="demo\n")
    assert code == 1 and "--as USER" in err and err.count("\n") == 1, err
    assert _footprint(data_dir) == before


def test_report_build_is_prepared_by_the_named_user(
        station: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, monkeypatch, *station, "report", "build", "--period", "2026-11",
                       "--no-collect", "--as", ADMIN, "--password-stdin", stdin=ADMIN_PW + "\n")
    assert code == 0, err
    ctx = open_station(data_dir)
    try:
        builds = audit.recent(ctx.db, action="report.build")
        assert [b.actor for b in builds] == [ADMIN]
        assert not [r for r in audit.recent(ctx.db) if r.actor == "system"]
    finally:
        ctx.close()


def test_login_and_sync_are_audited_under_the_local_user(
        station: list[str], data_dir: Path, sim: SourceSimulator,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # A viewer may not sync: the role is checked too.
    code, _, err = run(capsys, monkeypatch, *station, "sync", "--once", "--server", sim.url,
                       "--user", "demo", "--as", VIEWER, "--password-stdin",
                       stdin=f"demo\n{VIEWER_PW}\n")
    assert code == 1 and "may not sync" in err
    code, _, err = run(capsys, monkeypatch, *station, "login", "--server", sim.url, "--user",
                       "demo", "--as", ADMIN, "--password-stdin", stdin=f"demo\n{ADMIN_PW}\n")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, *station, "sync", "--once", "--no-media", "--as",
                       ADMIN, "--password-stdin", stdin=ADMIN_PW + "\n")
    assert code == 0, err
    ctx = open_station(data_dir)
    try:
        account = audit.recent(ctx.db, action="source.account")
        runs = audit.recent(ctx.db, action="sync.run")
    finally:
        ctx.close()
    assert [a.actor for a in account] == [ADMIN]
    assert [r.actor for r in runs] == [ADMIN] and runs[0].detail["added"] == 8


def test_the_consoles_own_background_sync_is_audited_as_the_console(
        ctx, sim: SourceSimulator) -> None:  # type: ignore[no-untyped-def]
    from console.app.live import LiveLink
    from console.sync.service import SyncService

    SyncService(ctx).login(sim.url, "demo", "demo")
    changed = threading.Event()
    link = LiveLink(ctx)
    link.start(lambda name, *args: changed.set() if name == "catalogue_changed" else None)
    try:
        assert changed.wait(30)
    finally:
        link.stop(5.0)
    runs = audit.recent(ctx.db, action="sync.run")
    assert runs and {r.actor for r in runs} == {"system"}
    assert runs[-1].detail["background"] is True and runs[-1].detail["added"] == 8
