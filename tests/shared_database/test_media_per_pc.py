"""Two PCs on one database, each with its own verified media cache: a file ready on the
PC that synced is fetched into the other PC's cache when that PC needs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.app import open_station
from console.media.store import MediaStore
from console.models import ItemFile, Programme
from console.services.library_media import download_item_media, missing_hashes
from console.services.permissions import SYSTEM
from console.services.source_account import connect_source
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.service import SyncService

pytestmark = pytest.mark.postgres_only


def test_the_other_pc_fetches_into_its_own_cache(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SourceSimulator(SimulatorConfig(items=20, seed=3)) as sim:
        connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
        with ctx.db.read() as session:
            item_id, sha = session.execute(select(ItemFile.item_id, ItemFile.sha256)
                                           .order_by(ItemFile.item_id).limit(1)).one()
        assert MediaStore(ctx.paths.media).has(sha)
        other = open_station(tmp_path / "leader-pc")  # the same database, its own folder
        try:
            store = MediaStore(other.paths.media)
            assert not store.has(sha)
            assert sha in missing_hashes(other.db, [item_id], store)
            assert sha not in missing_hashes(ctx.db, [item_id], MediaStore(ctx.paths.media))
            connect_source(other, SYSTEM, sim.url, "demo", "demo")  # its own keyring entry
            stats = download_item_media(other, SYSTEM, [item_id])
            assert stats.files_downloaded >= 1 and store.has(sha)
            assert missing_hashes(other.db, [item_id], store) == set()
        finally:
            other.close()


def test_one_pc_evicts_the_other_pushes_its_copy_and_the_first_fetches_again(  # type: ignore[no-untyped-def]
        ctx, tmp_path: Path) -> None:
    from console.delivery.dispatcher import Dispatcher
    from console.media.cache import wanted_again
    from console.services.library_details import item_details
    from console.services.library_media import media_fetcher
    from console.services.media_cache import prune_cache, read_cache_status
    from console.services.push import create_delivery_jobs
    from console.settings import STATION_CODE
    from console.sim.devices import DeviceFleet, FleetConfig
    from tests.support.delivery import ADMIN, FAST_RETRY, make_programme, register

    with SourceSimulator(SimulatorConfig(items=8, seed=5)) as sim, \
            DeviceFleet(FleetConfig(clusters=1, boards=0, protocol="reference")) as fleet:
        connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
        SyncService(ctx).sync_once()                     # the operator's PC fetches all
        with ctx.db.read() as session:
            item_id, sha = session.execute(select(ItemFile.item_id, ItemFile.sha256)
                                           .order_by(ItemFile.item_id).limit(1)).one()
        operator = MediaStore(ctx.paths.media)
        leader = open_station(tmp_path / "leader-pc")
        try:
            assert leader.db.cache_owner and ctx.db.cache_owner
            assert leader.db.cache_owner != ctx.db.cache_owner
            connect_source(leader, SYSTEM, sim.url, "demo", "demo")
            download_item_media(leader, SYSTEM, [item_id])
            own = MediaStore(leader.paths.media)
            assert own.has(sha)

            # The operator's PC empties its cache of all it may: the leader's is its own.
            pruned = prune_cache(ctx, SYSTEM, max_gb=0)
            assert pruned.files >= 1 and not operator.has(sha)
            assert sha in missing_hashes(ctx.db, [item_id])
            assert read_cache_status(ctx).evicted_files == pruned.files
            assert missing_hashes(leader.db, [item_id], own) == set()
            status = read_cache_status(leader)
            assert status.evicted_files == 0 and status.files >= 1
            leader_file = next(f for f in item_details(leader.db, leader.paths.media,
                                                       item_id).files if f.sha256 == sha)
            assert leader_file.state == "ready" and leader_file.path is not None
            operator_file = next(f for f in item_details(ctx.db, ctx.paths.media, item_id).files
                                 if f.sha256 == sha)
            assert operator_file.state == "evicted" and operator_file.path is None

            # The leader's PC pushes the file it holds: nothing is downloaded for it.
            leader.settings.set(STATION_CODE, "XA-PHULOC")
            register(leader, fleet)
            register(ctx, fleet)  # device keys are in each PC's own keyring
            programme = make_programme(leader, [sha])
            fetched: list[list[str]] = []
            fetch = media_fetcher(leader)
            assert fetch is not None
            sender = Dispatcher(leader, policy=FAST_RETRY, timeout_s=3.0,
                                fetch=lambda shas: fetched.append(shas) or fetch(shas))
            try:
                with leader.db.write() as session:
                    jobs = create_delivery_jobs(session, programme, ADMIN)
                assert {v.state for v in sender.drain(jobs, timeout_s=20)} == {"delivered"}
            finally:
                sender.close()
            assert fetched == []
            device = next(iter(fleet.devices.values()))
            assert sha in device.media

            # Now a programme needs it, the operator's PC wants it back (its sync fetches
            # it), and a push from there fetches it at once into its own cache.
            assert sha in wanted_again(ctx.db) and sha not in wanted_again(leader.db)
            with ctx.db.write() as session:
                session.get(Programme, programme).version = 2
                jobs = create_delivery_jobs(session, programme, ADMIN)
            sender = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=3.0,
                                fetch=media_fetcher(ctx))
            try:
                assert {v.state for v in sender.drain(jobs, timeout_s=30)} == {"delivered"}
            finally:
                sender.close()
            assert operator.has(sha)
            assert sha not in missing_hashes(ctx.db, [item_id], operator)
            assert sha not in wanted_again(ctx.db)
        finally:
            leader.close()


def test_a_shared_media_folder_keeps_one_state(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PCs that share a media folder share its files' states too (media_blob's)."""
    from console.workstation import Workstation, load, save

    shared = tmp_path / "shared-media"
    root = tmp_path / "second-pc"
    save(root, Workstation(None, str(shared)))
    other = open_station(root)
    try:
        assert other.db.cache_owner is None and other.paths.media == shared
        assert load(root).id is None   # no id is needed: nothing is kept per PC
    finally:
        other.close()


def test_each_pcs_player_uses_its_own_cache_and_fetches_what_it_lacks(  # type: ignore[no-untyped-def]
        ctx, tmp_path: Path, qtbot) -> None:
    import datetime as dt

    from console.media.playout_store import PlayoutStore
    from console.playout.engine import PlayoutEngine
    from console.services.library_media import media_fetcher
    from console.timezone import STATION_TZ

    with SourceSimulator(SimulatorConfig(items=6, seed=7)) as sim:
        connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
        with ctx.db.read() as session:
            sha = session.scalar(select(ItemFile.sha256).order_by(ItemFile.item_id).limit(1))
        leader = open_station(tmp_path / "leader-pc")
        engines: list[PlayoutEngine] = []
        try:
            connect_source(leader, SYSTEM, sim.url, "demo", "demo")
            start = (dt.datetime.now(STATION_TZ) + dt.timedelta(minutes=30)).isoformat()
            schedule = {"version": 1, "entries": [{
                "id": "prog-1-v1-r0", "start": start, "media": [sha], "durations": [5.0],
                "title": "Bản tin chiều"}]}
            for station in (ctx, leader):   # what a push leaves in each PC's own folder
                PlayoutStore(station.paths.root, "loa-may-tinh").save_schedule(schedule)
                engine = PlayoutEngine(station, "loa-may-tinh", has_output=lambda: False,
                                       fetch=media_fetcher(station))
                engines.append(engine)
                assert [p.title for p in engine.upcoming(dt.timedelta(hours=1))] == [
                    "Bản tin chiều"]
            operator, other = engines
            assert operator.fetching is None            # it holds the file: nothing fetched
            assert other.fetching is not None
            other.fetching.result(timeout=60)
            assert MediaStore(leader.paths.media).has(sha)
            assert _ready_here(leader, sha)
        finally:
            for engine in engines:
                engine.stop()
            leader.close()


def _ready_here(station, sha: str) -> bool:  # type: ignore[no-untyped-def]
    from console.media.copies import ready_among

    return sha in ready_among(station.db, [sha])


def test_a_pc_upgraded_to_its_own_rows_adopts_the_files_in_its_folder(  # type: ignore[no-untyped-def]
        ctx) -> None:
    """The upgrade that brought per-PC states (0011) knows no PC's files: at its next
    start each PC takes the verified files of its own folder as ready, and downloads
    nothing again."""
    from sqlalchemy import delete

    from console.media.copies import stored_hashes
    from console.models import MediaCopy

    with SourceSimulator(SimulatorConfig(items=6, seed=9)) as sim:
        connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
    on_disk = stored_hashes(MediaStore(ctx.paths.media))
    assert on_disk
    with ctx.db.write() as session:              # as 0011 leaves a station's database
        session.execute(delete(MediaCopy))
    assert not any(_ready_here(ctx, sha) for sha in on_disk)
    again = open_station(ctx.paths.root)
    try:
        assert again.db.cache_owner == ctx.db.cache_owner   # the id kept in workstation.json
        assert all(_ready_here(again, sha) for sha in on_disk)
    finally:
        again.close()


def test_the_leaders_push_is_sent_by_the_operators_pc_which_makes_the_encode_again(  # type: ignore[no-untyped-def]
        ctx, tmp_path: Path) -> None:
    """The leader pushes (the loudness-adjusted MP3 is made on the leader's PC); the
    operator's PC, which sends for the station and had evicted the bulletin, fetches it
    and makes the same MP3 again before sending."""
    from console.delivery.dispatcher import Dispatcher
    from console.models import DeliveryJob, LoudnessEncode
    from console.services.library_media import media_fetcher
    from console.services.media_cache import prune_cache
    from console.services.push import push_programme
    from console.settings import STATION_CODE
    from console.sim.devices import DeviceFleet, FleetConfig
    from tests.support.delivery import ADMIN, FAST_RETRY, make_programme, register

    with SourceSimulator(SimulatorConfig(items=12, seed=11)) as sim, \
            DeviceFleet(FleetConfig(clusters=1, boards=0, protocol="reference")) as fleet:
        connect_source(ctx, SYSTEM, sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
        with ctx.db.read() as session:
            item_id, sha = session.execute(
                select(ItemFile.item_id, ItemFile.sha256)
                .where(ItemFile.mime.like("audio/%")).order_by(ItemFile.item_id).limit(1)).one()
        prune_cache(ctx, SYSTEM, max_gb=0)
        operator = MediaStore(ctx.paths.media)
        assert not operator.has(sha)
        leader = open_station(tmp_path / "leader-pc")
        try:
            connect_source(leader, SYSTEM, sim.url, "demo", "demo")
            download_item_media(leader, SYSTEM, [item_id])
            leader.settings.set(STATION_CODE, "XA-PHULOC")
            register(leader, fleet)
            register(ctx, fleet)
            programme = make_programme(leader, [sha])
            jobs = push_programme(leader, ADMIN, programme)       # the encode, on the leader
            with leader.db.read() as session:
                encode = session.scalar(select(LoudnessEncode.sha256).where(
                    LoudnessEncode.source_sha256 == sha, LoudnessEncode.format == "mp3"))
                payload = session.get(DeliveryJob, jobs[0]).payload
            assert encode and encode != sha and encode in str(payload)
            assert MediaStore(leader.paths.media).has(encode) and not operator.has(encode)

            sender = Dispatcher(ctx, policy=FAST_RETRY, timeout_s=3.0,
                                fetch=media_fetcher(ctx))
            try:
                views = sender.drain(jobs, timeout_s=60)
            finally:
                sender.close()
            assert {v.state for v in views} == {"delivered"}, views
            assert operator.has(sha) and operator.has(encode)     # the same bytes, made here
            device = next(iter(fleet.devices.values()))
            assert encode in device.media
        finally:
            leader.close()
