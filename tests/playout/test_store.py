"""The local target's schedule store: idempotent like any device, and Qt-free."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from console.delivery.dispatcher import Dispatcher
from console.delivery.proof import collect
from console.delivery.registry import export_rows
from console.media.playout_store import PlayoutStore
from console.models import AsRunEntry, DeliveryTarget
from console.playout.plan import next_local_entries, occurrences
from console.services.device_registry import import_device_rows, import_devices
from console.station import StationContext
from console.timezone import STATION_TZ
from tests.support.delivery import ADMIN, cache_media

from .conftest import LOCAL_ID, LOCAL_ROW, push


def test_schedule_is_stored_once_per_version(ctx: StationContext, local: str) -> None:
    shas = cache_media(ctx, [2_000, 3_000])
    pid = push(ctx, shas, start_in_s=3600, durations=0.4)
    store = PlayoutStore(ctx.paths.root, local)
    schedule = store.load_schedule()
    assert schedule["version"] > 0
    [entry] = schedule["entries"]
    assert entry["id"] == f"prog-{pid}-v1-r0" and entry["media"] == shas
    assert entry["start"].endswith("+07:00")
    first = store.schedule_file.read_bytes()
    received = schedule["received"][entry["id"]]
    with ctx.db.read() as session:
        target = session.get(DeliveryTarget, local)
        assert target is not None and target.schedule_version == schedule["version"]

    # Sending the same version again, or an older one, changes nothing.
    dispatcher = Dispatcher(ctx)
    try:
        from console.delivery.registry import target_info

        with ctx.db.read() as session:
            info = target_info(session.get(DeliveryTarget, local))
        adapter = dispatcher.adapter_for(info)
        again = dispatcher.compose_schedule(local, None)
        assert adapter.deliver(again).version == schedule["version"]
        assert adapter.push_schedule({**again, "version": 1}) == schedule["version"]
    finally:
        dispatcher.close()
    assert store.schedule_file.read_bytes() == first
    # A newer version keeps the arrival time of entries it still holds.
    assert store.save_schedule({**schedule, "version": schedule["version"] + 1}) \
        == schedule["version"] + 1
    assert store.load_schedule()["received"][entry["id"]] == received


def test_commands_are_queued_once(ctx: StationContext, local: str) -> None:
    store = PlayoutStore(ctx.paths.root, local)
    assert store.add_command({"id": "c-1", "type": "set_volume", "volume": 3})
    assert not store.add_command({"id": "c-1", "type": "set_volume", "volume": 3})
    assert [c["id"] for c in store.pending_commands()] == ["c-1"]
    store.command_done("c-1")
    assert store.pending_commands() == []
    assert not store.add_command({"id": "c-1", "type": "set_volume", "volume": 3})


def test_registry_takes_local_targets(ctx: StationContext, local: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.read() as session:
        rows = {r["id"]: r for r in export_rows(session)}
        target = session.get(DeliveryTarget, local)
        assert target is not None and target.kind == "local_playout"
    assert rows[local]["kind"] == "local" and rows[local]["protocol"] == "local"
    path = tmp_path / "bad.csv"
    path.write_text("id,kind,name,protocol,address\n"
                    "pc-2,local,Loa 2,reference,http://127.0.0.1:1/\n"
                    "pc-3,cluster,Loa 3,local,\n", encoding="utf-8")
    report = import_devices(ctx, path, ADMIN)
    assert [line for line, _ in report.errors] == [2, 3]
    assert all("kind local and protocol local" in str(reason) for _, reason in report.errors)
    assert import_device_rows(ctx, [LOCAL_ROW], ADMIN).updated == 1


def test_status_says_when_the_window_is_closed(ctx: StationContext, local: str) -> None:
    from console.delivery.status import poll

    [state] = [s for s in poll(ctx) if s.id == local]
    assert state.status == "offline" and "window is not open" in state.detail


def test_collect_leaves_local_plays_to_the_player(ctx: StationContext, local: str) -> None:
    """A past entry the console was closed for is not "missed" by collection: the player
    logs its own misses (once) when the console opens again."""
    shas = cache_media(ctx, [2_000])
    push(ctx, shas, start_in_s=2, durations=0.4)
    now = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    stats = collect(ctx, now=now)
    assert stats.missed == 0
    with ctx.db.read() as session:
        assert session.query(AsRunEntry).count() == 0


def test_next_local_entries_within_a_window(ctx: StationContext, local: str) -> None:
    shas = cache_media(ctx, [2_000])
    push(ctx, shas, start_in_s=3 * 3600, durations=0.4, name="Bản tin chiều")
    soon = next_local_entries(ctx, dt.timedelta(hours=12))
    assert [(u.target_id, u.title) for u in soon] == [(LOCAL_ID, "Bản tin chiều")]
    assert soon[0].start.utcoffset() == dt.timedelta(hours=7)
    assert next_local_entries(ctx, dt.timedelta(hours=2)) == []


def test_daily_and_weekly_entries_repeat() -> None:
    start = dt.datetime(2026, 11, 23, 17, 0, tzinfo=STATION_TZ)  # a Monday
    schedule = {"entries": [
        {"id": "d", "start": start.isoformat(), "media": ["a" * 64], "repeat": "daily",
         "end_date": "2026-11-26", "title": "Hằng ngày"},
        {"id": "w", "start": start.isoformat(), "media": ["b" * 64], "repeat": "weekly",
         "weekdays": [3, 6], "title": "Thứ Tư và Thứ Bảy"},
        {"id": "t", "start": start.isoformat(), "media": [], "repeat": "daily"},
    ], "received": {}}
    found = occurrences(schedule, start - dt.timedelta(days=1), start + dt.timedelta(days=7))
    days = {(o.entry_id, o.start.astimezone(STATION_TZ).day) for o in found}
    assert days == {("d", 23), ("d", 24), ("d", 25), ("d", 26), ("w", 25), ("w", 28)}
    assert all(o.start.astimezone(STATION_TZ).hour == 17 for o in found)


def test_store_and_plan_import_no_qt() -> None:
    code = ("import sys; import console.playout.plan, console.delivery.adapters.local; "
            "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_commands_wait_while_the_window_is_closed(ctx: StationContext, local: str) -> None:
    from console.delivery.dispatcher import job_views
    from console.services.live_commands import device_command

    store = PlayoutStore(ctx.paths.root, local)
    ids = device_command(ctx, ADMIN, "set_volume", [local], volume=5)
    dispatcher = Dispatcher(ctx)
    try:
        [view] = dispatcher.drain(ids, timeout_s=0.5)
    finally:
        dispatcher.close()
    assert view.state == "queued" and "window is not open" in (view.detail or "")
    assert store.pending_commands() == []
    store.write_state({"running": True, "now_playing": None, "volume": 10})  # window opens
    dispatcher = Dispatcher(ctx)
    try:
        with ctx.db.write() as session:  # no need to wait for the back-off in a test
            from console.models import DeliveryJob

            session.get(DeliveryJob, ids[0]).next_attempt_at = dt.datetime.now(dt.UTC)
        [view] = dispatcher.drain(ids, timeout_s=5)
    finally:
        dispatcher.close()
    assert view.state == "delivered"
    assert [c["volume"] for c in store.pending_commands()] == [5]
    assert job_views(ctx, ids)[0].state == "delivered"
