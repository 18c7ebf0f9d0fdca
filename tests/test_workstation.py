"""workstation.json: which database this PC uses; never a password in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.cli.main import main
from console.db.database import redacted
from console.workstation import (
    FILE_NAME,
    Workstation,
    WorkstationError,
    chosen_database,
    load,
    parse_database_url,
    password_name,
    save,
)


def test_saved_without_its_password(tmp_path: Path) -> None:
    save(tmp_path, Workstation("postgresql://console:bí-mật@192.168.1.10/xa_an_binh"))
    text = (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert "bí-mật" not in text
    assert load(tmp_path).database == "postgresql+psycopg://console@192.168.1.10/xa_an_binh"
    assert chosen_database(tmp_path) == load(tmp_path).database
    assert chosen_database(tmp_path, "sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"
    assert password_name(load(tmp_path).database or "") == (
        "database:console@192.168.1.10:5432/xa_an_binh")
    assert "bí-mật" not in redacted("postgresql+psycopg://console:bí-mật@h/d")


@pytest.mark.parametrize("bad", ["mysql://u@h/d", "postgresql+psycopg:///nohost",
                                 "not a url"])
def test_urls_the_console_cannot_use_are_refused(bad: str) -> None:
    with pytest.raises(WorkstationError):
        parse_database_url(bad)


def test_a_damaged_file_is_said_plainly(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text("{", encoding="utf-8")
    with pytest.raises(WorkstationError, match="fix or delete it"):
        load(tmp_path)


def test_an_unreachable_server_is_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["items", "list", "--data-dir", str(tmp_path), "--database",
                 "postgresql+psycopg://console:pw@127.0.0.1:9/none"])
    err = capsys.readouterr().err
    assert code == 1 and "Cannot reach the station's database server" in err
    assert "pw@" not in err and len(err.strip().splitlines()) == 1
    assert main(["items", "list", "--data-dir", str(tmp_path), "--database", "mysql://x"]) == 2
