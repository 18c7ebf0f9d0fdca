""""Download now" for one item, through the real source simulator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from console.models import ItemFile, MediaBlob, SourceItem
from console.models.enums import Role
from console.retry import RetryPolicy
from console.services.errors import PermissionDenied
from console.services.library_media import download_item_media, missing_hashes
from console.services.permissions import Actor
from console.sim.source import SimulatorConfig, SourceSimulator
from console.station import StationContext
from console.sync.service import SyncService
from console.ui.library.preview import PreviewPanel

pytestmark = pytest.mark.slow
OPERATOR = Actor("vanhanh", Role.OPERATOR, "Lê Văn Đông")


@pytest.fixture
def synced(ctx: StationContext, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[StationContext]:
    media = tmp_path_factory.getbasetemp() / "library-sim-media"
    with SourceSimulator(SimulatorConfig(items=40, seed=7, media_dir=media)) as sim:
        service = SyncService(ctx, policy=RetryPolicy(attempts=6, base_s=0.02, cap_s=0.2))
        service.login(sim.url, "demo", "demo")
        service.sync_once(media=False)
        yield ctx


def _audio_item(ctx: StationContext) -> str:
    with ctx.db.read() as session:
        return session.scalars(select(SourceItem.id).join(ItemFile)
                               .where(SourceItem.kind == "audio").limit(1)).one()


def test_download_now_fetches_only_that_item(synced: StationContext) -> None:
    item_id = _audio_item(synced)
    wanted = missing_hashes(synced.db, [item_id])
    assert wanted
    with pytest.raises(PermissionDenied):
        download_item_media(synced, Actor("xem", Role.VIEWER), [item_id])
    stats = download_item_media(synced, OPERATOR, [item_id])
    assert stats.files_downloaded == len(wanted)
    assert missing_hashes(synced.db, [item_id]) == set()
    with synced.db.read() as session:
        ready = session.scalar(select(MediaBlob.sha256).where(MediaBlob.state == "ready")
                               .where(MediaBlob.sha256.not_in(wanted)).limit(1))
    assert ready is None   # nothing else was downloaded


def test_download_now_from_the_preview(qtbot, synced: StationContext, tasks) -> None:  # type: ignore[no-untyped-def]
    item_id = _audio_item(synced)
    panel = PreviewPanel(synced, OPERATOR, tasks)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_item(item_id)
    qtbot.waitUntil(lambda: panel.details is not None, timeout=5000)
    assert panel.media.currentWidget() is panel.missing
    assert panel.download_button.isEnabled()
    with qtbot.waitSignal(panel.files_changed, timeout=30_000):
        panel.download_button.click()
    qtbot.waitUntil(lambda: panel.media.currentWidget() is panel.audio, timeout=10_000)
    qtbot.waitUntil(lambda: panel.audio.player.duration() > 0, timeout=10_000)
    assert Path(str(panel.audio.file.path)).is_file()  # type: ignore[union-attr]
