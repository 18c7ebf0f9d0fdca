"""Two consoles on one data folder: the second window refuses, nothing is corrupted, and the
command line can still read meanwhile. Every process here is a real one."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from console.app import open_station
from console.services.users import UserService
from console.ui.launch import EXIT_ALREADY_OPEN

pytestmark = pytest.mark.slow

# The first console: holds the folder's lock the way the window does and keeps writing.
FIRST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from console.app import open_station
    from console.services import audit
    from console.services.permissions import SYSTEM
    from console.app.instance_lock import acquire_instance_lock
    root = Path(sys.argv[1])
    lock = acquire_instance_lock(root)
    assert lock is not None
    ctx = open_station(root)
    stop = Path(sys.argv[2])
    print("ready", flush=True)
    n = 0
    while not stop.exists():            # writes until the test says stop
        with ctx.db.write() as session:
            audit.record(session, SYSTEM, "test.write", str(n))
        n += 1
        time.sleep(0.01)
    ctx.close()
    lock.unlock()
    print("done", n, flush=True)
""")

# The second: the real window start, with the refusal box printed instead of shown.
SECOND = textwrap.dedent("""
    import sys
    from pathlib import Path
    from console.ui import launch
    launch.show_message = lambda title, text, details=None: print("REFUSED:", text, flush=True)
    sys.exit(launch.run_gui(Path(sys.argv[1]), demo=False))
""")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")
            if p.is_file() and not p.name.startswith("console.sqlite3")
            and p.suffix not in {".log", ".lock"} and "logs" not in p.parts}


def test_second_window_refuses_while_the_first_writes(data_dir: Path) -> None:
    ctx = open_station(data_dir)
    UserService(ctx.db).create_first_admin("admin", "mat-khau-quan-tri")
    ctx.close()
    stop = data_dir.parent / "stop-writing"
    first = subprocess.Popen([sys.executable, "-c", FIRST, str(data_dir), str(stop)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=_env())
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        before = _listing(data_dir)
        second = subprocess.run([sys.executable, "-c", SECOND, str(data_dir)],
                                capture_output=True, text=True, env=_env(), timeout=120)
        assert second.returncode == EXIT_ALREADY_OPEN, second.stderr
        assert "REFUSED:" in second.stdout and "already open" in second.stdout
        assert _listing(data_dir) == before          # no backup, no migration, no new file
        # Meanwhile the command line still reads the station.
        cli = subprocess.run([sys.executable, "-m", "console", "--data-dir", str(data_dir),
                              "users", "list", "--json"],
                             capture_output=True, text=True, env=_env(), timeout=120)
        assert cli.returncode == 0, cli.stderr
        assert '"admin"' in cli.stdout
        assert first.poll() is None, "the first console should still be writing"
        stop.touch()
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        writes = int(out.split("done")[1])
        assert writes > 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    conn = sqlite3.connect(data_dir / "console.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        written = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'test.write'").fetchone()[0]
    finally:
        conn.close()
    assert written == writes                          # not one write lost


def test_the_lock_goes_with_a_killed_window(data_dir: Path) -> None:
    """A power cut or a killed process leaves no lock that refuses the next start."""
    never = data_dir.parent / "never"
    first = subprocess.Popen([sys.executable, "-c", FIRST, str(data_dir), str(never)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=_env())
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        time.sleep(0.3)
    finally:
        first.kill()
        first.wait()
    from console.app.instance_lock import acquire_instance_lock

    lock = acquire_instance_lock(data_dir)
    assert lock is not None, "a dead process's lock must not refuse the window"
    lock.unlock()
    ctx = open_station(data_dir)             # and the database survived the kill
    ctx.close()
