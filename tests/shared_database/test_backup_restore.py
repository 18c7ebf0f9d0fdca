"""Backups of a station on PostgreSQL: pg_dump into the data folder's backups, and
`restore` puts the newest one back with pg_restore (search included)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from console.backup import dump_server_database, list_server_backups
from console.cli.main import main
from console.search.query import search
from tests.support.library import add_items, item_row

pytestmark = pytest.mark.postgres_only


def test_dump_then_restore(ctx, data_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    add_items(ctx, item_row("kept", "Thông báo lịch tiêm chủng"))
    url = ctx.db.engine.url.render_as_string(hide_password=False)
    dump = dump_server_database(url, ctx.paths.backups, reason="test")
    assert list_server_backups(ctx.paths.backups)[0] == dump
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM source_item"))
    assert search(ctx.db, "tiem chung") == []
    ctx.db.dispose()  # pg_restore --clean needs the tables free
    assert main(["restore", "--data-dir", str(data_dir), "--backup", str(dump)]) == 0
    assert "restored the server database" in capsys.readouterr().out
    assert [h.id for h in search(ctx.db, "tiem chung")] == ["kept"]
    with ctx.db.read() as session:
        assert session.execute(text(
            "SELECT count(*) FROM audit_log WHERE action = 'database.restore'")).scalar() == 1


def test_the_off_disk_backup_is_a_checked_pg_dump_that_restores(  # type: ignore[no-untyped-def]
        ctx, data_dir, tmp_path, capsys) -> None:
    from console.db.migrate import head_revision
    from console.services.offsite_backup import (
        SERVER,
        backup_now,
        list_backups,
        read_contents,
        read_offsite_status,
        set_offsite_folder,
    )
    from console.services.permissions import SYSTEM

    add_items(ctx, item_row("kept", "Thông báo lịch tiêm chủng"))
    usb = tmp_path / "usb"
    usb.mkdir()
    set_offsite_folder(ctx, SYSTEM, str(usb))
    before = read_offsite_status(ctx)
    assert before.kind == SERVER and before.problem == "" and before.warning == "overdue"
    entry = backup_now(ctx, SYSTEM)
    assert entry.path.name.endswith(".pgdump") and entry.kind == SERVER
    assert sorted(p.name for p in usb.iterdir()) == [entry.path.name]  # no .part left
    assert entry.path.read_bytes()[:5] == b"PGDMP"                      # custom format
    contents = read_contents(entry.path)
    assert contents.whole and contents.schema == head_revision() and contents.items == 1
    assert list_backups(usb, SERVER) == [entry] and list_backups(usb) == []
    assert read_offsite_status(ctx).warning == ""
    cut = tmp_path / "console-20261201-050000-daily.pgdump"   # a copy cut short
    cut.write_bytes(entry.path.read_bytes()[: entry.size // 2])
    damaged = read_contents(cut)
    assert not damaged.whole and "pg_restore" in damaged.problem

    with ctx.db.write() as session:
        session.execute(text("DELETE FROM source_item"))
    ctx.db.dispose()  # pg_restore --clean needs the tables free
    assert main(["restore", "--data-dir", str(data_dir), "--backup", str(entry.path)]) == 0
    assert "restored the server database" in capsys.readouterr().out
    assert [h.id for h in search(ctx.db, "tiem chung")] == ["kept"]


def test_without_pg_dump_nothing_is_written_and_every_place_says_why(  # type: ignore[no-untyped-def]
        ctx, data_dir, tmp_path, monkeypatch, capsys, qtbot, tasks) -> None:
    import json

    import console.backup
    from console.services.offsite_backup import (
        BackupFailed,
        backup_now,
        read_offsite_status,
        run_due_backup,
        set_offsite_folder,
    )
    from console.services.permissions import SYSTEM
    from console.ui.backup_texts import backup_warning_text
    from console.ui.pages.backup_box import BackupBox
    from console.ui.pages.base import PageEnv

    usb = tmp_path / "usb"
    usb.mkdir()
    set_offsite_folder(ctx, SYSTEM, str(usb))
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))              # this PC has no PostgreSQL tools
    monkeypatch.setattr(console.backup, "_TOOL_DIRS", ())
    with pytest.raises(BackupFailed, match="no pg_dump"):
        backup_now(ctx, SYSTEM)
    assert run_due_backup(ctx) is None
    assert list(usb.iterdir()) == []                     # nothing half-written, nothing done
    status = read_offsite_status(ctx)
    assert "no pg_dump" in status.problem and "no pg_dump" in status.last_error
    assert status.warning == "no_tool" and "pg_dump" in backup_warning_text(status)

    main(["doctor", "--json", "--data-dir", str(data_dir)])
    found = {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}
    assert found["backup_tools"]["status"] == "warn"
    assert "off-disk backups" in found["backup_tools"]["detail"]

    box = BackupBox(PageEnv(ctx=ctx, actor=SYSTEM, tasks=tasks, prefs=None))  # type: ignore[arg-type]
    qtbot.addWidget(box)
    box.retranslate()
    box.load()
    qtbot.waitUntil(lambda: box.status is not None, timeout=10_000)
    assert "pg_dump" in box.kind_label.text()
    assert not box.now_button.isEnabled() and not box.restore_button.isEnabled()
