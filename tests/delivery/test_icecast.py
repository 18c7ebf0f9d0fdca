"""The Icecast adapter against a real icecast2 on a free loopback port.

The server (tests/peers/icecast_server.py) has the documented layout: the emergency mount
falls back to the normal one with fallback-override, so a listener of the normal mount is
moved to the emergency source the moment it connects, and back after.
"""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
import time
from collections.abc import Iterator

import pytest

from console.audio.ffmpeg import ffmpeg_path
from console.delivery.adapters import TargetInfo, TargetRefused
from console.delivery.adapters.icecast import IcecastAdapter
from console.delivery.icecast_keeper import kept_streams, stop_kept
from console.media.store import MediaStore
from console.paths import DataPaths
from console.station import StationContext
from tests.support.delivery import wait_for

from ..peers.icecast_server import MAIN, URGENT, IcecastUnavailable, Listener, running_icecast

pytestmark = pytest.mark.slow

TITLE = "Bản tin khẩn cấp: bão số 9 – Đắk Lắk"


@pytest.fixture
def icecast(ctx: StationContext) -> Iterator[tuple[str, str]]:
    """A running icecast2: (base URL, source password); streams left over are stopped."""
    try:
        with running_icecast() as server:
            try:
                yield server.url, server.source_password
            finally:
                stop_streams(ctx)
    except IcecastUnavailable as exc:
        pytest.skip(str(exc))


def stop_streams(ctx: StationContext) -> None:
    folder = DataPaths(ctx.paths.root).streams
    for kept in list(kept_streams(folder)):
        stop_kept(folder, kept.base, kept.mount)


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
        # The command returns once Icecast took the source (starting the keeper process
        # takes a moment on a loaded machine): from then on the listener moves at once.
        on_air = time.monotonic()
        moved = wait_for(lambda: _mounts(adapter).get(URGENT) == 1, timeout=5, step=0.05)
        took = time.monotonic() - on_air
        assert moved and took < 2.0, f"listener moved after {took:.2f} s: {_mounts(adapter)}"
        assert on_air - t0 < 20.0, f"emergency_start took {on_air - t0:.1f} s"
        assert _mounts(adapter).get(MAIN) == 0
        heard = listener.audio
        assert wait_for(lambda: listener.audio > heard + 8000, timeout=5), (  # still hearing
            listener.error)
        # The Vietnamese title reads back intact (sent with charset=UTF-8), and so does the
        # stream's name (Ice-Name in Latin-1 with character references, as Icecast reads it).
        assert adapter.status_json()[URGENT]["title"] == TITLE
        assert adapter.status_json()[URGENT]["server_name"] == TITLE
        st = adapter.status()
        assert st.status == "playing" and st.now_playing == TITLE and "emergency" in st.detail
        assert wait_for(lambda: TITLE in listener.titles, timeout=8), listener.titles[-3:]
        # The emergency source loops until it is stopped (the alert is only 3 s long).
        time.sleep(3.5)
        stream = adapter.running(URGENT)
        assert stream is not None and stream.tag == "e1"
        # A retry of the same emergency keeps the source it has.
        adapter.command({"id": "e1", "emergency_id": "e1", "type": "emergency_start",
                         "media": [alert], "title": TITLE})
        again = adapter.running(URGENT)
        assert again is not None and again.pid == stream.pid

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
    from tests.support.delivery import ADMIN, FAST_RETRY

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
        adapter = IcecastAdapter(TargetInfo("ic-01", "cluster", "icecast", base,
                                            options={"mount": MAIN}),
                                 password, MediaStore(ctx.paths.media))
        stream = adapter.running(URGENT)
        assert stream is not None
        assert wait_for(lambda: URGENT in IcecastAdapter(
            TargetInfo("ic-01", "cluster", "icecast", base, options={"mount": MAIN}),
            password, MediaStore(ctx.paths.media)).status_json(), timeout=5)
        views = dispatcher.drain(emergency_stop(ctx, ADMIN)[1], timeout_s=20)
        assert [v.state for v in views] == ["delivered"]
        assert adapter.running(URGENT) is None
    finally:
        dispatcher.close()


def test_the_installed_app_keeps_a_stream_through_its_hidden_argument(ctx) -> None:  # type: ignore[no-untyped-def]
    """Frozen, there is no `python -m`: the executable's own entry point runs the keeper.

    The mount here reads headers as UTF-8 (`<charset>`), and the target says so: the stream's
    name arrives as typed, in the status page too."""
    import json
    import sys

    import requests

    from console.delivery.icecast_keeper import KEEPER_ARG, kept_stream

    mounts = (f"  <mount><mount-name>{MAIN}</mount-name><charset>UTF-8</charset></mount>")
    folder = DataPaths(ctx.paths.root).streams
    folder.mkdir(parents=True)
    try:
        with running_icecast(mounts) as server, _stopping(ctx):
            request = {"base": server.url, "mount": MAIN, "user": "source",
                       "password": server.source_password, "inputs": ["lavfi:sine=d=60"],
                       "loop": False, "title": TITLE, "charset": "UTF-8", "tag": "t1",
                       "folder": str(folder)}
            proc = subprocess.Popen([sys.executable, "-m", "console", KEEPER_ARG],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL)
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(request).encode())
            proc.stdin.close()
            assert json.loads(proc.stdout.readline())["ok"]
            kept = kept_stream(folder, server.url, MAIN)
            assert kept is not None and kept.pid == proc.pid and kept.tag == "t1"
            info = TargetInfo("ic-09", "cluster", "icecast", server.url,
                              options={"mount": MAIN})
            adapter = IcecastAdapter(info, server.source_password, MediaStore(ctx.paths.media))
            assert wait_for(lambda: MAIN in adapter.status_json(), 5)
            assert adapter.status_json()[MAIN]["server_name"] == TITLE
            # The HTML status page is rendered apart from the JSON one and has come without
            # the mount once in a loaded run: asked again for a few seconds.
            assert wait_for(lambda: TITLE.encode("utf-8") in requests.get(
                f"{server.url}/status.xsl", timeout=5).content, 5)
            assert stop_kept(folder, server.url, MAIN)
            assert proc.wait(5) == 0 and kept_stream(folder, server.url, MAIN) is None
    except IcecastUnavailable as exc:
        pytest.skip(str(exc))


@contextlib.contextmanager
def _stopping(ctx: StationContext) -> Iterator[None]:
    try:
        yield
    finally:
        stop_streams(ctx)


def test_ice_headers_in_the_mounts_charset() -> None:
    from console.delivery.icecast_keeper import ice_header_text, read_header_text

    latin = ice_header_text(TITLE)
    assert latin.decode("ascii", "replace").count("&#") > 5 and b"\n" not in latin
    assert read_header_text(latin.decode("latin-1")) == TITLE
    assert ice_header_text("Bão\r\nX: y") == "Bão X: y".encode("latin-1")  # no header split
    assert ice_header_text(TITLE, "UTF-8") == TITLE.encode("utf-8")


def test_a_relay_goes_out_on_the_mount(ctx, icecast, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Tiếp sóng through Icecast: the keeper pulls the radio's stream (a real HTTP server on
    127.0.0.1) and sends it on to the station's mount, where a listener hears it."""
    from tests.support.radio import PATH, serving_radio

    base, password = icecast
    info = TargetInfo("ic-01", "loudspeaker_cluster", "icecast", base,
                      options={"mount": MAIN, "emergency_mount": URGENT})
    adapter = IcecastAdapter(info, password, MediaStore(ctx.paths.media), timeout_s=5)
    with serving_radio(tmp_path) as radio:
        adapter.command({"id": "r1", "type": "play_now", "stream_url": radio + PATH,
                         "title": "Tiếp sóng Đài Tiếng nói Việt Nam"})
        assert wait_for(lambda: MAIN in adapter.status_json(), timeout=10)
        listener = Listener(f"{base}{MAIN}")
        listener.start()
        try:
            assert wait_for(lambda: listener.audio > 8000, timeout=10), listener.error
            assert adapter.status_json()[MAIN]["title"] == "Tiếp sóng Đài Tiếng nói Việt Nam"
        finally:
            listener.stop.set()
            adapter.command({"id": "r2", "type": "stop"})
    assert wait_for(lambda: MAIN not in adapter.status_json(), timeout=5)
