"""`simulate source`, `login`, `sync --once --json` and `items list` as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.app import open_station
from console.services.users import UserService

LOCAL = "quantri-1"  # the local admin named with --as (the last line on standard input)


@pytest.fixture
def data_dir(data_dir: Path) -> Path:
    """A station with its admin: every command that changes it names a local user."""
    ctx = open_station(data_dir)
    UserService(ctx.db).create_first_admin("admin", LOCAL)
    ctx.close()
    return data_dir


def console(*args: str, stdin: str = "", timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "console", *args], input=stdin, text=True,
                          capture_output=True, timeout=timeout, env=dict(os.environ))


@pytest.fixture
def sim_process(sim_media_dir: Path):  # type: ignore[no-untyped-def]
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "simulate", "source", "--items", "300", "--seed", "7",
         "--media-dir", str(sim_media_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), url
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.mark.slow
def test_one_shot_sync_then_nothing_new(sim_process: str, data_dir: Path) -> None:
    args = ["--data-dir", str(data_dir), "sync", "--once", "--json", "--server", sim_process,
            "--user", "demo", "--as", "admin", "--password-stdin"]
    first = console(*args, stdin=f"demo\n{LOCAL}\n")
    assert first.returncode == 0, first.stderr
    figures = json.loads(first.stdout)
    assert set(figures) == {"items_added", "items_updated", "items_withdrawn", "items_rejected",
                            "files_downloaded", "files_failed", "bytes", "seconds",
                            "outbox_sent", "status"}
    assert figures["status"] == "complete"
    assert figures["items_added"] == 300 and figures["files_failed"] == 0
    assert figures["files_downloaded"] > 0
    second = json.loads(console(*args, stdin=f"demo\n{LOCAL}\n").stdout)
    assert (second["items_added"], second["files_downloaded"], second["bytes"]) == (0, 0, 0)
    listed = json.loads(console("--data-dir", str(data_dir), "items", "list", "--json").stdout)
    assert len(listed) == 300
    assert set(listed[0]) == {"id", "title", "kind", "priority", "language", "cached"}
    assert all(row["cached"] for row in listed)


def test_sync_failures_exit_nonzero_with_a_reason(sim_process: str, data_dir: Path) -> None:
    wrong = console("--data-dir", str(data_dir), "sync", "--once", "--server", sim_process,
                    "--user", "demo", "--as", "admin", "--password-stdin",
                    stdin=f"sai\n{LOCAL}\n")
    assert wrong.returncode != 0
    assert "refused" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1
    nobody = console("--data-dir", str(data_dir), "sync", "--once", "--server",
                     "http://127.0.0.1:9/api/v1", "--user", "demo", "--as", "admin",
                     "--password-stdin", stdin=f"demo\n{LOCAL}\n")
    assert nobody.returncode != 0 and "cannot reach" in nobody.stderr
    unset = console("--data-dir", str(data_dir), "sync", "--once", "--as", "admin",
                    "--password-stdin", stdin=f"{LOCAL}\n")
    assert unset.returncode != 0 and "login" in unset.stderr
    nobody_local = console("--data-dir", str(data_dir), "sync", "--once")
    assert nobody_local.returncode != 0 and "--as USER" in nobody_local.stderr


def test_login_stores_the_account(sim_process: str, data_dir: Path) -> None:
    result = console("--data-dir", str(data_dir), "login", "--server", sim_process, "--user",
                     "demo", "--as", "admin", "--password-stdin", "--json",
                     stdin=f"demo\n{LOCAL}\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["station"]["code"] == "DTT-24343"
    again = console("--data-dir", str(data_dir), "login", "--server", sim_process, "--user",
                    "demo", "--as", "admin", "--password-stdin", stdin=f"wrong\n{LOCAL}\n")
    assert again.returncode != 0 and "refused" in again.stderr
