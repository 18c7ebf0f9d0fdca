"""`doctor` on a station whose database is on a PostgreSQL server: the connection, the
server's version, the extensions, the schema and the backup tools."""

from __future__ import annotations

import json
import os

import pytest

from console.cli.main import main
from console.workstation import DATABASE_ENV

pytestmark = pytest.mark.postgres_only


def checks(capsys, *args: str) -> dict[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    main(["doctor", "--json", *args])
    return {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}


def test_doctor_checks_the_server(ctx, data_dir, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = os.environ[DATABASE_ENV]
    found = checks(capsys, "--data-dir", str(data_dir), "--database", url)
    database = found["database"]
    assert database["status"] == "ok", database
    assert "PostgreSQL 1" in database["detail"] and "unaccent" in database["detail"]
    assert "newest" in database["detail"] and "thu-nghiem" not in database["detail"]
    assert found["backup_tools"]["status"] == "ok"
    wrong = url.replace("thu-nghiem", "sai")
    found = checks(capsys, "--data-dir", str(data_dir), "--database", wrong)
    assert found["database"]["status"] == "fail"
    assert "password authentication failed" in found["database"]["detail"]
    assert "sai" not in found["database"]["detail"].split("failed")[0]
