"""Tiếp sóng: the evening news of the national radio, relayed every day at 18:00. The
editor makes it a programme of its own with the Relay button, the check names the clusters
that cannot relay at a set time, the programme goes to the ones that can, and their
playlists hold the stream at its time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from console.models import DeliveryTarget
from console.timezone import STATION_TZ, station_now
from console.ui.dialogs.relay_dialog import RelayDialog
from console.ui.dialogs.targets_dialog import TargetsDialog

from .conftest import ADMIN, Scene, shoot, type_text
from .week_steps import WAIT, ok, programmes_page, wait_idle

STREAM = "http://127.0.0.1:9/vov1.mp3"  # never fetched: the simulated clusters note it


def test_a_relay_goes_on_air_on_the_clusters_that_can_play_it(
        qtbot, scene: Scene, open_window) -> None:  # type: ignore[no-untyped-def]
    with scene.ctx.db.read() as session:  # which clusters are behind the vendor gateway
        gateway = set(session.scalars(select(DeliveryTarget.id).where(
            DeliveryTarget.protocol == "gateway")))
        reference_names = set(session.scalars(select(DeliveryTarget.name).where(
            DeliveryTarget.protocol == "reference",
            DeliveryTarget.kind == "loudspeaker_cluster")))
    assert gateway and reference_names
    airs = dt.datetime.combine(station_now().date() + dt.timedelta(days=1), dt.time(18),
                               STATION_TZ)

    window = open_window(ADMIN)
    page = programmes_page(window)
    wait_idle(qtbot, window)
    type_text(page.name_edit, "Tiếp sóng thời sự tối")
    page.start_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(airs.timestamp())))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.controller.row is not None
                    and page.controller.row.name == "Tiếp sóng thời sự tối", timeout=WAIT)

    # The relay: an address it cannot use is said so, and the dialog stays open.
    assert page.relay_button.text() == "Tiếp sóng…"
    qtbot.mouseClick(page.relay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "relay_dialog", None), RelayDialog),
                    timeout=WAIT)
    dialog = page.relay_dialog
    type_text(dialog.url_edit, "vov1")
    ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "http://" in dialog.problem.text() and "địa chỉ" in dialog.problem.text()
    qtbot.keyClick(dialog.url_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.url_edit, STREAM)
    assert dialog.problem.isHidden()  # said until the address changed
    type_text(dialog.title_edit, "Thời sự VOV1")
    assert dialog.minutes_spin.value() == 30
    shoot(dialog, "programme-relay-vi")
    qtbot.mouseClick(ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page._entries) == 1, timeout=WAIT)
    entry = page._entries[0]
    assert (entry.kind, entry.title, entry.duration_s) == ("stream", "Thời sự VOV1", 1800.0)
    model = page.entry_table.model()
    assert any(model.index(0, c).data() == "Tiếp sóng" for c in range(model.columnCount()))

    # To the whole commune, the check names the clusters that cannot relay at a set time.
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "không tiếp sóng được theo giờ" in page.problems_label.text(),
                    timeout=WAIT)
    said = page.problems_label.text()
    assert page.owed_label.isHidden()  # nothing is offered to join a relay
    buttons = (page.library_button, page.record_button, page.text_button, page.pause_button,
               page.jingle_button, page.relay_button)
    assert all(b.width() >= b.sizeHint().width() for b in buttons)  # none cut at 1366
    shoot(window, "programme-relay-check-vi")
    assert all(name in said for name in reference_names), said

    # So it goes to the gateway's clusters only.
    qtbot.mouseClick(page.targets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "targets_dialog", None), TargetsDialog),
                    timeout=WAIT)
    tree = page.targets_dialog
    tree.root.setCheckState(0, Qt.CheckState.Unchecked)
    for target_id in gateway:
        tree.item_for(target_id).setCheckState(0, Qt.CheckState.Checked)
    ok(tree)
    qtbot.waitUntil(lambda: page.controller.row is not None
                    and set(page.controller.row.targets.split(",")) == gateway, timeout=WAIT)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tiếp sóng" not in page.problems_label.text().lower()
                    and page.problems_label.text() != said, timeout=WAIT)

    # Approved, it is on the gateway clusters' playlists as a stream at 18:00.
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.controller.row.status == "scheduled", timeout=60_000)

    def relays(target_id: str) -> list[dict]:
        device = scene.fleet.devices[target_id]
        return [e for e in device.schedule.get("entries", []) if e.get("stream") == STREAM]

    qtbot.waitUntil(lambda: all(relays(t) for t in gateway), timeout=60_000)
    starts = {dt.datetime.fromisoformat(e["start"]) for t in gateway for e in relays(t)}
    assert starts == {airs}
    others = set(scene.fleet.devices) - gateway
    assert not any(relays(t) for t in others)
