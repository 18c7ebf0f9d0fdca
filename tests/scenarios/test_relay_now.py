"""Tiếp sóng ngay: the province calls for the national radio to be relayed now. On the
Devices page the operator picks a relay item for "Phát ngay…": a cluster that cannot play
a stream is named and nothing goes; the gateway's clusters play the stream (not its
description read aloud) until the operator stops them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from console.models import DeliveryTarget, SourceItem
from console.models.base import utcnow
from console.ui.dialogs.item_picker import ItemPicker
from console.ui.dialogs.live_confirm import LiveConfirmDialog
from console.ui.pages.devices import DevicesPage
from tests.support.delivery import no_quiet_hours

from .conftest import ADMIN, Scene
from .test_on_air import choose_in_picker, click_rows, play_now, when_modal
from .week_steps import WAIT

STREAM = "http://127.0.0.1:9/vov1.mp3"  # never fetched: the simulated clusters note it
TITLE = "Tiếp sóng Đài Tiếng nói Việt Nam: thông báo của Chính phủ"


def test_a_relay_now_plays_the_stream_on_the_clusters_that_can(
        qtbot, scene: Scene, open_window) -> None:  # type: ignore[no-untyped-def]
    no_quiet_hours(scene.ctx)
    with scene.ctx.db.write() as session:  # as the source system sends a relay item
        session.add(SourceItem(id="ts-chinh-phu", kind="stream", title=TITLE,
                               body="Chương trình tiếp sóng trực tiếp.", priority="priority",
                               published_at=utcnow(), stream_url=STREAM, reviewed=True))
    with scene.ctx.db.read() as session:
        gateway = sorted(session.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.protocol == "gateway")))
        reference = sorted(session.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.protocol == "reference",
            DeliveryTarget.kind == "loudspeaker_cluster")))
    window = open_window(ADMIN)
    page = window.show_page("devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= len(gateway) + len(reference),
                    timeout=WAIT)

    def confirm(dialog: LiveConfirmDialog) -> None:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    # A reference cluster among the chosen: named, and nothing goes anywhere.
    click_rows(qtbot, page, [gateway[0], reference[0]])

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemPicker)
        choose_in_picker(qtbot, dialog, TITLE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(ItemPicker, pick)
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "không tiếp sóng được" in page.message.text(), timeout=WAIT)
    assert scene.fleet.devices[reference[0]].name in page.message.text()
    assert all(scene.fleet.devices[t].now_playing is None for t in gateway + reference)

    # The gateway's clusters: the stream plays until it is stopped.
    click_rows(qtbot, page, gateway)
    facts, _quiet = play_now(qtbot, page, TITLE, confirm)
    assert TITLE in facts, facts
    assert "Thời lượng: đến khi dừng phát, tối đa 4 giờ (tiếp sóng)" in facts, facts
    qtbot.waitUntil(lambda: all(scene.fleet.devices[t].now_playing == STREAM
                                for t in gateway), timeout=WAIT)
    assert not any(scene.fleet.devices[t].media for t in gateway)  # nothing read out

    # Until the operator stops it.
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(scene.fleet.devices[t].now_playing is None
                                for t in gateway), timeout=WAIT)
