"""An item the province withdraws after it was pushed leaves the programme (which goes back
to its approver), the devices drop it, the broadcast log records where and when, and the
Today page says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select, update

from console.delivery.dispatcher import Dispatcher
from console.models import AsRunEntry, ItemFile, Programme, ProgrammeEntry, SourceItem
from console.models.base import utcnow
from console.services.programmes.approval import approve
from console.services.today import read_today
from console.services.withdrawals import take_off_air
from console.timezone import station_now
from tests.support.delivery import ADMIN, FAST_RETRY, cache_sound


def test_a_withdrawn_item_disappears_from_the_devices(ctx, fleet, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    keep = cache_sound(ctx, tmp_path, "speech", -18.0)
    gone = cache_sound(ctx, tmp_path, "music", -14.0, seconds=3.0)
    with ctx.db.write() as session:
        for item_id, sha, title in (("tin-1", keep, "Lịch tiêm chủng"),
                                    ("tin-2", gone, "Giá lúa tuần này")):
            session.add(SourceItem(id=item_id, kind="audio", title=title, priority="normal",
                                   published_at=utcnow(), reviewed=True))
            session.flush()
            session.add(ItemFile(item_id=item_id, role="main", name="a.mp3",
                                 mime="audio/mpeg", size=1, sha256=sha, url="http://x/"))
        programme = Programme(name="Bản tin chiều", status="submitted", all_targets=True,
                              start_at=utcnow() + dt.timedelta(hours=3),
                              quiet_override_reason="thử nghiệm rút tin")
        for n, item_id in enumerate(("tin-1", "tin-2")):
            programme.entries.append(ProgrammeEntry(position=n, kind="item", item_id=item_id,
                                                    title=item_id, duration_s=5.0))
        session.add(programme)
        session.flush()
        pid = programme.id
    dispatcher = Dispatcher(ctx, workers=3, policy=FAST_RETRY, timeout_s=5.0)
    try:
        result = approve(ctx, ADMIN, pid)
        assert result.status == "scheduled"
        assert {v.state for v in dispatcher.drain(result.jobs, timeout_s=60)} == {"delivered"}
        device = fleet.devices["cl-001"]
        assert len(device.schedule["entries"][0]["media"]) == 2
        # the province withdraws one item, as the sync marks it
        with ctx.db.write() as session:
            session.execute(update(SourceItem).where(SourceItem.id == "tin-2").values(
                withdrawn=True, withdrawn_at=utcnow()))
        report = take_off_air(ctx, ["tin-2"])
        assert report.items == {"tin-2": "Giá lúa tuần này"}
        [change] = report.programmes
        assert change.back_to_approval and change.entries_removed == 1
        assert sorted(change.devices) == sorted(fleet.devices)
        assert {v.state for v in dispatcher.drain(report.jobs, timeout_s=60)} == {"delivered"}
    finally:
        dispatcher.close()
    with ctx.db.read() as session:
        programme = session.get(Programme, pid)
        assert programme.status == "submitted"  # back to its approver
        assert [e.item_id for e in programme.entries] == ["tin-1"]
        removed = session.scalars(select(AsRunEntry).where(AsRunEntry.result == "removed")).all()
    # the devices that take a schedule dropped the programme until it is approved again
    for simulated in fleet.reference_devices:
        assert simulated.schedule["entries"] == [], simulated.device_id
    assert {r.target_id for r in removed} == set(fleet.devices)  # where…
    assert all(r.item_id == "tin-2" and r.title == "Giá lúa tuần này" for r in removed)
    assert all(r.started_at is not None for r in removed)          # …and when
    today = read_today(ctx.db, station_now(), ctx.paths.root)
    [shown] = today.withdrawn
    assert shown.programme == "Bản tin chiều" and shown.titles == ("Giá lúa tuần này",)
    assert shown.back_to_approval and shown.devices == len(fleet.devices)
    # approved again without it, it goes back to the devices
    again = approve(ctx, ADMIN, pid)
    assert again.status == "scheduled" and again.jobs
