"""Security review, findings 1 and 2: restore needs an admin and a whole station database;
it never writes through a link.

1. A copy of the database with an extra admin, restored with `restore --backup FILE` and no
   `--as`, planted that admin (audited as `system`). Now: an admin of the station signs in
   (or, when the station's database cannot be opened, an admin of the backup itself); only
   a file with a known schema that passes `PRAGMA integrity_check` is taken back; the
   restored database's audit log names who restored which file (with its sha256).
2. A link planted at `console.sqlite3.restoring` made the restore overwrite the link's
   target, and the database became a link. Now the temporary copy is created exclusively
   without following links, and a data folder whose database or temporary paths are links
   is refused.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from console.app import open_station
from console.backup import backup_database
from console.cli.main import main as cli_main
from console.models.enums import Role
from console.services import audit
from console.services.passwords import hash_password
from console.services.users import UserService

ADMIN_PASSWORD = "quan-tri-vien-1"
EDITOR_PASSWORD = "bien-tap-vien-1"
INTRUDER_PASSWORD = "ke-gian-2026"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _station(root: Path) -> Path:
    """A station (admin and editor) with one backup; returns the backup."""
    ctx = open_station(root)
    admin = UserService(ctx.db).create_first_admin("admin", ADMIN_PASSWORD, "Quản trị viên")
    UserService(ctx.db).add_user(admin, "bientap", Role.EDITOR, EDITOR_PASSWORD)
    ctx.close()
    return backup_database(root / "console.sqlite3", root / "backups", reason="daily")


def _planted_admin_copy(backup: Path, out: Path) -> Path:
    """The attack: a copy of a real backup with an admin the station never made."""
    out.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(out)
    try:
        conn.execute("INSERT INTO app_user (username, display_name, role, password_hash, "
                     "active, created_at) VALUES ('kegian', 'Kẻ gian', 'admin', ?, 1, "
                     "CURRENT_TIMESTAMP)", (hash_password(INTRUDER_PASSWORD),))
        conn.commit()
    finally:
        conn.close()
    return out


def _restore(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, root: Path,
             *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli_main(["--data-dir", str(root), "restore", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _users(root: Path) -> set[str]:
    ctx = open_station(root)
    try:
        return {u.username for u in UserService(ctx.db).list()}
    finally:
        ctx.close()


def test_restore_without_an_admin_of_the_station_is_refused(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _station(data_dir)
    evil = _planted_admin_copy(backup, tmp_path / "ban-sao.sqlite3")
    db = data_dir / "console.sqlite3"
    before = _sha(db)

    # The reproduction: no --as at all.
    code, _, err = _restore(capsys, monkeypatch, data_dir, "--backup", str(evil))
    assert code != 0 and "--as USER" in err and err.count("\n") == 1
    # The planted admin exists only in the file being restored: the station does not know it.
    code, _, err = _restore(capsys, monkeypatch, data_dir, "--backup", str(evil), "--as",
                            "kegian", "--password-stdin", stdin=INTRUDER_PASSWORD + "\n")
    assert code != 0 and "wrong user name or password" in err
    # A user of the station who is not an admin.
    code, _, err = _restore(capsys, monkeypatch, data_dir, "--backup", str(evil), "--as",
                            "bientap", "--password-stdin", stdin=EDITOR_PASSWORD + "\n")
    assert code != 0 and "may not restore database" in err
    assert _sha(db) == before and _users(data_dir) == {"admin", "bientap"}
    assert not (data_dir / "console.sqlite3.restoring").exists()    # nothing staged is left

    # The station's admin may restore any whole station database, and it is written down.
    code, out, err = _restore(capsys, monkeypatch, data_dir, "--backup", str(backup), "--as",
                              "admin", "--password-stdin", "--json",
                              stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert '"verified_against": "station"' in out
    ctx = open_station(data_dir)
    try:
        rows = audit.recent(ctx.db, action="database.restore")
    finally:
        ctx.close()
    assert len(rows) == 1 and rows[0].actor == "admin"
    assert rows[0].subject == backup.name and rows[0].detail["sha256"] == _sha(backup)
    assert rows[0].detail["verified_against"] == "station"


def test_recovery_path_checks_the_backups_own_admins(
        data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _station(data_dir)
    db = data_dir / "console.sqlite3"
    with db.open("r+b") as fh:       # the station's database cannot be opened any more
        fh.write(os.urandom(100))
    damaged = _sha(db)
    for user, password in (("bientap", EDITOR_PASSWORD), ("admin", "not-the-password")):
        code, _, err = _restore(capsys, monkeypatch, data_dir, "--as", user,
                                "--password-stdin", stdin=password + "\n")
        assert code != 0, err
        assert _sha(db) == damaged
    code, out, err = _restore(capsys, monkeypatch, data_dir, "--as", "admin",
                              "--password-stdin", "--json", stdin=ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert '"verified_against": "backup"' in out
    ctx = open_station(data_dir)
    try:
        rows = audit.recent(ctx.db, action="database.restore")
    finally:
        ctx.close()
    assert [r.actor for r in rows] == ["admin"]
    assert rows[0].detail["sha256"] == _sha(backup)
    kept = [p for p in data_dir.glob("console.sqlite3.corrupt-*")
            if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and _sha(kept[0]) == damaged


def _not_a_station(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE app_user (username TEXT, role TEXT, password_hash TEXT, "
                     "active INTEGER)")
        conn.execute("INSERT INTO app_user VALUES ('kegian', 'admin', ?, 1)",
                     (hash_password(INTRUDER_PASSWORD),))
        conn.commit()
    finally:
        conn.close()


def _newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
        conn.commit()
    finally:
        conn.close()


def _planted_trigger(path: Path) -> None:
    """Every later login would make the intruder an admin again."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TRIGGER keep_me AFTER INSERT ON audit_log BEGIN "
                     "UPDATE app_user SET role = 'admin' WHERE username = 'bientap'; END")
        conn.commit()
    finally:
        conn.close()


def _damaged_page(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:  # enough rows for the users table to span pages of its own
        conn.executemany("INSERT INTO audit_log (at, actor, action, subject, detail) VALUES "
                         "(CURRENT_TIMESTAMP, 'x', 'filler', ?, '{}')",
                         [("y" * 300,) for _ in range(200)])
        conn.commit()
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='audit_log'"
                            ).fetchone()[0]
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as fh:  # the table's root page: its pointers now point nowhere
        fh.seek((root - 1) * page + 8)
        fh.write(b"\xff" * 64)


BAD_FILES = {"not-a-station": _not_a_station, "newer-schema": _newer_schema,
             "planted-trigger": _planted_trigger, "damaged-page": _damaged_page}


@pytest.mark.parametrize("kind", BAD_FILES, ids=list(BAD_FILES))
def test_only_a_whole_known_station_database_is_taken_back(
        data_dir: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _station(data_dir)
    bad = tmp_path / "ban-sao.sqlite3"
    if kind != "not-a-station":
        bad.write_bytes(backup.read_bytes())
    BAD_FILES[kind](bad)
    db = data_dir / "console.sqlite3"
    before = _sha(db)
    code, _, err = _restore(capsys, monkeypatch, data_dir, "--backup", str(bad), "--as",
                            "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert code != 0 and "refused" in err, err
    assert err.count("\n") == 1
    assert _sha(db) == before
    assert not (data_dir / "console.sqlite3.restoring").exists()


# -- finding 2: links --------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                    reason="symbolic links need privileges on Windows")
def test_a_link_at_the_temporary_name_is_not_followed(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _station(data_dir)
    victim = tmp_path / "outside" / "important.txt"
    victim.parent.mkdir()
    victim.write_text("không được ghi đè\n", encoding="utf-8")
    (data_dir / "console.sqlite3.restoring").symlink_to(victim)

    code, _, err = _restore(capsys, monkeypatch, data_dir, "--backup", str(backup), "--as",
                            "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert code != 0 and "link" in err
    assert victim.read_text(encoding="utf-8") == "không được ghi đè\n"
    assert not (data_dir / "console.sqlite3").is_symlink()
    # The primitive itself: exclusive creation refuses a link, even a dangling one.
    from console.filemodes import create_exclusive

    dangling = data_dir / "dangling"
    dangling.symlink_to(tmp_path / "outside" / "new-file")
    with pytest.raises(OSError):
        create_exclusive(dangling)
    assert not (tmp_path / "outside" / "new-file").exists()


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt",
                    reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("planted", ["console.sqlite3", "console.sqlite3-wal", "backups"])
def test_a_data_folder_with_planted_links_is_refused(
        tmp_path: Path, planted: str, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "station"
    _station(root)
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "target"
    link = root / planted
    if planted == "backups":
        target.mkdir()
        for old in link.iterdir():
            old.unlink()
        link.rmdir()
    else:
        target.write_bytes((root / "console.sqlite3").read_bytes() if planted ==
                           "console.sqlite3" else b"")
        link.unlink(missing_ok=True)
    before = sorted(p.name for p in outside.rglob("*"))
    snapshot = _sha(target) if target.is_file() else None
    link.symlink_to(target)
    with pytest.raises(OSError, match="is a link"):
        open_station(root)
    assert cli_main(["--data-dir", str(root), "users", "list"]) != 0
    assert "is a link" in capsys.readouterr().err
    assert sorted(p.name for p in outside.rglob("*")) == before
    if snapshot is not None:
        assert _sha(target) == snapshot
