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


def test_doctor_looks_for_secrets_in_the_servers_database(  # type: ignore[no-untyped-def]
        ctx, data_dir, capsys, monkeypatch) -> None:
    from console.models import SettingRow, SyncState
    from console.secrets import SecretStore
    from console.settings import SOURCE_URL, SOURCE_USER
    from console.workstation import FILE_NAME, parse_database_url, password_name, without_password

    url = os.environ[DATABASE_ENV]
    parsed = parse_database_url(url)
    # The way a station's PC keeps it: the URL without, the password in the keyring.
    SecretStore(str(data_dir.resolve())).set(password_name(parsed), str(parsed.password))
    monkeypatch.setenv(DATABASE_ENV, without_password(parsed))
    ctx.settings.set_many({SOURCE_URL: "http://192.0.2.20/api/v1", SOURCE_USER: "demo"})
    found = checks(capsys, "--data-dir", str(data_dir))
    assert found["database"]["status"] == "ok"
    assert found["in_clear:source"]["status"] == "warn"           # read from the server
    at_rest = found["secrets_at_rest"]
    assert at_rest["status"] == "ok", at_rest
    assert "server's database" in at_rest["detail"] and "keyring" in at_rest["detail"]

    with ctx.db.write() as session:                                # what must never be there
        session.merge(SettingRow(key="source.password", value="mat-khau-xa"))
        session.merge(SyncState(key="zalo.tokens", value={"access_token": "tok-123",
                                                          "expires_at": 1}))
        session.merge(SettingRow(key="backup.offsite_dir",
                                 value="smb://canbo:mk-chia-se@may-chu/saoluu"))
    (data_dir / FILE_NAME).write_text(json.dumps({"database": url}), encoding="utf-8")
    monkeypatch.setenv(DATABASE_ENV, url)
    SecretStore(str(data_dir.resolve())).delete(password_name(parsed))
    at_rest = checks(capsys, "--data-dir", str(data_dir))["secrets_at_rest"]
    assert at_rest["status"] == "warn"
    detail = at_rest["detail"]
    for where in ("setting source.password", "state zalo.tokens, access_token",
                  "setting backup.offsite_dir", f"{FILE_NAME} holds the database password",
                  "not kept in the keyring"):
        assert where in detail, (where, detail)
    assert "expires_at" not in detail
    for secret in ("mat-khau-xa", "tok-123", "mk-chia-se", "thu-nghiem"):
        assert secret not in detail
