"""`simulate source`, `login`, `sync --once --json` and `items list` as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


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
            "--user", "demo", "--password-stdin"]
    first = console(*args, stdin="demo\n")
    assert first.returncode == 0, first.stderr
    figures = json.loads(first.stdout)
    assert set(figures) == {"items_added", "items_updated", "items_withdrawn", "items_rejected",
                            "files_downloaded", "files_failed", "bytes", "seconds",
                            "outbox_sent", "status"}
    assert figures["status"] == "complete"
    assert figures["items_added"] == 300 and figures["files_failed"] == 0
    assert figures["files_downloaded"] > 0
    second = json.loads(console(*args, stdin="demo\n").stdout)
    assert (second["items_added"], second["files_downloaded"], second["bytes"]) == (0, 0, 0)
    listed = json.loads(console("--data-dir", str(data_dir), "items", "list", "--json").stdout)
    assert len(listed) == 300
    assert set(listed[0]) == {"id", "title", "kind", "priority", "language", "cached"}
    assert all(row["cached"] for row in listed)


def test_sync_failures_exit_nonzero_with_a_reason(sim_process: str, data_dir: Path) -> None:
    wrong = console("--data-dir", str(data_dir), "sync", "--once", "--server", sim_process,
                    "--user", "demo", "--password-stdin", stdin="sai\n")
    assert wrong.returncode != 0
    assert "refused" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1
    nobody = console("--data-dir", str(data_dir), "sync", "--once", "--server",
                     "http://127.0.0.1:9/api/v1", "--user", "demo", "--password-stdin",
                     stdin="demo\n")
    assert nobody.returncode != 0 and "cannot reach" in nobody.stderr
    unset = console("--data-dir", str(data_dir), "sync", "--once")
    assert unset.returncode != 0 and "login" in unset.stderr


def test_login_stores_the_account(sim_process: str, data_dir: Path) -> None:
    result = console("--data-dir", str(data_dir), "login", "--server", sim_process, "--user",
                     "demo", "--password-stdin", "--json", stdin="demo\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["station"]["code"] == "DTT-24343"
    again = console("--data-dir", str(data_dir), "login", "--server", sim_process, "--user",
                    "demo", "--password-stdin", stdin="wrong\n")
    assert again.returncode != 0 and "refused" in again.stderr
