"""`devices volume|stop|play-now TARGET|all` against the device simulators."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from console.models import MediaBlob
from console.station import StationContext
from tests.support.delivery import (
    cache_media,
    encoded,
    longest_before_23_59,
    make_item,
    no_quiet_hours,
)

from .test_cli import run, station  # noqa: F401  (the station fixture)

AS_ADMIN = ("--as", "admin", "--password-stdin")


def test_volume_one_target(ctx, station, fleet, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, err = run(capsys, monkeypatch, *station, "devices", "volume", "cl-001", "4",
                         "--json", *AS_ADMIN)
    assert code == 0, err
    data = json.loads(out)
    assert data["command"] == "set_volume"
    assert [(t["id"], t["state"]) for t in data["targets"]] == [("cl-001", "delivered")]
    assert fleet.devices["cl-001"].volume == 4
    assert fleet.devices["cl-003"].volume == 7  # the others are untouched


def test_volume_all_leaves_out_targets_that_cannot(ctx, station, fleet, capsys,  # type: ignore[no-untyped-def]  # noqa: F811
                                                  monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, *station, "devices", "volume", "all", "3",
                       "--timeout", "1", *AS_ADMIN)
    # The vendor gateway's protocol has no volume command: its clusters are left out, and
    # said so; the rest obey.
    assert code == 0, out
    assert "volume 3: 3 of 3 targets acknowledged" in out
    assert "left out (their controller takes no volume command): cl-002, cl-004" in out
    assert {i: d.volume for i, d in fleet.devices.items()} == {
        "cl-001": 3, "cl-002": 7, "cl-003": 3, "cl-004": 7, "bd-01": 3}


@pytest.mark.parametrize("args, reason", [
    (("volume", "cl-001", "11"), "volume 11 is out of range (0 to 10)"),
    (("volume", "cl-999", "5"), "unknown or disabled target(s): cl-999"),
    (("volume", "cl-002", "5"), "the volume of Cụm loa Chợ Thôn Tây cannot be set from the "
                                "console: their controller takes no volume command; set it "
                                "at the controller"),
    (("stop", "nowhere"), "unknown or disabled target(s): nowhere"),
    (("play-now", "cl-001", "--item", "no-such-item"), "no item no-such-item"),
])
def test_bad_input_is_one_line(ctx, station, fleet, capsys, monkeypatch, args,  # type: ignore[no-untyped-def]  # noqa: F811
                               reason) -> None:
    code, out, err = run(capsys, monkeypatch, *station, "devices", *args, *AS_ADMIN)
    assert code == 1 and not out
    assert err.strip() == f"commune-console: {reason}"


def test_needs_a_user(ctx, station, fleet, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, _, err = run(capsys, monkeypatch, *station, "devices", "stop", "all")
    assert code == 1 and "--as USER" in err


def test_play_now_then_stop(ctx: StationContext, station, fleet, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    no_quiet_hours(ctx)
    sha = cache_media(ctx, [4_000])[0]
    # Long enough to be still playing when looked at, and over before 23:59.
    length = longest_before_23_59(120.0, margin_s=20.0)
    with ctx.db.write() as session:
        session.execute(update(MediaBlob).where(MediaBlob.sha256 == sha).values(
            duration_s=length))
    item = make_item(ctx, sha, title="Thông báo tiêm phòng cho đàn gia súc")
    code, out, err = run(capsys, monkeypatch, *station, "devices", "play-now", "all", "--item",
                         item, "--json", *AS_ADMIN)
    assert code == 0, err
    targets = json.loads(out)["targets"]
    assert len(targets) == 5 and {t["state"] for t in targets} == {"delivered"}
    device = fleet.devices["cl-001"]
    sent = encoded(ctx, sha, "mp3")  # at the station's loudness, in the cluster's format
    assert device.has(sent)  # the file went out before the command that plays it
    assert "Thông báo tiêm phòng cho đàn gia súc" in device.titles_played
    assert any(r["sha256"] == sent for r in device.play_log)

    code, out, err = run(capsys, monkeypatch, *station, "devices", "stop", "cl-001", *AS_ADMIN)
    assert code == 0, err
    assert out.strip().endswith("stop: 1 of 1 targets acknowledged")
    assert device.now_playing is None
    assert fleet.devices["cl-003"].now_playing is not None  # only the one asked for


def test_play_now_item_without_audio(ctx: StationContext, station, fleet, capsys,  # type: ignore[no-untyped-def]  # noqa: F811
                                     monkeypatch) -> None:
    from console.models import SourceItem
    from console.models.base import utcnow

    with ctx.db.write() as session:
        session.add(SourceItem(id="it-empty", kind="audio", title="Chưa tải về",
                               priority="normal", published_at=utcnow()))
    code, out, err = run(capsys, monkeypatch, *station, "devices", "play-now", "cl-001",
                         "--item", "it-empty", *AS_ADMIN)
    assert code == 1 and not out
    assert "it-empty has no" in err and len(err.strip().splitlines()) == 1


def test_fm_relay_from_the_command_line(ctx: StationContext, station, fleet, capsys,  # type: ignore[no-untyped-def]  # noqa: F811
                                        monkeypatch) -> None:
    no_quiet_hours(ctx)
    minutes = max(1, int(longest_before_23_59(120.0) // 60))
    code, out, err = run(capsys, monkeypatch, *station, "devices", "fm", "all", "--mhz",
                         "103.7", "--minutes", str(minutes), *AS_ADMIN)
    assert code == 0, err
    assert f"FM 103.7 MHz for {minutes} min: 2 of 2 targets acknowledged" in out
    assert ("left out (no FM receiver the console can tune): bd-01, cl-001, cl-003"
            in out)
    assert [fleet.devices[t].fm_requests for t in ("cl-002", "cl-004")] == [["103.7"]] * 2
    code, _out, err = run(capsys, monkeypatch, *station, "devices", "fm", "cl-001", "--mhz",
                          "103.7", *AS_ADMIN)
    assert code == 1 and "cannot relay an FM station" in err
