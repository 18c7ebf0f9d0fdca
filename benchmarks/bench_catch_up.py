"""Bytes on the wire for a 30-day catch-up under the "3G" data budget, against the bytes of
what the schedule actually needs.

The scene: a commune PC on a metered link comes back to a month of the province's output
(15 items a day: news and notices as audio, text and pictures, some large videos for social
pages, a few emergencies). It syncs the catalogue, the operator plans the next 30 days (two
slots a day, 05:30 and 17:00, carrying the emergencies, the priority items and most of the
radio and board items), then the console syncs once a day for 30 days under the 3G preset
(100 MB a day, metered, files over 50 MB only on demand).

Needed (the floor): the catalogue (every byte of the answers that are not files: without them
nothing can be planned) plus every file the month's programmes play, plus emergency media.
Measured: every byte the source simulator sent during the catch-up. Goal: <= 1.1x. For
contrast, the bytes of a sync without a budget on an unmetered link (catalogue + every file).

    python benchmarks/bench_catch_up.py [--days 30] [--per-day 15] [--video-mb 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from pathlib import Path

from _common import MEDIA_CACHE, report
from sqlalchemy import select

from console.app import open_station
from console.media.cache import programme_hashes
from console.models import ItemFile, MediaBlob, Programme, SourceItem
from console.models.enums import MediaState, Role
from console.services import programmes as svc
from console.services.data_budget import PRESET_3G, PRESETS, save_budget
from console.services.permissions import SYSTEM, Actor
from console.services.source_account import connect_source
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.service import SyncService
from console.timezone import STATION_TZ, station_now

MB = 2**20
EDITOR = Actor("bientap", Role.EDITOR, "Biên tập viên")


def plan_month(ctx, days: int, share: float, seed: int) -> int:  # type: ignore[no-untyped-def]
    """Two programmes a day for `days` days from tomorrow; returns how many items they air."""
    with ctx.db.read() as session:
        rows = session.execute(select(SourceItem.id, SourceItem.kind, SourceItem.priority)
                               .where(SourceItem.withdrawn.is_(False),
                                      SourceItem.kind.in_(("audio", "text", "image")))
                               .order_by(SourceItem.published_at.desc())).all()
    rng = random.Random(seed)
    chosen = [r.id for r in rows if r.priority != "normal" or rng.random() < share]
    slots = [(day, hour) for day in range(1, days + 1) for hour in ((5, 30), (17, 0))]
    today = station_now().date()
    for n, (day, (hour, minute)) in enumerate(slots):
        items = chosen[n::len(slots)]
        if not items:
            continue
        start = dt.datetime.combine(today + dt.timedelta(days=day), dt.time(hour, minute),
                                    STATION_TZ)
        svc.create_programme(ctx.db, EDITOR, f"Bản tin {start:%d/%m %H:%M}", start_at=start,
                             item_ids=items)
    return len(chosen)


def needed_files(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ctx.db.read() as session:
        programmes = list(session.scalars(select(Programme.id)))
        sizes = dict(session.execute(select(MediaBlob.sha256, MediaBlob.size)).all())
        emergency = set(session.scalars(
            select(ItemFile.sha256).join(SourceItem, SourceItem.id == ItemFile.item_id)
            .where(SourceItem.priority == "emergency", SourceItem.withdrawn.is_(False))))
    wanted = programme_hashes(ctx.db, programmes) | emergency
    return {sha: sizes[sha] for sha in wanted if sha in sizes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=15)
    parser.add_argument("--video-mb", type=int, default=60)
    parser.add_argument("--share", type=float, default=0.7,
                        help="share of the normal radio and board items the operator airs")
    args = parser.parse_args()

    items = args.days * args.per_day
    videos = max(1, items // 15)
    sim = SourceSimulator(SimulatorConfig(items=items, seed=11, media_dir=MEDIA_CACHE,
                                          bulk_files=videos,
                                          bulk_file_bytes=args.video_mb * MB)).start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            ctx = open_station(Path(tmp) / "station")
            try:
                connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
                save_budget(ctx, SYSTEM, PRESETS[PRESET_3G])
                sync = SyncService(ctx)
                sync.sync_once(media=False)   # the catalogue first: the operator plans on it
                aired = plan_month(ctx, args.days, args.share, seed=5)
                runs = []
                for _day in range(args.days):  # one sync a day, each with the day's budget
                    result = sync.sync_once(budget_mb=PRESETS[PRESET_3G].mb_per_day)
                    runs.append(result)
                stats = sim.stats.snapshot()
                with ctx.db.read() as session:
                    every = dict(session.execute(select(MediaBlob.sha256, MediaBlob.size)).all())
                    ready = set(session.scalars(select(MediaBlob.sha256).where(
                        MediaBlob.state == MediaState.READY)))
                needed = needed_files(ctx)
            finally:
                ctx.close()
    finally:
        sim.stop()

    wire = stats["bytes_sent"]
    catalogue = wire - stats["file_bytes_sent"]
    floor = catalogue + sum(needed.values())
    everything = catalogue + sum(every.values())
    missing = [sha for sha in needed if sha not in ready]
    busy_days = sum(1 for r in runs if r.files_downloaded)
    extra = [sha for sha in ready if sha not in needed]
    print(f"catalogue: {items} items, {len(every)} files ({sum(every.values()) / MB:.0f} MB, "
          f"{videos} videos of {args.video_mb} MB); the month's programmes air {aired} items")
    print(f"needed: catalogue {catalogue / MB:.1f} MB + {len(needed)} files "
          f"{sum(needed.values()) / MB:.1f} MB = {floor / MB:.1f} MB; on this PC at the end: "
          f"{len(needed) - len(missing)}/{len(needed)}")
    print(f"on the wire: {wire / MB:.1f} MB in {len(runs)} daily syncs (files came on "
          f"{busy_days} of them); held back at the end: {runs[-1].held_back} files "
          f"({runs[-1].held_bytes / MB:.0f} MB): videos and large files, for an unmetered "
          f"link or on demand")
    print(f"fetched but not needed by the schedule: {len(extra)} files "
          f"({sum(every[sha] for sha in extra) / MB:.1f} MB)")
    report("catch-up, 3G preset, 30 days", f"{wire / MB:.1f} MB on the wire",
           f"{floor / MB:.1f} MB needed", wire / floor, "<= 1.1x")
    report("no budget, unmetered (contrast)", f"{everything / MB:.1f} MB",
           f"{floor / MB:.1f} MB needed", everything / floor, "(none)")


if __name__ == "__main__":
    main()
