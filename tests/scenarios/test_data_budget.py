"""The data budget from the window: on a metered link the first sync left the large videos
for later; the administrator sets a daily budget on the Outbox & sync page (the 3G preset,
then a size of their own for large files) and sees what was used today; in the library a
held-back video says why it waits, and "Tải về" brings it down with its progress and the
time left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.app import open_station
from console.models import AuditEntry, ItemFile, MediaBlob, SourceItem
from console.models.enums import MediaState
from console.services.permissions import SYSTEM
from console.services.source_account import connect_source
from console.settings import DATA_BUDGET_MB, DATA_BUDGET_ON, LARGE_FILE_MB, LINK_METERED
from console.sim.source import SimulatorConfig, SourceSimulator
from console.sync.service import SyncService
from console.ui.pages.outbox import OutboxPage

from .conftest import ADMIN, Scene
from .test_media_cache import open_item

pytestmark = [pytest.mark.slow,
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                        extend=True)]

MB = 2**20
WAIT = 30_000


@pytest.fixture
def source_sim() -> Iterator[SourceSimulator]:
    # Large videos, and a link slow enough (16 Mbit/s) that a download shows its progress.
    sim = SourceSimulator(SimulatorConfig(items=120, seed=7, bulk_files=2,
                                          bulk_file_bytes=4 * MB, rate_kbps=16_000)).start()
    yield sim
    sim.stop()


@pytest.fixture
def synced_copy(source_sim: SourceSimulator, tmp_path: Path) -> Path:
    """A station on a metered link, synced once: files over 2 MB were left for later."""
    data = tmp_path / "station"
    ctx = open_station(data)
    try:
        ctx.settings.set_many({LINK_METERED: True, LARGE_FILE_MB: 2})
        connect_source(ctx, SYSTEM, source_sim.url, "demo", "demo")
        SyncService(ctx).sync_once()
    finally:
        ctx.close()
    return data


def held_video(scene: Scene, sim: SourceSimulator) -> tuple[str, str, str]:
    """(item id, title, sha256) of an item whose large video is not on this PC."""
    with scene.ctx.db.read() as session:
        row = session.execute(
            select(SourceItem.id, SourceItem.title, ItemFile.sha256)
            .join(ItemFile, ItemFile.item_id == SourceItem.id)
            .join(MediaBlob, MediaBlob.sha256 == ItemFile.sha256)
            .where(ItemFile.sha256.in_(sim.bulk.hashes), SourceItem.withdrawn.is_(False),
                   MediaBlob.state != MediaState.READY)
            .order_by(SourceItem.id)).first()
    assert row is not None
    return row.id, row.title, row.sha256


def state_of(scene: Scene, sha256: str) -> str | None:
    with scene.ctx.db.read() as session:
        return session.scalar(select(MediaBlob.state).where(MediaBlob.sha256 == sha256))


def budget_change(scene: Scene) -> dict | None:  # type: ignore[type-arg]
    with scene.ctx.db.read() as session:
        return session.scalar(select(AuditEntry.detail).where(
            AuditEntry.action == "settings.data_budget", AuditEntry.actor == ADMIN.username))


def test_set_a_budget_and_download_a_held_back_video(qtbot, scene: Scene,  # type: ignore[no-untyped-def]
                                                     source_sim: SourceSimulator,
                                                     open_window) -> None:
    window = open_window(ADMIN)

    # The Mobile data box: no budget yet, and what the first sync used today.
    outbox = window.show_page("outbox")
    assert isinstance(outbox, OutboxPage)
    box = outbox.budget_box
    qtbot.waitUntil(lambda: box.status is not None, timeout=WAIT)
    assert box.title() == "Dữ liệu di động"
    assert box.usage_label.text().startswith("Đã dùng hôm nay: ")
    assert "không giới hạn theo ngày" in box.usage_label.text()
    assert box.metered_check.isChecked() and box.large_spin.value() == 2

    # The 3G preset, then large files from 2 MB again (own figures), saved.
    qtbot.mouseClick(box.on_check, Qt.MouseButton.LeftButton)
    box.preset_combo.setCurrentIndex(box.preset_combo.findText("3G (100 MB mỗi ngày)"))
    assert box.mb_spin.value() == 100 and box.large_spin.value() == 50
    box.large_spin.setFocus()
    box.large_spin.selectAll()
    qtbot.keyClicks(box.large_spin, "2")
    assert box.preset_combo.currentText() == "Số liệu riêng"
    assert box.save_button.isEnabled()
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: budget_change(scene) is not None, timeout=WAIT)
    assert budget_change(scene) == {"before": {"on": False}, "after": {"on": True}}
    assert scene.ctx.settings.get(DATA_BUDGET_ON) and scene.ctx.settings.get(DATA_BUDGET_MB) == 100
    qtbot.waitUntil(lambda: " trên 100 MB " in box.usage_label.text(), timeout=WAIT)
    used_before = box.status.today.total

    # The library: the held-back video says why, and "Tải về" brings it with its progress.
    item_id, title, sha = held_video(scene, source_sim)
    page = open_item(qtbot, window, item_id, title)
    preview = page.preview
    qtbot.waitUntil(lambda: preview.download_button.isVisible(), timeout=WAIT)
    assert "tính phí theo dung lượng" in preview.missing_label.text()
    assert preview.download_button.text() == "Tải về"
    qtbot.mouseClick(preview.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "còn khoảng" in preview.download_status.text(), timeout=WAIT)
    assert preview.download_bar.isVisible()
    qtbot.waitUntil(lambda: state_of(scene, sha) == MediaState.READY, timeout=60_000)
    qtbot.waitUntil(lambda: not preview.downloading, timeout=WAIT)
    assert preview.download_status.text() == "Đã tải về."
    assert not preview.download_bar.isVisible()

    # Today's use counts the video.
    outbox = window.show_page("outbox")
    qtbot.waitUntil(lambda: box.status is not None
                    and box.status.today.total >= used_before + 4 * MB, timeout=WAIT)
