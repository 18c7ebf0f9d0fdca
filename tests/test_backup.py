"""pg_dump / pg_restore: found on the PATH or where PostgreSQL installs them, or a clear
message, and then nothing is written (no half backup, no restore attempted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import backup
from console.backup import BackupToolMissing, dump_server_database, restore_server_backup

URL = "postgresql+psycopg://console:secret@127.0.0.1:1/station"


@pytest.fixture
def no_tools(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(backup, "_TOOL_DIRS", (tmp_path / "no-postgresql",))


def test_missing_tools_are_named_and_nothing_is_written(no_tools, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backups = tmp_path / "backups"
    with pytest.raises(BackupToolMissing, match="pg_dump was not found: install the "
                                                "PostgreSQL client tools") as caught:
        dump_server_database(URL, backups)
    assert "secret" not in str(caught.value)
    assert not backups.exists()
    dump = tmp_path / "console-x.pgdump"
    dump.write_bytes(b"PGDMP")
    with pytest.raises(BackupToolMissing, match="pg_restore was not found"):
        restore_server_backup(dump, URL)


def test_tools_found_where_postgresql_installs_them(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    base = tmp_path / "PostgreSQL"
    for version in ("9.6", "16", "13"):
        (base / version / "bin").mkdir(parents=True)
        (base / version / "bin" / "pg_dump").write_text("")
    monkeypatch.setattr(backup, "_TOOL_DIRS", (tmp_path / "absent", base))
    assert backup.find_server_tool("pg_dump") == base / "16" / "bin" / "pg_dump"
