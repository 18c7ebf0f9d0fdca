"""Database faults: damaged files found at start and restored; upgrades from every schema.

Each damage is made to a real station database the way a power cut or a bad disk makes it;
the start must refuse it with a plain reason, change nothing, name the last backup and the
restore command; the restore keeps the damaged file aside and brings the data back.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from console.app import open_station
from console.backup import backup_database, list_backups
from console.cli.main import main as cli_main
from console.db import DatabaseCorrupt, head_revision
from console.db.database import Database, sqlite_url
from console.db.migrate import alembic_config, current_revision, upgrade
from console.models.enums import Role
from console.services import audit
from console.services.library import search_items
from console.services.passwords import hash_password
from console.services.permissions import Actor
from console.services.users import UserService

ADMIN_PASSWORD = "mat-khau-quan-tri-1"
AS_ADMIN = ["--as", "admin", "--password-stdin"]


def _password_on_stdin(monkeypatch: pytest.MonkeyPatch, password: str = ADMIN_PASSWORD) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _station_with_backup(root: Path) -> Path:
    """A station with two users in its last backup and a third added after it."""
    ctx = open_station(root)
    admin = UserService(ctx.db).create_first_admin("admin", ADMIN_PASSWORD, "Quản trị viên")
    UserService(ctx.db).add_user(admin, "bientap", Role.EDITOR, "mat-khau-bien-tap",
                                 "Nguyễn Thị Hoa")
    ctx.close()
    backup = backup_database(ctx.paths.database, ctx.paths.backups, reason="daily")
    ctx = open_station(root)
    UserService(ctx.db).add_user(Actor("admin", Role.ADMIN), "sau-ban-sao", Role.VIEWER,
                                 "mat-khau-xem-1")
    ctx.close()
    assert not (root / "console.sqlite3-wal").exists()  # all of it in the main file
    return backup


def _garbage_header(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.write(os.urandom(100))


def _truncated(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2)


def _page_overwritten(path: Path) -> None:
    """A sector in the middle of the file overwritten (a failing disk)."""
    with path.open("rb") as fh:
        page = int.from_bytes(fh.read(18)[16:18], "big")
    pages = path.stat().st_size // page
    with path.open("r+b") as fh:
        for n in range(pages // 3, pages // 3 + 4):
            fh.seek(n * page)
            fh.write(b"\xde\xad" * (page // 2))


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "garbage-header": _garbage_header,
    "truncated": _truncated,
    "pages-overwritten": _page_overwritten,
    "emptied": _emptied,
}


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_damaged_database_is_refused_untouched_naming_the_backup(
        data_dir: Path, damage: str) -> None:
    backup = _station_with_backup(data_dir)
    db = data_dir / "console.sqlite3"
    DAMAGES[damage](db)
    before = _sha(db)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_station(data_dir)
    message = str(caught.value)
    assert "damaged" in message and backup.name in message
    assert "commune-console restore" in message and "\n" not in message
    assert caught.value.last_backup == backup
    assert _sha(db) == before                       # nothing written to it
    assert not (data_dir / "console.sqlite3-wal").exists()


@pytest.mark.parametrize("damage", DAMAGES, ids=list(DAMAGES))
def test_cli_says_why_in_one_line_then_restore_brings_the_data_back(
        data_dir: Path, damage: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _station_with_backup(data_dir)
    db = data_dir / "console.sqlite3"
    DAMAGES[damage](db)
    damaged = _sha(db)

    assert cli_main(["--data-dir", str(data_dir), "users", "list"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert backup.name in err and "commune-console restore" in err

    assert cli_main(["--data-dir", str(data_dir), "restore", "--list", "--json"]) == 0
    listed = capsys.readouterr().out
    assert backup.name in listed and '"whole": true' in listed

    _password_on_stdin(monkeypatch)  # an admin of the backup: the station cannot open
    assert cli_main(["--data-dir", str(data_dir), "restore", *AS_ADMIN]) == 0
    out = capsys.readouterr().out
    assert "restored the database from" in out
    kept = list(data_dir.glob("console.sqlite3.corrupt-*"))
    assert len(kept) == 1 and _sha(kept[0]) == damaged      # kept aside, byte for byte

    ctx = open_station(data_dir)
    try:
        names = {u.username for u in UserService(ctx.db).list()}
        assert names == {"admin", "bientap"}       # as in the backup
        assert UserService(ctx.db).authenticate("bientap", "mat-khau-bien-tap").role == Role.EDITOR
        with ctx.db.read() as session:
            actions = set(session.scalars(sa.text("SELECT action FROM audit_log")))
        assert "database.restore" in actions
        integrity = ctx.db.engine.connect()
        try:
            assert integrity.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            integrity.close()
    finally:
        ctx.close()


def test_no_backup_at_all_is_said_plainly(data_dir: Path) -> None:
    ctx = open_station(data_dir)
    UserService(ctx.db).create_first_admin("admin", ADMIN_PASSWORD)
    ctx.close()
    _garbage_header(data_dir / "console.sqlite3")
    with pytest.raises(DatabaseCorrupt, match="no backup to restore"):
        open_station(data_dir)


def test_restore_refused_while_the_window_has_the_folder(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from console.app.instance_lock import acquire_instance_lock

    _station_with_backup(data_dir)
    _truncated(data_dir / "console.sqlite3")
    before = _sha(data_dir / "console.sqlite3")
    lock = acquire_instance_lock(data_dir)
    assert lock is not None
    try:
        assert cli_main(["--data-dir", str(data_dir), "restore"]) == 3
    finally:
        lock.unlock()
    assert "close it" in capsys.readouterr().err
    assert _sha(data_dir / "console.sqlite3") == before


def test_a_damaged_backup_is_never_restored(data_dir: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _station_with_backup(data_dir)
    _garbage_header(backup)
    _truncated(data_dir / "console.sqlite3")
    _password_on_stdin(monkeypatch)
    assert cli_main(["--data-dir", str(data_dir), "restore", *AS_ADMIN]) != 0
    assert "no whole backup" in capsys.readouterr().err


def test_daily_backup_is_made_at_start(data_dir: Path) -> None:
    ctx = open_station(data_dir)
    ctx.close()
    assert list_backups(ctx.paths.backups) == []      # a new station: nothing to keep yet
    open_station(data_dir).close()
    first = list_backups(ctx.paths.backups)
    assert len(first) == 1 and "daily" in first[0].name
    open_station(data_dir).close()
    assert list_backups(ctx.paths.backups) == first   # once a day, not once a start


# -- upgrades from every earlier schema -------------------------------------------------------

def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


EARLIER = _revisions()[:-1]


def _fill(conn: sa.Connection, revision: str) -> None:
    """Rows as a station at `revision` has them (raw SQL: the entities are today's)."""
    conn.execute(sa.text(
        "INSERT INTO app_user (username, display_name, role, password_hash, active, created_at) "
        "VALUES ('lanhdao', 'Trần Văn Đức', 'approver', 'x', 1, CURRENT_TIMESTAMP)"))
    conn.execute(sa.text(
        "INSERT INTO source_item (id, revision, kind, title, tags, language, priority, origin, "
        "published_at, reviewed, channels, requested_airings, received_at, local, withdrawn, "
        "seen) VALUES ('tin-1', 1, 'text', 'Thông báo lịch tiêm chủng tại Thôn Đồng Tâm', "
        "'[]', 'vi', 'normal', 'province', CURRENT_TIMESTAMP, 1, '[\"radio\"]', '[]', "
        "CURRENT_TIMESTAMP, 0, 0, 0)"))
    conn.execute(sa.text(
        "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES "
        "(CURRENT_TIMESTAMP, 'lanhdao', 'programme.approve', :s, '{}')"), {"s": revision})


@pytest.mark.parametrize("revision", EARLIER or ["none"])
def test_upgrade_from_each_earlier_schema_keeps_the_data(data_dir: Path,
                                                         revision: str) -> None:
    if revision == "none":
        pytest.skip("only one schema revision so far")
    path = data_dir / "console.sqlite3"
    db = Database(sqlite_url(path))
    upgrade(db, revision)
    with db.engine.begin() as conn:
        _fill(conn, revision)
    db.dispose()
    assert current_revision(path) == revision

    ctx = open_station(data_dir)                 # the normal start upgrades it
    try:
        assert current_revision(path) == head_revision()
        assert any(f"before-upgrade-{revision}" in b.name
                   for b in list_backups(ctx.paths.backups))
        assert [u.username for u in UserService(ctx.db).list()] == ["lanhdao"]
        with ctx.db.read() as session:
            title = session.scalar(sa.text("SELECT title FROM source_item WHERE id='tin-1'"))
            subjects = set(session.scalars(sa.text(
                "SELECT subject FROM audit_log WHERE action='programme.approve'")))
        assert title == "Thông báo lịch tiêm chủng tại Thôn Đồng Tâm"
        assert revision in subjects
        # The search index added later covers what was stored before it existed.
        assert [r.id for r in search_items(ctx.db, "tiem chung dong tam")] == ["tin-1"]
    finally:
        ctx.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# -- the window -------------------------------------------------------------------------------

@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", extend=True)
@pytest.mark.parametrize("accept", [True, False], ids=["restore", "quit"])
def test_window_offers_the_last_backup(qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                       accept: bool) -> None:
    from console.ui import launch

    backup = _station_with_backup(data_dir)
    db = data_dir / "console.sqlite3"
    _page_overwritten(db)
    damaged = _sha(db)
    offered: list[tuple[str, str]] = []

    def answer(text: str, *, details: str) -> bool:
        offered.append((text, details))
        return accept

    monkeypatch.setattr(launch, "offer_restore", answer)
    # An admin of the backup signs in (the real check, against the backup's own users).
    monkeypatch.setattr(launch, "ask_restorer",
                        lambda session: session.authenticate("admin", ADMIN_PASSWORD))
    monkeypatch.setattr(launch, "show_message", lambda *a, **k: pytest.fail(f"message {a}"))
    monkeypatch.setattr(launch, "run_event_loop", lambda app: 0)  # quit at the sign-in
    code = launch.run_gui(data_dir, demo=False)
    assert len(offered) == 1
    text, details = offered[0]
    assert "last backup" in text and "kept aside" in text
    assert backup.name in details
    if not accept:
        assert code == launch.EXIT_DATABASE
        assert _sha(db) == damaged
        return
    assert code == launch.EXIT_OK
    kept = list(data_dir.glob("console.sqlite3.corrupt-*"))
    assert len(kept) == 1 and _sha(kept[0]) == damaged
    ctx = open_station(data_dir)
    try:
        assert {u.username for u in UserService(ctx.db).list()} == {"admin", "bientap"}
        rows = audit.recent(ctx.db, action="database.restore")
        assert [r.actor for r in rows] == ["admin"]
        assert rows[0].detail["verified_against"] == "backup"
    finally:
        ctx.close()


@pytest.mark.parametrize("revision", EARLIER or ["none"])
def test_down_to_an_earlier_schema_and_up_again_keeps_the_data(data_dir: Path,
                                                               revision: str) -> None:
    """Going back to an older release and forward again (alembic downgrade, then start)."""
    if revision == "none":
        pytest.skip("only one schema revision so far")
    from alembic import command

    ctx = open_station(data_dir)
    admin = UserService(ctx.db).create_first_admin("admin", ADMIN_PASSWORD, "Quản trị viên")
    UserService(ctx.db).add_user(admin, "bientap", Role.EDITOR, "mat-khau-bien-tap")
    with ctx.db.engine.begin() as conn:
        _fill(conn, revision)
    ctx.close()
    db = Database(sqlite_url(data_dir / "console.sqlite3"))
    try:
        cfg = alembic_config(db.url)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        db.dispose()
    assert current_revision(data_dir / "console.sqlite3") == revision
    ctx = open_station(data_dir)
    try:
        assert current_revision(ctx.paths.database) == head_revision()
        assert {u.username for u in UserService(ctx.db).list()} == {"admin", "bientap", "lanhdao"}
        assert UserService(ctx.db).authenticate("bientap", "mat-khau-bien-tap").role == Role.EDITOR
        assert [r.id for r in search_items(ctx.db, "tiem chung")] == ["tin-1"]
    finally:
        ctx.close()


@pytest.mark.parametrize("revision", EARLIER or ["none"])
def test_restoring_a_backup_from_before_an_upgrade_brings_it_up_to_date(
        data_dir: Path, revision: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    if revision == "none":
        pytest.skip("only one schema revision so far")
    path = data_dir / "console.sqlite3"
    db = Database(sqlite_url(path))
    upgrade(db, revision)
    with db.engine.begin() as conn:
        _fill(conn, revision)
        conn.execute(sa.text(  # the admin who will put this backup back
            "INSERT INTO app_user (username, role, password_hash, active, created_at) "
            "VALUES ('admin', 'admin', :h, 1, CURRENT_TIMESTAMP)"),
            {"h": hash_password(ADMIN_PASSWORD)})
    db.dispose()
    open_station(data_dir).close()             # upgraded, backed up before
    older = [b for b in list_backups(data_dir / "backups")
             if f"before-upgrade-{revision}" in b.name]
    assert len(older) == 1
    _truncated(path)
    _password_on_stdin(monkeypatch)
    assert cli_main(["--data-dir", str(data_dir), "restore", "--backup", str(older[0]),
                     *AS_ADMIN]) == 0
    assert "restored the database" in capsys.readouterr().out
    assert current_revision(path) == head_revision()
    ctx = open_station(data_dir)
    try:
        assert [u.username for u in UserService(ctx.db).list()] == ["admin", "lanhdao"]
        assert [r.id for r in search_items(ctx.db, "tiem chung")] == ["tin-1"]
    finally:
        ctx.close()


def test_doctor_names_the_damage_and_the_backup(data_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    backup = _station_with_backup(data_dir)
    _page_overwritten(data_dir / "console.sqlite3")
    cli_main(["--data-dir", str(data_dir), "doctor", "--json"])
    out = capsys.readouterr().out
    checks = {c["name"]: c for c in json.loads(out)["checks"]}
    assert checks["database"]["status"] == "fail"
    assert "damaged" in checks["database"]["detail"] and backup.name in checks["database"]["detail"]
