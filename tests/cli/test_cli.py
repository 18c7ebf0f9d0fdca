"""The command line as IT staff and scheduled tasks use it: real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "console", *args], input=stdin, capture_output=True, text=True,
        timeout=timeout, env=full_env,
    )


def test_version() -> None:
    from console import __version__

    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_doctor_json(data_dir: Path) -> None:
    result = run("--data-dir", str(data_dir), "doctor", "--json")
    assert result.returncode == 0, result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert {"python", "qt", "data_folder", "database", "ffmpeg", "qt_multimedia", "keyring",
            "disk"} <= set(checks)
    assert all(c["status"] in {"ok", "warn"} for c in checks.values()), checks
    assert checks["ffmpeg"]["status"] == "ok"
    assert checks["speech"]["status"] == "ok"  # the bundled espeak-ng reads Vietnamese


def test_users_add_first_admin_then_as_admin(data_dir: Path) -> None:
    d = ["--data-dir", str(data_dir)]
    refused = run("users", "add", "ed", "--role", "editor", "--password-stdin", *d,
                  stdin="pw-123456\n")
    assert refused.returncode != 0 and "first user" in refused.stderr
    assert run("users", "add", "boss", "--role", "admin", "--password-stdin", *d,
               stdin="admin-pw-1\n").returncode == 0
    no_actor = run("users", "add", "ed", "--role", "editor", "--password-stdin", *d,
                   stdin="pw-123456\n")
    assert no_actor.returncode != 0 and "--as" in no_actor.stderr
    wrong = run("users", "add", "ed", "--role", "editor", "--password-stdin", "--as", "boss",
                *d, stdin="pw-123456\nnot-it\n")
    assert wrong.returncode != 0 and "wrong user name or password" in wrong.stderr
    ok = run("users", "add", "ed", "--role", "editor", "--password-stdin", "--as", "boss", *d,
             "--json", stdin="pw-123456\nadmin-pw-1\n")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout) == {"username": "ed", "role": "editor"}
    listed = json.loads(run("users", "list", "--json", *d).stdout)
    assert [(u["username"], u["role"]) for u in listed] == [("boss", "admin"), ("ed", "editor")]
    log_text = (data_dir / "logs" / "console.log").read_text(encoding="utf-8")
    assert "admin-pw-1" not in log_text and "pw-123456" not in log_text


def test_data_dir_from_environment(tmp_path: Path) -> None:
    home = tmp_path / "from-env"
    result = run("users", "add", "boss", "--role", "admin", "--password-stdin",
                 stdin="admin-pw-1\n", env={"COMMUNE_CONSOLE_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "console.sqlite3").exists()


def test_future_database_refused_by_cli(data_dir: Path) -> None:
    import hashlib
    import sqlite3

    assert run("users", "list", "--data-dir", str(data_dir)).returncode == 0
    db = data_dir / "console.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run("users", "list", "--data-dir", str(data_dir))
    assert result.returncode != 0
    assert "newer version" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("argv", [["users"], ["nonsense"]])
def test_bad_usage_exits_nonzero(argv: list[str]) -> None:
    assert run(*argv).returncode != 0
