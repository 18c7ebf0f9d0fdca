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
