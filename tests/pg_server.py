"""A throwaway PostgreSQL server in a temporary folder, for tests and benchmarks.

Debian's server binaries (postgresql package) run a cluster of their own on a free
loopback port; it is stopped and deleted afterwards. PostgreSQL refuses to run as root, so
when the tests run as root the cluster belongs to the `postgres` user. Connections over
TCP need the password (scram), as on a station's server; the local socket is trusted.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PASSWORD = "thu-nghiem"   # the throwaway cluster's superuser password
USER = "postgres"


def server_bin() -> Path | None:
    """The newest Debian PostgreSQL server's bin folder (or one on the PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name), reverse=True)
    if found:
        return Path(found[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ThrowawayServer:
    """`root`: a folder of its own that outlives the server (a benchmark keeps its data
    there and starts it again later); by default a temporary folder, deleted on stop()."""

    def __init__(self, root: Path | None = None) -> None:
        bin_dir = server_bin()
        if bin_dir is None:
            raise RuntimeError("no PostgreSQL server here: apt-get install postgresql")
        self.bin = bin_dir
        self.kept = root is not None
        if root is not None:
            root.mkdir(parents=True, exist_ok=True)
        self.root = root if root is not None else Path(tempfile.mkdtemp(prefix="console-pg-"))
        self.port = _free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, USER)
            self._as_user = ["runuser", "-u", USER, "--"]
        self.data = self.root / "data"

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> ThrowawayServer:
        if not (self.data / "PG_VERSION").exists():
            pwfile = self.root / "pw"
            pwfile.write_text(PASSWORD + "\n")
            if self._as_user:
                shutil.chown(pwfile, USER)
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "-E",
                      "UTF8", "--locale=C.UTF-8", "--auth-local=trust",
                      "--auth-host=scram-sha-256", f"--pwfile={pwfile}")
        # Speed over durability: a throwaway cluster never survives a crash anyway.
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200 -c shared_buffers=128MB")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")
        return self

    def url(self, database: str = "postgres", *, password: bool = True) -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql+psycopg://{USER}{secret}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run a statement outside a transaction (CREATE / DROP DATABASE)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, password=PASSWORD,
                             dbname=database, autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data),
                      "-m", "fast" if self.kept else "immediate", "-w", "stop")
        if self.kept:
            return
        for _ in range(20):
            shutil.rmtree(self.root, ignore_errors=True)
            if not self.root.exists():
                break
            time.sleep(0.1)
