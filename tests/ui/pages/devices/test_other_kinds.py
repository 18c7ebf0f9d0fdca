"""The Devices page lists every kind of target, not only clusters and boards."""

from __future__ import annotations

from console.services.device_overview import read_targets
from console.services.device_registry import import_device_rows
from console.station import StationContext
from console.ui.pages.devices_model import kind_label
from tests.support.delivery import ADMIN


def test_icecast_targets_and_this_pc_are_listed(ctx: StationContext) -> None:
    report = import_device_rows(ctx, [
        {"id": "pc-loa", "kind": "local", "name": "Loa máy tính", "protocol": "local",
         "address": ""},
        {"id": "ice-1", "kind": "cluster", "name": "Cụm loa nghe qua Icecast",
         "protocol": "icecast", "address": "http://127.0.0.1:8000", "options": "mount=/xa"},
    ], ADMIN)
    assert not report.errors, report.errors
    rows = {row.id: row for row in read_targets(ctx.db)}
    assert set(rows) == {"pc-loa", "ice-1"}
    assert kind_label(rows["pc-loa"].kind) == "This computer's loudspeaker"
    assert rows["ice-1"].protocol == "icecast"
