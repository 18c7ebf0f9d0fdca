"""Anthias boards (signage API v2) against the Anthias simulator: real HTTP on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from console.audio.ffmpeg import ffmpeg_path
from console.delivery.adapters import AnthiasAdapter, TargetInfo, TargetOffline, TargetRefused
from console.delivery.adapters.anthias import sniff
from console.delivery.dispatcher import Dispatcher
from console.media.store import MediaStore
from console.models import DeliveryJob, MediaBlob
from console.models.base import utcnow
from console.services.live_commands import emergency_start, emergency_stop
from console.sim.devices import DeviceFleet, FleetConfig
from console.sim.devices.anthias import AnthiasBoard, AnthiasSimulator
from console.station import StationContext
from console.timezone import STATION_TZ
from tests.support.delivery import ADMIN, FAST_RETRY, make_programme, register

AUTH = (b"admin", "mật-khẩu".encode())
NOTICE = ("Thông báo của UBND xã về lịch tiêm chủng mở rộng tháng 12: các gia đình có trẻ "
          "dưới 5 tuổi đưa trẻ đến Trạm y tế xã từ 7 giờ 30 sáng thứ Hai. "
          "Mang theo sổ tiêm chủng và thẻ bảo hiểm y tế.")


def _cache(ctx: StationContext, data: bytes, mime: str) -> str:
    store = MediaStore(ctx.paths.media)
    sha = hashlib.sha256(data).hexdigest()
    store.path(sha).parent.mkdir(parents=True, exist_ok=True)
    store.path(sha).write_bytes(data)
    with ctx.db.write() as session:
        session.merge(MediaBlob(sha256=sha, size=len(data), state="ready", bytes_done=len(data),
                                verified_at=utcnow(), duration_s=12.0, mime=mime))
    return sha


def _png(qapp) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b6e3a"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _mp4(tmp_path: Path) -> bytes:
    out = tmp_path / "clip.mp4"
    subprocess.run([str(ffmpeg_path()), "-v", "error", "-y", "-f", "lavfi", "-i",
                    "color=c=blue:s=160x90:d=1", "-pix_fmt", "yuv420p", str(out)], check=True)
    return out.read_bytes()


def _adapter(ctx: StationContext, sim: AnthiasSimulator, board: AnthiasBoard,
             key: str | None, **options: object) -> AnthiasAdapter:
    info = TargetInfo(board.board_id, "bulletin_board", "anthias",
                      sim.board_url(board.board_id), options=dict(options))
    return AnthiasAdapter(info, key, MediaStore(ctx.paths.media), timeout_s=5.0)


def _schedule(entries: list[dict], version: int = 5) -> dict:
    return {"version": version, "timezone": "Asia/Ho_Chi_Minh", "entries": entries}


def test_schedule_becomes_assets_idempotently(ctx, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    png = _cache(ctx, _png(qapp), "image/png")
    mp4 = _cache(ctx, _mp4(tmp_path), "video/mp4")
    mp3 = _cache(ctx, b"ID3\x03\x00" + bytes(2000), "audio/mpeg")
    assert sniff(MediaStore(ctx.paths.media).path(mp4).read_bytes()[:16]) == ("video", ".mp4")
    board = AnthiasBoard("bd-01", "Bảng tin UBND xã", user="admin", password="mật-khẩu",
                         width=1280, height=720)
    tomorrow = dt.datetime.now(STATION_TZ).date() + dt.timedelta(days=1)
    once = {"id": "prog-1-v1-r0", "start": dt.datetime.combine(
        tomorrow, dt.time(8, 0), STATION_TZ).isoformat(), "media": [png, mp4, mp3],
        "durations": [0, 12.0, 30.0], "titles": ["Ảnh trụ sở", "Phim tuyên truyền", "Bản tin"],
        "text": [NOTICE], "priority": "normal", "repeat": "once", "weekdays": [],
        "end_date": None, "title": "Lịch tiêm chủng tháng 12"}
    weekly = {"id": "prog-2-v3-r0", "start": dt.datetime.combine(
        tomorrow, dt.time(18, 30), STATION_TZ).isoformat(), "media": [png], "durations": [0],
        "titles": ["Giờ phát thanh buổi tối"], "text": [], "priority": "normal",
        "repeat": "weekly", "weekdays": [1, 3, 5], "end_date": "2027-01-31",
        "title": "Giờ phát thanh buổi tối"}
    with AnthiasSimulator([board]) as sim:
        # Somebody's own asset on the board: the console never touches it.
        own = requests.post(f"{sim.board_url('bd-01')}/api/v2/assets", auth=AUTH,
                            json={"name": "Quảng cáo HTX", "uri": "https://example.invalid/x",
                                  "mimetype": "webpage", "start_date": "2026-01-01T00:00:00Z",
                                  "end_date": "2030-01-01T00:00:00Z", "duration": 15,
                                  "skip_asset_check": True}, timeout=5).json()
        adapter = _adapter(ctx, sim, board, "admin:mật-khẩu", resolution="1280x720",
                           window_min=45)
        out = adapter.deliver(_schedule([once, weekly]))
        assets = board.ordered()
        ours = [a for a in assets if "[cbc:" in a["name"]]
        # png + video + the notice (one page at 1280×720) for the first entry, png again
        assert [a["mimetype"] for a in ours] == ["image", "video", "image", "image"]
        assert assets[-1]["asset_id"] == own["asset_id"]  # the owner's asset plays after ours
        assert ours[0]["name"].startswith("Ảnh trụ sở [cbc:s:prog-1-v1-r0:0:")
        # a video goes with duration 0 (Anthias refuses any other) and the board measures it
        assert ours[1]["duration"] == 1 and ours[0]["duration"] == 10
        assert all(a["skip_asset_check"] is False and a["is_enabled"] for a in ours)
        # one upload per asset (creating one takes the file): the png twice, mp4, the notice
        assert board.uploads == 4 and len({a["uri"] for a in ours}) == 4
        assert out.bytes_sent == sum(len(b) for b in board.files.values())
        assert sorted(out.media_sent) == sorted([png, mp4]) and out.version == 5
        notice = QImage.fromData(board.files[ours[2]["uri"]])
        assert (notice.width(), notice.height()) == (1280, 720)
        # windows: the one-off shows from 08:00 for at least a day; the weekly one on
        # Monday, Wednesday and Friday from 18:30 for 45 minutes until 31 January, station
        # time, which the board (in UTC) reads as 11:30 to 12:15
        start = dt.datetime.fromisoformat(ours[0]["start_date"].replace("Z", "+00:00"))
        assert start.astimezone(STATION_TZ).time() == dt.time(8, 0)
        assert ours[0]["play_days"] == [1, 2, 3, 4, 5, 6, 7] and ours[0]["play_time_from"] is None
        assert ours[3]["play_days"] == [1, 3, 5]
        assert (ours[3]["play_time_from"], ours[3]["play_time_to"]) == ("11:30:00", "12:15:00")
        end = dt.datetime.fromisoformat(ours[3]["end_date"].replace("Z", "+00:00"))
        assert end.astimezone(STATION_TZ).date() == dt.date(2027, 1, 31)

        # The same schedule again changes nothing on the board and sends nothing.
        before = board.ordered()
        again = _adapter(ctx, sim, board, "admin:mật-khẩu", resolution="1280x720",
                         window_min=45).deliver(_schedule([once, weekly]))
        assert again.bytes_sent == 0 and board.uploads == 4 and board.ordered() == before
        assert "already" in str(again.notes[0])

        # An entry taken off the schedule: its assets go, the others stay as they were.
        adapter.deliver(_schedule([weekly], version=6))
        after = board.ordered()
        assert [a["asset_id"] for a in after] == [ours[3]["asset_id"], own["asset_id"]]
        assert adapter.status().online and adapter.status().firmware


def test_login_required_is_a_clear_refusal(ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    board = AnthiasBoard("bd-02", "Bảng tin chợ", user="admin", password="s3cret")
    with AnthiasSimulator([board]) as sim:
        bare = requests.get(f"{sim.board_url('bd-02')}/api/v2/assets", allow_redirects=False,
                            timeout=5)
        assert bare.status_code == 302 and "/login" in bare.headers["Location"]
        for key in (None, "admin:wrong"):
            with pytest.raises(TargetRefused, match="login"):
                _adapter(ctx, sim, board, key).assets()
        assert _adapter(ctx, sim, board, "s3cret", user="admin").assets() == []  # password only
        # an unreachable address, not skipped: Anthias answers 500, the adapter refuses
        resp = requests.post(f"{sim.board_url('bd-02')}/api/v2/assets", auth=("admin", "s3cret"),
                             json={"name": "x", "uri": "http://127.0.0.1:9/none.png",
                                   "mimetype": "image", "start_date": "2026-01-01T00:00:00Z",
                                   "end_date": "2026-02-01T00:00:00Z", "duration": 10,
                                   "skip_asset_check": False}, timeout=10)
        assert resp.status_code == 500
        board.online = False
        assert not _adapter(ctx, sim, board, "admin:s3cret").status().online
        with pytest.raises(TargetOffline):
            _adapter(ctx, sim, board, "admin:s3cret").assets()


def test_emergency_and_play_now_on_a_board(ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    board = AnthiasBoard("bd-03", "Bảng tin trường học")
    with AnthiasSimulator([board]) as sim:
        adapter = _adapter(ctx, sim, board, None)
        tomorrow = dt.datetime.now(STATION_TZ) + dt.timedelta(days=1)
        adapter.deliver(_schedule([{"id": "prog-7-v1-r0", "start": tomorrow.isoformat(),
                                    "media": [], "text": ["Họp thôn lúc 19 giờ"],
                                    "repeat": "daily", "title": "Họp thôn"}]))
        command = {"id": "c-1", "emergency_id": "e-1", "type": "emergency_start",
                   "media": [], "title": "Khẩn cấp: bão số 9",
                   "text": "Bản tin khẩn cấp: bão số 9 – Đắk Lắk. Người dân không ra đồng."}
        assert adapter.command(command)["accepted"]
        first = board.ordered()[0]
        assert "[cbc:e:e-1:0:" in first["name"] and board.shown == first["asset_id"]
        assert "[cbc:s:prog-7-v1-r0:" in board.ordered()[-1]["name"]  # the schedule after it
        assert [a["play_order"] for a in board.ordered()] == list(range(len(board.assets)))
        assert adapter.status().now_playing == "Khẩn cấp: bão số 9"
        # only the emergency stays enabled: the schedule is held until it ends
        assert [a["is_enabled"] for a in board.ordered()] == [True, False]
        count = len(board.assets)
        adapter.command(command)  # a retry of the same command adds nothing
        assert len(board.assets) == count
        adapter.command({"id": "c-2", "emergency_id": "e-1", "type": "emergency_stop"})
        assert all("[cbc:e:" not in a["name"] for a in board.ordered())
        assert [a["name"].split(" [")[0] for a in board.ordered()] == ["Họp thôn"]
        assert board.ordered()[0]["is_enabled"]  # the schedule is back
        adapter.command({"id": "c-3", "type": "play_now", "media": [],
                         "title": "Mời họp khẩn", "text": "Mời các hộ dân họp tại nhà văn hóa"})
        assert "[cbc:p:c-3:" in board.ordered()[0]["name"]
        adapter.command({"id": "c-4", "type": "stop"})
        assert len(board.assets) == 1
        with pytest.raises(TargetRefused, match="volume"):
            adapter.command({"id": "c-5", "type": "set_volume", "volume": 3})


def test_dispatcher_reaches_anthias_boards_of_the_fleet(ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    """Registered from the simulated fleet (key in the keyring), pushed and put on alert."""
    with DeviceFleet(FleetConfig(clusters=1, boards=0, anthias=2, protocol="reference")) as fleet:
        register(ctx, fleet)
        rows = {r["id"]: r for r in fleet.registry_rows()}
        assert rows["bd-02"]["protocol"] == "anthias" and rows["bd-02"]["key"]
        with ctx.db.read() as session:
            from console.models import DeliveryTarget

            target = session.get(DeliveryTarget, "bd-02")
            assert target is not None and target.options["resolution"] == "1920x1080"
        png = _cache(ctx, _png(qapp), "image/png")
        pid = make_programme(ctx, [png], name="Bảng tin tuần")
        from console.services.push import create_delivery_jobs

        with ctx.db.write() as session:
            jobs = create_delivery_jobs(session, pid, ADMIN)
        dispatcher = Dispatcher(ctx, workers=4, policy=FAST_RETRY, timeout_s=5.0)
        try:
            views = dispatcher.drain(jobs, timeout_s=30)
            assert {v.state for v in views} == {"delivered"}, [v.detail for v in views]
            boards = fleet.anthias_boards
            assert all(len(b.assets) == 1 for b in boards)
            _eid, urgent = emergency_start(ctx, ADMIN, text="Khẩn cấp: lũ quét, sơ tán ngay")
            dispatcher.drain(urgent, timeout_s=30)
            with ctx.db.read() as session:
                states = set(session.scalars(select(DeliveryJob.state).where(
                    DeliveryJob.id.in_(urgent))))
            assert states == {"delivered"}
            assert all("[cbc:e:" in b.ordered()[0]["name"] for b in boards)
            dispatcher.drain(emergency_stop(ctx, ADMIN)[1], timeout_s=30)
            assert all(len(b.assets) == 1 for b in boards)
        finally:
            dispatcher.close()


def test_simulate_devices_with_anthias_boards(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv
    import os
    import signal
    import sys

    registry = tmp_path / "devices.csv"
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "simulate", "devices", "--clusters", "0", "--boards",
         "0", "--anthias", "2", "--registry-out", str(registry)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=dict(os.environ))
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().split()
        assert len(first) == 1 and first[0].startswith("http://127.0.0.1:")
        assert "registry" in proc.stdout.readline()
        rows = list(csv.DictReader(registry.open(encoding="utf-8")))
        assert [(r["id"], r["protocol"], r["options"]) for r in rows] == [
            ("bd-01", "anthias", "resolution=1920x1080"),
            ("bd-02", "anthias", "resolution=1920x1080")]
        info = TargetInfo("bd-01", "bulletin_board", "anthias", rows[0]["address"])
        store = MediaStore(ctx.paths.media)
        assert AnthiasAdapter(info, rows[0]["key"], store).assets() == []
        with pytest.raises(TargetRefused, match="login"):
            AnthiasAdapter(info, None, store).assets()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
    assert proc.returncode == 0


def test_notice_drawn_without_a_qt_application(qapp) -> None:  # type: ignore[no-untyped-def]
    """The command line has no Qt application: a child process draws the slides."""
    from PySide6.QtGui import QImage

    from console.delivery.adapters.anthias import _render_in_child

    pages = _render_in_child("Lịch tiêm chủng", NOTICE, "normal", (640, 360))
    assert pages and all(p.startswith(b"\x89PNG") for p in pages)
    image = QImage.fromData(pages[0])
    assert (image.width(), image.height()) == (640, 360)


def test_the_installed_app_draws_notices_through_its_hidden_argument(  # type: ignore[no-untyped-def]
        qapp) -> None:
    """Frozen, there is no `python -m`: the executable's own entry point takes the request."""
    import base64
    import json
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from console.delivery.adapters.anthias import DRAW_SLIDES_ARG

    request = {"title": "Lịch tiêm chủng", "body": NOTICE, "priority": "emergency",
               "size": [640, 360]}
    done = subprocess.run([sys.executable, "-m", "console", DRAW_SLIDES_ARG],
                          input=json.dumps(request).encode("utf-8"), capture_output=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
                          check=True)
    pages = [base64.b64decode(page) for page in json.loads(done.stdout)]
    image = QImage.fromData(pages[0])
    assert (image.width(), image.height()) == (640, 360)


def test_time_windows_in_the_boards_zone(ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    """Anthias compares windows and weekdays in its own zone: 05:30 on Monday, Wednesday and
    Friday in Vietnam is 22:30 on Sunday, Tuesday and Thursday on a board in UTC, and the
    same hours on a board whose owner set Asia/Ho_Chi_Minh."""
    png = _cache(ctx, _png(qapp), "image/png")
    monday = dt.date(2027, 3, 1)
    entry = {"id": "prog-9-v1-r0", "media": [png], "durations": [0], "titles": ["Sáng"],
             "repeat": "weekly", "weekdays": [1, 3, 5], "title": "Buổi sáng",
             "start": dt.datetime.combine(monday, dt.time(5, 30), STATION_TZ).isoformat()}
    utc, local = AnthiasBoard("bd-utc", "UTC"), AnthiasBoard("bd-vn", "VN",
                                                             time_zone="Asia/Ho_Chi_Minh")
    with AnthiasSimulator([utc, local]) as sim:
        for board, days, window in ((utc, [2, 4, 7], ("22:30:00", "23:30:00")),
                                    (local, [1, 3, 5], ("05:30:00", "06:30:00"))):
            _adapter(ctx, sim, board, None).deliver(_schedule([entry]))
            asset = board.ordered()[0]
            assert asset["play_days"] == days, board.board_id
            assert (asset["play_time_from"], asset["play_time_to"]) == window
            # what the board plays at 05:45 station time on a Wednesday, and on a Tuesday
            wednesday = dt.datetime.combine(dt.date(2027, 3, 3), dt.time(5, 45), STATION_TZ)
            assert board.is_active(asset, wednesday.astimezone(dt.UTC))
            assert not board.is_active(asset, (wednesday - dt.timedelta(days=1)).astimezone(
                dt.UTC))
        status = _adapter(ctx, sim, local, None).status()
        assert status.firmware.startswith("v") and "Asia/Ho_Chi_Minh" in status.detail


def test_an_emergency_holds_the_owners_assets_and_gives_them_back(ctx, qapp) -> None:  # type: ignore[no-untyped-def]
    board = AnthiasBoard("bd-04", "Bảng tin chợ")
    with AnthiasSimulator([board]) as sim:
        api = f"{sim.board_url('bd-04')}/api/v2"
        body = {"uri": "https://example.invalid/x", "mimetype": "webpage", "duration": 15,
                "start_date": "2026-01-01T00:00:00Z", "end_date": "2036-01-01T00:00:00Z",
                "is_enabled": True, "skip_asset_check": True}
        shown = requests.post(f"{api}/assets", json={**body, "name": "Giá nông sản"},
                              timeout=5).json()
        off = requests.post(f"{api}/assets", json={**body, "name": "Cũ", "is_enabled": False},
                            timeout=5).json()
        adapter = _adapter(ctx, sim, board, None)
        adapter.command({"id": "c-1", "emergency_id": "e-9", "type": "emergency_start",
                         "media": [], "title": "Khẩn cấp", "text": "Lũ quét, sơ tán ngay"})
        playlist = requests.get(f"{api}/viewer/playlist", timeout=5,
                                headers={"X-Anthias-Internal-Token": board.internal_token})
        assert [a["name"].split(" [")[0] for a in playlist.json()["assets"]] == ["Khẩn cấp"]
        assert board.assets[shown["asset_id"]]["name"] == "Giá nông sản [cbc:held]"
        adapter.command({"id": "c-2", "emergency_id": "e-9", "type": "emergency_stop"})
        assert [a["name"] for a in board.playlist()] == ["Giá nông sản"]
        assert not board.assets[off["asset_id"]]["is_enabled"]  # it was off before: stays off
        assert requests.get(f"{api}/viewer/playlist", timeout=5).status_code == 403
