"""Secrets: after a full session no password, token or device key is in any file we write.

The session does what a station does in a day, with real simulators on 127.0.0.1: local
logins (one with a wrong password), a source-system login (one refused), a sync with tokens
that expire and get refreshed, clusters and boards registered with their keys, a push, an
emergency started and stopped, device status, play logs collected and sent upward. Logging
runs at DEBUG into the data folder. Then every byte of every file in the data folder (database
with its -wal, backups, settings, logs) is searched for every secret.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path

import pytest

from console.app import open_station
from console.backup import backup_database
from console.cli.main import main as cli_main
from console.delivery import proof, status
from console.delivery.dispatcher import Dispatcher
from console.demo import DEMO_PASSWORD, seed_station
from console.logsetup import setup_logging
from console.models.enums import Role
from console.services import live_commands
from console.services.device_registry import import_device_rows
from console.services.errors import AuthenticationFailed
from console.services.push import create_delivery_jobs
from console.services.source_account import connect_source
from console.services.users import UserService
from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.errors import LoginFailed
from console.sync.service import SyncService
from tests.support.delivery import FAST_RETRY, cache_media, make_item, make_programme
from tests.support.keyrings import MemoryKeyring

pytestmark = pytest.mark.slow

LOCAL_PASSWORD = "Loa-" + secrets.token_hex(8)
WRONG_LOCAL = "Sai-" + secrets.token_hex(8)
SOURCE_USER = "xa-phuloc-vanthu"
SOURCE_PASSWORD = "Nguon-" + secrets.token_hex(8)
WRONG_SOURCE = "SaiNguon-" + secrets.token_hex(8)


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "media" not in p.parts)


def _hits(files: list[Path], secret: str) -> list[str]:
    needles = {secret.encode("utf-8"), secret.encode("utf-16-le")}
    found = []
    for path in files:
        data = path.read_bytes()
        if any(n in data for n in needles):
            found.append(path.name)
    return found


def test_no_secret_in_any_file_after_a_full_session(
        data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    setup_logging(data_dir / "logs", verbose=True, to_stderr=False)
    ctx = open_station(data_dir)
    seed_station(ctx)
    admin = UserService(ctx.db).authenticate("admin", DEMO_PASSWORD)
    UserService(ctx.db).add_user(admin, "vanhanh2", Role.OPERATOR, LOCAL_PASSWORD, "Lê Văn Đông")
    with pytest.raises(AuthenticationFailed):
        UserService(ctx.db).authenticate("vanhanh2", WRONG_LOCAL)
    operator = UserService(ctx.db).authenticate("vanhanh2", LOCAL_PASSWORD)

    # token_ttl 31 s: the client renews 30 s early, so nearly every call refreshes.
    sim = SourceSimulator(SimulatorConfig(items=40, seed=11, user=SOURCE_USER,
                                          password=SOURCE_PASSWORD, token_ttl=31)).start()
    fleet = DeviceFleet(FleetConfig(clusters=3, boards=1, protocol="both")).start()
    dispatcher = Dispatcher(ctx, workers=4, emergency_workers=4, policy=FAST_RETRY,
                            timeout_s=3.0)
    try:
        service = SyncService(ctx)
        with pytest.raises(LoginFailed):
            connect_source(ctx, admin, sim.url, SOURCE_USER, WRONG_SOURCE)
        connect_source(ctx, admin, sim.url, SOURCE_USER, SOURCE_PASSWORD)
        # The command line too, password on standard input (and a refused one).
        for password, code in ((WRONG_SOURCE, 1), (SOURCE_PASSWORD, 0)):
            monkeypatch.setattr("sys.stdin", io.StringIO(f"{password}\n{DEMO_PASSWORD}\n"))
            assert cli_main(["--data-dir", str(data_dir), "--verbose", "login", "--server",
                             sim.url, "--user", SOURCE_USER, "--as", "admin",
                             "--password-stdin"]) == code
        result = service.sync_once()
        assert result.items_added > 0

        rows = fleet.registry_rows()
        device_keys = [r["key"] for r in rows if r.get("key")]
        assert device_keys
        report = import_device_rows(ctx, rows, admin)
        assert not report.errors

        shas = cache_media(ctx, [8192])
        programme = make_programme(ctx, shas, start_in_s=120.0)
        with ctx.db.write() as session:
            jobs = create_delivery_jobs(session, programme, operator)
        assert {v.state for v in dispatcher.drain(jobs, timeout_s=30.0)} == {"delivered"}
        _eid, started = live_commands.emergency_start(ctx, operator,
                                                      item_id=make_item(ctx, shas[0]))
        assert {v.state for v in dispatcher.drain(started, timeout_s=30.0)} == {"delivered"}
        _ids, stopped = live_commands.emergency_stop(ctx, operator)
        assert {v.state for v in dispatcher.drain(stopped, timeout_s=30.0)} == {"delivered"}
        assert status.poll(ctx, dispatcher)
        proof.collect(ctx, dispatcher)
        assert service.sync_once(media=False).outbox_sent > 0   # as-run logs go upward
        backup_database(ctx.paths.database, ctx.paths.backups, reason="test")
    finally:
        dispatcher.close()
        fleet.stop()
        issued = [*sim.tokens._access, *sim.tokens._refresh]
        sim.stop()
        ctx.close()

    kept = [v for (_service, _name), v in memory_keyring.store.items()]
    assert SOURCE_PASSWORD in kept and set(device_keys) <= set(kept)   # they were kept...
    secrets_used = {
        "local password": [LOCAL_PASSWORD], "wrong local password": [WRONG_LOCAL],
        "source password": [SOURCE_PASSWORD], "wrong source password": [WRONG_SOURCE],
        "device keys": device_keys, "tokens issued by the source": issued,
        "keyring values": kept,
    }
    assert len(issued) >= 4
    files = _files(data_dir)
    names = {p.name for p in files}
    assert "console.sqlite3" in names and "console.log" in names
    assert any(n.endswith(".sqlite3") and "test" in n for n in names)   # a backup as well
    # The scan reads what is there: the account name (not a secret) is found in the database.
    assert "console.sqlite3" in _hits(files, SOURCE_USER)
    leaks = {f"{what} #{n}": hits for what, values in secrets_used.items()
             for n, value in enumerate(values) if (hits := _hits(files, value))}
    assert leaks == {}, f"secrets written to files: {leaks}"          # ...and nowhere else
    print(f"secrets scan: {sum(map(len, secrets_used.values()))} secrets, {len(files)} files, "
          f"{sum(p.stat().st_size for p in files)} bytes, 0 hits")
    log_text = (data_dir / "logs" / "console.log").read_text("utf-8")
    assert "failed login" in log_text            # the session did log, at DEBUG


@pytest.mark.parametrize("line", [
    "pushing to icecast://source:{s}@127.0.0.1:8000/xa.mp3",
    "GET http://admin:{s}@10.0.0.5/api/v2/assets answered 503",
    "headers: Authorization: Bearer {s}",
    "headers: {{'Authorization': 'Bearer {s}'}}",
    "headers: Authorization: Basic {s}",
    'body {{"username": "xa", "password": "{s}"}}',
    "form password={s}&user=xa",
    'answer {{"access_token": "{s}", "expires_in": 3600}}',
])
def test_log_lines_are_scrubbed(line: str, data_dir: Path) -> None:
    """Whatever a handler or a library logs, the file gets no secret."""
    import logging

    secret = "Bi-mat-" + secrets.token_hex(6)
    setup_logging(data_dir / "logs", to_stderr=False)
    logging.getLogger("console.test").warning(line.format(s=secret))
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (data_dir / "logs" / "console.log").read_text("utf-8")
    assert "***" in text and secret not in text
