"""The Icecast adapter against a real icecast2 on a free loopback port.

The server runs unprivileged (as the icecast2 user when the tests run as root). The
emergency mount falls back to the normal one with fallback-override, so a listener of the
normal mount is moved to the emergency source the moment it connects, and back after.
"""

from __future__ import annotations

import contextlib
import hashlib
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
from pathlib import Path

import pytest
import requests

from console.audio.ffmpeg import ffmpeg_path
from console.delivery.adapters import TargetInfo, TargetRefused
from console.delivery.adapters.icecast import IcecastAdapter, running_stream, stop_all_streams
from console.media.store import MediaStore
from console.station import StationContext

from .helpers import wait_for

pytestmark = pytest.mark.slow

MAIN, URGENT = "/xa.mp3", "/khancap.mp3"
TITLE = "Bản tin khẩn cấp: bão số 9 – Đắk Lắk"
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
  <mount type="normal">
    <mount-name>{urgent}</mount-name>
    <fallback-mount>{main}</fallback-mount>
    <fallback-override>1</fallback-override>
  </mount>
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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def icecast() -> Iterator[tuple[str, str]]:
    """A running icecast2: (base URL, source password)."""
    if ICECAST is None:
        pytest.skip("icecast2 is not installed (Debian/Ubuntu: apt-get install icecast2)")
    folder = Path(tempfile.mkdtemp(prefix="icecast-test-"))
    folder.chmod(0o755)
    logs = folder / "log"
    logs.mkdir()
    port, source = free_port(), secrets.token_hex(8)
    config = folder / "icecast.xml"
    config.write_text(CONFIG.format(source=source, admin=secrets.token_hex(8), port=port,
                                    urgent=URGENT, main=MAIN, logs=logs), encoding="utf-8")
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
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        def up() -> bool:  # right after start the status is briefly not yet valid JSON
            with contextlib.suppress(requests.RequestException, ValueError):
                stats = requests.get(f"{base}/status-json.xsl", timeout=1).json()
                return "server_id" in stats["icestats"]
            return False

        if not wait_for(up, timeout=10, step=0.1):
            proc.kill()
            err = proc.communicate(timeout=5)[1].decode(errors="replace")
            log_text = "".join(p.read_text(errors="replace") for p in logs.glob("*.log"))
            pytest.fail(f"icecast2 did not start: {err} {log_text[-2000:]}")
        yield base, source
    finally:
        stop_all_streams()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        shutil.rmtree(folder, ignore_errors=True)


class Listener(threading.Thread):
    """A cluster tuned to the normal mount, reading audio and ICY titles."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.audio = 0
        self.titles: list[str] = []
        self.stop = threading.Event()
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            with requests.get(self.url, headers={"Icy-MetaData": "1"}, stream=True,
                              timeout=10) as resp:
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
                        self.titles.append(title)
        except Exception as exc:  # reported by the test
            self.error = exc


def _tone(ctx: StationContext, freq: int, seconds: float) -> str:
    store = MediaStore(ctx.paths.media)
    tmp = ctx.paths.media / f"tone-{freq}.mp3"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(ffmpeg_path()), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency={freq}:duration={seconds}", "-ac", "1", "-b:a", "64k",
                    str(tmp)], check=True)
    sha = hashlib.sha256(tmp.read_bytes()).hexdigest()
    store.path(sha).parent.mkdir(parents=True, exist_ok=True)
    tmp.replace(store.path(sha))
    return sha


def _mounts(adapter: IcecastAdapter) -> dict[str, int]:
    return {m: int(s.get("listeners") or 0) for m, s in adapter.status_json().items()}


def test_emergency_takes_over_listeners_at_once(ctx, icecast) -> None:  # type: ignore[no-untyped-def]
    base, password = icecast
    info = TargetInfo("ic-01", "loudspeaker_cluster", "icecast", base,
                      options={"mount": MAIN, "emergency_mount": URGENT})
    adapter = IcecastAdapter(info, password, MediaStore(ctx.paths.media), timeout_s=5)
    assert adapter.status().online and adapter.status().status == "online"
    programme = _tone(ctx, 440, 60)
    alert = _tone(ctx, 1000, 3)
    adapter.command({"id": "p1", "type": "play_now", "media": [programme],
                     "title": "Chương trình phát thanh buổi sáng"})
    assert wait_for(lambda: MAIN in adapter.status_json(), timeout=5)
    listener = Listener(f"{base}{MAIN}")
    listener.start()
    try:
        assert wait_for(lambda: listener.audio > 8000, timeout=8), listener.error
        assert wait_for(lambda: _mounts(adapter).get(MAIN) == 1, timeout=3), _mounts(adapter)

        t0 = time.monotonic()
        adapter.command({"id": "e1", "emergency_id": "e1", "type": "emergency_start",
                         "media": [alert], "title": TITLE, "text": TITLE})
        moved = wait_for(lambda: _mounts(adapter).get(URGENT) == 1, timeout=5, step=0.05)
        took = time.monotonic() - t0
        assert moved and took < 2.0, f"listener moved after {took:.2f} s: {_mounts(adapter)}"
        assert _mounts(adapter).get(MAIN) == 0
        heard = listener.audio
        assert wait_for(lambda: listener.audio > heard + 8000, timeout=5), (  # still hearing
            listener.error)
        # The Vietnamese title reads back intact (sent with charset=UTF-8).
        assert adapter.status_json()[URGENT]["title"] == TITLE
        st = adapter.status()
        assert st.status == "playing" and st.now_playing == TITLE and "emergency" in st.detail
        assert wait_for(lambda: TITLE in listener.titles, timeout=8), listener.titles[-3:]
        # The emergency source loops until it is stopped (the alert is only 3 s long).
        time.sleep(3.5)
        assert running_stream(base, URGENT) is not None
        # A retry of the same emergency keeps the source it has.
        stream = running_stream(base, URGENT)
        adapter.command({"id": "e1", "emergency_id": "e1", "type": "emergency_start",
                         "media": [alert], "title": TITLE})
        assert running_stream(base, URGENT) is stream

        adapter.command({"id": "e2", "emergency_id": "e1", "type": "emergency_stop"})
        assert wait_for(lambda: _mounts(adapter).get(MAIN) == 1, timeout=5)
        assert wait_for(lambda: URGENT not in adapter.status_json(), timeout=5)
        heard = listener.audio
        assert wait_for(lambda: listener.audio > heard + 8000, timeout=5)  # normal again
        assert listener.error is None
    finally:
        listener.stop.set()
        adapter.command({"id": "p2", "type": "stop"})
    assert wait_for(lambda: MAIN not in adapter.status_json(), timeout=5)


def test_wrong_password_and_missing_mount(ctx, icecast) -> None:  # type: ignore[no-untyped-def]
    base, _password = icecast
    info = TargetInfo("ic-02", "loudspeaker_cluster", "icecast", base,
                      options={"mount": MAIN, "emergency_mount": URGENT})
    wrong = IcecastAdapter(info, "wrong", MediaStore(ctx.paths.media), timeout_s=5)
    with pytest.raises(TargetRefused, match="password"):
        wrong.command({"id": "e9", "type": "emergency_start", "media": [], "title": "Thử"})
    with pytest.raises(TargetRefused, match="mount"):
        IcecastAdapter(TargetInfo("ic-03", "loudspeaker_cluster", "icecast", base),
                       "x", MediaStore(ctx.paths.media))


def test_emergency_through_the_dispatcher(ctx, icecast) -> None:  # type: ignore[no-untyped-def]
    """Registered from the device list (password in the keyring), started and stopped as
    emergencies are: the source lives on after the job that started it."""
    from console.delivery.dispatcher import Dispatcher
    from console.services.device_registry import import_device_rows
    from console.services.live_commands import emergency_start, emergency_stop

    from .helpers import ADMIN, FAST_RETRY

    base, password = icecast
    report = import_device_rows(ctx, [{
        "id": "ic-01", "kind": "cluster", "name": "Đài truyền thanh xã", "village": "",
        "latitude": "", "longitude": "", "protocol": "icecast", "address": base,
        "device_id": "", "key": password, "groups": "",
        "options": f"mount={MAIN}; emergency_mount={URGENT}"}], ADMIN)
    assert not report.errors, report.errors
    dispatcher = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=5.0)
    try:
        _eid, jobs = emergency_start(ctx, ADMIN, text=TITLE)
        views = dispatcher.drain(jobs, timeout_s=20)
        assert [v.state for v in views] == ["delivered"], [v.detail for v in views]
        stream = running_stream(base, URGENT)
        assert stream is not None
        assert wait_for(lambda: URGENT in IcecastAdapter(
            TargetInfo("ic-01", "cluster", "icecast", base, options={"mount": MAIN}),
            password, MediaStore(ctx.paths.media)).status_json(), timeout=5)
        views = dispatcher.drain(emergency_stop(ctx, ADMIN)[1], timeout_s=20)
        assert [v.state for v in views] == ["delivered"]
        assert running_stream(base, URGENT) is None and not stream.alive
    finally:
        dispatcher.close()
