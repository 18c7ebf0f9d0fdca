"""Two PCs on one database, each with its own verified media cache: a file ready on the
PC that synced is fetched into the other PC's cache when that PC needs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.app import open_station
from console.media.store import MediaStore
from console.models import ItemFile
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
