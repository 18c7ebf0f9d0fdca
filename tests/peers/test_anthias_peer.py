"""The console's Anthias adapter against the real Anthias server (its own source, UTC).

The oracle is Anthias itself: `/api/v2/assets`, each asset's content byte for byte, and
`GET /api/v2/viewer/playlist`, what the screen plays now, before, during and after an
emergency.
"""

from __future__ import annotations

import base64
import datetime as dt
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import requests

from console.delivery.adapters import AnthiasAdapter, TargetInfo
from console.delivery.adapters.anthias import MARK, render_notice
from console.media.store import MediaStore
from console.station import StationContext
from console.timezone import STATION_TZ

from ..delivery.test_anthias import NOTICE, _cache, _mp4, _png
from .anthias_peer import AnthiasPeer, PeerUnavailable, internal_token, running_anthias

pytestmark = pytest.mark.slow

ALERT = "Khẩn cấp: bão số 9 đổ bộ – người dân không ra đồng, tránh xa bờ sông"


def _content(peer: AnthiasPeer, asset_id: str) -> bytes:
    answer = peer.api("GET", f"/assets/{asset_id}/content").json()
    return base64.b64decode(answer["content"])


def _short(peer: AnthiasPeer, names: dict[str, str]) -> list[str]:
    """The playlist oracle's answer, as the names the test gave the entries."""
    return [names.get(a["asset_id"], a["name"]) for a in peer.playlist()["assets"]]


def _wait_processed(peer: AnthiasPeer, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while any(a["is_processing"] for a in peer.assets()):
        assert time.monotonic() < deadline, "Anthias' worker did not process the video"
        time.sleep(0.5)


def _inside_a_station_day() -> dt.datetime:
    """Now in station time, not in the last minutes of a day (a window the adapter sends
    ends at the station's midnight at the latest): the day's windows hold for the test."""
    now = dt.datetime.now(STATION_TZ).replace(microsecond=0)
    if now.time() > dt.time(23, 57):
        time.sleep((dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 5),
                                        STATION_TZ) - now).total_seconds())
        now = dt.datetime.now(STATION_TZ).replace(microsecond=0)
    return now


def test_board_schedule_and_emergency_on_the_real_anthias(  # type: ignore[no-untyped-def]
        ctx: StationContext, qapp, tmp_path: Path, anthias: AnthiasPeer, capsys) -> None:
    png_bytes, mp4_bytes = _png(qapp), _mp4(tmp_path)
    png = _cache(ctx, png_bytes, "image/png")
    mp4 = _cache(ctx, mp4_bytes, "video/mp4")
    info = TargetInfo("bd-real", "bulletin_board", "anthias", anthias.url,
                      options={"resolution": "640x360", "window_min": 60})
    adapter = AnthiasAdapter(info, None, MediaStore(ctx.paths.media), timeout_s=30.0)
    # The board's owner has an asset of its own: it plays after the console's.
    owner = anthias.api("POST", "/assets", json={
        "name": "Quảng cáo HTX nông nghiệp", "uri": "https://example.invalid/htx",
        "mimetype": "webpage", "start_date": "2026-01-01T00:00:00Z",
        "end_date": "2036-01-01T00:00:00Z", "duration": 15, "is_enabled": True,
        "skip_asset_check": True}).json()

    now = _inside_a_station_day()
    today_at = max(now - dt.timedelta(minutes=10), now.replace(hour=0, minute=0, second=0))
    later = now + dt.timedelta(hours=4)  # a time of day that is not now
    off_window = dt.datetime.combine(now.date() - dt.timedelta(days=1), later.time(),
                                     STATION_TZ)
    entries = [
        {"id": "prog-1-v1-r0", "start": (now - dt.timedelta(minutes=5)).isoformat(),
         "media": [png, mp4], "durations": [0, 1.0], "titles": ["Ảnh trụ sở", "Phim ngắn"],
         "text": [NOTICE], "priority": "normal", "repeat": "once",
         "title": "Lịch tiêm chủng tháng 12"},
        # The same picture again, daily from ten minutes ago for an hour, station time.
        {"id": "prog-2-v1-r0", "start": today_at.isoformat(), "media": [png],
         "durations": [0], "titles": ["Ảnh trụ sở (buổi sáng)"], "text": [],
         "repeat": "daily", "title": "Giờ phát thanh"},
        # Daily at another hour: on the board, but not on screen now.
        {"id": "prog-3-v1-r0", "start": off_window.isoformat(), "media": [png],
         "durations": [0], "titles": ["Ảnh giờ khác"], "text": [], "repeat": "daily",
         "title": "Giờ khác"}]
    out = adapter.deliver({"version": 3, "entries": entries})
    said = "; ".join(map(str, out.notes))
    assert out.version == 3 and "5 asset(s) created" in said, said
    _wait_processed(anthias)

    assets = {a["asset_id"]: a for a in anthias.assets()}
    ours = {MARK.search(a["name"]).group(2) + ":" + MARK.search(a["name"]).group(3): a  # type: ignore[union-attr]
            for a in assets.values() if MARK.search(a["name"])}
    names = {a["asset_id"]: key for key, a in ours.items()} | {owner["asset_id"]: "owner"}
    # 1. the video was accepted (duration 0) and Anthias measured it
    video = ours["prog-1-v1-r0:1"]
    assert video["mimetype"] == "video" and video["duration"] == 1, video
    # 2. one upload per asset: the picture of three entries is three files, byte for byte
    pictures = [ours["prog-1-v1-r0:0"], ours["prog-2-v1-r0:0"], ours["prog-3-v1-r0:0"]]
    assert len({a["uri"] for a in pictures}) == 3
    assert all(_content(anthias, a["asset_id"]) == png_bytes for a in pictures)
    assert _content(anthias, video["asset_id"]) == mp4_bytes
    notice = _content(anthias, ours["prog-1-v1-r0:2"]["asset_id"])
    assert notice == render_notice("Lịch tiêm chủng tháng 12", NOTICE, "normal", (640, 360))[0]
    assert ours["prog-1-v1-r0:2"]["mimetype"] == "image"
    # 3. the window is in the board's zone (UTC): 7 hours before the station's clock
    daily = ours["prog-2-v1-r0:0"]
    in_utc = today_at.astimezone(dt.UTC)
    assert daily["play_time_from"] == in_utc.strftime("%H:%M:%S"), daily
    assert daily["play_days"] == [1, 2, 3, 4, 5, 6, 7]
    before = _short(anthias, names)
    assert before == ["prog-1-v1-r0:0", "prog-1-v1-r0:1", "prog-1-v1-r0:2",
                      "prog-2-v1-r0:0", "owner"], before

    # 4. an emergency, reusing the scheduled picture: only it plays, until it ends
    command = {"id": "e-1", "emergency_id": "e-1", "type": "emergency_start", "media": [png],
               "title": ALERT[:40], "text": ALERT}
    assert adapter.command(command)["accepted"]
    for asset in anthias.assets():
        if (m := MARK.search(asset["name"])) and m.group(1) == "e":
            names[asset["asset_id"]] = f"emergency:{m.group(3)}"
    during = _short(anthias, names)
    assert during == ["emergency:0", "emergency:1"], during
    listing = anthias.assets()
    held = next(a for a in listing if a["asset_id"] == owner["asset_id"])
    assert not held["is_enabled"] and held["name"].endswith("[cbc:held]")
    emergency_picture = next(a for a in listing if names.get(a["asset_id"]) == "emergency:0")
    assert _content(anthias, emergency_picture["asset_id"]) == png_bytes
    assert adapter.status().now_playing == ALERT[:40]
    adapter.command(command)  # a retry adds nothing
    assert len(anthias.assets()) == len(listing)

    adapter.command({"id": "e-2", "emergency_id": "e-1", "type": "emergency_stop"})
    after = _short(anthias, names)
    assert after == before, after
    listing = anthias.assets()
    assert next(a for a in listing if a["asset_id"] == owner["asset_id"])["name"] == (
        "Quảng cáo HTX nông nghiệp")
    # Deleting the emergency's picture left the scheduled ones' files alone.
    assert all(_content(anthias, a["asset_id"]) == png_bytes for a in pictures)

    # 5. Anthias makes a repeated name unique ("…]-1"): the marker still finds it, and
    # a re-push removes the twin and creates nothing.
    want = next(w for w in adapter.wants({"entries": entries}) if w.entry == "prog-2-v1-r0")
    twin = adapter._create(want, 0, enabled=True)
    assert anthias.api("GET", f"/assets/{twin}").json()["name"].endswith("]-1")
    again = adapter.deliver({"version": 3, "entries": entries})
    assert [str(n) for n in again.notes] == ["0 asset(s) created, 1 removed"]
    assert again.bytes_sent == 0
    assert _short(anthias, names) == before
    status = adapter.status()
    version = anthias.api("GET", "/info").json()["anthias_version"]
    assert status.online and status.firmware == version and "UTC" in status.detail

    with capsys.disabled():
        print("\nAnthias playlist oracle (GET /api/v2/viewer/playlist):")
        for label, answer in (("before", before), ("during", during), ("after", after)):
            print(f"  {label:7s} {answer}")


def test_weekly_window_on_a_board_whose_owner_set_its_zone(  # type: ignore[no-untyped-def]
        ctx: StationContext, qapp, tmp_path: Path) -> None:
    """The owner set America/New_York in Anthias (its host clock is UTC): the adapter reads
    that zone from /api/v2/info and converts the station's window and weekday into it,
    the weekday shifting when New York is still on the day before."""
    zone = ZoneInfo("America/New_York")
    now = _inside_a_station_day()
    start = max(now - dt.timedelta(minutes=10), now.replace(hour=0, minute=0, second=0))
    today, other = now.isoweekday(), (now.isoweekday() + 2) % 7 + 1
    try:
        with running_anthias(tmp_path / "anthias", board_zone="America/New_York",
                             worker=False) as peer:
            png = _cache(ctx, _png(qapp), "image/png")
            info = TargetInfo("bd-ny", "bulletin_board", "anthias", peer.url,
                              options={"window_min": 60})
            adapter = AnthiasAdapter(info, None, MediaStore(ctx.paths.media), timeout_s=30.0)
            entries = [{"id": f"prog-{n}-v1-r0", "start": start.isoformat(), "media": [png],
                        "durations": [0], "titles": [f"Tuần {n}"], "text": [],
                        "repeat": "weekly", "weekdays": [day], "title": f"Tuần {n}"}
                       for n, day in ((1, today), (2, other))]
            adapter.deliver({"version": 1, "entries": entries})
            assets = {MARK.search(a["name"]).group(2): a for a in peer.assets()}  # type: ignore[union-attr]
            there = start.astimezone(zone)
            shift = (there.date() - start.date()).days
            asset = assets["prog-1-v1-r0"]
            assert asset["play_days"] == [(today - 1 + shift) % 7 + 1], (asset, there)
            assert asset["play_time_from"] == there.strftime("%H:%M:%S")
            until = min(start + dt.timedelta(minutes=60),
                        dt.datetime.combine(start.date(), dt.time(23, 59, 59), STATION_TZ))
            assert asset["play_time_to"] == until.astimezone(zone).strftime("%H:%M:%S")
            # Anthias itself says: today's entry plays now, the other weekday's does not.
            playing = [MARK.search(a["name"]).group(2)  # type: ignore[union-attr]
                       for a in peer.playlist()["assets"]]
            assert playing == ["prog-1-v1-r0"], (playing, peer.playlist())
            status = adapter.status()
            assert "America/New_York" in status.detail, status.detail
    except PeerUnavailable as exc:
        pytest.skip(str(exc))


def test_the_peer_answers_like_the_simulator_on_what_the_adapter_relies_on(  # type: ignore[no-untyped-def]
        anthias_api: AnthiasPeer, tmp_path: Path) -> None:
    """The simulator is checked against the real peer: the same requests, the same kind of
    answer (status codes, error keys, uniqueness, upload consumption, info fields)."""
    from console.sim.devices.anthias import AnthiasBoard, AnthiasSimulator

    png = tmp_path / "p.png"
    png.write_bytes(base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="))

    def probe(base: str) -> list[object]:
        api = f"{base}/api/v2"
        seen: list[object] = []
        up = requests.post(f"{api}/file_asset", files={"file_upload": (
            "p.png", png.read_bytes(), "image/png")}, timeout=30).json()
        seen.append(sorted(k for k in up if k in ("uri", "ext")))
        body = {"name": "x", "uri": up["uri"], "ext": up["ext"], "mimetype": "image",
                "start_date": "2026-01-01T00:00:00Z", "end_date": "2036-01-01T00:00:00Z",
                "duration": 10, "is_enabled": True, "skip_asset_check": False}
        first = requests.post(f"{api}/assets", json=body, timeout=30)
        seen.append((first.status_code, first.json()["name"]))
        again = requests.post(f"{api}/assets", json=body, timeout=30)  # the upload is used
        seen.append((again.status_code, sorted(again.json())))
        video = requests.post(f"{api}/file_asset", files={"file_upload": (
            "c.mp4", b"\0\0\0\x18ftypmp42" + bytes(64), "video/mp4")}, timeout=30).json()
        bad = requests.post(f"{api}/assets", json={**body, "uri": video["uri"],
                                                   "ext": video["ext"], "mimetype": "video"},
                            timeout=30)
        seen.append((bad.status_code, bad.json()))
        up = requests.post(f"{api}/file_asset", files={"file_upload": (
            "p.png", png.read_bytes(), "image/png")}, timeout=30).json()
        twin = requests.post(f"{api}/assets", json={**body, "uri": up["uri"]}, timeout=30)
        seen.append((twin.status_code, twin.json()["name"]))
        info = requests.get(f"{api}/info", timeout=30).json()
        seen.append(("anthias_version" in info, sorted(info["time"]), info["time"]["timezone"]))
        # Windows are read in the board's zone (UTC): one around now there, one around now
        # in the station's zone, one that runs past midnight (from > to) and started on the
        # day before.
        utc = dt.datetime.now(dt.UTC)
        station = utc.astimezone(STATION_TZ)
        yesterday = (utc.isoweekday() - 2) % 7 + 1
        windows = {"utc": (utc - dt.timedelta(minutes=30), utc + dt.timedelta(minutes=30),
                           utc.isoweekday()),
                   "station": (station - dt.timedelta(minutes=30),
                               station + dt.timedelta(minutes=30), station.isoweekday()),
                   "overnight": (utc + dt.timedelta(hours=2), utc + dt.timedelta(hours=1),
                                 yesterday)}
        for label, (since, until, day) in windows.items():
            up = requests.post(f"{api}/file_asset", files={"file_upload": (
                "p.png", png.read_bytes(), "image/png")}, timeout=30).json()
            requests.post(f"{api}/assets", json={
                **body, "name": label, "uri": up["uri"], "play_days": [day],
                "play_time_from": since.strftime("%H:%M:%S"),
                "play_time_to": until.strftime("%H:%M:%S")}, timeout=30).raise_for_status()
        listing = requests.get(f"{api}/assets", timeout=30).json()
        seen.append(sorted((a["name"], a["is_active"]) for a in listing
                           if a["name"] in windows))
        answer = requests.get(f"{api}/viewer/playlist", headers={
            "X-Anthias-Internal-Token": token}, timeout=30)
        seen.append(sorted(a["name"] for a in answer.json()["assets"]))
        seen.append(requests.get(f"{api}/viewer/playlist", timeout=30).status_code)
        return seen

    board = AnthiasBoard("bd-01", "Bảng tin")
    with AnthiasSimulator([board]) as sim:
        token = board.internal_token
        simulated = probe(sim.board_url("bd-01"))
    token = internal_token(anthias_api.secret)
    assert simulated == probe(anthias_api.url)
