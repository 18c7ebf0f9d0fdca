"""An operator records a warning on the Emergency page, keeps it and broadcasts it at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.models import AuditEntry, SourceItem
from console.models.enums import Role
from console.services.permissions import Actor
from console.sim.devices import DeviceFleet
from console.station import StationContext
from console.ui.pages.base import PageEnv
from tests.ui.pages.devices.test_emergency_page import TIMEOUT, column, make_page
from tests.ui.pages.programmes.test_recording import WavSource, _tone


@pytest.mark.slow
def test_an_operator_keeps_a_recording_and_broadcasts_it(  # type: ignore[no-untyped-def]
        qtbot, ctx: StationContext, env: PageEnv, village_fleet: DeviceFleet,
        tmp_path: Path) -> None:
    operator = PageEnv(ctx=ctx, actor=Actor("vanhanh", Role.OPERATOR, "Lê Văn Đông"),
                       tasks=env.tasks, prefs=env.prefs, delivery=env.delivery)
    page = make_page(qtbot, operator)
    assert page.start_button.isEnabled()
    dialog = page.open_recorder(WavSource(_tone(tmp_path / "loa.wav", 1.0, 0.5)))
    assert dialog.purpose == "emergency"
    dialog.title_edit.setText("Khẩn cấp: cây đổ chắn đường liên thôn")
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.recorded_seconds >= 1.0, timeout=TIMEOUT)
    dialog.stop_button.click()
    qtbot.waitUntil(lambda: dialog.state == "taken", timeout=TIMEOUT)
    assert dialog.keep_button.isEnabled()  # EMERGENCY is enough here
    with qtbot.waitSignal(dialog.recorded, timeout=30_000) as kept:
        dialog.keep_button.click()
    item_id = kept.args[0]
    qtbot.waitUntil(lambda: page.selected_item_id() == item_id, timeout=TIMEOUT)
    assert page.item_combo.currentText().startswith("⚠ ")  # listed as an emergency item
    dialog.close()

    plan = page.plan()
    assert plan is not None and plan.item_id == item_id
    page.start(plan)
    qtbot.waitUntil(lambda: column(page, 2) == ["Delivered"] * 7, timeout=TIMEOUT)
    assert {d.emergency["title"] for d in village_fleet.reference_devices} == {
        "Khẩn cấp cây đổ chắn đường liên thôn"}
    assert all(d.emergency is not None for d in village_fleet.gateway_devices)  # they play the file
    page.stop()
    qtbot.waitUntil(lambda: column(page, 3) == ["Delivered"] * 7, timeout=TIMEOUT)
    with ctx.db.read() as session:
        item = session.get(SourceItem, item_id)
        assert item is not None and item.priority == "emergency" and item.local
        steps = session.execute(select(AuditEntry.actor, AuditEntry.action)
                                .order_by(AuditEntry.id)).all()
    mine = [action for actor, action in steps if actor == "vanhanh"]
    assert mine[:4] == ["library.import", "emergency.recording", "emergency.start",
                        "emergency.stop"]
    qtbot.waitUntil(lambda: env.tasks.pending_count == 0, timeout=TIMEOUT)
