"""Emergencies on Debian's icecast2, started and stopped by the real command line.

`emergency start` runs as a process of its own and exits; the alert must stay on air until
`emergency stop` (a keeper process holds the source). Clusters tune to the emergency mount,
which plays the normal one between emergencies: one that (re)connects during an emergency
hears the alert. `doctor` checks that layout on the server.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.audio.ffmpeg import ffmpeg_path
from console.delivery.adapters import TargetInfo
from console.delivery.adapters.icecast import IcecastAdapter
from console.media.store import MediaStore
from console.services.device_registry import import_device_rows
from console.services.doctor import stream_checks
from console.services.users import UserService
from console.station import StationContext
from tests.support.delivery import ADMIN, wait_for

from .icecast_server import (
    EMERGENCY_MOUNT,
    MAIN,
    URGENT,
    IcecastServer,
    IcecastUnavailable,
    Listener,
    running_icecast,
)

pytestmark = pytest.mark.slow

ALERT = "Khẩn cấp: lũ quét ở thôn Đắk Rơ, sơ tán ngay"
PROGRAMME = "Chương trình phát thanh buổi sáng"
HOLD_S = 12.0  # how long after `emergency start` returned the alert must still be heard
ROOT = Path(__file__).resolve().parents[2]


def _server(mounts: str | None = None):  # type: ignore[no-untyped-def]
    try:
        return running_icecast(mounts)
    except IcecastUnavailable as exc:
        pytest.skip(str(exc))


def _register(ctx: StationContext, server: IcecastServer, target: str = "ic-01") -> None:
    report = import_device_rows(ctx, [{
        "id": target, "kind": "cluster", "name": "Đài truyền thanh xã", "village": "",
        "latitude": "", "longitude": "", "protocol": "icecast", "address": server.url,
        "device_id": "", "key": server.source_password, "groups": "",
        "options": f"mount={MAIN}; emergency_mount={URGENT}"}], ADMIN)
    assert not report.errors, report.errors


def _cli(ctx: StationContext, keyring_store: dict, *args: str) -> tuple[int, str, float]:  # type: ignore[type-arg]
    """The real command line as a process of its own; (exit code, output, seconds)."""
    env = {**os.environ, "COMMUNE_TEST_KEYRING_ENTRIES": json.dumps(
        [[service, name, value] for (service, name), value in keyring_store.items()])}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "tests.peers.cli_child", "--data-dir",
                           str(ctx.paths.root), *args, "--as", "admin", "--password-stdin"],
                          input="quantri-1\n", text=True, capture_output=True, env=env,
                          cwd=ROOT, timeout=120)
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started


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


def test_cli_emergency_holds_until_stopped_and_reaches_late_listeners(  # type: ignore[no-untyped-def]
        ctx, icecast, memory_keyring, capsys) -> None:
    UserService(ctx.db).create_first_admin("admin", "quantri-1", "Quản trị")
    _register(ctx, icecast)
    adapter = IcecastAdapter(TargetInfo("ic-01", "loudspeaker_cluster", "icecast", icecast.url,
                                        options={"mount": MAIN, "emergency_mount": URGENT}),
                             icecast.source_password, MediaStore(ctx.paths.media), timeout_s=5)
    # The morning programme on the normal mount; a cluster tuned (as documented) to the
    # emergency mount hears it through the fallback, a web listener on the normal mount too.
    adapter.command({"id": "p1", "type": "play_now", "media": [_tone(ctx, 440, 120)],
                     "title": PROGRAMME})
    cluster, web = Listener(f"{icecast.url}{URGENT}"), Listener(f"{icecast.url}{MAIN}")
    cluster.start()
    web.start()
    late = late_web = None
    timings: dict[str, float] = {}
    try:
        assert wait_for(lambda: cluster.title == PROGRAMME and web.title == PROGRAMME, 15), (
            cluster.titles, web.titles, cluster.error)

        t0 = time.monotonic()
        code, out, took = _cli(ctx, memory_keyring.store, "emergency", "start", "--text", ALERT)
        returned = time.monotonic()
        assert code == 0, out
        assert "1 of 1 targets acknowledged" in out
        timings["emergency start command (s)"] = took
        # The command has exited; the alert stays on air for as long as nobody stops it.
        assert wait_for(lambda: cluster.title == ALERT and web.title == ALERT, 10), (
            cluster.titles[-3:], web.titles[-3:])
        timings["start → cluster hears the alert (s)"] = cluster.heard_at[ALERT] - t0
        timings["start → web listener hears the alert (s)"] = web.heard_at[ALERT] - t0
        # A cluster that reconnects during the emergency (3G) tunes to the emergency mount
        # and hears the alert; a listener that joins the normal mount does not.
        late, late_web = Listener(f"{icecast.url}{URGENT}"), Listener(f"{icecast.url}{MAIN}")
        joined = time.monotonic()
        late.start()
        late_web.start()
        assert wait_for(lambda: late.title == ALERT, 10), (late.titles, late.error)
        timings["late cluster joins → hears the alert (s)"] = late.heard_at[ALERT] - joined
        assert wait_for(lambda: late_web.title == PROGRAMME, 10), late_web.titles
        # Held: for HOLD_S after the command returned, the clusters keep receiving audio
        # of the emergency mount, which stays on air.
        gaps, last, audio = [], time.monotonic(), cluster.audio
        while time.monotonic() - returned < HOLD_S:
            time.sleep(0.5)
            assert URGENT in adapter.status_json(), "the emergency source is gone"
            assert cluster.title == ALERT and late.title == ALERT and web.title == ALERT
            if cluster.audio > audio:
                gaps.append(time.monotonic() - last)
                last, audio = time.monotonic(), cluster.audio
        timings["held after the command returned (s)"] = time.monotonic() - returned
        timings["longest audio gap while held (s)"] = max(gaps)
        assert max(gaps) < 3.0 and cluster.error is None and late.error is None
        assert web.error is None and _mounts(adapter).get(URGENT, 0) >= 3  # cluster, web, late
        assert adapter.running(URGENT) is not None

        t1 = time.monotonic()
        code, out, took = _cli(ctx, memory_keyring.store, "emergency", "stop")
        assert code == 0, out
        timings["emergency stop command (s)"] = took
        back = {"cluster": cluster, "late cluster": late, "web": web}
        assert wait_for(lambda: all(lst.titles[-1:] == [PROGRAMME] for lst in back.values()),
                        15), {k: v.titles[-3:] for k, v in back.items()}
        timings["stop → cluster back on the programme (s)"] = min(
            t for title, t in cluster.changes if title == PROGRAMME and t > t1) - t1
        assert wait_for(lambda: URGENT not in adapter.status_json(), 5)
        assert adapter.running(URGENT) is None
        assert all(lst.error is None for lst in back.values())
    finally:
        for listener in (cluster, web, late, late_web):
            if listener is not None:
                listener.stop.set()
        adapter.command({"id": "p2", "type": "stop"})
    with capsys.disabled():
        print("\nIcecast emergency timings (icecast2, loopback):")
        for name, value in timings.items():
            print(f"  {name:48s} {value:6.2f}")


def _mounts(adapter: IcecastAdapter) -> dict[str, int]:
    return {m: int(v.get("listeners") or 0) for m, v in adapter.status_json().items()}


def test_an_emergency_source_the_server_drops_comes_back(  # type: ignore[no-untyped-def]
        ctx, icecast) -> None:
    """The keeper is supervised: when Icecast drops the emergency source (here its admin
    kills it), the keeper reconnects and the alert is back on air, same process."""
    import requests

    adapter = IcecastAdapter(TargetInfo("ic-01", "loudspeaker_cluster", "icecast", icecast.url,
                                        options={"mount": MAIN, "emergency_mount": URGENT}),
                             icecast.source_password, MediaStore(ctx.paths.media), timeout_s=5)
    adapter.command({"id": "e1", "emergency_id": "e1", "type": "emergency_start",
                     "media": [_tone(ctx, 1000, 3)], "title": ALERT, "text": ALERT})
    kept = adapter.running(URGENT)
    assert kept is not None and wait_for(lambda: URGENT in adapter.status_json(), 5)
    killed = requests.get(f"{icecast.url}/admin/killsource", params={"mount": URGENT},
                          auth=("admin", icecast.admin_password), timeout=5)
    assert killed.status_code == 200, killed.text
    t0 = time.monotonic()
    assert wait_for(lambda: URGENT not in adapter.status_json(), 5, step=0.05)
    assert wait_for(lambda: URGENT in adapter.status_json(), 15), "the keeper did not reconnect"
    back = time.monotonic() - t0
    logs = "".join(f.read_text(errors="replace") for f in adapter.streams_dir.glob("*.log"))
    assert wait_for(lambda: adapter.status_json()[URGENT].get("title") == ALERT, 5), (
        adapter.status_json(), logs)
    listener = Listener(f"{icecast.url}{URGENT}")
    listener.start()
    try:
        assert wait_for(lambda: listener.title == ALERT, 10), (listener.titles, listener.error)
    finally:
        listener.stop.set()
    again = adapter.running(URGENT)
    assert again is not None and again.pid == kept.pid, "a new process instead of the keeper"
    adapter.command({"id": "e2", "emergency_id": "e1", "type": "emergency_stop"})
    assert wait_for(lambda: URGENT not in adapter.status_json(), 5)
    assert adapter.running(URGENT) is None
    assert back < 10, f"back on air after {back:.1f} s"


def test_doctor_checks_the_mount_layout(ctx, icecast) -> None:  # type: ignore[no-untyped-def]
    _register(ctx, icecast)
    checks = stream_checks(ctx)
    assert [(c.name, c.status) for c in checks] == [("icecast_mounts", "ok")], checks
    assert "hear /xa.mp3 between emergencies" in checks[0].detail
    # Nothing of the probe is left on the server.
    assert wait_for(lambda: not IcecastAdapter(
        TargetInfo("ic-01", "cluster", "icecast", icecast.url, options={"mount": MAIN}),
        icecast.source_password, MediaStore(ctx.paths.media)).status_json(), 5)

    no_override = EMERGENCY_MOUNT.format(urgent=URGENT, main=MAIN).replace(
        "<fallback-override>1</fallback-override>", "")
    for mounts, problem in (("", "does not fall back"), (no_override, "no fallback-override")):
        with _server(mounts) as server:
            _register(ctx, server, "ic-01")
            checks = stream_checks(ctx)
            assert [c.status for c in checks] == ["fail"], checks
            assert problem in checks[0].detail and "<fallback-override>1" in checks[0].detail
