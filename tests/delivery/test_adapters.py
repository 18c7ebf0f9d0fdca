"""Each adapter against its simulator (real HTTP on 127.0.0.1)."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
import requests

from console.delivery.adapters import (
    GatewayAdapter,
    ReferenceAdapter,
    TargetInfo,
    TargetOffline,
    TargetRefused,
)
from console.delivery.adapters.gateway import command_envelope, encode_envelope
from console.delivery.fileserver import FileServer
from console.media.store import MediaStore
from console.sim.devices import GatewaySimulator, ReferenceSimulator, SimDevice
from console.timezone import STATION_TZ
from tests.support.delivery import cache_media, wait_for


def _schedule(shas: list[str], version: int, start: dt.datetime,
              seconds: float = 0.3) -> dict:
    return {"version": version, "timezone": "Asia/Ho_Chi_Minh", "entries": [
        {"id": "prog-1-v1-r0", "start": start.isoformat(), "media": shas,
         "durations": [seconds] * len(shas), "priority": "normal", "repeat": "once",
         "volume": None}]}


def test_reference_adapter_full_cycle(ctx) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [10_000, 20_000])
    device = SimDevice("cl-001", "Cụm loa Thôn Đông", key="k3y")
    with ReferenceSimulator([device]) as sim:
        info = TargetInfo("cl-001", "loudspeaker_cluster", "reference", sim.device_url("cl-001"))
        adapter = ReferenceAdapter(info, "k3y", MediaStore(ctx.paths.media))
        assert not adapter.has_media(shas[0])
        start = dt.datetime.now(STATION_TZ) + dt.timedelta(seconds=0.5)
        first = adapter.deliver(_schedule(shas, 7, start))
        assert (first.version, first.bytes_sent, len(first.media_sent)) == (7, 30_000, 2)
        again = adapter.deliver(_schedule(shas, 7, start))  # idempotent: nothing re-sent
        assert (again.version, again.bytes_sent, len(again.media_skipped)) == (7, 0, 2)
        assert device.schedule_applied == [7] and device.media_puts == dict.fromkeys(shas, 1)
        st = adapter.status()
        assert st.online and st.schedule_version == 7 and st.firmware
        assert abs((st.clock - dt.datetime.now(dt.UTC)).total_seconds()) < 5
        assert wait_for(lambda: len(adapter.play_log(None)) == 2, timeout=5)
        log = adapter.play_log(None)
        assert [r.sha256 for r in log] == shas and all(r.result == "success" for r in log)
        assert log[0].started_at.utcoffset() == dt.timedelta(hours=7)
        # commands are idempotent by id
        assert adapter.command({"id": "c1", "type": "set_volume", "volume": 3})["accepted"]
        adapter.command({"id": "c1", "type": "set_volume", "volume": 9})
        assert adapter.status().volume == 3
        # a damaged upload is refused with 422
        resp = requests.put(f"{info.address}/media/{'0' * 64}", data=b"abc",
                            headers={"Authorization": "Bearer k3y"}, timeout=5)
        assert resp.status_code == 422
        with pytest.raises(TargetRefused):
            ReferenceAdapter(info, "wrong", MediaStore(ctx.paths.media)).has_media(shas[0])
        device.online = False
        assert not adapter.status().online
        with pytest.raises(TargetOffline):
            adapter.has_media(shas[0])


def test_gateway_envelope_is_three_levels_of_json_strings() -> None:
    env = command_envelope("D1", 2, {"PlayList": [{"SongName": "http://h/m.mp3"}]})
    decoded = json.loads(base64.b64decode(encode_envelope(env)))
    assert decoded["DataType"] == 4 and isinstance(decoded["Data"], str)
    item = json.loads(decoded["Data"])["CommandItem_Ts"][0]
    assert item["DeviceID"] == "D1" and isinstance(item["CommandSend"], str)
    send = json.loads(item["CommandSend"])
    assert send["PacketType"] == 2 and isinstance(send["Data"], str)
    assert json.loads(send["Data"])["PlayList"][0]["SongName"] == "http://h/m.mp3"


LONG = 15.0  # seconds a file plays where a test waits to see it playing


def test_gateway_adapter_full_cycle(ctx) -> None:  # type: ignore[no-untyped-def]
    shas = cache_media(ctx, [50_000, 8_000])
    devices = [SimDevice("GW-A1", "Cụm loa Chợ"), SimDevice("GW-A2", "Cụm loa Đình")]
    store = MediaStore(ctx.paths.media)
    files = FileServer(store)
    grant = files.grant("cl-002")
    try:
        with GatewaySimulator(devices) as gw:
            info = TargetInfo("cl-002", "loudspeaker_cluster", "gateway", gw.url, "GW-A1")
            adapter = GatewayAdapter(info, None, store, grant)
            adapter.fileserver = grant  # type: ignore[attr-defined]
            start = dt.datetime.now(STATION_TZ).replace(microsecond=0) + dt.timedelta(seconds=2)
            out = adapter.deliver(_schedule(shas, 3, start, LONG))
            assert len(out.media_sent) == 2 and out.bytes_sent == 58_000
            assert "status" in "; ".join(map(str, out.notes))  # confirmed through the status call
            # the gateway counts a file once it has read all of it, in its own time
            assert wait_for(lambda: devices[0].media_bytes_received == 58_000, 10)
            assert not devices[1].media
            assert files.served == {shas[0]: 50_000, shas[1]: 8_000}
            again = adapter.deliver(_schedule(shas, 3, start, LONG))  # the console remembers
            assert again.bytes_sent == 0 and files.bytes_served == 58_000
            assert devices[0].schedule_applied == [1]  # the same playlist changes nothing
            entry = devices[0].schedule["entries"][0]
            assert entry["media"] == [shas[0]] and entry["start"].startswith(
                start.date().isoformat())
            st = adapter.status()
            assert st.online and st.volume == 7
            # it plays for LONG seconds a file: a slow status poll still sees it
            assert wait_for(lambda: adapter.status().status == "playing", timeout=60)
            assert adapter.play_log(None) == [] and not adapter.has_play_log
            devices[0].online = False
            assert not adapter.status().online  # missing from the answer = offline
            with pytest.raises(TargetOffline):
                adapter.push_schedule(_schedule(shas, 4, start, LONG))
        with pytest.raises(TargetOffline):  # the gateway itself is gone
            adapter.push_schedule(_schedule(shas, 4, start))
    finally:
        files.stop()
