"""The week's commands for the Department's automation: schedule, occurrences, targets,
jingle, relay, duplicate, delete, withdraw and show, run in-process with JSON answers."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from console.cli.main import main as cli_main
from console.models import DeliveryTarget, Village
from console.services import programmes as svc
from console.services.programmes import lifecycle
from console.timezone import station_now
from tests.support.programmes import PASSWORD, Station, audio_items


def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], station: Station,
        *args: str, user: str | None = "ed") -> tuple[int, object]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    who = ["--as", user, "--password-stdin"] if user else []
    code = cli_main(["--data-dir", str(station.data_dir), *args, *who, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_the_week_from_the_command_line(station: Station, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    ctx, ed = station.ctx, station.editor
    with ctx.db.write() as session:
        for n, name in enumerate(("Thôn 1", "Thôn 2")):
            village = Village(name=name)
            session.add(village)
            session.flush()
            session.add(DeliveryTarget(id=f"cl-{n}", kind="loudspeaker_cluster",
                                       name=f"Cụm {n}", village_id=village.id,
                                       protocol="reference", address="http://127.0.0.1:9",
                                       options={}))
    pid = svc.create_programme(ctx.db, ed, "Tin tuần", item_ids=audio_items(ctx, 3))
    monday = station_now().date() + dt.timedelta(days=7 - station_now().date().weekday())
    code, answer = run(monkeypatch, capsys, station, "programme", "schedule", str(pid),
                       "--repeat", "weekly", "--days", "mon,wed,fri", "--at", "05:30,17:00",
                       "--from", monday.isoformat(),
                       "--until", (monday + dt.timedelta(days=27)).isoformat(),
                       "--skip", (monday + dt.timedelta(days=2)).isoformat())
    assert code == 0 and answer["repeat"] == "weekly"  # type: ignore[index]
    code, airings = run(monkeypatch, capsys, station, "programme", "occurrences", str(pid),
                        "--from", monday.isoformat(), "--days", "28", user=None)
    assert code == 0 and len(airings) == 22  # type: ignore[arg-type]
    first = dt.datetime.fromisoformat(airings[0]["start"])  # type: ignore[index]
    assert first.utcoffset() == dt.timedelta(hours=7) and first.strftime("%H:%M") == "05:30"
    code, answer = run(monkeypatch, capsys, station, "programme", "targets", str(pid),
                       "--villages", "Thôn 2")
    assert code == 0 and answer["devices"] == ["cl-1"]  # type: ignore[index]
    lifecycle.ensure_station_jingle(ctx)
    jingle = lifecycle.station_jingle(ctx)
    assert jingle is not None
    code, answer = run(monkeypatch, capsys, station, "programme", "jingle", str(pid),
                       "--item", jingle[0], "--every", "2")
    assert code == 0 and answer["jingles"] == 1  # type: ignore[index]
    code, shown = run(monkeypatch, capsys, station, "programme", "show", str(pid), user=None)
    assert code == 0
    assert shown["name"] == "Tin tuần" and shown["status"] == "draft"  # type: ignore[index]
    assert shown["targets"] == ["cl-1"]  # type: ignore[index]
    assert shown["repeat"]["kind"] == "weekly"  # type: ignore[index]
    assert shown["repeat"]["days"] == [1, 3, 5]  # type: ignore[index]
    assert [e["kind"] for e in shown["entries"]] == ["item", "item", "jingle", "item"]  # type: ignore[index]
    relay = svc.create_programme(ctx.db, ed, "Tiếp sóng thời sự")
    code, answer = run(monkeypatch, capsys, station, "programme", "relay", str(relay),
                       "--url", "http://127.0.0.1:9/vov1.mp3", "--minutes", "30",
                       "--name", "Thời sự VOV1")
    assert code == 0 and answer["entry"]  # type: ignore[index]
    code, shown = run(monkeypatch, capsys, station, "programme", "show", str(relay), user=None)
    assert [(e["kind"], e["title"]) for e in shown["entries"]] == [  # type: ignore[index]
        ("stream", "Thời sự VOV1")]
    code, _ = run(monkeypatch, capsys, station, "programme", "relay", str(relay),
                  "--url", "vov1", "--minutes", "30")
    assert code != 0  # not an address a loudspeaker can play
    code, copy = run(monkeypatch, capsys, station, "programme", "duplicate", str(pid),
                     "--name", "Bản sao")
    assert code == 0 and copy["id"] != pid  # type: ignore[index]
    code, _ = run(monkeypatch, capsys, station, "programme", "delete", str(copy["id"]))  # type: ignore[index]
    assert code == 0
    assert copy["id"] not in {r.id for r in svc.list_programmes(ctx.db)}  # type: ignore[index]
    code, _ = run(monkeypatch, capsys, station, "programme", "withdraw", str(pid))
    assert code != 0  # a draft is not on air: nothing to withdraw
