"""Debian's icecast2 as a test peer: started on a free loopback port with its own config.

The server runs unprivileged (as the icecast2 user when the tests run as root). The
emergency mount falls back to the normal one with fallback-override: the layout that
docs/delivery.md asks of a station's server.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

MAIN, URGENT = "/xa.mp3", "/khancap.mp3"
ICECAST = shutil.which("icecast2") or shutil.which("icecast")

CONFIG = """<icecast>
  <location>Xã thử nghiệm</location>
  <admin>admin@localhost</admin>
  <hostname>127.0.0.1</hostname>
  <limits>
    <clients>20</clients><sources>4</sources><queue-size>524288</queue-size>
    <client-timeout>30</client-timeout><header-timeout>15</header-timeout>
    <source-timeout>10</source-timeout><burst-on-connect>1</burst-on-connect>
    <burst-size>16384</burst-size>
  </limits>
  <authentication>
    <source-password>{source}</source-password>
    <relay-password>{admin}</relay-password>
    <admin-user>admin</admin-user><admin-password>{admin}</admin-password>
  </authentication>
  <listen-socket><port>{port}</port><bind-address>127.0.0.1</bind-address></listen-socket>
{mounts}
  <fileserve>1</fileserve>
  <paths>
    <basedir>/usr/share/icecast2</basedir>
    <logdir>{logs}</logdir>
    <webroot>/usr/share/icecast2/web</webroot>
    <adminroot>/usr/share/icecast2/admin</adminroot>
  </paths>
  <logging>
    <accesslog>access.log</accesslog><errorlog>error.log</errorlog><loglevel>3</loglevel>
  </logging>
  <security><chroot>0</chroot></security>
</icecast>
"""

# The documented layout: clusters tune to the emergency mount, which plays the normal one
# while no emergency source is connected (fallback-override brings listeners back to it).
EMERGENCY_MOUNT = """  <mount type="normal">
    <mount-name>{urgent}</mount-name>
    <fallback-mount>{main}</fallback-mount>
    <fallback-override>1</fallback-override>
  </mount>"""


@dataclass
class IcecastServer:
    url: str
    source_password: str
    admin_password: str
    config: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class IcecastUnavailable(Exception):
    pass


@contextlib.contextmanager
def running_icecast(mounts: str | None = None) -> Iterator[IcecastServer]:
    """A running icecast2; `mounts` is the <mount> XML (default: the documented layout)."""
    if ICECAST is None:
        raise IcecastUnavailable(
            "icecast2 is not installed (Debian/Ubuntu: apt-get install icecast2)")
    folder = Path(tempfile.mkdtemp(prefix="icecast-test-"))
    folder.chmod(0o755)
    logs = folder / "log"
    logs.mkdir()
    port, source, admin = free_port(), secrets.token_hex(8), secrets.token_hex(8)
    config = folder / "icecast.xml"
    if mounts is None:
        mounts = EMERGENCY_MOUNT.format(urgent=URGENT, main=MAIN)
    config.write_text(CONFIG.format(source=source, admin=admin, port=port, mounts=mounts,
                                    logs=logs), encoding="utf-8")
    config.chmod(0o644)
    cmd = [ICECAST, "-c", str(config)]
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # icecast refuses to run as root
        import pwd

        user = "icecast2"
        try:
            entry = pwd.getpwnam(user)
        except KeyError:
            user, entry = "nobody", pwd.getpwnam("nobody")
        os.chown(logs, entry.pw_uid, entry.pw_gid)
        cmd = ["runuser", "-u", user, "--", *cmd]
    base = f"http://127.0.0.1:{port}"
    proc = None
    try:
        # icecast2 2.4.4 now and then crashes while it starts (in its XSLT status pages,
        # asked too early): readiness is read from /admin/stats (plain XML), and a server
        # that died while starting is started once more.
        for attempt in (1, 2):
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 10
            while proc.poll() is None and time.monotonic() < deadline:
                with contextlib.suppress(requests.RequestException):
                    stats = requests.get(f"{base}/admin/stats", auth=("admin", admin),
                                         timeout=1)
                    if stats.status_code == 200 and b"<server_id>" in stats.content:
                        break
                time.sleep(0.2)
            else:
                if proc.poll() is None:
                    proc.kill()
                err = proc.communicate(timeout=5)[1].decode(errors="replace")
                log_text = "".join(p.read_text(errors="replace") for p in logs.glob("*.log"))
                if attempt == 2:
                    raise RuntimeError(f"icecast2 did not start: {err} {log_text[-2000:]}")
                continue
            break
        time.sleep(0.3)  # its status pages are filled in just after
        yield IcecastServer(base, source, admin, config)
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        shutil.rmtree(folder, ignore_errors=True)


class Listener(threading.Thread):
    """A cluster tuned to a mount, reading audio and in-stream (ICY) titles, with the time
    each title was first heard."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.audio = 0
        self.titles: list[str] = []
        self.heard_at: dict[str, float] = {}  # title -> time.monotonic() first heard
        self.changes: list[tuple[str, float]] = []  # (title, when it began)
        self.status = 0
        self.stop = threading.Event()
        self.error: Exception | None = None

    @property
    def title(self) -> str:
        return self.titles[-1] if self.titles else ""

    def run(self) -> None:
        try:
            with requests.get(self.url, headers={"Icy-MetaData": "1"}, stream=True,
                              timeout=10) as resp:
                self.status = resp.status_code
                resp.raise_for_status()
                every = int(resp.headers["icy-metaint"])
                raw = resp.raw
                while not self.stop.is_set():
                    left = every
                    while left:
                        chunk = raw.read(min(left, 4096))
                        if not chunk:
                            return
                        self.audio += len(chunk)
                        left -= len(chunk)
                    size = raw.read(1)[0] * 16
                    if size:
                        # In-stream (ICY) titles come as Latin-1 with HTML entities
                        # for everything beyond it.
                        meta = html.unescape(raw.read(size).rstrip(b"\0").decode("latin-1"))
                        title = meta.split("StreamTitle='", 1)[-1].split("';", 1)[0]
                        if not self.titles or self.titles[-1] != title:
                            self.changes.append((title, time.monotonic()))
                        self.titles.append(title)
                        self.heard_at.setdefault(title, time.monotonic())
        except Exception as exc:  # reported by the test
            self.error = exc
