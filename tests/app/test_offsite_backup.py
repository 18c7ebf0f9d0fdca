"""Backups off the disk: written to a second folder (a "USB drive": a temporary folder),
verified there, kept 7 daily and 4 weekly, put back after the data folder is lost; a damaged
copy is never kept as good; the warning when the last one is too old or the drive is gone."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from console.app import open_station
from console.app.offsite_backups import OffsiteBackups
from console.cli.main import main as cli_main
from console.models.enums import Role
from console.services import audit
from console.services.offsite_backup import (
    BackupFailed,
    backup_now,
    kept_by_retention,
    list_backups,
    read_contents,
    read_offsite_status,
    run_due_backup,
    set_offsite_folder,
    write_backup,
)
from console.services.permissions import Actor
from console.services.users import UserService
from console.station import StationContext
from console.timezone import STATION_TZ

PASSWORD = "quan-tri-vien-1"
ADMIN = Actor("quantri", Role.ADMIN, "Quản trị viên")


def _cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, root: Path,
         *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli_main(["--data-dir", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _counts(root: Path) -> tuple[int, int]:
    conn = sqlite3.connect(root / "console.sqlite3")
    try:
        return (conn.execute("SELECT count(*) FROM source_item").fetchone()[0],
                conn.execute("SELECT count(*) FROM app_user").fetchone()[0])
    finally:
        conn.close()


def test_backup_to_usb_and_restore_after_the_data_folder_is_deleted(
        synced_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    ctx = open_station(synced_copy)
    UserService(ctx.db).create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    UserService(ctx.db).add_user(ADMIN, "bientap", Role.EDITOR, PASSWORD)
    set_offsite_folder(ctx, ADMIN, str(usb))
    ctx.close()
    items, users = _counts(synced_copy)
    assert items == 120 and users == 2

    code, _, err = _cli(capsys, monkeypatch, synced_copy, "backup", "now")
    assert code != 0 and "--as USER" in err   # it holds password hashes: an admin writes it
    code, _, err = _cli(capsys, monkeypatch, synced_copy, "backup", "now", "--as", "bientap",
                        "--password-stdin", stdin=PASSWORD + "\n")
    assert code != 0 and "may not edit settings" in err
    code, out, err = _cli(capsys, monkeypatch, synced_copy, "backup", "now", "--as", "quantri",
                          "--password-stdin", "--json", stdin=PASSWORD + "\n")
    assert code == 0, err
    written = Path(json.loads(out)["file"])
    assert written.parent == usb and written.is_file()
    assert not list(usb.glob("*.part"))

    code, out, _ = _cli(capsys, monkeypatch, synced_copy, "backup", "list", "--json")
    assert code == 0
    listing = json.loads(out)
    offsite = [r for r in listing["backups"] if r["place"] == "offsite"]
    assert listing["folder"] == str(usb.resolve()) and listing["folder_present"]
    assert [r["name"] for r in offsite] == [written.name]
    assert offsite[0]["whole"] and (offsite[0]["items"], offsite[0]["users"]) == (120, 2)

    shutil.rmtree(synced_copy)          # the disk died: the data folder is gone
    code, _, err = _cli(capsys, monkeypatch, synced_copy, "backup", "list")
    assert code != 0 and "--from DIR" in err
    code, out, _ = _cli(capsys, monkeypatch, synced_copy, "backup", "list", "--from", str(usb),
                        "--json")
    assert code == 0 and json.loads(out)["backups"][0]["name"] == written.name
    assert not (synced_copy / "console.sqlite3").exists()     # listing made no station
    # Put back from the USB folder, by an admin of the backup (the station has no users).
    code, out, err = _cli(capsys, monkeypatch, synced_copy, "restore", "--from", str(usb),
                          "--as", "quantri", "--password-stdin", "--json",
                          stdin=PASSWORD + "\n")
    assert code == 0, err
    result = json.loads(out)
    assert result["restored_from"] == str(written) and result["verified_against"] == "backup"
    assert _counts(synced_copy) == (120, 2)
    ctx = open_station(synced_copy)
    try:
        rows = audit.recent(ctx.db, action="database.restore")
        assert rows[0].actor == "quantri" and rows[0].subject == written.name
        # The station keeps its second place: the next daily backup goes there again.
        assert read_offsite_status(ctx).folder == str(usb.resolve())
    finally:
        ctx.close()


def _daily(ctx: StationContext, folder: Path, when: dt.datetime) -> Path:
    return write_backup(ctx.paths.database, folder, now=when).path


def test_retention_keeps_seven_daily_and_four_weekly(ctx: StationContext,
                                                     tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "ghi-chu.txt").write_text("not ours")
    (usb / "console-copy.sqlite3").write_bytes(b"not named as ours")
    start = dt.datetime(2026, 11, 1, 3, 0, tzinfo=STATION_TZ)   # a Sunday
    upgrade = write_backup(ctx.paths.database, usb, reason="before-upgrade-0015",
                           now=start - dt.timedelta(hours=1)).path  # never rotated away
    written = [_daily(ctx, usb, start + dt.timedelta(days=day)) for day in range(30)]
    # A second backup on the last day (a manual one in the afternoon) replaces the morning's.
    last = write_backup(ctx.paths.database, usb, reason="manual",
                        now=start + dt.timedelta(days=29, hours=11)).path
    kept = {e.path.name for e in list_backups(usb) if e.path != upgrade}
    assert upgrade.exists() and [e.reason for e in list_backups(usb)][-1] == (
        "before-upgrade-0015")
    # Days: 24..29 November plus the afternoon copy of 30 November; weeks (Monday first):
    # 30 Nov (that week's newest), 29 Nov, 22 Nov, 15 Nov: the newest of each of 4 weeks.
    expected = {p.name for p in written[23:29]} | {last.name} | {
        written[day].name for day in (21, 14)}
    assert kept == expected and len(kept) == 9
    assert (usb / "ghi-chu.txt").exists() and (usb / "console-copy.sqlite3").exists()
    assert kept_by_retention([e for e in list_backups(usb) if e.path != upgrade]) == {
        usb / name for name in kept}


def _damage_a_page(path: Path, page_from_end: int = 2) -> None:
    """Garbage over one page of the file (a bad sector, a pulled USB stick)."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size - page_from_end * 4096)
        fh.write(bytes(range(256)) * 16)


def test_verification_refuses_a_damaged_backup(
        synced_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    ctx = open_station(synced_copy)
    UserService(ctx.db).create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    ctx.close()
    # 1. A backup damaged on the drive after it was written: listed as damaged, refused.
    good = write_backup(synced_copy / "console.sqlite3", usb).path
    assert read_contents(good).whole
    bad = usb / good.name.replace("-daily", "-manual")
    shutil.copyfile(good, bad)
    _damage_a_page(bad)
    contents = read_contents(bad)
    assert not contents.whole and re.search("damaged|malformed", contents.problem)
    before = (synced_copy / "console.sqlite3").read_bytes()
    code, _, err = _cli(capsys, monkeypatch, synced_copy, "restore", "--backup", str(bad),
                        "--as", "quantri", "--password-stdin", stdin=PASSWORD + "\n")
    assert code != 0 and re.search("damaged|malformed", err) and err.count("\n") == 1
    assert (synced_copy / "console.sqlite3").read_bytes() == before

    # 2. A station whose database is silently damaged: the copy fails its check on the
    # drive and is not kept; nothing half-written stays behind.
    source = tmp_path / "hong.sqlite3"
    shutil.copyfile(synced_copy / "console.sqlite3", source)
    _damage_a_page(source, 3)
    other = tmp_path / "usb2"
    other.mkdir()
    with pytest.raises(BackupFailed, match="refused by its check"):
        write_backup(source, other)
    assert list(other.iterdir()) == []


def test_overdue_and_missing_drive_warnings(ctx: StationContext, tmp_path: Path) -> None:
    UserService(ctx.db).create_first_admin(ADMIN.username, PASSWORD, ADMIN.display_name)
    now = dt.datetime.now(STATION_TZ)
    assert read_offsite_status(ctx, now).warning == "not_configured"
    usb = tmp_path / "usb"
    usb.mkdir()
    set_offsite_folder(ctx, ADMIN, str(usb))
    assert read_offsite_status(ctx, now).warning == "overdue"      # never written yet
    backup_now(ctx, ADMIN, now=now - dt.timedelta(days=8))
    status = read_offsite_status(ctx, now)
    assert status.warning == "overdue" and status.last_at is not None
    # The daily run writes a new one (due after 20 hours) and the warning goes.
    assert run_due_backup(ctx, now) is not None
    assert run_due_backup(ctx, now + dt.timedelta(hours=1)) is None   # not due again yet
    assert read_offsite_status(ctx, now).warning == ""
    shutil.rmtree(usb)                  # the USB drive was pulled out
    status = read_offsite_status(ctx, now + dt.timedelta(days=1))
    assert status.warning == "missing" and status.last_at is not None
    assert run_due_backup(ctx, now + dt.timedelta(days=1)) is None
    assert "is not there" in read_offsite_status(ctx).last_error
    assert read_offsite_status(ctx, now + dt.timedelta(days=8)).warning == "missing"


def test_the_worker_writes_the_daily_backup_in_the_background(ctx: StationContext,
                                                              tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    set_offsite_folder(ctx, ADMIN, str(usb))
    worker = OffsiteBackups(ctx, first_check_s=0.0, check_every_s=0.05).start()
    try:
        deadline = time.monotonic() + 30
        while not list_backups(usb) and time.monotonic() < deadline:
            time.sleep(0.05)
        while worker.runs < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        worker.stop()
    backups = list_backups(usb)
    assert len(backups) == 1 and backups[0].reason == "daily"   # once a day, not per check
    assert read_offsite_status(ctx).warning == ""
    assert audit.recent(ctx.db, action="backup.write")[0].actor == "system"


def test_the_current_database_comes_back_when_the_restored_one_does_not_open(
        tmp_path: Path) -> None:
    from console.backup import install_staged, put_back

    db = tmp_path / "console.sqlite3"
    db.write_bytes(b"the station as it was")
    (tmp_path / "console.sqlite3-wal").write_bytes(b"its pending pages")
    staged = tmp_path / "console.sqlite3.restoring"
    staged.write_bytes(b"a backup that will not open")
    kept = install_staged(staged, db)
    assert kept is not None and db.read_bytes() == b"a backup that will not open"
    failed = put_back(db, kept)
    assert db.read_bytes() == b"the station as it was"
    assert (tmp_path / "console.sqlite3-wal").read_bytes() == b"its pending pages"
    assert failed.read_bytes() == b"a backup that will not open" and not kept.exists()
