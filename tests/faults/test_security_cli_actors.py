"""Security review, finding 6: every command that changes the station names a local user.

`report build` ran as the console's own account and `sync` / `login` needed no local user.
Now each changing command needs `--as USER` (checked before anything else is asked or
changed) and is audited under that name; only the console's own background work acts as
the console ("system"), and is audited as such.
"""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.app import open_station
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
    "restore": ["restore"],
}


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
