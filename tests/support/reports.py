"""A known station for the report tests: villages, targets, items and an as-run log."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from console.models import (
    AsRunEntry,
    Category,
    Contribution,
    DeliveryTarget,
    DeviceStatusSample,
    SourceItem,
)
from console.models.station import Village
from console.station import StationContext
from console.timezone import STATION_TZ

_ids = itertools.count(1)


def vn(text: str) -> dt.datetime:
    """'2026-11-03 06:00' or '2026-11-03 06:00:30' in station time (aware)."""
    fmt = "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(text, fmt).replace(tzinfo=STATION_TZ)


def add_station(ctx: StationContext) -> None:
    """Two villages, three clusters (c1, c2 in Thôn Đông; c3 in Ấp Bắc), one board."""
    with ctx.db.write() as s:
        s.add_all([Village(id=1, name="Thôn Đông"), Village(id=2, name="Ấp Bắc")])
        s.flush()
        for tid, kind, name, village in (
                ("c1", "loudspeaker_cluster", "Cụm loa chợ", 1),
                ("c2", "loudspeaker_cluster", "Cụm loa trường", 1),
                ("c3", "loudspeaker_cluster", "Cụm loa bến đò", 2),
                ("b1", "bulletin_board", "Bảng tin UBND", None)):
            s.add(DeliveryTarget(id=tid, kind=kind, name=name, village_id=village,
                                 protocol="reference", address="http://127.0.0.1:9"))
        s.add_all([Category(code="nn", name="Nông nghiệp"),
                   Category(code="pccc", name="Phòng chống thiên tai")])


def add_item(ctx: StationContext, item_id: str, published: str, *, priority: str = "normal",
             category: str | None = "nn", kind: str = "audio", local: bool = False) -> None:
    with ctx.db.write() as s:
        s.add(SourceItem(id=item_id, kind=kind, title=f"Tin {item_id}", priority=priority,
                         category_code=category, published_at=vn(published), local=local,
                         origin="commune" if local else "province"))


def add_run(ctx: StationContext, target: str, started: str, played_s: float, *,
            item: str | None = None, title: str | None = None, result: str = "success",
            priority: str = "normal", scheduled: str | None = None,
            requested_s: float | None = None, origin: str | None = None,
            programme: int | None = None) -> str:
    kinds = {"b": "bulletin_board"}
    start = vn(started)
    entry_id = f"run-{next(_ids):05d}"
    with ctx.db.write() as s:
        s.add(AsRunEntry(
            id=entry_id, item_id=item, programme_id=programme,
            title=title or (f"Tin {item}" if item else "Chương trình của xã"),
            target_id=target, target_kind=kinds.get(target[0], "loudspeaker_cluster"),
            scheduled_at=vn(scheduled) if scheduled else None, started_at=start,
            ended_at=start + dt.timedelta(seconds=played_s), played_s=played_s,
            requested_s=requested_s if requested_s is not None else played_s, result=result,
            priority=priority,
            content_origin=origin or ("source" if item else "own"), source="device"))
    return entry_id


def add_samples(ctx: StationContext, target: str, statuses: list[tuple[str, str]]) -> None:
    with ctx.db.write() as s:
        for at, status in statuses:
            s.add(DeviceStatusSample(target_id=target, at=vn(at), status=status))


def known_log(ctx: StationContext) -> dict[str, Any]:
    """The as-run log the indicator tests check, entry by entry (see test_indicators.py)."""
    add_station(ctx)
    add_item(ctx, "tin-a", "2026-10-31 23:50")                       # normal, nn
    add_item(ctx, "tin-b", "2026-11-02 05:00", priority="priority", category="nn")
    add_item(ctx, "kc-1", "2026-11-15 10:00", priority="emergency", category="pccc")
    add_item(ctx, "kc-2", "2026-11-20 14:00", priority="emergency", category="pccc")
    add_item(ctx, "tin-c", "2026-11-25 08:00")                       # never aired
    add_item(ctx, "relay-1", "2026-11-01 00:00", kind="stream", category=None)
    add_item(ctx, "local-1", "2026-11-03 00:00", local=True, category=None)
    add_item(ctx, "tin-d", "2026-12-01 00:00")                       # December
    ids: dict[str, Any] = {}
    # tin-a: 31 Oct 23:59 VN (October) on c1; 1 Nov 00:00 VN on c1, c2, c3 (one airing).
    ids["a_oct"] = add_run(ctx, "c1", "2026-10-31 23:59", 300, item="tin-a",
                           scheduled="2026-10-31 23:59")
    ids["a_nov"] = [add_run(ctx, t, "2026-11-01 00:00:0" + str(n), 300 - n, item="tin-a",
                            scheduled="2026-11-01 00:00") for n, t in enumerate(("c1", "c2", "c3"))]
    # tin-b on 3 Nov 06:00 on c1 (success 600 s), c2 (partial 400 of 600), c3 failed.
    ids["b"] = [add_run(ctx, "c1", "2026-11-03 06:00", 600, item="tin-b", priority="priority",
                        scheduled="2026-11-03 06:00"),
                add_run(ctx, "c2", "2026-11-03 06:00:05", 400, item="tin-b", priority="priority",
                        scheduled="2026-11-03 06:00", requested_s=600, result="partial"),
                add_run(ctx, "c3", "2026-11-03 06:00", 0, item="tin-b", priority="priority",
                        scheduled="2026-11-03 06:00", requested_s=600, result="failed")]
    # the commune's own programme on 3 Nov 06:10 on c1 (900 s) and on the board (60 s).
    ids["own"] = [add_run(ctx, "c1", "2026-11-03 06:10", 900, scheduled="2026-11-03 06:10"),
                  add_run(ctx, "b1", "2026-11-03 06:10", 60, scheduled="2026-11-03 06:10")]
    # a local item (commune-made), 4 Nov 17:00, c3 only: own production.
    ids["local"] = add_run(ctx, "c3", "2026-11-04 17:00", 180, item="local-1",
                           scheduled="2026-11-04 17:00")
    # relay of the provincial news, 5 Nov 18:00, c1 and c2, 1800 s.
    ids["relay"] = [add_run(ctx, t, "2026-11-05 18:00", 1800, item="relay-1",
                            scheduled="2026-11-05 18:00") for t in ("c1", "c2")]
    # emergency kc-1 published 10:00, aired 10:08 (unscheduled command) on c1..c3, 120 s.
    ids["kc1"] = [add_run(ctx, t, f"2026-11-15 10:08:{n * 20:02d}", 120, item="kc-1",
                          priority="emergency") for n, t in enumerate(("c1", "c2", "c3"))]
    # emergency kc-2 published 14:00, first aired 14:40 (late), again 30 Nov 23:59:30.
    ids["kc2"] = [add_run(ctx, "c1", "2026-11-20 14:40", 120, item="kc-2",
                          priority="emergency"),
                  add_run(ctx, "c1", "2026-11-30 23:59:30", 120, item="kc-2",
                          priority="emergency")]
    # tin-b again on 1 Dec 00:00 VN (December, 30 Nov 17:00 UTC).
    ids["b_dec"] = add_run(ctx, "c1", "2026-12-01 00:00", 600, item="tin-b",
                           priority="priority", scheduled="2026-12-01 00:00")
    # tin-d on 2 Jan 2027 (next year).
    ids["d_jan"] = add_run(ctx, "c2", "2027-01-02 06:00", 200, item="tin-d",
                           scheduled="2027-01-02 06:00")
    # availability: c1 online all day long, c2 half offline, c3 never seen; board one fault.
    add_samples(ctx, "c1", [("2026-11-03 06:00", "online"), ("2026-11-03 12:00", "playing")])
    add_samples(ctx, "c2", [("2026-11-03 06:00", "online"), ("2026-11-03 12:00", "offline")])
    add_samples(ctx, "b1", [("2026-11-03 06:00", "fault"), ("2026-11-04 06:00", "online"),
                            ("2026-11-04 07:00", "online"), ("2026-11-04 08:00", "unknown")])
    add_samples(ctx, "c1", [("2026-10-31 23:59", "offline")])  # October: not in November
    # contributions: one on 31 Oct 23:30 VN (October), one in November.
    with ctx.db.write() as s:
        s.add(Contribution(item_id="local-1", created_at=vn("2026-10-31 23:30")))
        s.add(Contribution(item_id="local-1", created_at=vn("2026-11-10 09:00")))
    return ids
